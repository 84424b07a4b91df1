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

# The manual page and the Debian changelog go compressed (gzip -n: no name or time stamp, so
# the package is reproducible); the copyright file plain, as Debian policy wants.
find_program(GZIP_PROGRAM gzip REQUIRED)
set(_archbench_gz_dir "${PROJECT_BINARY_DIR}/packaging")
add_custom_command(
  OUTPUT "${_archbench_gz_dir}/archbench.1.gz" "${_archbench_gz_dir}/changelog.gz"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${_archbench_gz_dir}"
  COMMAND ${GZIP_PROGRAM} -9n -c "${PROJECT_SOURCE_DIR}/packaging/archbench.1" > "${_archbench_gz_dir}/archbench.1.gz"
  COMMAND ${GZIP_PROGRAM} -9n -c "${PROJECT_SOURCE_DIR}/packaging/changelog" > "${_archbench_gz_dir}/changelog.gz"
  DEPENDS "${PROJECT_SOURCE_DIR}/packaging/archbench.1" "${PROJECT_SOURCE_DIR}/packaging/changelog"
  VERBATIM)
add_custom_target(archbench_package_docs ALL
  DEPENDS "${_archbench_gz_dir}/archbench.1.gz" "${_archbench_gz_dir}/changelog.gz")
install(FILES "${_archbench_gz_dir}/archbench.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${_archbench_gz_dir}/changelog.gz" "${PROJECT_SOURCE_DIR}/packaging/copyright"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME archbench)
set(CPACK_PACKAGE_VENDOR "Archbench")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wraps nothing: lines of the extended description stay under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
  "Weigh architecture options in decision matrices, review workloads against the
six Well-Architected pillars, record disaster-recovery drills against RTO/RPO
targets and model cost against latency and load. A project is one SQLite file
(*.archbench).")
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
  # plugins are loaded at run time, so shlibdeps cannot see them: QPSQL reaches team servers
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-psql")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6charts6, libqt6printsupport6, libqt6svg6, \
qt6-qpa-plugins, libqt6sql6-psql, libqt6sql6-sqlite, libspdlog1.10, libsqlite3-0, libqpdf29, libyaml-cpp0.7")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
include(CPack)
