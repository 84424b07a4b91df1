# Tests of ui/overview.
archbench_add_test(tst_overvieweditor SOURCES tst_overvieweditor.cpp GUI)
target_compile_definitions(tst_overvieweditor PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
