# Tests of ui/decision.
foreach(test tst_decisionrender tst_matrixmodel)
  archbench_add_test(${test} SOURCES ${test}.cpp decisionfixture.h GUI)
  target_compile_definitions(${test} PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
