# Tests of core/interchange.
archbench_add_test(tst_interchange SOURCES tst_interchange.cpp)
archbench_add_test(tst_sample SOURCES tst_sample.cpp)
target_compile_definitions(tst_sample PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
