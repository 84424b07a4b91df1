# Tests of ui/overview.
