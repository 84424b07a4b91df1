#include "workstatusdelegate.h"

#include "core/drill/drilltexts.h"

#include <QComboBox>

namespace archbench::ui {

QWidget *WorkStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (core::WorkStatus status :
         {core::WorkStatus::Open, core::WorkStatus::InProgress, core::WorkStatus::Done})
        combo->addItem(core::workStatusName(status), int(status));
    // Choosing a value commits it at once, like a plain combo box elsewhere in the editor.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<WorkStatusDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void WorkStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void WorkStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace archbench::ui
