#include "greysafecharts.h"
#include "ui/charts/palette.h"
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QXYSeries>

#include <QPen>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>

namespace archbench::ui {

void distinguishInGrey(QChart &chart)
{
    static const QList<Qt::BrushStyle> styles = {Qt::SolidPattern,  Qt::BDiagPattern, Qt::DiagCrossPattern,
                                                 Qt::Dense4Pattern, Qt::FDiagPattern, Qt::HorPattern};
    for (QAbstractSeries *series : chart.series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        // Patterns the chart already gives a set of its own are not handed out again.
        QList<Qt::BrushStyle> free = styles;
        for (const QBarSet *set : sets)
            if (set->brush().style() != Qt::SolidPattern)
                free.removeAll(set->brush().style());
        qsizetype next = 0;
        for (QBarSet *set : sets) {
            QBrush brush = set->brush();
            if (brush.style() != Qt::SolidPattern)
                continue;
            brush.setStyle(free[next++ % free.size()]);
            set->setBrush(brush);
            if (brush.style() != Qt::SolidPattern && set->pen().style() == Qt::NoPen)
                set->setPen(QPen(brush.color())); // an outline keeps the bar's extent visible
        }
        // A value label must read on what is behind it (WCAG 4.5:1): its bar, where a pattern
        // leaves mostly white, or the paper beside the bar.
        const bool beside = bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd;
        for (QBarSet *set : sets)
            set->setLabelColor(palette::textOn(!beside && set->brush().style() == Qt::SolidPattern ? set->brush().color()
                                                                                                 : QColor(Qt::white)));
    }
}

namespace {
QFont unligated(QFont f)
{
    if (f.letterSpacing() == 0)
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

void unligateItems(QGraphicsItem *item)
{
    for (QGraphicsItem *child : item->childItems()) {
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            simple->setFont(unligated(simple->font()));
        else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(child))
            rich->setFont(unligated(rich->font()));
        unligateItems(child);
    }
}
} // namespace

void withoutLigatures(QChart &chart)
{
    chart.setTitleFont(unligated(chart.titleFont()));
    if (chart.legend())
        chart.legend()->setFont(unligated(chart.legend()->font()));
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsFont(unligated(axis->labelsFont()));
        axis->setTitleFont(unligated(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(unligated(set->labelFont()));
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(unligated(slice->labelFont()));
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            xy->setPointLabelsFont(unligated(xy->pointLabelsFont()));
        }
    }
    unligateItems(&chart);
}

} // namespace archbench::ui
