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
