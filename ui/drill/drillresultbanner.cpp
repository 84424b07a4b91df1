#include "drillresultbanner.h"
#include "ui/widgets/dates.h"

#include "core/drill/drillcadence.h"
#include "core/drill/drilltexts.h"
#include "core/drill/drillverdict.h"
#include "verdictstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <cmath>

namespace archbench::ui {

namespace {
QLabel *makeBadge(QWidget *parent)
{
    auto *badge = new QLabel(parent);
    badge->setAlignment(Qt::AlignCenter);
    badge->setAutoFillBackground(true);
    badge->setTextFormat(Qt::PlainText);
    badge->setMargin(4);
    QFont font = badge->font();
    font.setBold(true);
    badge->setFont(font);
    // Wide enough for the longest word so both badges line up.
    badge->setMinimumWidth(badge->fontMetrics().horizontalAdvance(verdictstyle::wordFor({})) + 16);
    return badge;
}

void paintBadge(QLabel *badge, const core::TargetVerdict &verdict)
{
    QPalette p = badge->palette();
    p.setColor(QPalette::Window, verdictstyle::colorFor(verdict));
    // Black on all three colours reads best (contrast above 5:1) and prints in greyscale.
    p.setColor(QPalette::WindowText, Qt::black);
    badge->setPalette(p);
    badge->setText(verdictstyle::wordFor(verdict));
}

QString marginWords(double margin, const QString &amount)
{
    if (margin > 0)
        return DrillResultBanner::tr("%1 to spare").arg(amount);
    if (margin < 0)
        return DrillResultBanner::tr("%1 over").arg(amount);
    return DrillResultBanner::tr("exactly on target");
}
} // namespace

DrillResultBanner::DrillResultBanner(QWidget *parent)
    : QFrame(parent), m_rtoBadge(makeBadge(this)), m_rtoText(new QLabel(this)),
      m_rpoBadge(makeBadge(this)), m_rpoText(new QLabel(this)), m_actions(new QLabel(this)),
      m_cadence(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("drillResultBanner"));
    for (QLabel *label : {m_rtoText, m_rpoText, m_actions, m_cadence})
        label->setTextFormat(Qt::PlainText);
    m_rtoText->setWordWrap(true);
    m_rpoText->setWordWrap(true);
    QFont big = m_rtoText->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_rtoText->setFont(big);
    m_rpoText->setFont(big);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(10);
    grid->addWidget(m_rtoBadge, 0, 0);
    grid->addWidget(m_rtoText, 0, 1);
    grid->addWidget(m_rpoBadge, 1, 0);
    grid->addWidget(m_rpoText, 1, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_actions);
    footer->addStretch(1);
    footer->addWidget(m_cadence);
    grid->addLayout(footer, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    setDrill({});
}

void DrillResultBanner::setDrill(const core::Drill &drill)
{
    const QLocale locale;
    const core::DrillVerdict v = core::evaluateDrill(drill);

    paintBadge(m_rtoBadge, v.rto);
    if (v.rto.isKnown()) {
        m_rtoText->setText(tr("RTO: recovered in %1 against a target of %2, %3")
                               .arg(core::formatMinutes(v.rto.observed, locale),
                                    core::formatMinutes(v.rto.target, locale),
                                    marginWords(*v.rto.margin,
                                                core::formatMinutes(std::abs(*v.rto.margin), locale))));
    } else if (!v.rto.target) {
        m_rtoText->setText(tr("RTO: no target set"));
    } else {
        QStringList missing;
        if (!drill.measured.detectMinutes)
            missing << tr("detect");
        if (!drill.measured.decideMinutes)
            missing << tr("decide");
        if (!drill.measured.recoverMinutes)
            missing << tr("recover");
        m_rtoText->setText(tr("RTO: target %1; still to measure: %2")
                               .arg(core::formatMinutes(v.rto.target, locale),
                                    missing.join(QStringLiteral(", "))));
    }

    paintBadge(m_rpoBadge, v.rpo);
    if (v.rpo.isKnown()) {
        m_rpoText->setText(tr("RPO: %1 of writes lost against a target of %2, %3")
                               .arg(core::formatSeconds(v.rpo.observed, locale),
                                    core::formatSeconds(v.rpo.target, locale),
                                    marginWords(*v.rpo.margin,
                                                core::formatSeconds(std::abs(*v.rpo.margin), locale))));
    } else if (!v.rpo.target) {
        m_rpoText->setText(tr("RPO: no target set"));
    } else {
        m_rpoText->setText(tr("RPO: target %1; data loss not measured yet")
                               .arg(core::formatSeconds(v.rpo.target, locale)));
    }

    if (v.openActionItems == 0)
        m_actions->setText(drill.actionItems.isEmpty() ? tr("No action items yet.")
                                                       : tr("All action items are done."));
    else if (v.openActionItems == 1)
        m_actions->setText(tr("1 action item still open."));
    else
        m_actions->setText(tr("%1 action items still open.").arg(locale.toString(v.openActionItems)));

    setAccessibleDescription(rtoBadgeText() + QLatin1Char(' ') + rtoText() + QLatin1Char('\n')
                             + rpoBadgeText() + QLatin1Char(' ') + rpoText());
}

QString DrillResultBanner::rtoBadgeText() const { return m_rtoBadge->text(); }
QString DrillResultBanner::rpoBadgeText() const { return m_rpoBadge->text(); }
QString DrillResultBanner::rtoText() const { return m_rtoText->text(); }
QString DrillResultBanner::rpoText() const { return m_rpoText->text(); }
QString DrillResultBanner::actionsText() const { return m_actions->text(); }
QString DrillResultBanner::cadenceText() const { return m_cadence->text(); }

void DrillResultBanner::setCadence(const QList<core::Drill> &drills, const QDate &today)
{
    const core::DrillCadence cadence = core::drillCadence(drills, today);
    if (!cadence.nextDue) {
        m_cadence->clear();
        return;
    }
    const QLocale locale;
    const QString date = displayDate(*cadence.nextDue);
    const qint64 days = cadence.daysUntilDue;
    if (cadence.state == core::DueState::Overdue)
        m_cadence->setText(days == -1 ? tr("Next drill OVERDUE since %1 (1 day)").arg(date)
                                      : tr("Next drill OVERDUE since %1 (%2 days)").arg(date, locale.toString(-days)));
    else if (days == 0)
        m_cadence->setText(tr("Next drill due today (%1)").arg(date));
    else
        m_cadence->setText(days == 1 ? tr("Next drill due %1 (tomorrow)").arg(date)
                                     : tr("Next drill due %1 (in %2 days)").arg(date, locale.toString(days)));
}

} // namespace archbench::ui
