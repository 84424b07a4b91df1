#include "availabilityhelper.h"

#include "core/overview/availability.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace archbench::ui {

namespace {
constexpr double kDefaultSla = 99.9;

/// Shows its value as core::formatSlaNumber does: "99.9", not "99.9000".
class TrimmedSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QLocale shown = locale();
        shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
        return core::formatSlaNumber(value, shown);
    }
};
} // namespace

AvailabilityHelper::AvailabilityHelper(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_sla = new TrimmedSpinBox(this);
    m_sla->setObjectName(QStringLiteral("slaInput"));
    m_sla->setRange(0, 100);
    m_sla->setDecimals(4);
    m_sla->setSuffix(QStringLiteral(" %"));
    m_sla->setValue(kDefaultSla);
    m_downtimeHours = new TrimmedSpinBox(this);
    m_downtimeHours->setObjectName(QStringLiteral("downtimeInput"));
    m_downtimeHours->setRange(0, core::kHoursPerYear);
    m_downtimeHours->setDecimals(3);
    m_downtimeHours->setSuffix(tr(" h a year"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("availabilitySource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("availabilityResult"));
    m_result->setWordWrap(true);
    form->addRow(tr("SLA"), m_sla);
    form->addRow(tr("Allowed downtime"), m_downtimeHours);
    form->addRow(m_source);
    form->addRow(m_result);
    connect(m_sla, &QDoubleSpinBox::valueChanged, this, &AvailabilityHelper::slaEdited);
    connect(m_downtimeHours, &QDoubleSpinBox::valueChanged, this, &AvailabilityHelper::downtimeEdited);
    slaEdited();
}

QString AvailabilityHelper::resultText() const
{
    return m_result->text();
}

QString AvailabilityHelper::sourceText() const
{
    return m_source->isHidden() ? QString() : m_source->text();
}

void AvailabilityHelper::setProjectSla(const std::optional<core::ProjectSla> &sla)
{
    if (!sla) {
        m_source->hide();
        m_source->clear();
        m_sla->setValue(kDefaultSla);
        return;
    }
    m_sla->setValue(sla->percent);
    m_source->setText(sla->requirementId.isEmpty()
                          ? tr("The project's target, from the framing answer on availability.")
                          : tr("The project's target, from the requirement \u201C%1\u201D.").arg(sla->requirementText));
    m_source->show();
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
    m_source->hide(); // a typed SLA is the user's own, not the project's
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
    m_source->hide();
}

void AvailabilityHelper::showDowntime(const core::Downtime &down)
{
    m_result->setText(tr("%1 a year · %2 a month · %3 a week")
                          .arg(core::formatDuration(down.hoursPerYear),
                               core::formatDuration(down.hoursPerMonth),
                               core::formatDuration(down.hoursPerWeek)));
}

} // namespace archbench::ui
