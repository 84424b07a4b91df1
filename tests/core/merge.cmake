# Tests of core/merge.
archbench_add_test(tst_projectmerge SOURCES tst_projectmerge.cpp)
