#pragma once
// Paints the matrix cells: eliminated option columns greyed and hatched (the word
// "eliminated" is in the header and rank row), the leader's column tinted green, and edits
// every cell in a plain line edit (numbers in the locale's notation, checked by the model).

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
};

} // namespace archbench::ui
