#include "drillmodule.h"

#include "actionitemsdock.h"
#include "core/drill/drtierpresets.h"
#include "core/project.h"
#include "drillchartdock.h"
#include "drilleditor.h"
#include "drillproperties.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::DrillModule)
};

// Kept out of newDrill(): lupdate misreads its `core::Drill` return type as a scope and would
// file the text under a wrong context.
QString newDrillTitle()
{
    return Text::tr("New drill");
}
} // namespace

core::Drill newDrill(const QDate &today)
{
    core::Drill drill;
    drill.id = core::Project::newId();
    drill.title = newDrillTitle();
    drill.date = today;
    drill.tier = core::DrTier::WarmStandby;
    drill.targets = core::typicalTargets(drill.tier);
    return drill;
}

void installDrillModule(Workbench &workbench)
{
    workbench.registerEditor(core::ItemKind::Drill,
                             [](const EditorContext &context, const ItemRef &item, QWidget *parent) -> QWidget * {
                                 if (!context.document->project() || !context.document->project()->find<core::Drill>(item.id))
                                     return nullptr;
                                 return new DrillEditor(context, item.id, parent);
                             });
    workbench.registerProperties<core::Drill>(&drillProperties);

    auto *newAction = new QAction(Text::tr("New Dr&ill"), &workbench);
    newAction->setObjectName(QStringLiteral("newDrillAction"));
    newAction->setStatusTip(Text::tr("Record a disaster-recovery drill"));
    auto updateEnabled = [&workbench, newAction] {
        core::Project *project = workbench.project();
        newAction->setEnabled(project && !project->isReadOnly());
    };
    QObject::connect(&workbench, &Workbench::projectChanged, newAction,
                     [&workbench, newAction, updateEnabled](core::Project *project) {
                         updateEnabled();
                         if (project)
                             QObject::connect(project, &core::Project::readOnlyChanged, newAction, updateEnabled);
                     });
    QObject::connect(newAction, &QAction::triggered, &workbench, [&workbench] {
        core::Project *project = workbench.project();
        if (!project || !workbench.undoStack() || project->isReadOnly())
            return;
        const core::Drill drill = newDrill(QDate::currentDate());
        if (commands::insertItem(workbench.undoStack(), project, int(project->items<core::Drill>().size()),
                                 drill, Text::tr("New drill")))
            workbench.openItem(ItemRef{core::ItemKind::Drill, drill.id});
    });
    updateEnabled();
    workbench.addProjectAction(newAction);

    workbench.addDock(new ActionItemsDock(workbench, workbench.window()), Qt::BottomDockWidgetArea);
    workbench.addDock(new DrillChartDock(workbench, workbench.window()), Qt::RightDockWidgetArea);
}

} // namespace archbench::ui
