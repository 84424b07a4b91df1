// Benchmark of the ADR folder import (issue 20 §4): a folder of 10,000 ADR files, as Archbench
// exports them (12 criteria x 6 options each, with rationales and triggers, front matter
// included), must be read into a new project in under 5 s. Also times the re-import of the
// same folder into the project it came from (every decision matched, nothing changed).
// Prints the median and best of several runs and exits 1 when a median is over budget.
//
//   build/release/benchmarks/bench_adrimport [--files N] [--runs N] [--folder DIR]
//
// Writing the folder takes long (each record's analysis draws 20,000 weightings): --folder
// keeps it in DIR and reuses it on the next run.
#include "benchtiming.h"
#include "syntheticproject.h"

#include "core/report/adrfolder.h"
#include "core/report/adrimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace archbench;
using namespace archbench::core;

namespace {

using bench::medianMs;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption filesOption(QStringLiteral("files"), QStringLiteral("ADR files in the folder (10000)."), QStringLiteral("N"),
                                         QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption folderOption(QStringLiteral("folder"), QStringLiteral("Write the folder here and reuse it when it exists."),
                                          QStringLiteral("DIR"));
    parser.addOptions({filesOption, runsOption, folderOption});
    parser.process(app);
    const int files = std::max(1, parser.value(filesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    bench::SyntheticSize size;
    size.decisions = files;
    size.reviews = 0;
    size.drills = 0;
    size.costModels = 0;
    ProjectData data = bench::syntheticProject(size);
    QTemporaryDir temporary;
    const QString folder = parser.isSet(folderOption) ? parser.value(folderOption) : temporary.path();
    const QDir dir(folder);
    if (parser.isSet(folderOption) && dir.entryList({QStringLiteral("*.md")}, QDir::Files).size() == files) {
        // the folder of an earlier run: the numbers it gave, in project order
        for (qsizetype i = 0; i < data.decisions.size(); ++i)
            data.decisions[i].adrNumber = int(i + 1);
        data.project.lastAdrNumber = files;
        std::printf("%d ADR files reused from %s\n", files, qPrintable(folder));
    } else {
        QElapsedTimer exportTimer;
        exportTimer.start();
        auto written = exportAdrFolder(data, folder);
        if (!written) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().message));
            return 1;
        }
        keepAdrNumbers(data, *written);
        std::printf("%d ADR files written in %.1f s (not part of the budget)\n", files, double(exportTimer.elapsed()) / 1000.0);
    }

    constexpr double budgetMs = 5000;
    int decisions = 0;
    const double fresh = medianMs("read the folder into a new project", [&] {
        auto folder = readAdrFolder(dir.path());
        decisions = folder ? int(projectFromAdrFolder(*folder).decisions.size()) : -1;
    }, runs);
    if (decisions != files) {
        std::fprintf(stderr, "expected %d decisions, got %d\n", files, decisions);
        return 1;
    }
    int unchanged = 0;
    const double again = medianMs("re-import into the project it came from", [&] {
        ProjectData target = data;
        auto folder = readAdrFolder(dir.path());
        unchanged = folder ? int(syncAdrFolder(target, *folder).unchanged.size()) : -1;
    }, runs);
    if (unchanged != files) {
        std::fprintf(stderr, "expected %d unchanged decisions, got %d\n", files, unchanged);
        return 1;
    }
    const bool ok = fresh <= budgetMs && again <= budgetMs;
    std::printf("budget %.0f ms: %s\n", budgetMs, ok ? "met" : "MISSED");
    return ok ? 0 : 1;
}
