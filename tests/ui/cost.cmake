# Tests of ui/cost.
