# Tests of core/cost.
archbench_add_test(tst_latencycurve SOURCES tst_latencycurve.cpp)
archbench_add_test(tst_loadcrossover SOURCES tst_loadcrossover.cpp)
archbench_add_test(tst_costvalidation SOURCES tst_costvalidation.cpp)
archbench_add_test(tst_costreport SOURCES tst_costreport.cpp)
archbench_add_test(tst_costsample SOURCES tst_costsample.cpp)
target_compile_definitions(tst_costsample PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
archbench_add_test(tst_costmodelsections SOURCES tst_costmodelsections.cpp)
