#pragma once
// Edits a WorkStatus cell (EditRole = int(core::WorkStatus)) with a combo box of the
// translated words: Open, In progress, Done.

#include <QStyledItemDelegate>

namespace archbench::ui {

class WorkStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace archbench::ui
