#include "itemtitles.h"
#include "kindui.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace archbench::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemTitles)
};

} // namespace

QString itemTitle(const core::Project &project, const ItemRef &item)
{
    if (item.overview)
        return Text::tr("Overview");
    const int i = project.indexOfItem(item.kind, item.id);
    if (i < 0)
        return {};
    const QString title = core::visitKind(item.kind, [&](auto type) {
        using T = typename decltype(type)::type;
        return core::ItemTraits<T>::title(project.items<T>()[i]);
    });
    if (!title.isEmpty())
        return title;
    const char *untitled = kindUi(item.kind).untitled;
    return untitled ? Text::tr(untitled) : item.id;
}

bool itemExists(const core::Project &project, const ItemRef &item)
{
    return item.overview || project.indexOfItem(item.kind, item.id) >= 0;
}

QString kindName(core::ItemKind kind, bool plural)
{
    const KindUi &k = kindUi(kind);
    return Text::tr(plural ? k.plural : k.singular);
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
