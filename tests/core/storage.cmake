# Tests of core/storage.
set(_storage_helpers storagesample.h storagetestutil.h)

# A second process for the lock and recovery tests (opens, edits, waits to be killed).
qt_add_executable(storage_child storagechild.cpp)
target_link_libraries(storage_child PRIVATE archbench_core archbench_options)

archbench_add_test(tst_sqlitestore SOURCES tst_sqlitestore.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
archbench_add_test(tst_safeopen SOURCES tst_safeopen.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
archbench_add_test(tst_migration SOURCES tst_migration.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
archbench_add_test(tst_projectfile SOURCES tst_projectfile.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
foreach(_t tst_lock tst_recovery)
  archbench_add_test(${_t} SOURCES ${_t}.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
  target_compile_definitions(${_t} PRIVATE STORAGE_CHILD="$<TARGET_FILE:storage_child>")
  add_dependencies(${_t} storage_child)
endforeach()
archbench_add_test(tst_atomicsave SOURCES tst_atomicsave.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
archbench_add_test(tst_convert SOURCES tst_convert.cpp ${_storage_helpers} LIBS SQLite::SQLite3)
