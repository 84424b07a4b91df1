#include "decisionmodule.h"

#include "adrimportaction.h"
#include "ballotformdialog.h"
#include "ballotimportaction.h"
#include "presentationwindow.h"
#include "metricreadingsdialog.h"
#include "checksdock.h"
#include "decisionchartdock.h"
#include "decisioneditor.h"
#include "decisionproperties.h"
#include "revisitdock.h"
#include "scorechart.h"
#include "scorechartdock.h"
#include "sensitivitychart.h"

#include "core/decision/decisionlifecycle.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>

namespace archbench::ui {

// Translation context of this file's free functions.
struct DecisionModule {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::DecisionModule)
};

void installDecisionModule(Workbench &workbench)
{
    Workbench *wb = &workbench;
    // The main window opens (or focuses) the tab and then calls the editor's highlight(QString)
    // slot with the sub-item of an openItem() request (a trigger, "check:<id>").
    workbench.registerEditor(core::ItemKind::Decision,
                             [](const EditorContext &context, const ItemRef &item, QWidget *parent) -> QWidget * {
        if (!context.document->project() || !context.document->project()->find<core::Decision>(item.id))
            return nullptr;
        return new DecisionEditor(context.document, item.id, parent);
    });
    workbench.registerProperties<core::Decision>(&decisionProperties);

    QMainWindow *window = workbench.window();
    auto *scores = new ScoreChartDock(DecisionModule::tr("Scores"), window);
    scores->follow(wb);
    workbench.addDock(scores, Qt::RightDockWidgetArea);
    auto *sensitivity = new DecisionChartDock(DecisionModule::tr("Sensitivity"), QStringLiteral("sensitivityDock"),
                                              [](const core::Decision &d) { return createSensitivityChart(d); },
                                              [](const core::Decision &d) { return robustnessSentence(d); }, window);
    sensitivity->follow(wb);
    workbench.addDock(sensitivity, Qt::RightDockWidgetArea);
    workbench.addDock(new RevisitDock(wb, window), Qt::BottomDockWidgetArea);
    workbench.addDock(new ChecksDock(wb, window), Qt::BottomDockWidgetArea);

    auto *newDecision = new QAction(DecisionModule::tr("New &Decision"), wb);
    newDecision->setObjectName(QStringLiteral("newDecisionAction"));
    newDecision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    newDecision->setStatusTip(DecisionModule::tr("Add a decision to the project and open its matrix"));
    const auto syncEnabled = [newDecision, wb] {
        newDecision->setEnabled(wb->project() && !wb->project()->isReadOnly());
    };
    QObject::connect(newDecision, &QAction::triggered, wb, [wb] {
        core::Project *project = wb->project();
        if (!project || project->isReadOnly())
            return;
        const core::Decision d = core::DecisionLifecycle::create(DecisionModule::tr("New decision"), QDate::currentDate());
        if (commands::insertItem(wb->undoStack(), project, int(project->items<core::Decision>().size()), d,
                                 DecisionModule::tr("New decision")))
            wb->openItem(ItemRef{core::ItemKind::Decision, d.id, false});
    });
    auto readOnlyConnection = std::make_shared<QMetaObject::Connection>();
    // File menu, after Import Lens…
    auto *importAdr = new QAction(DecisionModule::tr("Import A&DR Folder…"), wb);
    importAdr->setObjectName(QStringLiteral("actionImportAdrFolder"));
    importAdr->setStatusTip(DecisionModule::tr("Read a folder of decision records (MADR, adr-tools, log4brains) into the project"));
    QObject::connect(importAdr, &QAction::triggered, wb, [wb] { importAdrFolderInteractively(*wb); });
    const auto syncImport = [importAdr, wb] { importAdr->setEnabled(wb->project() && !wb->project()->isReadOnly()); };
    auto importReadOnly = std::make_shared<QMetaObject::Connection>();
    QObject::connect(wb, &Workbench::projectChanged, importAdr, [=](core::Project *project) {
        QObject::disconnect(*importReadOnly);
        if (project)
            *importReadOnly = QObject::connect(project, &core::Project::readOnlyChanged, importAdr, syncImport);
        syncImport();
    });
    syncImport();
    workbench.addFileAction(importAdr);
    auto *exportAdr = new QAction(DecisionModule::tr("E&xport ADR Folder…"), wb);
    exportAdr->setObjectName(QStringLiteral("actionExportAdrFolder"));
    exportAdr->setStatusTip(DecisionModule::tr("Write every decision as its ADR file into a folder (MADR, or the shape of the "
                                               "records already there)"));
    QObject::connect(exportAdr, &QAction::triggered, wb, [wb] { exportAdrFolderInteractively(*wb); });
    QObject::connect(wb, &Workbench::projectChanged, exportAdr, [exportAdr](core::Project *project) {
        exportAdr->setEnabled(project != nullptr);
    });
    exportAdr->setEnabled(wb->project() != nullptr);
    workbench.addFileAction(exportAdr);
    auto *importBallotFiles = new QAction(DecisionModule::tr("Import &Ballots…"), wb);
    importBallotFiles->setObjectName(QStringLiteral("actionImportBallots"));
    importBallotFiles->setStatusTip(DecisionModule::tr("Bring filled-in ballot files back as participants' ballots"));
    QObject::connect(importBallotFiles, &QAction::triggered, wb, [wb] { importBallotsInteractively(*wb); });
    const auto syncBallots = [importBallotFiles, wb] {
        importBallotFiles->setEnabled(wb->project() && !wb->project()->isReadOnly());
    };
    auto ballotsReadOnly = std::make_shared<QMetaObject::Connection>();
    QObject::connect(wb, &Workbench::projectChanged, importBallotFiles, [=](core::Project *project) {
        QObject::disconnect(*ballotsReadOnly);
        if (project)
            *ballotsReadOnly = QObject::connect(project, &core::Project::readOnlyChanged, importBallotFiles, syncBallots);
        syncBallots();
    });
    syncBallots();
    workbench.addFileAction(importBallotFiles);
    // File ▸ Open of a ballot file: its form
    workbench.addFileOpener([wb](const QString &path) {
        bool handled = false;
        if (BallotFormDialog *dialog = BallotFormDialog::openIfBallot(path, wb->window(), &handled))
            dialog->show();
        return handled;
    });
    // View ▸ Present: the projector mode, one decision at a time
    auto *present = new QAction(DecisionModule::tr("Pr&esent"), wb);
    present->setObjectName(QStringLiteral("actionPresent"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(DecisionModule::tr("Show the decisions full screen in large type for the projector (Esc leaves)"));
    QObject::connect(present, &QAction::triggered, wb, [wb] {
        if (!wb->project() || wb->project()->items<core::Decision>().isEmpty()) {
            wb->showStatus(DecisionModule::tr("Nothing to present: the project has no decisions."));
            return;
        }
        const ItemRef current = wb->currentItem();
        const QString start = current.kind == core::ItemKind::Decision && !current.overview ? current.id : QString();
        auto *window = new PresentationWindow(wb, start, wb->window());
        QObject::connect(wb, &Workbench::projectChanged, window, &QWidget::close);
        window->showFullScreen();
        window->activateWindow();
    });
    const auto syncPresent = [present, wb] { present->setEnabled(wb->project() != nullptr); };
    QObject::connect(wb, &Workbench::projectChanged, present, syncPresent);
    syncPresent();
    workbench.addViewAction(present);
    QObject::connect(wb, &Workbench::projectChanged, newDecision, [=](core::Project *project) {
        QObject::disconnect(*readOnlyConnection);
        if (project)
            *readOnlyConnection = QObject::connect(project, &core::Project::readOnlyChanged, newDecision, syncEnabled);
        syncEnabled();
    });
    syncEnabled();
    workbench.addProjectAction(newDecision);

    // Project menu: the GUI side of `archbench set-metric`
    auto *readings = new QAction(DecisionModule::tr("Record &Metric Readings…"), wb);
    readings->setObjectName(QStringLiteral("actionRecordMetricReadings"));
    readings->setStatusTip(DecisionModule::tr("Type current monitoring values (rps, monthly cost, …) for the revisit triggers that measure them"));
    QObject::connect(readings, &QAction::triggered, wb, [wb] { recordMetricReadingsInteractively(*wb); });
    const auto syncReadings = [readings, wb] { readings->setEnabled(wb->project() && !wb->project()->isReadOnly()); };
    auto readingsReadOnly = std::make_shared<QMetaObject::Connection>();
    QObject::connect(wb, &Workbench::projectChanged, readings, [=](core::Project *project) {
        QObject::disconnect(*readingsReadOnly);
        if (project)
            *readingsReadOnly = QObject::connect(project, &core::Project::readOnlyChanged, readings, syncReadings);
        syncReadings();
    });
    syncReadings();
    workbench.addProjectAction(readings);
}

} // namespace archbench::ui
