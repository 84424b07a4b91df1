#include "costtablemodel.h"

namespace archbench::ui {

CostTableModel::CostTableModel(ProjectDocument *document, const QString &modelId, QObject *parent)
    : ItemTableModel(document, modelId, parent)
{
    if (core::Project *p = project()) {
        connect(p, &core::Project::infoChanged, this, [this] {
            allCellsChanged();
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        });
    }
}

QString CostTableModel::currency() const
{
    return project() ? project()->info().currency : QStringLiteral("USD");
}

} // namespace archbench::ui
