#pragma once
// The review charts, as standalone QCharts so the risk dock and the PDF report draw the same
// thing: questions per pillar stacked by risk, and the trend of high and medium risks over the
// review's milestones and now. Colours from UI.md, a legend word for every colour, animations
// off, no gradients. Titles are rich text (two lines); every other text is plain or escaped.
// The caller owns the chart (or gives it a parent).

#include "core/model/review.h"
#include "core/review/lens.h"

#include <QList>
#include <QString>


class QObject;
class QChart;

namespace archbench::ui {

/// "Where are the risks?": one horizontal bar per pillar, stacked high / medium / none /
/// unrated (dotted grey; only for a lens that can leave an answer unrated) / unanswered
/// (not-applicable questions are left out).
QChart *createRiskChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr);

/// One bar of a pillar risk chart: the pillar and its number of questions at each level.
struct PillarBar {
    QString pillar;
    QList<int> counts; ///< in the order of the chart's levels
};

/// Adds to `chart` one horizontal bar per pillar (read top down in the given order) stacked
/// by `levels`, each in its RiskStyle colour and pattern with its count on it, and a
/// whole-number count axis titled `axisTitle`. The legend says RiskStyle::shortWord when
/// `shortWords` (a narrow dock), else RiskStyle::word. The review's chart and the portfolio's.
void addPillarRiskBars(QChart *chart, const QList<core::RiskLevel> &levels, const QList<PillarBar> &bars,
                       const QString &axisTitle, bool shortWords);

/// "Are risks going down?": high and medium counts at each milestone date (in date order) and
/// now.
QChart *createRiskTrendChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr);

} // namespace archbench::ui
