#include "reportmodule.h"

#include "exportdialog.h"
#include "pagesetup.h"
#include "reportexporter.h"

#include "core/project.h"
#include "ui/workbench.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace archbench::ui {

namespace {

void exportReport(Workbench &workbench)
{
    core::Project *project = workbench.project();
    if (!project)
        return;
    ExportDialog dialog(project, workbench.currentItem(), workbench.window());
    if (dialog.exec() == QDialog::Accepted)
        workbench.showStatus(QCoreApplication::translate("archbench::ui::ReportModule", "Report written to %1")
                                 .arg(QDir::toNativeSeparators(dialog.writtenPath())));
}

void printPreview(Workbench &workbench)
{
    core::Project *project = workbench.project();
    if (!project)
        return;
    const QSettings settings;
    const auto size = pageSizeFromString(settings.value(QStringLiteral("report/pageSize")).toString())
                          .value_or(defaultPageSize(QLocale()));
    core::ReportOptions options;
    options.generated = QDate::currentDate();
    const QString error = ReportExporter::preview(workbench.window(), project->data(), options, size);
    if (!error.isEmpty())
        workbench.showStatus(error);
}

/// Puts `action` right after `anchor` in every menu that holds `anchor`.
void insertAfter(QAction *anchor, QAction *action)
{
    for (QObject *object : anchor->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->actions();
        const qsizetype at = actions.indexOf(anchor);
        menu->insertAction(at + 1 < actions.size() ? actions[at + 1] : nullptr, action);
    }
}

} // namespace

void installReportModule(Workbench &workbench)
{
    QMainWindow *window = workbench.window();
    QAction *exportAction = window ? window->findChild<QAction *>(QStringLiteral("actionExport")) : nullptr;
    const bool ownMenu = exportAction == nullptr;
    if (ownMenu) {
        exportAction = new QAction(QCoreApplication::translate("archbench::ui::ReportModule", "&Export Report…"), &workbench);
        exportAction->setObjectName(QStringLiteral("actionExport"));
        exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        exportAction->setToolTip(QCoreApplication::translate("archbench::ui::ReportModule", "Export a Markdown or PDF report"));
    }
    auto *previewAction = new QAction(QCoreApplication::translate("archbench::ui::ReportModule", "Print Pre&view…"), &workbench);
    previewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    previewAction->setToolTip(QCoreApplication::translate("archbench::ui::ReportModule", "See the PDF report page by page and print it"));

    QObject::connect(exportAction, &QAction::triggered, &workbench, [&workbench] { exportReport(workbench); });
    QObject::connect(previewAction, &QAction::triggered, &workbench, [&workbench] { printPreview(workbench); });
    auto follow = [exportAction, previewAction](core::Project *project) {
        exportAction->setEnabled(project != nullptr);
        previewAction->setEnabled(project != nullptr);
    };
    QObject::connect(&workbench, &Workbench::projectChanged, exportAction, follow);
    follow(workbench.project());
    exportAction->setVisible(true);

    if (ownMenu) {
        workbench.addProjectAction(exportAction);
        workbench.addProjectAction(previewAction);
    } else {
        if (window)
            window->addAction(previewAction); // shortcut works even if no menu shows it
        insertAfter(exportAction, previewAction);
    }
}

} // namespace archbench::ui
