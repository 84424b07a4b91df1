#include "reviewactions.h"

#include "core/review/builtinlens.h"
#include "core/review/lensloader.h"
#include "ui/commands/itemcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace archbench::ui {

using core::LensRecord;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ReviewActions)
};
} // namespace

QString ReviewActions::createReview(core::Project *project, QUndoStack *undoStack, const LensRecord &lens,
                                    const QString &title)
{
    if (!project || project->isReadOnly() || lens.id.isEmpty())
        return {};
    core::Review review;
    review.id = core::Project::newId();
    review.title = title;
    review.lens = lens.id;
    review.date = QDate::currentDate();
    undoStack->beginMacro(Text::tr("New review \"%1\"").arg(title));
    if (!project->find<LensRecord>(lens.id))
        commands::insertItem(undoStack, project, int(project->items<LensRecord>().size()), lens,
                             Text::tr("Add lens \"%1\"").arg(lens.definition.value(QStringLiteral("name")).toString()));
    commands::insertItem(undoStack, project, int(project->items<core::Review>().size()), review,
                         Text::tr("New review \"%1\"").arg(title));
    undoStack->endMacro();
    return project->find<core::Review>(review.id) ? review.id : QString();
}

QString ReviewActions::createBuiltInReview(core::Project *project, QUndoStack *undoStack)
{
    if (!project)
        return {};
    const int n = int(project->items<core::Review>().size()) + 1;
    return createReview(project, undoStack, core::BuiltInLens::record(),
                        n == 1 ? Text::tr("Workload review") : Text::tr("Workload review %1").arg(n));
}

core::Expected<LensRecord> ReviewActions::importLens(core::Project *project, QUndoStack *undoStack, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!project || project->isReadOnly())
        return core::makeError(core::ErrorCode::Refused, Text::tr("The project is read-only; the lens was not imported."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::NotFound, Text::tr("%1: cannot be read (%2)").arg(name, file.errorString()));
    if (file.size() > kMaxLensFileBytes)
        return core::makeError(core::ErrorCode::Refused,
                               Text::tr("%1: larger than %2 MB, not a lens").arg(name).arg(kMaxLensFileBytes / (1024 * 1024)));
    const QByteArray json = file.read(kMaxLensFileBytes + 1);
    auto lens = core::LensLoader::fromJson(json);
    if (!lens)
        return core::makeError(core::ErrorCode::Invalid, Text::tr("%1: %2").arg(name, lens.error().message));
    const QJsonObject definition = QJsonDocument::fromJson(json).object();
    for (const LensRecord &existing : project->items<LensRecord>())
        if (existing.definition == definition)
            return existing;
    LensRecord record;
    record.id = core::Project::newId();
    record.version = QStringLiteral("1");
    record.definition = definition;
    if (!commands::insertItem(undoStack, project, int(project->items<LensRecord>().size()), record,
                              Text::tr("Import lens \"%1\"").arg(lens->name)))
        return core::makeError(core::ErrorCode::Refused, Text::tr("%1: the project refused the lens").arg(name));
    return record;
}

} // namespace archbench::ui
