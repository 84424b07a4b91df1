# The Portfolio window (issue 19).
archbench_add_test(tst_portfoliowindow SOURCES tst_portfoliowindow.cpp GUI)
