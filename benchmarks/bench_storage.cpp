// bench_storage: open, edit, save and convert a large synthetic project (500 decisions x 12
// criteria x 6 options = 36,000 scores, plus reviews, drills and cost models) and print the
// median, minimum and maximum of several runs. Build it in Release; figures go to
// docs/PERFORMANCE.md.
//
//   bench_storage [--runs N] [--decisions N]
#include "syntheticproject.h"

#include "core/interchange/interchange.h"
#include "core/storage/projectconversion.h"
#include "core/storage/projectfile.h"
#include "core/storage/safeopen.h"
#include "core/storage/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <spdlog/spdlog.h>

using namespace archbench;
using namespace archbench::core;

namespace {

struct Figures {
    double median = 0, min = 0, max = 0;
    double cpuMedian = 0;
};

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Runs `body` `runs` times (after one warm-up run); each returns its own measured wall ms.
/// The CPU time of each whole run is recorded too: on a machine shared with other work it
/// shows what the wall time would be without the competition (I/O waits excluded).
Figures measure(int runs, const std::function<double()> &body)
{
    body();
    QList<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        const double before = processCpuMs();
        ms << body();
        cpu << processCpuMs() - before;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms.first(), ms.last(), cpu[cpu.size() / 2]};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, const Figures &f, double target)
{
    std::printf("%-28s median %7.1f ms (min %7.1f, max %7.1f)  cpu %7.1f ms  target < %4.0f ms  %s\n", what,
                f.median, f.min, f.max, f.cpuMedian, target, f.median < target ? "ok" : "OVER");
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption decisionsOption(QStringLiteral("decisions"), QStringLiteral("Number of decisions."),
                                             QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption writeJsonOption(
        QStringLiteral("write-json"), QStringLiteral("Only write the synthetic project as interchange JSON to PATH."),
        QStringLiteral("PATH"));
    parser.addOptions({runsOption, decisionsOption, writeJsonOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    ProjectFile::setWorkingDirectory(dir.filePath(QStringLiteral("working")));
    bench::SyntheticSize size;
    size.decisions = parser.value(decisionsOption).toInt();
    const ProjectData data = bench::syntheticProject(size);
    if (auto valid = interchange::validate(data); !valid)
        die(valid.error().message);
    if (parser.isSet(writeJsonOption)) { // input for benchmarks/convert_vs_python.sh
        if (auto written = writeProjectFile(data, parser.value(writeJsonOption)); !written)
            die(written.error().message);
        return 0;
    }
    qsizetype scores = 0;
    for (const Decision &d : data.decisions)
        scores += d.scores.size();

    const QString file = dir.filePath(QStringLiteral("bench.archbench"));
    const QString json = dir.filePath(QStringLiteral("bench.json"));
    if (auto written = writeProjectFile(data, file); !written)
        die(written.error().message);
    if (auto written = writeProjectFile(data, json); !written)
        die(written.error().message);
    std::printf("project: %lld decisions, %lld scores, %lld reviews, %lld drills, %lld cost models\n",
                qlonglong(data.decisions.size()), qlonglong(scores), qlonglong(data.reviews.size()),
                qlonglong(data.drills.size()), qlonglong(data.costModels.size()));
    std::printf("sizes:   %.1f MB as .archbench, %.1f MB as .json; %d runs per figure\n",
                double(QFileInfo(file).size()) / 1e6, double(QFileInfo(json).size()) / 1e6, runs);

    // The parts of opening, to see where the time goes.
    report("  safety checks", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               auto checked = storage::checkProjectFile(file);
               if (!checked)
                   die(checked.error().message);
               return elapsedMs(timer);
           }),
           150);
    report("  check+copy+load (memory)", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               auto checked = storage::checkProjectFile(file);
               auto store = storage::copyToStore(*checked, QStringLiteral(":memory:"));
               auto loaded = (*store)->load();
               if (!loaded)
                   die(loaded.error().message);
               return elapsedMs(timer);
           }),
           150);
    report("  validate", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               if (auto valid = interchange::validate(data); !valid)
                   die(valid.error().message);
               return elapsedMs(timer);
           }),
           150);
    report("  toJson", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               const QByteArray bytes = interchange::toJson(data);
               return elapsedMs(timer);
           }),
           500);
    report("  fromJson", measure(runs, [&] {
               QFile in(json);
               in.open(QIODevice::ReadOnly);
               const QByteArray bytes = in.readAll();
               QElapsedTimer timer;
               timer.start();
               if (auto parsed = interchange::fromJson(bytes); !parsed)
                   die(parsed.error().message);
               return elapsedMs(timer);
           }),
           500);
    report("  write all (memory)", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               auto store = storage::SqliteStore::create(QStringLiteral(":memory:"), data);
               if (!store)
                   die(store.error().message);
               return elapsedMs(timer);
           }),
           500);
    report("open .archbench", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               auto opened = ProjectFile::open(file);
               const double ms = elapsedMs(timer);
               if (!opened)
                   die(opened.error().message);
               return ms;
           }),
           150);

    auto opened = ProjectFile::open(file);
    if (!opened)
        die(opened.error().message);
    ProjectFile &project = **opened;
    int edit = 0;
    report("edit one decision", measure(runs, [&] {
               Decision d = project.project()->items<Decision>()[edit % 500];
               d.title = QStringLiteral("Edited %1").arg(++edit);
               QElapsedTimer timer;
               timer.start();
               project.project()->replace(d);
               return elapsedMs(timer);
           }),
           50);
    report("save", measure(runs, [&] {
               Decision d = project.project()->items<Decision>().first();
               d.title = QStringLiteral("Edited %1").arg(++edit);
               project.project()->replace(d);
               QElapsedTimer timer;
               timer.start();
               if (auto saved = project.save(true); !saved)
                   die(saved.error().message);
               return elapsedMs(timer);
           }),
           150);
    opened->reset();

    const QString outJson = dir.filePath(QStringLiteral("out.json"));
    const QString outFile = dir.filePath(QStringLiteral("out.archbench"));
    report("convert .archbench -> .json", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               if (const auto failed = convertProjectFile(file, outJson))
                   die(failed->error.message);
               return elapsedMs(timer);
           }),
           500);
    report("convert .json -> .archbench", measure(runs, [&] {
               QElapsedTimer timer;
               timer.start();
               if (const auto failed = convertProjectFile(json, outFile))
                   die(failed->error.message);
               return elapsedMs(timer);
           }),
           500);
    return 0;
}
