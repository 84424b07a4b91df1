#pragma once
// Table model over the project's requirements: kind, text, target. Edits go through the
// command façade (one undo step each); the model only translates Project signals.

#include "ui/projectdocument.h"
#include <QAbstractTableModel>

class QUndoStack;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class RequirementsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, TargetColumn, ColumnCount };
    /// Role carrying the interchange spelling of the kind (for filtering).
    static constexpr int KindRole = Qt::UserRole + 1;

    RequirementsModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a requirement after `row` (or at the end); returns its row.
    int addRequirement(int row);
    void removeRequirement(int row);
    void moveRequirement(int row, int delta);

    static QString kindLabel(int kind);

private:
    void reload();

    core::Project *m_project;
    QUndoStack *m_undoStack;
    int m_rows = 0;
};

} // namespace archbench::ui
