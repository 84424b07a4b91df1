# Tests of core/review.
