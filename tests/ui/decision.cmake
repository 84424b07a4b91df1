# Tests of ui/decision.
