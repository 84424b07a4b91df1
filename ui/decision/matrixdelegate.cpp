#include "matrixdelegate.h"

#include "ui/palette.h"
#include "matrixmodel.h"

#include "core/decision/scorereport.h"

#include <QLineEdit>
#include <QLocale>
#include <QPainter>

namespace archbench::ui {

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(MatrixModel::EliminatedRole).toBool()) {
        QColor tint = palette::muted();
        tint.setAlpha(50);
        painter->fillRect(option.rect, tint);
        QColor hatch = palette::muted();
        hatch.setAlpha(140);
        painter->fillRect(option.rect, QBrush(hatch, Qt::BDiagPattern));
    } else if (index.data(MatrixModel::LeaderRole).toBool()) {
        QColor tint = palette::passed();
        tint.setAlpha(28);
        painter->fillRect(option.rect, tint);
    }
    QStyleOptionViewItem opt = option;
    if (index.data(MatrixModel::MissingRole).toBool())
        opt.font.setItalic(true);
    QStyledItemDelegate::paint(painter, opt, index);
}

QWidget *MatrixDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    return edit;
}

void MatrixDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    const QString text = value.userType() == QMetaType::Double
        ? core::ScoreReport::formatNumber(value.toDouble(), QLocale(), 6)
        : value.toString();
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->selectAll(); // typing replaces the value, as in a spreadsheet
}

void MatrixDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

} // namespace archbench::ui
