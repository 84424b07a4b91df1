# Tests of core/portfolio.
archbench_add_test(tst_portfolio SOURCES tst_portfolio.cpp)
