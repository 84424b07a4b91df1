#include "triggerdelegate.h"

#include "triggersmodel.h"

#include "core/model/enums.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>

namespace archbench::ui {

QWidget *TriggerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    if (index.column() == TriggersModel::CategoryColumn) {
        auto *combo = new QComboBox(parent);
        for (const QString &spelling : core::enumSpellings<core::TriggerCategory>())
            combo->addItem(TriggersModel::categoryLabel(*core::enumFromString<core::TriggerCategory>(spelling)), spelling);
        return combo;
    }
    if (index.column() == TriggersModel::ComparatorColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), QString());
        for (const QString &spelling : core::enumSpellings<core::Comparator>())
            combo->addItem(spelling, spelling);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (index.column() == TriggersModel::ReviewByColumn)
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
    return edit;
}

void TriggerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        return;
    }
    auto *edit = static_cast<QLineEdit *>(editor);
    if (value.userType() == QMetaType::Double)
        edit->setText(QLocale().toString(value.toDouble(), 'g', 12));
    else
        edit->setText(value.toString());
}

void TriggerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
    else
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

} // namespace archbench::ui
