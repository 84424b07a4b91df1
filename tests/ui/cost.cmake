# Tests of ui/cost.
archbench_add_test(tst_costcharts SOURCES tst_costcharts.cpp GUI)
archbench_add_test(tst_latencymodeleditor SOURCES tst_latencymodeleditor.cpp GUI)
archbench_add_test(tst_crossovermodeleditor SOURCES tst_crossovermodeleditor.cpp GUI)
archbench_add_test(tst_reservedmodeleditor SOURCES tst_reservedmodeleditor.cpp GUI)
archbench_add_test(tst_costmodule SOURCES tst_costmodule.cpp GUI)
