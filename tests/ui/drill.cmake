# Tests of ui/drill.
archbench_add_test(tst_drilleditor SOURCES tst_drilleditor.cpp GUI)
archbench_add_test(tst_actionitemsdock SOURCES tst_actionitemsdock.cpp GUI)
archbench_add_test(tst_drillchartdock SOURCES tst_drillchartdock.cpp GUI)
archbench_add_test(tst_drillmodule SOURCES tst_drillmodule.cpp GUI)
archbench_add_test(tst_optionaldoublespinbox SOURCES tst_optionaldoublespinbox.cpp GUI)
