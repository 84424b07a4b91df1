# Tests of ui/cost.
archbench_add_test(tst_costcharts SOURCES tst_costcharts.cpp GUI)
archbench_add_test(tst_latencymodeleditor SOURCES tst_latencymodeleditor.cpp GUI)
