#include "ballotimportaction.h"

#include "core/interchange/ballotfile.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>

namespace archbench::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::BallotImportAction)
};
} // namespace

int importBallots(Workbench &workbench, const QStringList &files,
                  const std::function<bool(const QStringList &)> &confirmReplace)
{
    core::Project *project = workbench.project();
    if (!project || project->isReadOnly() || files.isEmpty())
        return 0;
    QList<core::interchange::BallotForm> forms;
    QStringList sources;
    for (const QString &path : files) {
        auto form = core::interchange::BallotFile::readFile(path);
        if (!form) {
            workbench.showError(Text::tr("No ballot was imported. %1: %2").arg(QDir::toNativeSeparators(path), form.error().message));
            return 0;
        }
        forms << *form;
        sources << QFileInfo(path).fileName();
    }
    const core::ProjectData data = project->data();
    const QStringList earlier = core::interchange::BallotFile::existing(data, forms);
    bool replace = false;
    if (!earlier.isEmpty()) {
        if (!confirmReplace(earlier)) {
            workbench.showStatus(Text::tr("No ballot was imported."));
            return 0;
        }
        replace = true;
    }
    auto result = core::interchange::BallotFile::apply(data, forms, replace, sources);
    if (!result) {
        workbench.showError(Text::tr("No ballot was imported. %1").arg(result.error().message));
        return 0;
    }
    const QString text = result->imported == 1 ? Text::tr("Import ballot") : Text::tr("Import %1 ballots").arg(result->imported);
    commands::applyProjectData(workbench.undoStack(), project, result->data, text);
    QStringList who;
    for (const auto &f : std::as_const(forms))
        who << f.ballot.participant;
    QString message = result->imported == 1
        ? Text::tr("Imported the ballot of %1. It stays hidden until you reveal the ballots (Meeting page).").arg(who.join(QStringLiteral(", ")))
        : Text::tr("Imported %1 ballots (%2). They stay hidden until you reveal the ballots (Meeting page).")
              .arg(result->imported)
              .arg(who.join(QStringLiteral(", ")));
    if (!result->replaced.isEmpty())
        message += QLatin1Char(' ') + Text::tr("Replaced: %1.").arg(result->replaced.join(QStringLiteral(", ")));
    if (!result->addedPeople.isEmpty())
        message += QLatin1Char(' ') + Text::tr("Added as consulted: %1.").arg(result->addedPeople.join(QStringLiteral(", ")));
    workbench.showStatus(message);
    return result->imported;
}

void importBallotsInteractively(Workbench &workbench)
{
    if (!workbench.project())
        return;
    QSettings settings;
    const QString key = QStringLiteral("ballots/lastImportFolder");
    const QStringList files = QFileDialog::getOpenFileNames(workbench.window(), Text::tr("Import Ballots"),
                                                            settings.value(key).toString(),
                                                            Text::tr("Ballots (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(key, QFileInfo(files.first()).absolutePath());
    importBallots(workbench, files, [&](const QStringList &earlier) {
        return QMessageBox::question(workbench.window(), Text::tr("Replace Ballots"),
                                     Text::tr("These participants already have a ballot:\n%1\n\nReplace their earlier "
                                              "ballots with the ones from the files?")
                                         .arg(earlier.join(QLatin1Char('\n'))),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    });
}

} // namespace archbench::ui
