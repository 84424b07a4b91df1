# Installation and the CPack .deb: the binary (app/CMakeLists.txt), a desktop entry that opens
# *.archbench files, the SVG icons in the hicolor theme and the shared-mime-info type
# application/x-archbench. Debian's dpkg triggers refresh the MIME, desktop and icon caches.
#   cmake --build build/release && (cd build/release && cpack)   ->  archbench_<version>_<arch>.deb
include(GNUInstallDirs)

install(FILES "${PROJECT_SOURCE_DIR}/packaging/archbench.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/archbench-mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME archbench.xml)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/io.archbench.Archbench.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/archbench.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/application-x-archbench.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME archbench)
set(CPACK_PACKAGE_VENDOR "Archbench")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "Weigh architecture options in decision matrices, review workloads against the six \
Well-Architected pillars, record disaster-recovery drills against RTO/RPO targets and model \
cost against latency and load. A project is one SQLite file (*.archbench).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY archbench)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://archbench.invalid")
if(NOT CPACK_DEBIAN_PACKAGE_MAINTAINER)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Archbench maintainers <maintainers@archbench.invalid>")
endif()
# Libraries the binary links come from dpkg-shlibdeps; plugins Qt loads at run time do not.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6charts6, libqt6printsupport6, libqt6svg6, libqt6sql6, libqt6sql6-sqlite, \
qt6-qpa-plugins, libspdlog1.10, libsqlite3-0")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
include(CPack)
