#include "scorebarsview.h"

#include "ui/charts/chartstyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <tuple>
#include <cmath>

namespace archbench::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kGap = 8; ///< between the labels and the bars, the title and the bars

/// The tick labels' decimals: none when every tick is a whole number.
int decimalsOf(const QList<double> &ticks)
{
    for (int decimals = 0; decimals < 3; ++decimals) {
        const double scale = std::pow(10, decimals);
        if (std::all_of(ticks.cbegin(), ticks.cend(),
                        [&](double v) { return std::abs(v * scale - std::round(v * scale)) < 1e-9; }))
            return decimals;
    }
    return 3;
}
} // namespace

ScoreBarsView::ScoreBarsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreBars"));
    setAttribute(Qt::WA_OpaquePaintEvent); // paints every pixel: nothing behind it repaints
    relayout();
}

QFont ScoreBarsView::titleFont() const
{
    return charts::titleFont(font(), width() < 380);
}

bool ScoreBarsView::dark() const
{
    return palette().color(QPalette::Base).lightness() < 128; // the chart style's dark-mode rule
}

int ScoreBarsView::labelNeed(const ScoreBars::Bar &bar) const
{
    const QFontMetrics fm = fontMetrics();
    return std::max(fm.horizontalAdvance(bar.name), fm.horizontalAdvance(bar.detail));
}

int ScoreBarsView::labelCap() const
{
    // the names may take up to about two fifths of the width; the bars keep the rest
    return std::max(48, (width() - 2 * kMargin) * 2 / 5);
}

bool ScoreBarsView::setBars(const ScoreBars &bars)
{
    if (m_bars.bars.isEmpty() || !m_bars.sameShape(bars)) {
        m_bars = bars;
        relayout();
        updateGeometry();
        update();
        return false;
    }
    if (labelPlace(bars, m_layout.rowSpace) != std::pair{m_layout.above, m_layout.labelWidth}) {
        // a label outgrew its column (or the widest one shrank): the bars move
        m_bars = bars;
        relayout();
        update();
        return false;
    }
    for (qsizetype i = 0; i < bars.bars.size(); ++i)
        if (!(bars.bars[i] == m_bars.bars[i]))
            update(rowRect(int(i)));
    m_bars = bars;
    return true;
}

void ScoreBarsView::clear()
{
    m_bars = ScoreBars{};
    relayout();
    update();
}

QRect ScoreBarsView::rowRect(int index) const
{
    const qsizetype n = m_bars.bars.size();
    if (index < 0 || index >= n)
        return {};
    const QRect &plot = m_layout.plot;
    const int top = plot.top() + int(qint64(plot.height()) * index / n);
    const int bottom = plot.top() + int(qint64(plot.height()) * (index + 1) / n);
    return QRect(QPoint(kMargin, top), QPoint(plot.right(), bottom - 1));
}

std::pair<bool, int> ScoreBarsView::labelPlace(const ScoreBars &bars, int rowSpace) const
{
    int need = 0;
    for (const ScoreBars::Bar &bar : bars.bars)
        need = std::max(need, labelNeed(bar));
    // names wider than the column may be: above their bars, where a row has room for a line
    const int rowHeight = bars.bars.isEmpty() ? 0 : rowSpace / int(bars.bars.size());
    if (need > labelCap() && rowHeight >= fontMetrics().height() + 6)
        return {true, 0};
    return {false, std::min(need, labelCap())};
}

ScoreBarsView::Layout ScoreBarsView::layoutFor(const ScoreBars &bars) const
{
    Layout l;
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);

    int top = area.top();
    if (!bars.title.isEmpty()) {
        const QFontMetrics fmTitle(titleFont());
        l.title = fmTitle.boundingRect(QRect(area.left(), top, area.width(), 10 * fmTitle.height()),
                                       Qt::AlignHCenter | Qt::TextWordWrap, bars.title);
        l.title.setLeft(area.left());
        l.title.setWidth(area.width());
        top = l.title.bottom() + 1 + kGap;
    }
    int bottom = area.bottom();
    if (!bars.axisTitle.isEmpty()) {
        l.axisTitle = QRect(area.left(), bottom - fmBold.height() + 1, area.width(), fmBold.height());
        bottom = l.axisTitle.top() - 2;
    }
    l.ticks = QRect(area.left(), bottom - fm.height() + 1, area.width(), fm.height());
    bottom = l.ticks.top() - 3;

    l.rowSpace = std::max(1, bottom - top + 1);
    std::tie(l.above, l.labelWidth) = labelPlace(bars, l.rowSpace);
    const QLocale locale;
    const int halfLabel = fm.horizontalAdvance(locale.toString(bars.max, 'f', 0)) / 2 + 2;
    const int left = l.above ? area.left() + halfLabel : area.left() + l.labelWidth + kGap;
    l.plot = QRect(QPoint(left, top), QPoint(std::max(left + 1, area.right() - halfLabel), std::max(top + 1, bottom)));

    // ticks: the chart's own count (one per scale step) while their labels fit, else round ones
    if (bars.max > 0) {
        const int labelSpace = fm.horizontalAdvance(locale.toString(bars.max, 'f', 1)) + 16;
        const int fit = std::max(2, l.plot.width() / std::max(1, labelSpace));
        if (bars.tickCount >= 2 && bars.tickCount <= fit) {
            for (int i = 0; i < bars.tickCount; ++i)
                l.tickValues << bars.max * i / (bars.tickCount - 1);
        } else if (const double step = charts::roundTickStep(0, bars.max, std::min(fit, 8)); step > 0) {
            for (double v = 0; v <= bars.max * (1 + 1e-9); v += step)
                l.tickValues << v;
        }
    }
    return l;
}

void ScoreBarsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ScoreBarsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        relayout();
        updateGeometry();
        update();
    }
}

bool ScoreBarsView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_bars.bars.size(); ++i) {
            if (!rowRect(i).contains(help->pos()))
                continue;
            const ScoreBars::Bar &bar = m_bars.bars[i];
            QStringList lines{tr("%1: %2").arg(bar.name, bar.detail)};
            const QLocale locale;
            for (qsizetype j = 0; j < m_bars.sets.size() && j < bar.segments.size(); ++j)
                if (bar.segments[j] > 0)
                    lines << tr("%1: %2").arg(m_bars.sets[j].name, locale.toString(bar.segments[j], 'f', 2));
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this, rowRect(i));
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ScoreBarsView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const bool onDark = dark();
    const QColor background = onDark ? palette().color(QPalette::Base) : QColor(Qt::white);
    const QColor text = onDark ? palette().color(QPalette::Text) : QColor(Qt::black);
    const QColor grid = onDark ? palette().color(QPalette::Mid) : QColor(0xD6, 0xD6, 0xD6);
    const QColor axis = onDark ? grid.lighter(130) : QColor(0x80, 0x80, 0x80);
    p.fillRect(event->rect(), background);
    if (m_bars.bars.isEmpty() && m_bars.title.isEmpty())
        return; // cleared (a decision without options still shows its title and axis)
    const QRect &plot = m_layout.plot;
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;

    if (event->rect().intersects(m_layout.title)) {
        p.setFont(titleFont());
        p.setPen(text);
        p.drawText(m_layout.title, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_bars.title);
        p.setFont(font());
    }

    const auto xOf = [&](double value) { return plot.left() + value / m_bars.max * plot.width(); };
    p.setPen(grid);
    for (double v : std::as_const(m_layout.tickValues)) {
        const int x = int(std::lround(xOf(v)));
        p.drawLine(x, plot.top(), x, plot.bottom());
    }

    const int rows = int(m_bars.bars.size());
    for (int i = 0; i < rows; ++i) {
        const QRect row = rowRect(i);
        if (!event->rect().intersects(row))
            continue;
        const ScoreBars::Bar &bar = m_bars.bars[i];
        // the bar: 60 % of its row (of what the label above it leaves), its segments side by side
        const int textTop = m_layout.above ? fm.height() + 2 : 0;
        const double room = row.height() - textTop;
        const double thickness = std::max(2.0, std::min(room * 0.8, row.height() * 0.6));
        const double y = row.top() + textTop + (room - thickness) / 2;
        double x = plot.left();
        for (qsizetype j = 0; j < bar.segments.size() && j < m_bars.sets.size(); ++j) {
            const double length = bar.segments[j] / m_bars.max * plot.width();
            if (length <= 0)
                continue;
            const QRect box = QRectF(x, y, length, thickness).toAlignedRect().intersected(
                QRect(QPoint(int(std::lround(x)), row.top()), QPoint(plot.right(), row.bottom())));
            p.fillRect(box, m_bars.sets[j].brush);
            p.setPen(m_bars.sets[j].border);
            p.drawRect(box.adjusted(0, 0, -1, -1));
            x += length;
        }
        p.setPen(text);
        if (m_layout.above) {
            // the name over the bar, the score after its end where it fits, else after the name
            const int end = int(std::lround(x)) + kGap / 2;
            const QRect line(row.left(), row.top(), row.width(), fm.height());
            if (fm.horizontalAdvance(bar.detail) <= plot.right() - end) {
                p.drawText(QRect(end, int(y), plot.right() - end + 1, int(thickness)), Qt::AlignLeft | Qt::AlignVCenter,
                           bar.detail);
                p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(bar.name, Qt::ElideRight, line.width()));
            } else {
                // "name: detail" on one line; the name keeps at least three fifths of it
                const int separator = fm.horizontalAdvance(tr("%1: %2").arg(QString(), QString()));
                const int nameWidth = std::min(fm.horizontalAdvance(bar.name),
                                               std::max(line.width() - separator - fm.horizontalAdvance(bar.detail),
                                                        line.width() * 3 / 5));
                const int detailRoom = std::max(0, line.width() - nameWidth - separator);
                p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           tr("%1: %2").arg(fm.elidedText(bar.name, Qt::ElideRight, nameWidth),
                                            fm.elidedText(bar.detail, Qt::ElideRight, detailRoom)));
            }
            continue;
        }
        // its label, right-aligned against the bars: the name, the score below it
        const QRect label(QPoint(kMargin, row.top()), QPoint(plot.left() - kGap, row.bottom()));
        if (row.height() >= 2 * fm.height()) {
            const int middle = row.center().y();
            p.drawText(QRect(label.left(), middle - fm.height(), label.width(), fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(bar.name, Qt::ElideRight, label.width()));
            p.drawText(QRect(label.left(), middle, label.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(bar.detail, Qt::ElideRight, label.width()));
        } else {
            p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(tr("%1: %2").arg(bar.name, bar.detail), Qt::ElideMiddle, label.width()));
        }
    }

    p.setPen(axis);
    p.drawLine(plot.left(), plot.top(), plot.left(), plot.bottom());
    if (event->rect().intersects(m_layout.ticks)) {
        p.setPen(text);
        const int decimals = decimalsOf(m_layout.tickValues);
        for (double v : std::as_const(m_layout.tickValues)) {
            const int x = int(std::lround(xOf(v)));
            const QString label = locale.toString(v, 'f', decimals);
            const int w = fm.horizontalAdvance(label);
            p.drawText(QRect(x - w / 2 - 1, m_layout.ticks.top(), w + 2, m_layout.ticks.height()), Qt::AlignCenter, label);
        }
    }
    if (event->rect().intersects(m_layout.axisTitle)) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(m_layout.axisTitle, Qt::AlignHCenter | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(m_bars.axisTitle, Qt::ElideRight, m_layout.axisTitle.width()));
    }
}

QSize ScoreBarsView::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(360, std::max(200, int(m_bars.bars.size()) * 2 * line + 6 * line));
}

QSize ScoreBarsView::minimumSizeHint() const
{
    return QSize(220, 160);
}

QList<ChartLegend::Entry> legendEntries(const ScoreBars &bars)
{
    QList<ChartLegend::Entry> entries;
    entries.reserve(bars.sets.size());
    for (const ScoreBars::Set &set : bars.sets)
        entries << ChartLegend::Entry{set.brush, set.name};
    return entries;
}

} // namespace archbench::ui
