#pragma once
// The one timing loop of the benchmarks: runs `work` `runs` times, prints best, median and
// worst wall time, returns the median in milliseconds.

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace archbench::bench {

inline double medianMs(const char *what, const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%s: best %.0f ms, median %.0f ms, worst %.0f ms over %d runs\n", what, times.front(),
                times[times.size() / 2], times.back(), runs);
    std::fflush(stdout);
    return times[times.size() / 2];
}

} // namespace archbench::bench
