// Benchmark of the decision engine: Monte-Carlo robustness with 100,000 draws on a 12 × 6
// matrix must take under 50 ms (issue 4). Prints the median and best of several runs and
// exits 1 when the median is over budget, so a pipeline can run it as a gate.
#include "core/decision/decisionanalysis.h"
#include "core/decision/robustness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace archbench::core;

namespace {
Decision matrix(int criteria, int options)
{
    std::mt19937 gen(42);
    std::uniform_int_distribution<int> score(1, 5);
    std::uniform_int_distribution<int> weight(5, 30);
    Decision d;
    d.id = QStringLiteral("bench");
    for (int c = 0; c < criteria; ++c)
        d.criteria << Criterion{QStringLiteral("c%1").arg(c), QStringLiteral("Criterion %1").arg(c), double(weight(gen)), {}};
    for (int o = 0; o < options; ++o) {
        d.options << Option{QStringLiteral("o%1").arg(o), QStringLiteral("Option %1").arg(o), {}, false};
        for (int c = 0; c < criteria; ++c)
            d.scores << Score{QStringLiteral("o%1").arg(o), QStringLiteral("c%1").arg(c), double(score(gen)), {}};
    }
    return d;
}

double medianMs(const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("    best %.2f ms, median %.2f ms, worst %.2f ms over %d runs\n", times.front(),
                times[times.size() / 2], times.back(), runs);
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Decision d = matrix(12, 6);
    const WeightedScore scores = WeightedScore::compute(d);
    constexpr double budgetMs = 50.0;

    std::optional<double> r;
    std::printf("robustness, 100,000 draws, 12 criteria x 6 options:\n");
    const double robustness = medianMs([&] { r = Robustness::compute(d, scores, 100000); }, 21);
    std::printf("    robustness = %.4f\n", r.value_or(-1));

    std::printf("full analysis for the GUI (scores, flip shares, %d draws):\n", Robustness::kDefaultDraws);
    medianMs([&] { (void)DecisionAnalysis::analyse(d); }, 21);

    if (robustness > budgetMs) {
        std::printf("FAIL: median %.2f ms is over the %.0f ms budget\n", robustness, budgetMs);
        return 1;
    }
    std::printf("OK: median %.2f ms is within the %.0f ms budget\n", robustness, budgetMs);
    return 0;
}
