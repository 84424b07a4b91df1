# Tests of ui/report.
archbench_add_test(tst_pdfreportrenderer SOURCES tst_pdfreportrenderer.cpp GUI)
archbench_add_test(tst_exportcommand SOURCES tst_exportcommand.cpp)
archbench_add_test(tst_importadrcommand SOURCES tst_importadrcommand.cpp)
archbench_add_test(tst_exportdialog SOURCES tst_exportdialog.cpp GUI)
archbench_add_test(tst_pdfstructure SOURCES tst_pdfstructure.cpp GUI)
archbench_add_test(tst_checkcommand SOURCES tst_checkcommand.cpp)
archbench_add_test(tst_gitmerge SOURCES tst_gitmerge.cpp)
