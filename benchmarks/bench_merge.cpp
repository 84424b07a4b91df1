// Benchmark of diff and merge (issue 17 §6): two versions of the 500-decision project (12
// criteria x 6 options, 36,000 scores), each with 1,000 changed cells, diffed and merged in
// under 1 s each. Times the engine (core/merge) and, with --archbench, the whole command from
// process start to exit (reading .archbench files, writing the merged one). Exits 1 when a
// median is over budget.
//
//   build/release/benchmarks/bench_merge [--runs N] [--archbench build/release/app/archbench]
#include "benchtiming.h"
#include "syntheticproject.h"

#include "core/merge/projectmerge.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace archbench;
using namespace archbench::core;

namespace {

using bench::medianMs;

/// `cells` score changes spread over the decisions, starting at cell `offset` of each.
ProjectData edited(const ProjectData &base, int cells, int offset)
{
    ProjectData out = base;
    int changed = 0;
    for (int round = 0; changed < cells; ++round)
        for (Decision &d : out.decisions) {
            if (changed >= cells)
                break;
            Score &s = d.scores[(offset + round * 7) % d.scores.size()];
            s.value = s.value >= d.scale.max ? d.scale.min : s.value + 1;
            ++changed;
        }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption archbenchOption(QStringLiteral("archbench"), QStringLiteral("The archbench binary, to time the commands."),
                                             QStringLiteral("PATH"));
    parser.addOptions({runsOption, archbenchOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const ProjectData base = bench::syntheticProject();
    const ProjectData ours = edited(base, 1000, 0);
    const ProjectData theirs = edited(base, 1000, 3);
    int changes = 0, conflicts = 0;
    bool over = false;
    over |= medianMs("diff (engine), 1,000 changed cells", [&] { changes = int(ProjectMerge::diff(base, ours).size()); }, runs) > 1000;
    std::printf("  %d changes\n", changes);
    over |= medianMs("merge (engine), 1,000 + 1,000 changed cells", [&] {
        const auto m = ProjectMerge::merge(base, ours, theirs);
        conflicts = m ? int(m->conflicts.size()) : -1;
    }, runs) > 1000;
    std::printf("  %d conflicts\n", conflicts);

    if (parser.isSet(archbenchOption)) {
        QTemporaryDir dir;
        const QString b = dir.filePath(QStringLiteral("base.archbench")), o = dir.filePath(QStringLiteral("ours.archbench")),
                      t = dir.filePath(QStringLiteral("theirs.archbench")), out = dir.filePath(QStringLiteral("out.archbench"));
        if (!writeProjectFile(base, b) || !writeProjectFile(ours, o) || !writeProjectFile(theirs, t))
            return 2;
        const QString exe = parser.value(archbenchOption);
        over |= medianMs("archbench diff base.archbench ours.archbench (process)", [&] {
            QProcess p;
            p.start(exe, {QStringLiteral("diff"), b, o, QStringLiteral("--json")});
            p.waitForFinished(60000);
        }, runs) > 1000;
        over |= medianMs("archbench merge base ours theirs -o out.archbench (process)", [&] {
            QProcess p;
            p.start(exe, {QStringLiteral("merge"), b, o, t, QStringLiteral("-o"), out});
            p.waitForFinished(60000);
        }, runs) > 1000;
    }
    std::printf("%s\n", over ? "OVER BUDGET" : "within budget (under 1 s each)");
    return over ? 1 : 0;
}
