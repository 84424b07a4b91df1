#pragma once
// Turns an SLA percentage into allowed downtime per year, month and week, and a yearly
// downtime back into an SLA. A calculator: it changes nothing in the project.

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace archbench::core {
struct Downtime;
}

namespace archbench::ui {

class AvailabilityHelper : public QWidget {
    Q_OBJECT
public:
    explicit AvailabilityHelper(QWidget *parent = nullptr);

    QDoubleSpinBox *slaInput() const { return m_sla; }
    QDoubleSpinBox *downtimeInput() const { return m_downtimeHours; }
    QString resultText() const;

private:
    void slaEdited();
    void downtimeEdited();
    void showDowntime(const core::Downtime &down);

    QDoubleSpinBox *m_sla;
    QDoubleSpinBox *m_downtimeHours;
    QLabel *m_result;
    bool m_updating = false;
};

} // namespace archbench::ui
