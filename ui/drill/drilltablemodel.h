#pragma once
// Base of the item models over one list inside a drill (timeline, findings, action items).
// Reads the drill from the Project on every call and writes by copying the drill, changing
// the copy and handing it to ui::commands, so every cell edit is one undo step. Rows follow
// the document: a change of the drill (edit, undo, redo) refreshes the view; a change in the
// number of rows resets the model.

#include "core/model/drill.h"
#include "core/project.h"
#include "ui/itemhandle.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace archbench::ui {

class DrillTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    DrillTableModel(ProjectDocument *document, QString drillId,
                    QObject *parent = nullptr);

    const core::Drill *drill() const;
    QString drillId() const { return m_drill.id(); }
    bool isReadOnly() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    /// The number of rows the list of `drill` has.
    virtual int rowsIn(const core::Drill &drill) const = 0;
    /// Subclasses call this at the end of their constructor (rowsIn is virtual).
    void initializeRows();
    /// Pushes `edited` as one undo command; false when nothing changed or read-only.
    bool commit(const core::Drill &edited, const QString &undoText, const QString &mergeKey = {});
    core::Project *project() const { return m_drill.project(); }
    QUndoStack *undoStack() const { return m_drill.undoStack(); }

private:
    void refresh();

    ItemHandle<core::Drill> m_drill;
    int m_rows = 0;
};

} // namespace archbench::ui
