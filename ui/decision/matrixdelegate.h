#pragma once
// Paints the matrix cells: eliminated option columns greyed and hatched (the word
// "eliminated" is in the header and rank row), the leader's column tinted green, and edits
// every cell in a plain line edit (numbers in the locale's notation, checked by the model).
// The current cell gets a thick outline in the accent colour (seen from the back of a room),
// and a cell that undo or redo just changed flashes for a moment.

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace archbench::ui {

class MatrixDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    /// Tints `index` until cleared (an invalid index).
    void setFlash(const QModelIndex &index) { m_flash = index; }
    QModelIndex flash() const { return m_flash; }

private:
    QPersistentModelIndex m_flash;
};

} // namespace archbench::ui
