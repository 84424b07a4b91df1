#include "adrimportaction.h"

#include "core/interchange/interchange.h"
#include "core/report/adrfolder.h"
#include "core/report/adrimport.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QSet>
#include <QSettings>

namespace archbench::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::AdrImportAction)
};

constexpr int kShownProblems = 3;

} // namespace

bool importAdrFolder(Workbench &workbench, const QString &folder)
{
    core::Project *project = workbench.project();
    if (!project || project->isReadOnly())
        return false;
    const auto read = core::readAdrFolder(folder);
    if (!read) {
        workbench.showError(Text::tr("The ADR folder was not imported. %1").arg(read.error().message));
        return false;
    }
    core::ProjectData data = project->data();
    const core::AdrSync sync = core::syncAdrFolder(data, *read);
    if (auto valid = core::interchange::validate(data); !valid) {
        workbench.showError(Text::tr("The ADR folder was not imported: its decisions do not fit the project (%1).").arg(valid.error().message));
        return false;
    }
    const QString name = QDir::toNativeSeparators(folder);
    if (!sync.added.isEmpty() || !sync.updated.isEmpty() || data.project != project->info()) {
        QUndoStack *stack = workbench.undoStack();
        const QString text = Text::tr("Import ADR folder %1").arg(QDir(folder).dirName());
        const QSet<QString> added(sync.added.cbegin(), sync.added.cend()), updated(sync.updated.cbegin(), sync.updated.cend());
        stack->beginMacro(text);
        // new decisions first: an updated one may now be superseded by one of them
        for (const core::Decision &d : std::as_const(data.decisions))
            if (added.contains(d.id))
                commands::insertItem(stack, project, int(project->items<core::Decision>().size()), d, text);
        for (const core::Decision &d : std::as_const(data.decisions))
            if (updated.contains(d.id))
                commands::replaceItem(stack, project, d, text);
        if (data.project != project->info())
            commands::setProjectInfo(stack, project, data.project, text);
        stack->endMacro();
    }
    QString message = Text::tr("Imported %1: %2 decisions added, %3 updated, %4 unchanged.")
                          .arg(name)
                          .arg(sync.added.size())
                          .arg(sync.updated.size())
                          .arg(sync.unchanged.size());
    if (read->problems.isEmpty()) {
        workbench.showStatus(message);
        return true;
    }
    message += QLatin1Char('\n') + Text::tr("%n note(s) on the files:", nullptr, int(read->problems.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(kShownProblems, read->problems.size()); ++i)
        message += QLatin1Char('\n') + read->problems[i].file + QStringLiteral(": ") + read->problems[i].reason;
    if (read->problems.size() > kShownProblems)
        message += QLatin1Char('\n') + Text::tr("… and %1 more; \"archbench import-adr %2\" lists them all.")
                                           .arg(read->problems.size() - kShownProblems)
                                           .arg(name);
    workbench.showWarning(message);
    return true;
}

void importAdrFolderInteractively(Workbench &workbench)
{
    if (!workbench.project())
        return;
    QSettings settings;
    const QString key = QStringLiteral("adr/lastImportFolder");
    const QString folder = QFileDialog::getExistingDirectory(workbench.window(), Text::tr("Import ADR Folder"),
                                                             settings.value(key).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(key, folder);
    importAdrFolder(workbench, folder);
}

bool exportAdrFolder(Workbench &workbench, const QString &folder)
{
    core::Project *project = workbench.project();
    if (!project)
        return false;
    core::ProjectData data = project->data();
    const auto written = core::exportAdrFolder(data, folder, core::folderAdrFlavour(folder));
    const QString name = QDir::toNativeSeparators(folder);
    if (!written) {
        workbench.showError(Text::tr("The ADR folder %1 was not written. %2").arg(name, written.error().message));
        return false;
    }
    QString message = written->written.isEmpty() && written->unchanged.isEmpty()
                          ? Text::tr("The project has no decisions: nothing written to %1.").arg(name)
                          : Text::tr("Wrote %n ADR file(s) to %1", nullptr, int(written->written.size())).arg(name);
    if (!written->unchanged.isEmpty())
        message += QStringLiteral("; ") + Text::tr("%n left as they are (they still say what the decision holds)", nullptr,
                                                   int(written->unchanged.size()));
    if (!written->removed.isEmpty())
        message += QStringLiteral("; ") + Text::tr("%n old file(s) of renamed decisions removed", nullptr,
                                                   int(written->removed.size()));
    message += QLatin1Char('.');
    // The numbers given are the decisions' for life: keep them in the project (the files carry
    // the ids, so a later export finds them again even if this step is undone).
    core::keepAdrNumbers(data, *written);
    if (!written->assigned.isEmpty() && !project->isReadOnly()) {
        QUndoStack *stack = workbench.undoStack();
        const QString text = Text::tr("Keep ADR numbers");
        stack->beginMacro(text);
        for (const core::Decision &d : std::as_const(data.decisions))
            if (const core::Decision *now = project->find<core::Decision>(d.id); now && now->adrNumber != d.adrNumber)
                commands::replaceItem(stack, project, d, text);
        if (data.project != project->info())
            commands::setProjectInfo(stack, project, data.project, text);
        stack->endMacro();
        message += QLatin1Char(' ') + Text::tr("%n new number(s) kept in the project.", nullptr, int(written->assigned.size()));
    } else if (!written->assigned.isEmpty()) {
        message += QLatin1Char(' ') + Text::tr("The project is read-only, so the new numbers are not kept in it; the files "
                                               "carry the ids, so the next export finds them again.");
    }
    workbench.showStatus(message);
    return true;
}

void exportAdrFolderInteractively(Workbench &workbench)
{
    if (!workbench.project())
        return;
    QSettings settings;
    const QString key = QStringLiteral("adr/lastExportFolder");
    QString start = settings.value(key).toString();
    if (start.isEmpty())
        start = settings.value(QStringLiteral("adr/lastImportFolder")).toString();
    const QString folder = QFileDialog::getExistingDirectory(workbench.window(), Text::tr("Export ADR Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(key, folder);
    exportAdrFolder(workbench, folder);
}

} // namespace archbench::ui
