# Tests of core/interchange.
