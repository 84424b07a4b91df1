#pragma once
// Editors for the trigger table: a combo box for category and comparator (interchange
// spellings as data, words as text), line edits for everything else.

#include <QStyledItemDelegate>

namespace archbench::ui {

class TriggerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace archbench::ui
