#include "freezemilestonedialog.h"
#include "ui/widgets/dates.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace archbench::ui {

FreezeMilestoneDialog::FreezeMilestoneDialog(const QString &suggestedName, const QDate &date, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Freeze Milestone"));
    auto *intro = new QLabel(tr("A milestone keeps a copy of today's answers so later progress can be compared with it."), this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(suggestedName, this);
    m_name->selectAll();
    m_date = new QDateEdit(date, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateDisplayFormat());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Freeze"));
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    });
}

QString FreezeMilestoneDialog::name() const
{
    return m_name->text().trimmed();
}

QDate FreezeMilestoneDialog::date() const
{
    return m_date->date();
}

} // namespace archbench::ui
