# Tests of ui/review.
archbench_add_test(tst_revieweditor SOURCES tst_revieweditor.cpp reviewuifixtures.h GUI)
archbench_add_test(tst_improvementplanview SOURCES tst_improvementplanview.cpp reviewuifixtures.h GUI)
archbench_add_test(tst_milestonepanel SOURCES tst_milestonepanel.cpp reviewuifixtures.h GUI)
archbench_add_test(tst_riskchartdock SOURCES tst_riskchartdock.cpp reviewuifixtures.h GUI)
archbench_add_test(tst_reviewactions SOURCES tst_reviewactions.cpp reviewuifixtures.h GUI)
target_compile_definitions(tst_reviewactions PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
