# Finds what Archbench builds on and, when something is missing, says which Debian 12 package
# brings it and how to install it, instead of CMake's generic "could not find" message.
# The package names match scripts/install-deps.sh; scripts/check-fresh.sh proves that list on
# a bare Debian 12 root.

# Qt component -> the Debian packages that must be installed for its CMake config to load.
# Charts needs Qt6OpenGL's config, which only libqt6opengl6-dev ships (a mere Recommends of
# qt6-base-dev, so an install with --no-install-recommends lacks it).
set(_archbench_qt_packages_Core "qt6-base-dev")
set(_archbench_qt_packages_Sql "qt6-base-dev libqt6sql6-sqlite")
set(_archbench_qt_packages_Gui "qt6-base-dev")
set(_archbench_qt_packages_Widgets "qt6-base-dev")
set(_archbench_qt_packages_Charts "qt6-charts-dev libqt6opengl6-dev")
set(_archbench_qt_packages_PrintSupport "qt6-base-dev")
set(_archbench_qt_packages_Svg "qt6-svg-dev")
set(_archbench_qt_packages_LinguistTools "qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools")
set(_archbench_qt_packages_Test "qt6-base-dev")

set(_archbench_missing_packages "")
set(_archbench_missing_what "")

set(_archbench_qt_components Core Sql Gui Widgets Charts PrintSupport Svg LinguistTools Test)
foreach(_component IN LISTS _archbench_qt_components)
  # one at a time: a failing component stops the search for the ones after it
  find_package(Qt6 6.4 QUIET COMPONENTS ${_component})
  if(NOT Qt6${_component}_FOUND)
    list(APPEND _archbench_missing_what "Qt6${_component}")
    string(REPLACE " " ";" _pkgs "${_archbench_qt_packages_${_component}}")
    list(APPEND _archbench_missing_packages ${_pkgs})
  endif()
endforeach()

find_package(spdlog QUIET)
if(NOT spdlog_FOUND)
  list(APPEND _archbench_missing_what "spdlog")
  list(APPEND _archbench_missing_packages libspdlog-dev libfmt-dev)
endif()
find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
  list(APPEND _archbench_missing_what "SQLite3")
  list(APPEND _archbench_missing_packages libsqlite3-dev)
endif()

# qpdf adds the PDF report's outline, links and metadata (docs/decisions/0002-pdf-structure-qpdf.md).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(QPDF QUIET IMPORTED_TARGET libqpdf>=11)
endif()
if(NOT QPDF_FOUND)
  list(APPEND _archbench_missing_what "qpdf")
  list(APPEND _archbench_missing_packages libqpdf-dev pkg-config)
endif()

# import-adr parses an ADR folder's files on every core (std::thread).
find_package(Threads REQUIRED)
# yaml-cpp reads the YAML front matter of imported ADR files (docs/decisions/0003-adr-import-yaml-cpp.md).
find_package(yaml-cpp QUIET)
if(NOT yaml-cpp_FOUND)
  list(APPEND _archbench_missing_what "yaml-cpp")
  list(APPEND _archbench_missing_packages libyaml-cpp-dev)
endif()

if(_archbench_missing_what)
  list(REMOVE_DUPLICATES _archbench_missing_packages)
  list(JOIN _archbench_missing_what ", " _what)
  list(JOIN _archbench_missing_packages " " _pkgs)
  message(FATAL_ERROR
    "Archbench cannot be configured: ${_what} not found.\n"
    "On Debian 12 these come from the packages: ${_pkgs}\n"
    "Install them with:\n"
    "  sudo apt-get install ${_pkgs}\n"
    "or install everything Archbench needs (skips what is there):\n"
    "  sudo scripts/install-deps.sh\n")
endif()
