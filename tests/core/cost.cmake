# Tests of core/cost.
