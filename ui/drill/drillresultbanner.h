#pragma once
// The verdict of a drill at a glance: one line for the RTO, one for the RPO, each with a
// coloured badge carrying the word (PASSED / FAILED / NOT MEASURED) and the figures with
// their margin, plus the count of open action items.

#include "core/model/drill.h"

#include <QFrame>

class QLabel;

namespace archbench::ui {

class DrillResultBanner : public QFrame {
    Q_OBJECT
public:
    explicit DrillResultBanner(QWidget *parent = nullptr);

    void setDrill(const core::Drill &drill);
    /// The project's drill cadence, judged against `today`: "Next drill due ... (in N days)".
    void setCadence(const QList<core::Drill> &drills, const QDate &today);

    /// For tests and accessibility: the words and sentences as shown.
    QString rtoBadgeText() const;
    QString rpoBadgeText() const;
    QString rtoText() const;
    QString rpoText() const;
    QString actionsText() const;
    QString cadenceText() const;

private:
    QLabel *m_rtoBadge;
    QLabel *m_rtoText;
    QLabel *m_rpoBadge;
    QLabel *m_rpoText;
    QLabel *m_actions;
    QLabel *m_cadence;
};

} // namespace archbench::ui
