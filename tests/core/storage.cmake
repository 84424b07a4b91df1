# Tests of core/storage.
set(_storage_helpers storagesample.h storagetestutil.h)
archbench_add_test(tst_sqlitestore SOURCES tst_sqlitestore.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
archbench_add_test(tst_safeopen SOURCES tst_safeopen.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
