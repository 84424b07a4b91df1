# Tests of ui/shell, app/main.cpp and the packaging files.
archbench_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp shellfixtures.h GUI)
