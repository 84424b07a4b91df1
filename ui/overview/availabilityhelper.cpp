#include "availabilityhelper.h"

#include "core/overview/availability.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace archbench::ui {

AvailabilityHelper::AvailabilityHelper(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_sla = new QDoubleSpinBox(this);
    m_sla->setObjectName(QStringLiteral("slaInput"));
    m_sla->setRange(0, 100);
    m_sla->setDecimals(4);
    m_sla->setSuffix(QStringLiteral(" %"));
    m_sla->setValue(99.9);
    m_downtimeHours = new QDoubleSpinBox(this);
    m_downtimeHours->setObjectName(QStringLiteral("downtimeInput"));
    m_downtimeHours->setRange(0, core::kHoursPerYear);
    m_downtimeHours->setDecimals(3);
    m_downtimeHours->setSuffix(tr(" h a year"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("availabilityResult"));
    m_result->setWordWrap(true);
    form->addRow(tr("SLA"), m_sla);
    form->addRow(tr("Allowed downtime"), m_downtimeHours);
    form->addRow(m_result);
    connect(m_sla, &QDoubleSpinBox::valueChanged, this, &AvailabilityHelper::slaEdited);
    connect(m_downtimeHours, &QDoubleSpinBox::valueChanged, this, &AvailabilityHelper::downtimeEdited);
    slaEdited();
}

QString AvailabilityHelper::resultText() const
{
    return m_result->text();
}

void AvailabilityHelper::slaEdited()
{
    if (m_updating)
        return;
    const auto down = core::downtimeForSla(m_sla->value());
    if (!down) {
        m_result->setText(down.error().message);
        return;
    }
    m_updating = true;
    m_downtimeHours->setValue(down->hoursPerYear);
    m_updating = false;
    showDowntime(*down);
}

void AvailabilityHelper::downtimeEdited()
{
    if (m_updating)
        return;
    const auto sla = core::slaForYearlyDowntime(m_downtimeHours->value());
    if (!sla) {
        m_result->setText(sla.error().message);
        return;
    }
    m_updating = true;
    m_sla->setValue(*sla);
    m_updating = false;
    showDowntime(*core::downtimeForSla(*sla));
}

void AvailabilityHelper::showDowntime(const core::Downtime &down)
{
    m_result->setText(tr("%1 a year · %2 a month · %3 a week")
                          .arg(core::formatDuration(down.hoursPerYear),
                               core::formatDuration(down.hoursPerMonth),
                               core::formatDuration(down.hoursPerWeek)));
}

} // namespace archbench::ui
