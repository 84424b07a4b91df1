#include "chartstyle.h"

#include <QChart>
#include <QGuiApplication>
#include <QPalette>

namespace archbench::ui::chartstyle {

void apply(QChart *chart)
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(QGuiApplication::font().pointSizeF() * 1.15);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
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

} // namespace archbench::ui::chartstyle
