#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QGuiApplication>
#include <QPalette>

namespace archbench::ui::decisionchartstyle {

void apply(QChart *chart)
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    applyFont(chart, QGuiApplication::font());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void applyFont(QChart *chart, const QFont &base)
{
    QFont title = base;
    title.setBold(true);
    if (base.pointSizeF() > 0)
        title.setPointSizeF(base.pointSizeF() * 1.15);
    chart->setTitleFont(title);
    chart->legend()->setFont(base);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
}

QString axisLabel(const QString &name, const QString &detail, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    if (!detail.isEmpty())
        lines << detail.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace archbench::ui::decisionchartstyle
