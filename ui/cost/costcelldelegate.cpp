#include "costcelldelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

namespace archbench::ui {

QWidget *CostCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices.toStringList());
        return combo;
    }
    const QVariant decimals = index.data(NumberDecimalsRole);
    if (decimals.isValid()) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(decimals.toInt());
        spin->setRange(0, index.data(NumberMaximumRole).isValid() ? index.data(NumberMaximumRole).toDouble() : 1e12);
        spin->setPrefix(index.data(NumberPrefixRole).toString());
        spin->setSuffix(index.data(NumberSuffixRole).toString());
        spin->setGroupSeparatorShown(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setFrame(false);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CostCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
}

void CostCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace archbench::ui
