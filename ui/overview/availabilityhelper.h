#pragma once
// Turns an SLA percentage into allowed downtime per year, month and week, and a yearly
// downtime back into an SLA. A calculator: it changes nothing in the project. The Overview
// seeds it with the project's availability target (core::projectSla), so the helper and the
// framing answer beside it show the same SLA; numbers are locale-aware without trailing zeros.

#include "core/overview/availability.h"

#include <QWidget>
#include <optional>

class QDoubleSpinBox;
class QLabel;

namespace archbench::ui {

class AvailabilityHelper : public QWidget {
    Q_OBJECT
public:
    explicit AvailabilityHelper(QWidget *parent = nullptr);

    QDoubleSpinBox *slaInput() const { return m_sla; }
    QDoubleSpinBox *downtimeInput() const { return m_downtimeHours; }
    QString resultText() const;
    /// Where the SLA shown came from ("From the requirement …"); empty when typed or default.
    QString sourceText() const;

    /// Shows the project's target (or, without one, the default 99.9 % and no source).
    void setProjectSla(const std::optional<core::ProjectSla> &sla);

private:
    void slaEdited();
    void downtimeEdited();
    void showDowntime(const core::Downtime &down);

    QDoubleSpinBox *m_sla;
    QDoubleSpinBox *m_downtimeHours;
    QLabel *m_source;
    QLabel *m_result;
    bool m_updating = false;
};

} // namespace archbench::ui
