#pragma once
// Records the recovery phases as clock times instead of minutes: when the failure started,
// when it was detected, when failover was decided and when service was back. Each pair of
// consecutive recorded times gives one phase (detect, decide, recover); the phases are what
// the drill stores, so the times shown are always the first recorded time plus the stored
// phases. Invariant: two neighbouring recorded times always agree with the phase between them.

#include "core/model/drill.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QToolButton;

namespace archbench::ui {

class OptionalDateTimeEdit;

class PhaseTimesPanel : public QWidget {
    Q_OBJECT
public:
    enum Moment { FailureStarted, Detected, Decided, Recovered, MomentCount };
    using Phases = std::array<std::optional<double>, 3>; ///< detect, decide, recover (minutes)

    explicit PhaseTimesPanel(QWidget *parent = nullptr);

    /// Shows the stored phases; `drillDate` seeds the first time offered.
    void setMeasured(const core::DrillMeasured &measured, const QDate &drillDate);
    void setReadOnly(bool readOnly);

    /// Records `moment` as `time` (nullopt clears it), as if the user had entered it.
    void recordMoment(Moment moment, std::optional<QDateTime> time);
    std::optional<QDateTime> moment(Moment moment) const { return m_times[moment]; }
    OptionalDateTimeEdit *editor(Moment moment) const { return m_edits[moment]; }

signals:
    /// The user changed the times; `phases` are the new detect/decide/recover minutes.
    void phasesEdited(const archbench::ui::PhaseTimesPanel::Phases &phases, int moment);
    /// A time was refused (out of order); empty when the last edit was fine.
    void problem(const QString &message);

private:
    void deriveTimes();
    void showTimes();
    QDateTime fallbackFor(int moment) const;
    static QString momentName(int moment);

    std::array<std::optional<QDateTime>, MomentCount> m_times;
    Phases m_phases;
    QDate m_drillDate;
    std::array<OptionalDateTimeEdit *, MomentCount> m_edits{};
    std::array<QToolButton *, MomentCount> m_nowButtons{};
    std::array<QLabel *, 3> m_phaseLabels{};
};

} // namespace archbench::ui
