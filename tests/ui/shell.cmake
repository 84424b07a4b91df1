# Tests of ui/shell, app/main.cpp and the packaging files.
archbench_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp shellfixtures.h GUI)
archbench_add_test(tst_projecttreemodel SOURCES tst_projecttreemodel.cpp shellfixtures.h GUI)
archbench_add_test(tst_itemproperties SOURCES tst_itemproperties.cpp shellfixtures.h GUI)
archbench_add_test(tst_recoverydialog SOURCES tst_recoverydialog.cpp GUI)
archbench_add_test(tst_commandline SOURCES tst_commandline.cpp LIBS Qt6::Gui)
# core/logging.* belongs to the shell work; its test sits with the core tests.
archbench_add_test(tst_logging SOURCES ../core/tst_logging.cpp)
archbench_add_test(tst_packaging SOURCES tst_packaging.cpp LIBS Qt6::Svg)
target_compile_definitions(tst_packaging PRIVATE
  ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  ARCHBENCH_BINARY_DIR="${PROJECT_BINARY_DIR}"
  CMAKE_COMMAND="${CMAKE_COMMAND}")
archbench_add_test(tst_filecontroller SOURCES tst_filecontroller.cpp GUI)
archbench_add_test(tst_itemactions SOURCES tst_itemactions.cpp GUI)
target_compile_definitions(tst_itemactions PRIVATE ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Mnemonics unique per window in every shipped language: reads the compiled catalogues.
archbench_add_test(tst_mnemonics SOURCES tst_mnemonics.cpp GUI)
target_compile_definitions(tst_mnemonics PRIVATE
  ARCHBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  ARCHBENCH_QM_DIR="${PROJECT_BINARY_DIR}/app")
archbench_add_test(tst_itemhandle SOURCES tst_itemhandle.cpp shellfixtures.h GUI)
archbench_add_test(tst_itemtablemodel SOURCES tst_itemtablemodel.cpp shellfixtures.h GUI)
archbench_add_test(tst_quiettabs SOURCES tst_quiettabs.cpp GUI)
archbench_add_test(tst_hiddenquietview SOURCES tst_hiddenquietview.cpp GUI)
archbench_add_test(tst_wrappedlinelist SOURCES tst_wrappedlinelist.cpp GUI)
archbench_add_test(tst_fieldbinder SOURCES tst_fieldbinder.cpp GUI)
archbench_add_test(tst_themedicon SOURCES tst_themedicon.cpp GUI)
