#include "reviewmodule.h"

#include "core/review/lenscheck.h"
#include "core/review/lensloader.h"
#include "reviewactions.h"
#include "revieweditor.h"
#include "reviewproperties.h"
#include "riskchartdock.h"
#include "ui/workbench.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QPointer>
#include <algorithm>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ReviewModule)
};

void importLensInteractively(Workbench &workbench)
{
    core::Project *project = workbench.project();
    if (!project)
        return;
    const QString path = QFileDialog::getOpenFileName(workbench.window(), Text::tr("Import Lens"), QString(),
                                                      Text::tr("Well-Architected lens (*.json);;All files (*)"));
    if (!path.isEmpty())
        importLensFile(workbench, path);
}

/// The count and the first few warnings of the lens check, for the message bar.
QString lensCheckMessage(const core::Lens &lens, const core::LensCheckResult &check, const QString &fileName)
{
    constexpr int kShown = 3;
    const int n = int(check.warnings.size());
    QString text = n == 1 ? Text::tr("The lens check has %n warning about \"%1\":", nullptr, n).arg(lens.name)
                          : Text::tr("The lens check has %n warnings about \"%1\":", nullptr, n).arg(lens.name);
    for (int i = 0; i < std::min(n, kShown); ++i)
        text += QLatin1Char('\n') + check.warnings.at(i).message;
    if (n > kShown)
        text += QLatin1Char('\n') + Text::tr("… and %1 more; \"archbench lens check %2\" lists them all.").arg(n - kShown).arg(fileName);
    return text;
}

} // namespace

bool importLensFile(Workbench &workbench, const QString &path)
{
    core::Project *project = workbench.project();
    if (!project)
        return false;
    auto record = ReviewActions::importLens(project, workbench.undoStack(), path);
    if (!record) {
        workbench.showError(Text::tr("The lens was not imported. %1").arg(record.error().message));
        return false;
    }
    workbench.showStatus(Text::tr("Lens \"%1\" is in the project. Project ▸ New Review with Lens… starts a review with it.")
                             .arg(record->definition.value(QStringLiteral("name")).toString()));
    // the lens loads, but may still leave answers unrated or hold rules that never decide
    if (const auto lens = core::LensLoader::fromRecord(*record)) {
        const core::LensCheckResult check = core::LensCheck::check(*lens);
        if (!check.warnings.isEmpty())
            workbench.showWarning(lensCheckMessage(*lens, check, QFileInfo(path).fileName()));
    }
    return true;
}

namespace {

void newReviewWithLens(Workbench &workbench)
{
    core::Project *project = workbench.project();
    if (!project)
        return;
    QStringList names;
    QList<core::LensRecord> usable;
    for (const core::LensRecord &record : project->items<core::LensRecord>()) {
        auto lens = core::LensLoader::fromRecord(record);
        if (!lens)
            continue;
        usable.append(record);
        names.append(Text::tr("%1 (questions: %2)").arg(lens->name).arg(lens->questionCount()));
    }
    if (usable.isEmpty()) {
        workbench.showStatus(Text::tr("The project has no lens yet: import one, or use New Review for the built-in lens."));
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(workbench.window(), Text::tr("New Review with Lens"),
                                                 Text::tr("Review the workload against:"), names, 0, false, &ok);
    if (!ok)
        return;
    const core::LensRecord &record = usable.at(names.indexOf(choice));
    const QString id = ReviewActions::createReview(project, workbench.undoStack(), record, Text::tr("Workload review"));
    if (!id.isEmpty())
        workbench.openItem(ItemRef{core::ItemKind::Review, id});
}
} // namespace

void installReviewModule(Workbench &workbench)
{
    workbench.registerEditor(core::ItemKind::Review,
                             [](const EditorContext &context, const ItemRef &item, QWidget *parent) -> QWidget * {
                                 if (!context.document->project() || !context.document->project()->find<core::Review>(item.id))
                                     return nullptr;
                                 return new ReviewEditor(context, item.id, parent);
                             });
    workbench.registerProperties<core::Review>(&reviewProperties);

    workbench.addDock(new RiskChartDock(&workbench, workbench.window()), Qt::RightDockWidgetArea);

    Workbench *wb = &workbench;
    auto *newReview = new QAction(Text::tr("New &Review"), &workbench);
    newReview->setObjectName(QStringLiteral("actionNewReview"));
    newReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newReview->setStatusTip(Text::tr("Start a Well-Architected review with the built-in Archbench lens"));
    QObject::connect(newReview, &QAction::triggered, &workbench, [wb] {
        const QString id = ReviewActions::createBuiltInReview(wb->project(), wb->undoStack());
        if (!id.isEmpty())
            wb->openItem(ItemRef{core::ItemKind::Review, id});
    });

    auto *newWithLens = new QAction(Text::tr("New Review &with Lens…"), &workbench);
    newWithLens->setObjectName(QStringLiteral("actionNewReviewWithLens"));
    newWithLens->setStatusTip(Text::tr("Start a review with one of the lenses in the project"));
    QObject::connect(newWithLens, &QAction::triggered, &workbench, [wb] { newReviewWithLens(*wb); });

    auto *importLens = new QAction(Text::tr("&Import Lens…"), &workbench); // File menu: I is free there
    importLens->setObjectName(QStringLiteral("actionImportLens"));
    importLens->setStatusTip(Text::tr("Add a lens in the AWS Well-Architected custom-lens JSON format to the project"));
    QObject::connect(importLens, &QAction::triggered, &workbench, [wb] { importLensInteractively(*wb); });

    const QList<QAction *> actions{newReview, newWithLens, importLens};
    auto updateEnabled = [wb, actions] {
        const bool editable = wb->project() && !wb->project()->isReadOnly();
        for (QAction *action : actions)
            action->setEnabled(editable);
    };
    auto readOnlyConnection = std::make_shared<QMetaObject::Connection>();
    QObject::connect(&workbench, &Workbench::projectChanged, &workbench,
                     [wb, updateEnabled, readOnlyConnection](core::Project *project) {
                         QObject::disconnect(*readOnlyConnection);
                         if (project)
                             *readOnlyConnection = QObject::connect(project, &core::Project::readOnlyChanged, wb,
                                                                    updateEnabled);
                         updateEnabled();
                     });
    updateEnabled();
    workbench.addProjectAction(newReview);
    workbench.addProjectAction(newWithLens);
    workbench.addFileAction(importLens);
}

} // namespace archbench::ui
