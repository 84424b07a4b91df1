# Tests of core/decision.
