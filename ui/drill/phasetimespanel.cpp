#include "phasetimespanel.h"

#include "core/drill/drilltexts.h"
#include "core/drill/drillverdict.h"
#include "ui/widgets/optionaldatetimeedit.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <cmath>

namespace archbench::ui {

namespace {
QString phaseName(int phase)
{
    switch (phase) {
    case 0: return PhaseTimesPanel::tr("detect");
    case 1: return PhaseTimesPanel::tr("decide");
    default: return PhaseTimesPanel::tr("recover");
    }
}
} // namespace

QString PhaseTimesPanel::momentName(int moment)
{
    switch (moment) {
    case FailureStarted: return tr("Failure started");
    case Detected: return tr("Failure detected");
    case Decided: return tr("Failover decided");
    default: return tr("Service recovered");
    }
}

PhaseTimesPanel::PhaseTimesPanel(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int m = 0; m < MomentCount; ++m) {
        auto *label = new QLabel(momentName(m), this);
        auto *edit = new OptionalDateTimeEdit(this);
        edit->setFallback([this, m] { return fallbackFor(m); });
        edit->setAccessibleName(momentName(m));
        edit->setToolTip(tr("Clock time; Delete clears it"));
        label->setBuddy(edit);
        auto *now = new QToolButton(this);
        now->setText(tr("Now"));
        now->setToolTip(tr("Record the current time as \u201c%1\u201d").arg(momentName(m)));
        m_edits[m] = edit;
        m_nowButtons[m] = now;
        grid->addWidget(label, m, 0);
        grid->addWidget(edit, m, 1);
        grid->addWidget(now, m, 2);
        if (m > 0) {
            auto *phase = new QLabel(this);
            phase->setTextFormat(Qt::PlainText);
            phase->setForegroundRole(QPalette::PlaceholderText);
            m_phaseLabels[m - 1] = phase;
            grid->addWidget(phase, m, 3);
        }
        connect(edit, &OptionalDateTimeEdit::edited, this,
                [this, m](std::optional<QDateTime> value) { recordMoment(Moment(m), value); });
        connect(now, &QToolButton::clicked, this, [this, m] {
            const QDateTime current = QDateTime::currentDateTime();
            recordMoment(Moment(m), QDateTime(current.date(), QTime(current.time().hour(),
                                                                    current.time().minute(),
                                                                    current.time().second())));
        });
    }
    grid->setColumnStretch(3, 1);
    showTimes();
}

QDateTime PhaseTimesPanel::fallbackFor(int moment) const
{
    for (int m = moment - 1; m >= 0; --m)
        if (m_times[m])
            return *m_times[m];
    for (int m = moment + 1; m < MomentCount; ++m)
        if (m_times[m])
            return *m_times[m];
    const QTime now = QTime::currentTime();
    return QDateTime(m_drillDate.isValid() ? m_drillDate : QDate::currentDate(),
                     QTime(now.hour(), now.minute()));
}

void PhaseTimesPanel::setMeasured(const core::DrillMeasured &measured, const QDate &drillDate)
{
    m_drillDate = drillDate;
    m_phases = {measured.detectMinutes, measured.decideMinutes, measured.recoverMinutes};
    deriveTimes();
    showTimes();
}

void PhaseTimesPanel::deriveTimes()
{
    // Keep the invariant: a recorded time followed by a stored phase fixes the next time; a
    // missing phase between two recorded times (after an undo) forgets the later one.
    for (int m = 1; m < MomentCount; ++m) {
        if (!m_times[m - 1])
            continue;
        if (m_phases[m - 1])
            m_times[m] = m_times[m - 1]->addSecs(qint64(std::llround(*m_phases[m - 1] * 60)));
        else
            m_times[m].reset();
    }
}

void PhaseTimesPanel::setReadOnly(bool readOnly)
{
    for (int m = 0; m < MomentCount; ++m) {
        m_edits[m]->setReadOnly(readOnly);
        m_nowButtons[m]->setEnabled(!readOnly);
    }
}

void PhaseTimesPanel::recordMoment(Moment moment, std::optional<QDateTime> time)
{
    const std::optional<QDateTime> previous = m_times[moment];
    m_times[moment] = time;
    Phases phases = m_phases;
    for (int phase : {int(moment) - 1, int(moment)}) {
        if (phase < 0 || phase > 2)
            continue;
        if (!time) {
            // A cleared time makes the phases it bounded with a recorded neighbour unknown.
            const int neighbour = phase == int(moment) ? phase + 1 : phase;
            if (previous && m_times[neighbour])
                phases[phase].reset();
            continue;
        }
        if (!m_times[phase] || !m_times[phase + 1])
            continue;
        const qint64 secs = m_times[phase]->secsTo(*m_times[phase + 1]);
        if (secs < 0) {
            emit problem(tr("\u201c%1\u201d cannot be before \u201c%2\u201d; the time was not recorded.")
                             .arg(momentName(phase + 1), momentName(phase)));
            m_times[moment] = previous;
            showTimes();
            return;
        }
        phases[phase] = core::roundMicro(double(secs) / 60.0);
    }
    emit problem(QString());
    if (phases != m_phases) {
        showTimes();
        emit phasesEdited(phases, int(moment)); // the document answers with setMeasured()
    } else {
        deriveTimes();
        showTimes();
    }
}

void PhaseTimesPanel::showTimes()
{
    const QLocale locale;
    for (int m = 0; m < MomentCount; ++m)
        m_edits[m]->setOptionalDateTime(m_times[m]);
    for (int p = 0; p < 3; ++p)
        m_phaseLabels[p]->setText(m_phases[p] ? tr("%1: %2").arg(phaseName(p), core::formatMinutes(m_phases[p], locale))
                                              : tr("%1: not measured").arg(phaseName(p)));
}

} // namespace archbench::ui
