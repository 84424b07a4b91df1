# Benchmark of the decision scoring engine (issue 4). Included from benchmarks/CMakeLists.txt.
# Run: cmake --preset release && cmake --build --preset release --target bench_scoring
#      && build/release/benchmarks/bench_scoring
qt_add_executable(bench_scoring ${CMAKE_CURRENT_LIST_DIR}/bench_scoring.cpp)
target_link_libraries(bench_scoring PRIVATE archbench_core archbench_options)
