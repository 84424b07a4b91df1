#pragma once
// Editors for the cells of the cost tables: a spin box for numbers (decimals, range, prefix
// and suffix come from the model's roles) and a combo box for a fixed list of choices. The
// editor opens with its content selected, so typing over a cell replaces the value.

#include <QStyledItemDelegate>

namespace archbench::ui {

/// Roles a table model answers to describe how a cell is edited.
enum CostCellRole {
    NumberDecimalsRole = Qt::UserRole + 100, ///< int: decimals of a number cell
    NumberMaximumRole,                       ///< double: upper bound (lower bound is 0)
    NumberPrefixRole,                        ///< QString: e.g. the currency symbol
    NumberSuffixRole,                        ///< QString: e.g. " ms"
    ChoicesRole,                             ///< QStringList: a choice cell; EditRole is the index
};

class CostCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace archbench::ui
