# Tests of core/review.
archbench_add_test(tst_riskcondition SOURCES tst_riskcondition.cpp)
archbench_add_test(tst_lensloader SOURCES tst_lensloader.cpp)
archbench_add_test(tst_riskassessment SOURCES tst_riskassessment.cpp reviewfixtures.h)
archbench_add_test(tst_improvementplan SOURCES tst_improvementplan.cpp reviewfixtures.h)
archbench_add_test(tst_milestonecomparison SOURCES tst_milestonecomparison.cpp reviewfixtures.h)
archbench_add_test(tst_reviewreport SOURCES tst_reviewreport.cpp reviewfixtures.h)
target_compile_definitions(tst_reviewreport PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
