# One INTERFACE target carries the project-wide compile settings; every target links it.
add_library(archbench_options INTERFACE)
target_compile_definitions(archbench_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
target_compile_options(archbench_options INTERFACE -Wall -Wextra -Wpedantic)
if(ARCHBENCH_SANITIZE)
  target_compile_options(archbench_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(archbench_options INTERFACE -fsanitize=address,undefined)
endif()

# Debug information, kept small: each of the 120 test programs links the static UI library, and
# with its DWARF copied in whole (about 120 MB each) the dev build filled 8.9 GB and CI ran out of
# disk. Debug builds therefore keep the DWARF beside each object (-gsplit-dwarf, in .dwo files
# that gdb reads where they were built) and compress what is left, in objects and programs
# (-gz; GCC's split DWARF also writes name indexes that cannot be turned off). The dev build is
# about 2.1 GB (docs/PERFORMANCE.md, "Disk"). Sanitizer builds keep plain -g, so that their
# reports name lines with the symbolizer they bring.
# One limit: scripts/test.sh lets ccache reuse objects compiled in another folder
# (CCACHE_NOHASHDIR), and such an object sends gdb to the .dwo files of the folder that
# compiled it; to debug in a second clone, build it once with CCACHE_RECACHE=1.
if(NOT ARCHBENCH_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  add_compile_options("$<$<CONFIG:Debug>:-gsplit-dwarf;-gz=zlib>")
  add_link_options("$<$<CONFIG:Debug>:-gz=zlib>")
endif()
