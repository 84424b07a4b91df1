# Tests of core/drill.
archbench_add_test(tst_drillverdict SOURCES tst_drillverdict.cpp)
archbench_add_test(tst_drillcadence SOURCES tst_drillcadence.cpp)
archbench_add_test(tst_expectedloss SOURCES tst_expectedloss.cpp)
archbench_add_test(tst_drillsreport SOURCES tst_drillsreport.cpp)
archbench_add_test(tst_actionitemcollector SOURCES tst_actionitemcollector.cpp)
