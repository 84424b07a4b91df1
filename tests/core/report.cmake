# Tests of core/report.
archbench_add_test(tst_markdownwriter SOURCES tst_markdownwriter.cpp)
archbench_add_test(tst_reportbuilder SOURCES tst_reportbuilder.cpp)
archbench_add_test(tst_reportexport SOURCES tst_reportexport.cpp)
archbench_add_test(tst_adrfolder SOURCES tst_adrfolder.cpp)
archbench_add_test(tst_adrimport SOURCES tst_adrimport.cpp)
