# Tests of core/storage.
archbench_add_test(tst_sqlitestore SOURCES tst_sqlitestore.cpp storagesample.h)
