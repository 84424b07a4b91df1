# Tests of core/overview.
archbench_add_test(tst_availability SOURCES tst_availability.cpp)
archbench_add_test(tst_dashboard SOURCES tst_dashboard.cpp)
target_compile_definitions(tst_dashboard PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
archbench_add_test(tst_displaydate SOURCES tst_displaydate.cpp)
