# Tests of ui/report.
