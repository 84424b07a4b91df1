# Tests of ui/review.
