# Tests of ui/cost.
archbench_add_test(tst_costcharts SOURCES tst_costcharts.cpp GUI)
