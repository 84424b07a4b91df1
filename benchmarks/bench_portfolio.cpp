// Benchmark of the portfolio scan (issue 19 §6): 1,000 project files of 20 decisions each,
// scanned (read with every check of opening, summarised, dropped) in under 3 s, with memory
// bounded (peak RSS reported); and `archbench check` of one project in under 200 ms including
// start-up. Prints the best and median of several runs and exits 1 when a median is over budget.
//
//   build/release/benchmarks/bench_portfolio [--projects N] [--runs N] [--folder DIR]
//                                            [--archbench build/release/app/archbench]
//
// Each project: 20 decisions of 8 criteria x 4 options (full matrix with rationales, triggers
// of which some fire), one review of a 60-question lens, 4 drills with action items, 2 cost
// models; half the files .archbench, half .json. --folder keeps the folder for the next run.
// The scan's peak RSS is measured in a child process (this program with --scan-only), so the
// generation of the folder does not count.
#include "benchtiming.h"
#include "syntheticproject.h"

#include "core/portfolio/portfolio.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace archbench;
using namespace archbench::core;

namespace {

const QDate kToday(2026, 12, 5);

using bench::medianMs;

bool writeFolder(const QString &folder, int projects)
{
    bench::SyntheticSize size;
    size.decisions = 20;
    size.criteria = 8;
    size.options = 4;
    size.reviews = 1;
    size.lensQuestions = 60;
    size.drills = 4;
    size.costModels = 2;
    const ProjectData base = bench::syntheticProject(size);
    for (int i = 0; i < projects; ++i) {
        ProjectData data = base;
        data.project.id = QStringLiteral("p%1").arg(i);
        data.project.name = QStringLiteral("Project %1").arg(i);
        const QString team = QStringLiteral("%1/team-%2").arg(folder).arg(i % 10);
        QDir().mkpath(team);
        const QString path = QStringLiteral("%1/project-%2.%3").arg(team).arg(i, 4, 10, QLatin1Char('0'))
                                 .arg(i % 2 ? QStringLiteral("json") : QStringLiteral("archbench"));
        if (auto written = writeProjectFile(data, path); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return false;
        }
    }
    return true;
}

/// VmHWM of /proc/self/status in KiB: the peak resident set of this process (it starts anew
/// at exec, unlike getrusage's ru_maxrss, which a child inherits from its parent).
long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption projectsOption(QStringLiteral("projects"), QStringLiteral("Project files (1000)."), QStringLiteral("N"),
                                            QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption folderOption(QStringLiteral("folder"), QStringLiteral("Write the folder here and reuse it when it exists."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption archbenchOption(QStringLiteral("archbench"), QStringLiteral("The archbench binary, to time `check` of one project."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption scanOnlyOption(QStringLiteral("scan-only"), QStringLiteral("Scan --folder once and print the peak RSS (internal)."));
    parser.addOptions({projectsOption, runsOption, folderOption, archbenchOption, scanOnlyOption});
    parser.process(app);
    const int projects = std::max(1, parser.value(projectsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    if (parser.isSet(scanOnlyOption)) {
        const long before = peakRssKiB();
        const auto scanned = PortfolioScan::scan(parser.value(folderOption), kToday);
        if (!scanned)
            return 2;
        std::printf("%ld %ld %lld\n", before, peakRssKiB(), qlonglong(scanned->rows.size()));
        return 0;
    }

    QTemporaryDir temporary;
    const QString folder = parser.isSet(folderOption) ? parser.value(folderOption) : temporary.path() + QStringLiteral("/projects");
    if (!QDir(folder).exists()) {
        QElapsedTimer t;
        t.start();
        if (!writeFolder(folder, projects))
            return 2;
        std::printf("wrote %d projects in %.1f s\n", projects, double(t.elapsed()) / 1000);
    }

    int rows = 0, attention = 0, unreadable = 0;
    const double scanMs = medianMs("scan", [&] {
        const auto scanned = PortfolioScan::scan(folder, kToday);
        if (!scanned) {
            std::fprintf(stderr, "%s\n", qPrintable(scanned.error().message));
            std::exit(2);
        }
        rows = int(scanned->rows.size());
        unreadable = int(scanned->unreadable.size());
        attention = 0;
        for (const PortfolioRow &r : scanned->rows)
            attention += int(r.attention.size());
    }, runs);
    std::printf("  %d projects read, %d unreadable, %d attention items\n", rows, unreadable, attention);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--scan-only"), QStringLiteral("--folder"), folder});
    child.waitForFinished(120000);
    const QStringList rss = QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char(' '));
    if (rss.size() >= 2)
        std::printf("peak RSS of one scan: %.0f MiB (%.0f MiB before it started)\n", rss[1].toDouble() / 1024,
                    rss[0].toDouble() / 1024);

    bool over = scanMs > 3000;
    if (parser.isSet(archbenchOption)) {
        QDir dir(folder + QStringLiteral("/team-0"));
        const QString one = dir.filePath(dir.entryList({QStringLiteral("*.archbench")}, QDir::Files, QDir::Name).value(0));
        const double checkMs = medianMs("archbench check of one project (process start to exit)", [&] {
            QProcess p;
            p.start(parser.value(archbenchOption), {QStringLiteral("check"), one, QStringLiteral("--today"), QStringLiteral("2026-12-05")});
            p.waitForFinished(30000);
        }, runs * 4);
        over = over || checkMs > 200;
    }
    std::printf("%s\n", over ? "OVER BUDGET" : "within budget (scan < 3 s, check < 200 ms)");
    return over ? 1 : 0;
}
