#include "greysafecharts.h"

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
    }
}

} // namespace archbench::ui
