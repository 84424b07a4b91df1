#include "projectlists.h"

namespace archbench::core {

QList<QMetaObject::Connection> onListChanged(Project *project, QObject *receiver, const QList<ItemKind> &kinds,
                                             const std::function<void()> &rebuild)
{
    const auto follow = [kinds, rebuild](ItemKind kind) {
        if (kinds.contains(kind))
            rebuild();
    };
    return {QObject::connect(project, &Project::itemInserted, receiver, follow),
            QObject::connect(project, &Project::itemRemoved, receiver, follow),
            QObject::connect(project, &Project::itemsReordered, receiver, follow)};
}

} // namespace archbench::core
