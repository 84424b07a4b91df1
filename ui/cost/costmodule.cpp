#include "costmodule.h"

#include "costchartdock.h"
#include "costproperties.h"
#include "crossovermodeleditor.h"
#include "latencymodeleditor.h"
#include "reservedmodeleditor.h"

#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include "core/cost/costdefaults.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::CostModule)
};
} // namespace

QWidget *createCostModelEditor(const EditorContext &context, const ItemRef &item, QWidget *parent)
{
    const core::CostModel *model = context.document->project() ? context.document->project()->find<core::CostModel>(item.id) : nullptr;
    if (!model)
        return nullptr;
    switch (model->kind) {
    case core::CostModelKind::Latency: return new LatencyModelEditor(context, item.id, parent);
    case core::CostModelKind::Crossover: return new CrossoverModelEditor(context, item.id, parent);
    case core::CostModelKind::Reserved: return new ReservedModelEditor(context, item.id, parent);
    }
    return nullptr;
}

QString createCostModel(Workbench &workbench, core::CostModelKind kind)
{
    core::Project *project = workbench.project();
    if (!project || project->isReadOnly() || !workbench.undoStack())
        return {};
    const core::CostModel model = core::cost::defaultCostModel(kind);
    QString text;
    switch (kind) {
    case core::CostModelKind::Latency: text = QCoreApplication::translate("archbench::ui::CostModule", "New latency model"); break;
    case core::CostModelKind::Crossover: text = QCoreApplication::translate("archbench::ui::CostModule", "New crossover model"); break;
    case core::CostModelKind::Reserved: text = QCoreApplication::translate("archbench::ui::CostModule", "New reserved-capacity model"); break;
    }
    const int end = int(project->items<core::CostModel>().size());
    if (!commands::insertItem(workbench.undoStack(), project, end, model, text))
        return {};
    workbench.openItem(ItemRef{core::ItemKind::CostModel, model.id, false});
    return model.id;
}

void installCostModule(Workbench &workbench)
{
    workbench.registerEditor(core::ItemKind::CostModel, &createCostModelEditor);
    workbench.registerProperties<core::CostModel>(&costModelProperties);

    QMainWindow *window = workbench.window();
    workbench.addDock(new CostChartDock(core::CostModelKind::Latency, &workbench, window), Qt::RightDockWidgetArea);
    workbench.addDock(new CostChartDock(core::CostModelKind::Crossover, &workbench, window), Qt::RightDockWidgetArea);

    const QList<std::pair<core::CostModelKind, QString>> actions{
        {core::CostModelKind::Latency, Text::tr("New &Latency Model")},
        {core::CostModelKind::Crossover, Text::tr("New &Crossover Model")},
        {core::CostModelKind::Reserved, Text::tr("New Reserved-C&apacity Model")},
    };
    Workbench *bench = &workbench;
    for (const auto &[kind, text] : actions) {
        auto *action = new QAction(text, window);
        action->setObjectName(kind == core::CostModelKind::Latency     ? QStringLiteral("newLatencyModel")
                              : kind == core::CostModelKind::Crossover ? QStringLiteral("newCrossoverModel")
                                                                       : QStringLiteral("newReservedModel"));
        action->setStatusTip(kind == core::CostModelKind::Latency
                                 ? Text::tr("Add a cost-vs-latency curve, starting from the guide's checkout example")
                             : kind == core::CostModelKind::Crossover
                                 ? Text::tr("Add a load-vs-cost comparison of compute options")
                                 : Text::tr("Add a comparison of on-demand, reserved and savings-plan prices"));
        const core::CostModelKind k = kind;
        QObject::connect(action, &QAction::triggered, bench, [bench, k] { createCostModel(*bench, k); });
        const auto updateEnabled = [bench, action] {
            action->setEnabled(bench->project() && !bench->project()->isReadOnly());
        };
        QObject::connect(bench, &Workbench::projectChanged, action, [bench, action, updateEnabled](core::Project *project) {
            updateEnabled();
            if (project)
                QObject::connect(project, &core::Project::readOnlyChanged, action, updateEnabled);
        });
        updateEnabled();
        workbench.addProjectAction(action);
    }
}

} // namespace archbench::ui
