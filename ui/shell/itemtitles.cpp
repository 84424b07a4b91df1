#include "itemtitles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace archbench::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemTitles)
};

template <typename T> QString titleOf(const core::Project &project, const QString &id, const char *untitled)
{
    const T *item = project.find<T>(id);
    if (!item)
        return {};
    const QString title = item->title.trimmed();
    return title.isEmpty() ? Text::tr(untitled) : title;
}

} // namespace

QString itemTitle(const core::Project &project, const ItemRef &item)
{
    using core::ItemKind;
    if (item.overview)
        return Text::tr("Overview");
    switch (item.kind) {
    case ItemKind::Decision:
        return titleOf<core::Decision>(project, item.id, QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled decision"));
    case ItemKind::Review:
        return titleOf<core::Review>(project, item.id, QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled review"));
    case ItemKind::Drill:
        return titleOf<core::Drill>(project, item.id, QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled drill"));
    case ItemKind::CostModel:
        return titleOf<core::CostModel>(project, item.id, QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled cost model"));
    case ItemKind::Lens: {
        const core::LensRecord *lens = project.find<core::LensRecord>(item.id);
        if (!lens)
            return {};
        const QString name = lens->definition.value(QStringLiteral("name")).toString().trimmed();
        return name.isEmpty() ? lens->id : name;
    }
    }
    return {};
}

bool itemExists(const core::Project &project, const ItemRef &item)
{
    using core::ItemKind;
    if (item.overview)
        return true;
    switch (item.kind) {
    case ItemKind::Decision: return project.find<core::Decision>(item.id) != nullptr;
    case ItemKind::Review: return project.find<core::Review>(item.id) != nullptr;
    case ItemKind::Lens: return project.find<core::LensRecord>(item.id) != nullptr;
    case ItemKind::Drill: return project.find<core::Drill>(item.id) != nullptr;
    case ItemKind::CostModel: return project.find<core::CostModel>(item.id) != nullptr;
    }
    return false;
}

QString kindName(core::ItemKind kind, bool plural)
{
    using core::ItemKind;
    switch (kind) {
    case ItemKind::Decision: return plural ? Text::tr("Decisions") : Text::tr("Decision");
    case ItemKind::Review: return plural ? Text::tr("Reviews") : Text::tr("Review");
    case ItemKind::Lens: return plural ? Text::tr("Lenses") : Text::tr("Lens");
    case ItemKind::Drill: return plural ? Text::tr("Drills") : Text::tr("Drill");
    case ItemKind::CostModel: return plural ? Text::tr("Cost models") : Text::tr("Cost model");
    }
    return {};
}

QString projectDisplayName(const core::Project &project, const QString &filePath)
{
    const QString name = project.info().name.trimmed();
    if (!name.isEmpty())
        return name;
    if (!filePath.isEmpty())
        return QFileInfo(filePath).completeBaseName();
    return Text::tr("Untitled");
}

} // namespace archbench::ui
