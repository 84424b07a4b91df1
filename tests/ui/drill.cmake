# Tests of ui/drill.
archbench_add_test(tst_drilleditor SOURCES tst_drilleditor.cpp GUI)
