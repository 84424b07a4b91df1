// A separate process for the lock and recovery tests: it opens a project the way the
// application does, changes it, says on stdout what it has committed, and then waits to be
// killed (SIGKILL, so nothing is cleaned up).
//
//   storage_child WORKDIR hold FILE         open FILE, print "ready" (or "ready read-only"), wait
//   storage_child WORKDIR edit FILE|- N     open FILE (or a new project for "-"); N edits
//                                           (0 = forever), each printed "committed I"; then
//                                           print "done" and wait
//   storage_child WORKDIR editsave FILE     forever: edit, save, print "saved I"
//   storage_child WORKDIR type FILE TEXT    types TEXT into the first decision's title, one
//                                           letter per keystroke-sized replace (Persist::
//                                           AfterPause) every 20 ms, printing "typed I"; then
//                                           "finished typing", and "settled" once the pause
//                                           wrote it
//
// Edit I renames the project to "edit I" and appends decision "edit-I" titled "Decision I", so
// a recovered project shows exactly which edits it holds.
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

using namespace archbench::core;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void waitToBeKilled()
{
    for (;;)
        ::pause();
}

bool edit(Project &project, int i)
{
    ProjectInfo info = project.info();
    info.name = QStringLiteral("edit %1").arg(i);
    if (!project.setInfo(info))
        return false;
    Decision d;
    d.id = QStringLiteral("edit-%1").arg(i);
    d.title = QStringLiteral("Decision %1").arg(i);
    return project.insert(int(project.items<Decision>().size()), d);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // stdout carries the protocol only
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    ProjectFile::setWorkingDirectory(args[1]);
    const QString mode = args[2];
    const QString path = args[3];

    auto file = path == QLatin1StringView("-") ? ProjectFile::createNew() : ProjectFile::open(path);
    if (!file) {
        say("error " + file.error().message.toUtf8());
        return 2;
    }
    Project &project = *(*file)->project();
    QObject::connect(&project, &Project::storageFailed, &project,
                     [](const QString &message) { say("storage failed " + message.toUtf8()); });

    if (mode == QLatin1StringView("hold")) {
        say((*file)->isReadOnly() ? "ready read-only" : "ready");
        waitToBeKilled();
    }
    if (mode == QLatin1StringView("edit")) {
        const int count = args.value(4).toInt();
        for (int i = 1; count == 0 || i <= count; ++i) {
            if (!edit(project, i))
                return 3;
            say("committed " + QByteArray::number(i));
        }
        say("done");
        waitToBeKilled();
    }
    if (mode == QLatin1StringView("type")) {
        const QString text = args.value(4);
        if (project.items<Decision>().isEmpty() || text.isEmpty())
            return 3;
        QTimer keys;
        int typed = 0;
        QObject::connect(&keys, &QTimer::timeout, &project, [&]() {
            Decision d = project.items<Decision>().first();
            d.title += text.at(typed++);
            if (!project.replace(d, Persist::AfterPause, QStringLiteral("title")))
                QCoreApplication::exit(3);
            say("typed " + QByteArray::number(typed));
            if (typed < text.size())
                return;
            keys.stop();
            say("finished typing");
            auto *settle = new QTimer(&project);
            QObject::connect(settle, &QTimer::timeout, &project, [&project, settle]() {
                if (project.hasPendingWrites())
                    return;
                settle->stop();
                say("settled");
            });
            settle->start(10);
        });
        keys.start(20);
        return app.exec();
    }
    if (mode == QLatin1StringView("editsave")) {
        for (int i = 1;; ++i) {
            if (!edit(project, i))
                return 3;
            if (auto saved = (*file)->save(true); !saved) {
                say("error " + saved.error().message.toUtf8());
                return 4;
            }
            say("saved " + QByteArray::number(i));
        }
    }
    return 64;
}
