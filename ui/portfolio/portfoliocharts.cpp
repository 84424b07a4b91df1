#include "portfoliocharts.h"

#include "core/displaydate.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/palette.h"
#include "ui/review/riskcharts.h"
#include "ui/review/riskstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace archbench::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::PortfolioCharts)
};

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

QChart *createPortfolioRiskChart(const core::Portfolio &portfolio, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Where are the risks across workloads?<br>High and medium risks per pillar, all projects"), parent);
    // pillars in the order they first appear (lens order of the first review that has them)
    QList<core::PillarRiskCount> pillars;
    int workloads = 0;
    for (const core::PortfolioRow &row : portfolio.rows) {
        if (!row.pillarRisks.isEmpty())
            ++workloads;
        for (const core::PillarRiskCount &p : row.pillarRisks) {
            auto it = std::find_if(pillars.begin(), pillars.end(), [&](const core::PillarRiskCount &q) { return q.pillar == p.pillar; });
            if (it == pillars.end())
                pillars << p;
            else {
                it->high += p.high;
                it->medium += p.medium;
            }
        }
    }
    QList<PillarBar> bars;
    for (const core::PillarRiskCount &p : std::as_const(pillars))
        bars << PillarBar{p.pillar, {p.high, p.medium}};
    addPillarRiskBars(chart, {core::RiskLevel::High, core::RiskLevel::Medium}, bars,
                      workloads == 1 ? Text::tr("Questions, in 1 reviewed project")
                                     : Text::tr("Questions, in %1 reviewed projects").arg(workloads),
                      false);
    return chart;
}

QChart *createDrillMarginChart(const core::Portfolio &portfolio, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Do drills recover in time?<br>RTO margin per drill in minutes; below zero: target missed"), parent);
    auto *met = new QScatterSeries;
    met->setName(Text::tr("Within the RTO target"));
    met->setColor(palette::passed());
    met->setBorderColor(palette::passed().darker(130));
    met->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    met->setMarkerSize(11);
    auto *missed = new QScatterSeries;
    missed->setName(Text::tr("Target missed"));
    missed->setColor(palette::failed());
    missed->setBorderColor(palette::failed().darker(130));
    missed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    missed->setMarkerSize(11);

    // what each point is, for the tooltip: keyed by the point's coordinates
    struct Label {
        QPointF point;
        QString text;
    };
    auto labels = std::make_shared<QList<Label>>();
    QDate first, last;
    double low = 0, high = 0;
    for (const core::PortfolioRow &row : portfolio.rows)
        for (const core::DrillMargin &m : row.drillMargins) {
            const QPointF point(msecs(m.date), m.rtoMarginMinutes);
            (m.rtoMarginMinutes >= 0 ? met : missed)->append(point);
            labels->append({point, Text::tr("%1: %2 (%3), %4 min %5")
                                       .arg(row.name, m.title, core::displayDate(m.date))
                                       .arg(std::abs(m.rtoMarginMinutes))
                                       .arg(m.rtoMarginMinutes >= 0 ? Text::tr("to spare") : Text::tr("over the target"))});
            first = !first.isValid() || m.date < first ? m.date : first;
            last = !last.isValid() || m.date > last ? m.date : last;
            low = std::min(low, m.rtoMarginMinutes);
            high = std::max(high, m.rtoMarginMinutes);
        }
    if (!first.isValid()) {
        first = portfolio.today.isValid() ? portfolio.today.addMonths(-12) : QDate(2000, 1, 1);
        last = first.addMonths(12);
    }
    // a little room either side, and at least two months shown, so ticks fall on distinct days
    first = first.addDays(-15);
    last = last.addDays(15);
    if (first.daysTo(last) < 60) {
        const qint64 missing = 60 - first.daysTo(last);
        first = first.addDays(-missing / 2);
        last = last.addDays(missing - missing / 2);
    }

    auto *target = new QLineSeries;
    target->setName(Text::tr("Target (margin 0)"));
    QPen pen(palette::muted());
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    target->append(msecs(first), 0);
    target->append(msecs(last), 0);

    chart->addSeries(target);
    chart->addSeries(met);
    chart->addSeries(missed);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(first.daysTo(last) > 370 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
    timeAxis->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    timeAxis->setTitleText(Text::tr("Drill date"));
    timeAxis->setTickCount(6);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    auto *marginAxis = new QValueAxis;
    const double span = std::max(10.0, high - low);
    marginAxis->setRange(low - span * 0.1, high + span * 0.1);
    marginAxis->setTitleText(Text::tr("Minutes"));
    marginAxis->setLabelFormat(QStringLiteral("%.0f"));
    marginAxis->applyNiceNumbers();
    chart->addAxis(marginAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(timeAxis);
        s->attachAxis(marginAxis);
    }
    const auto hover = [labels](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QStringList lines;
        for (const Label &l : *labels)
            if (l.point == point)
                lines << l.text;
        QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')));
    };
    QObject::connect(met, &QScatterSeries::hovered, chart, hover);
    QObject::connect(missed, &QScatterSeries::hovered, chart, hover);
    return chart;
}

} // namespace archbench::ui
