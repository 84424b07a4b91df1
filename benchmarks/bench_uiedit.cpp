// bench_uiedit: the UI work after one edit, not only Project::replace (issue 14, Measure).
//
// The 500-decision benchmark project is written to an .archbench file and opened the way the
// program opens it (ProjectFile: a working copy, one SQLite transaction per edit). The main
// window shows it at 1600x1000 with its default docks (Project, Inspector, Checks, Revisit,
// Action items, the decision charts), one decision's tab in front and the keyboard in its
// matrix. Then, per run:
//
//   score key   a digit typed on a score cell, from the key event until every posted event
//               (the repaint of the matrix and the score chart included) has been handled:
//               the command, Project::replace, the SQLite write, the signals and the repaint.
//   settle      what the timers after an edit do (the project-wide lists, the Overview's
//               dashboard, the status bar's attention count), run at once instead of after
//               their pause.
//
// CPU is the process's (every thread: robustness draws and large fills run on pools). --paints
// lists what the last key laid out and repainted. Run:
//   cmake --preset release && cmake --build build/release --target bench_uiedit
//   QT_QPA_PLATFORM=offscreen build/release/benchmarks/bench_uiedit [--runs N] [--paints] [--grab window.png]

#include "benchtiming.h"
#include "syntheticproject.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"
#include "core/storage/projectfile.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/matrixview.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QMap>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QPaintEvent>
#include <QTimer>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace archbench;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// Counts the paint events and layout requests per widget (class and object name), and the
/// pixels each widget painted, during the last run, for --paints: what one edit makes Qt lay
/// out and repaint.
class PaintCounter : public QObject {
public:
    static QString name(const QObject *o)
    {
        return QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName();
    }
    QMap<QString, int> counts;
    QMap<QString, qint64> pixels;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            qint64 area = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area += qint64(r.width()) * r.height();
            const QObject *parent = watched->parent();
            pixels[name(watched) + QStringLiteral(" in ") + (parent ? name(parent) : QString())] += area;
        }
        if (event->type() == QEvent::Paint || event->type() == QEvent::LayoutRequest)
            ++counts[QString::fromLatin1(event->type() == QEvent::Paint ? "paint " : "layout ")
                     + QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char(' ')
                     + watched->objectName()];
        return false;
    }
};

/// Handles every posted event (layout, update requests, queued signals) until none is left.
void drainPosted()
{
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Named apart so that a profile (perf record --call-graph) tells the work after the key from
// the work before it.
[[gnu::noipa]] void drainBeforeKey()
{
    drainPosted();
}
[[gnu::noipa]] void drainAfterKey()
{
    drainPosted();
}

/// Fires every active single-shot and interval timer that waits for a pause after an edit, by
/// running the event loop for longer than the longest such pause. Only the CPU counts.
void settleTimers()
{
    QEventLoop loop;
    QTimer::singleShot(2600, Qt::PreciseTimer, &loop, &QEventLoop::quit); // > Project::kWriteLatestMs and the views' pauses
    loop.exec();
}

struct Figures {
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(double w, double c)
    {
        wall.push_back(w);
        cpu.push_back(c);
    }
    static double median(std::vector<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    void print(const char *what) const
    {
        std::printf("%-34s median wall %6.2f ms, median CPU %6.2f ms, worst CPU %6.2f ms over %zu runs\n", what,
                    median(wall), median(cpu), cpu.empty() ? 0 : *std::max_element(cpu.begin(), cpu.end()),
                    cpu.size());
        std::fflush(stdout);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int runs = 41;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(3, args[i + 1].toInt());

    QTemporaryDir dir;
    core::ProjectFile::setWorkingDirectory(dir.filePath(QStringLiteral("working")));
    const QString path = dir.filePath(QStringLiteral("big.archbench"));
    if (auto written = core::writeProjectFile(bench::syntheticProject(), path); !written) {
        std::fprintf(stderr, "cannot write the project: %s\n", qPrintable(written.error().message));
        return 1;
    }
    auto file = core::ProjectFile::open(path);
    if (!file) {
        std::fprintf(stderr, "cannot open the project: %s\n", qPrintable(file.error().message));
        return 1;
    }
    core::Project *project = (*file)->project();
    QUndoStack stack;
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.setDocument(project, &stack, path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const QString id = QStringLiteral("d250");
    window.workbench()->openItem(ui::ItemRef{core::ItemKind::Decision, id});
    drainPosted();
    settleTimers();

    ui::MatrixView *view = nullptr;
    for (ui::MatrixView *candidate : window.findChildren<ui::MatrixView *>())
        if (candidate->isVisible())
            view = candidate;
    if (!view) {
        std::fprintf(stderr, "no matrix on screen\n");
        return 1;
    }
    auto *model = qobject_cast<ui::MatrixModel *>(view->model());
    const QModelIndex cell = model->index(0, core::DecisionMatrix::kFirstOptionColumn);
    view->setFocus();
    drainPosted();

    std::printf("bench_uiedit: 500 decisions x 12 criteria x 6 options, decision %s in front, %d runs\n",
                qPrintable(id), runs);
    Figures key, handlers, paint, settle;
    PaintCounter counter;
    const bool paints = args.contains(QStringLiteral("--paints"));
    for (int run = 0; run < runs; ++run) {
        view->setCurrentIndex(cell);
        drainBeforeKey();
        const Qt::Key digit = run % 2 ? Qt::Key_2 : Qt::Key_4;
        if (paints && run == runs - 1)
            app.installEventFilter(&counter);
        QElapsedTimer wall;
        const double cpu0 = cpuMs();
        wall.start();
        QTest::keyClick(view, digit);
        const double handled = double(wall.nsecsElapsed()) / 1e6;
        const double cpuHandled = cpuMs();
        handlers.add(handled, cpuHandled - cpu0);
        drainAfterKey();
        key.add(double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu0);
        paint.add(double(wall.nsecsElapsed()) / 1e6 - handled, cpuMs() - cpuHandled);
        app.removeEventFilter(&counter);

        const double cpu1 = cpuMs();
        QElapsedTimer settleWall;
        settleWall.start();
        settleTimers();
        // the wall time of settling is mostly waiting for the timers: only its CPU counts
        settle.add(double(settleWall.nsecsElapsed()) / 1e6 - 2600, cpuMs() - cpu1);
    }
    // the last run typed 2 (odd run) or 4 (even run) into the first option's first criterion
    const double expected = (runs - 1) % 2 ? 2 : 4;
    const core::Decision *d = project->find<core::Decision>(id);
    const bool written = std::any_of(d->scores.begin(), d->scores.end(), [&](const core::Score &s) {
        return s.option == d->options[0].id && s.criterion == d->criteria[0].id && s.value == expected;
    });
    key.print("score key to repainted chart");
    handlers.print("  of which the key's handlers");
    paint.print("  of which layout and repaint");
    settle.print("settle (timers after the edit)");
    for (auto it = counter.counts.cbegin(); it != counter.counts.cend(); ++it)
        std::printf("  %3d %s\n", it.value(), qPrintable(it.key()));
    for (auto it = counter.pixels.cbegin(); it != counter.pixels.cend(); ++it)
        std::printf("  %8lld px %s\n", static_cast<long long>(it.value()), qPrintable(it.key()));
    if (const int g = args.indexOf(QStringLiteral("--grab")); g >= 0 && g + 1 < args.size())
        window.grab().save(args[g + 1]); // what the last key left on screen, to look at
    std::printf("undo steps: %d, last score %s\n", stack.count(), written ? "in the project" : "MISSING");
    return written ? 0 : 1;
}
