# Tests of core/storage.
