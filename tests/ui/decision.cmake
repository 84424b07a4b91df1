# Tests of ui/decision.
foreach(test tst_matrixmodel tst_meeting tst_presentation tst_decisioneditor tst_decisioncharts tst_decisiondocks tst_addshortcuts tst_adrimportaction tst_windowfits)
  archbench_add_test(${test} SOURCES ${test}.cpp decisionfixture.h GUI)
  target_compile_definitions(${test} PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
archbench_add_test(tst_metricreadings SOURCES tst_metricreadings.cpp GUI)
