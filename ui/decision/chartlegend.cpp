#include "chartlegend.h"

#include <QChart>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QToolTip>

namespace archbench::ui {

namespace {
constexpr int kSwatch = 12;
constexpr int kGap = 6;
constexpr int kSpacing = 16;

/// The swatch grows with the text (the presentation's zoom), never below kSwatch.
int swatchSize(const QFontMetrics &fm)
{
    return std::max(kSwatch, fm.height() * 3 / 5);
}
} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartLegend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::takeFrom(QChart *chart)
{
    QList<Entry> entries;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        // marker labels are rich text (the charts escape user text); show them as plain text
        entries << Entry{marker->brush(), QTextDocumentFragment::fromHtml(marker->label()).toPlainText()};
    }
    chart->legend()->hide();
    setEntries(entries);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

int ChartLegend::layoutEntries(int width, QList<QPoint> *positions) const
{
    const QFontMetrics fm = fontMetrics();
    const int swatch = swatchSize(fm);
    const int line = std::max(swatch, fm.height()) + 4;
    int x = 0;
    int y = 0;
    for (const Entry &e : m_entries) {
        const int w = swatch + kGap + fm.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        if (positions)
            *positions << QPoint(x, y);
        x += w + kSpacing;
    }
    return m_entries.isEmpty() ? 0 : y + line;
}

int ChartLegend::heightForWidth(int width) const
{
    return layoutEntries(width, nullptr);
}

QSize ChartLegend::sizeHint() const
{
    return QSize(300, heightForWidth(300));
}

QSize ChartLegend::minimumSizeHint() const
{
    return QSize(100, heightForWidth(width() > 0 ? width() : 300));
}

bool ChartLegend::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    QList<QPoint> positions;
    layoutEntries(width(), &positions);
    const QFontMetrics fm = fontMetrics();
    const int line = std::max(swatchSize(fm), fm.height()) + 4;
    const int swatch = swatchSize(fm);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        // the entry's own width (capped at the line's end), so each entry names itself
        const int w = std::min(swatch + kGap + fm.horizontalAdvance(m_entries[i].text), width() - positions[i].x());
        const QRect entry(positions[i], QSize(w, line));
        if (entry.contains(help->pos())) {
            QToolTip::showText(help->globalPos(), m_entries[i].text, this, entry);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QList<QPoint> positions;
    layoutEntries(width(), &positions);
    const QFontMetrics fm = fontMetrics();
    const int size = swatchSize(fm);
    const int line = std::max(size, fm.height()) + 4;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QPoint at = positions[i];
        const QRect swatch(at.x(), at.y() + (line - size) / 2, size, size);
        p.fillRect(swatch, palette().base());
        p.fillRect(swatch, m_entries[i].brush);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        // a name longer than the whole line is shortened (its tooltip gives it in full)
        const QRect text(at.x() + size + kGap, at.y(), width() - (at.x() + size + kGap), line);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_entries[i].text, Qt::ElideRight, text.width()));
    }
}

} // namespace archbench::ui
