# Tests of ui/shell, app/main.cpp and the packaging files.
archbench_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp shellfixtures.h GUI)
archbench_add_test(tst_projecttreemodel SOURCES tst_projecttreemodel.cpp shellfixtures.h GUI)
archbench_add_test(tst_itemproperties SOURCES tst_itemproperties.cpp shellfixtures.h GUI)
archbench_add_test(tst_recoverydialog SOURCES tst_recoverydialog.cpp GUI)
