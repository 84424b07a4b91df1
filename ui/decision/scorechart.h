#pragma once
// "Which option leads, and why": one horizontal stacked bar per option, one segment per
// criterion (weight × score ÷ Σ weights, so the bar's length is the weighted score), the
// leader on top and named so, then the rest by score. Incomplete options show the part
// already scored in grey and are labelled "incomplete"; eliminated options are grey, hatched
// and labelled "eliminated". Criteria keep their Okabe–Ito colour by position.
//
// What the chart shows is computed once, by scoreBars(), for both drawings of it: the
// ScoreBarsView of the Scores dock and the presentation window (which repaints only the bars
// an edit changed) and the Qt Charts chart of the PDF report. Qt Charts renders axis and
// legend labels as rich text, so every user string is HTML-escaped on its way into that chart.

#include "core/model/projectdata.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

class QObject;
class QChart;

namespace archbench::ui {

/// Everything the score chart shows, in plain text, without Qt Charts.
struct ScoreBars {
    /// A criterion's contributions, or the incomplete or eliminated options' partial sums.
    struct Set {
        QString name;
        QBrush brush;
        QColor border;
        bool operator==(const Set &) const = default;
    };
    /// One option's bar, from the top (the leader) down.
    struct Bar {
        QString name;            ///< the option's name ("(unnamed)" when it has none)
        QString detail;          ///< "4.65, leader", "eliminated", ...
        QList<double> segments;  ///< one length per set, on the value axis
        bool operator==(const Bar &) const = default;
    };
    QString title;
    QList<Set> sets;
    QList<Bar> bars;
    double max = 1;    ///< the value axis runs from 0 to this
    int tickCount = 0; ///< ticks on the value axis including both ends; 0: round numbers
    QString axisTitle;

    bool operator==(const ScoreBars &) const = default;
    /// Whether `other` differs only in its bars' texts and lengths (not in their number).
    bool sameShape(const ScoreBars &other) const
    {
        return title == other.title && sets == other.sets && bars.size() == other.bars.size() && max == other.max
            && tickCount == other.tickCount && axisTitle == other.axisTitle;
    }
};

/// The score chart of `decision`. `maxOptions` > 0: only the first that many options (by rank),
/// and the title says how many of how many are shown.
ScoreBars scoreBars(const core::Decision &decision, int maxOptions = 0);

/// A new chart of `decision`'s weighted scores; owned by `parent` when given (or by the view
/// it is set on).
/// `maxOptions` > 0: only the first that many options (by rank) are drawn, and the title
/// says how many of how many are shown (a report page cannot label 200 bars).
QChart *createScoreChart(const core::Decision &decision, QObject *parent = nullptr, int maxOptions = 0);

/// The report chart "decision.weighted-scores" (ui/report/chartregistry.h): the score chart of
/// the decision `itemId` of `data`, or nullptr when there is no such decision.
QChart *weightedScoreReportChart(const core::ProjectData &data, const QString &itemId);

/// The bars of the score chart from top to bottom (leader first) in plain text, "name: detail".
QStringList scoreChartOrder(const core::Decision &decision);

} // namespace archbench::ui
