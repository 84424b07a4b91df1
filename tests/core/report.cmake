# Tests of core/report.
