#include "matrixdelegate.h"

#include "ui/charts/palette.h"
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
    if (m_flash.isValid() && m_flash == index) {
        QColor tint = palette::attention();
        tint.setAlpha(150);
        painter->fillRect(option.rect, tint);
    }
    QStyleOptionViewItem opt = option;
    if (index.data(MatrixModel::MissingRole).toBool())
        opt.font.setItalic(true);
    const bool focused = option.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus; // the style's thin dotted frame gives way to ours
    QStyledItemDelegate::paint(painter, opt, index);
    if (focused) {
        painter->save();
        QPen pen(palette::series(0), 3);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
        painter->restore();
    }
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
