#include "pdftextblock.h"

#include "pdfstyle.h"
#include "ui/charts/palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace archbench::ui {

namespace {

QColor toneColour(core::ReportTone tone, const QColor &fallback)
{
    switch (tone) {
    case core::ReportTone::Good: return palette::passed();
    case core::ReportTone::Attention: return palette::attention();
    case core::ReportTone::Problem: return palette::failed();
    case core::ReportTone::Muted: return palette::muted();
    case core::ReportTone::Neutral: break;
    }
    return fallback;
}

/// Widest line of `text` laid out with `option` at `width`.
qreal widestLine(const QString &text, const QFont &font, const QList<QTextLayout::FormatRange> &formats,
                 const QTextOption &option, qreal width, const QPaintDevice *device)
{
    QTextLayout layout(text, font, device);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return widest;
}

/// Whether an outline font of `families` (not a colour bitmap font, which QPdfWriter leaves
/// blank) has a glyph for `ucs4`.
bool outlineFontHas(const QStringList &families, char32_t ucs4)
{
    static QHash<char32_t, bool> known;
    static QMutex guard;
    const QMutexLocker lock(&guard);
    if (const auto it = known.constFind(ucs4); it != known.cend())
        return *it;
    bool found = false;
    for (const QString &family : families) {
        QFont f(family);
        f.setStyleStrategy(QFont::NoFontMerging);
        const QRawFont raw = QRawFont::fromFont(f);
        if (raw.isValid() && raw.familyName().compare(family, Qt::CaseInsensitive) == 0 && raw.supportsCharacter(ucs4)) {
            found = true;
            break;
        }
    }
    known.insert(ucs4, found);
    return found;
}

/// Pictographs (emoji) live in U+1F000–U+1FAFF; elsewhere the system's font fallback is trusted.
bool isPictograph(char32_t ucs4)
{
    return ucs4 >= 0x1F000 && ucs4 <= 0x1FAFF;
}

/// A character that no font can draw in the PDF would print as an empty box or a blank: it
/// becomes U+FFFD "�", so the reader sees that something is missing. Emoji print where an
/// outline font has them (fonts-symbola); colour emoji fonts are bitmaps QPdfWriter leaves out.
QString withPlaceholders(const QString &text, const QFont &font, const QPaintDevice *device)
{
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 0x0250;
    if (plain)
        return text;
    const QFontMetricsF metrics(font, device);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char32_t ucs4 = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
                                  ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                  : text.at(i).unicode();
        const qsizetype length = ucs4 > 0xFFFF ? 2 : 1;
        const auto category = QChar::category(ucs4);
        const bool invisible = category == QChar::Other_Format || category == QChar::Mark_NonSpacing
                               || category == QChar::Mark_Enclosing || ucs4 < 0x20 || ucs4 == QChar::LineSeparator
                               || ucs4 == QChar::Nbsp;
        const bool drawable = isPictograph(ucs4) ? outlineFontHas(font.families(), ucs4) : metrics.inFontUcs4(ucs4);
        if (ucs4 < 0x0250 || invisible || drawable)
            out += text.mid(i, length);
        else
            out += QChar(QChar::ReplacementCharacter);
        i += length;
    }
    return out;
}

} // namespace

PdfTextBlock::PdfTextBlock(const core::ReportText &text, const PdfTextFormat &format, const PdfStyle &style,
                           qreal width, const QPaintDevice *device)
    : m_colour(format.colour)
{
    QString plain;
    QList<QTextLayout::FormatRange> formats;
    for (const core::ReportRun &run : text.runs) {
        QString t = run.text;
        t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        t.replace(QLatin1Char('\n'), QChar::LineSeparator).replace(QLatin1Char('\t'), QLatin1Char(' '));
        const unsigned s = run.style | format.extraStyle;
        QFont f = (s & core::ReportRun::Code) ? style.mono(format.font.pointSizeF() * 0.92) : format.font;
        if (s & core::ReportRun::Strong)
            f.setBold(true);
        if (s & core::ReportRun::Emphasis)
            f.setItalic(true);
        t = withPlaceholders(t, f, device);
        QTextCharFormat cf;
        cf.setFont(f, QTextCharFormat::FontPropertiesAll);
        if (run.tone != core::ReportTone::Neutral)
            cf.setForeground(toneColour(run.tone, format.colour));
        if (!run.link.isEmpty() && format.linkTargets && format.linkTargets->contains(run.link) && !t.isEmpty()) {
            cf.setForeground(style.accent);
            m_links.append(LinkRange{int(plain.size()), int(plain.size() + t.size()), run.link});
        }
        formats.append(QTextLayout::FormatRange{int(plain.size()), int(t.size()), cf});
        plain += t;
    }

    // A number and its unit never wrap apart ("70 %", "15 min", "5 ms"): the space between
    // them becomes a no-break space (same length, so the format ranges stay right).
    static const QRegularExpression numberUnit(QStringLiteral(
        "(?<=\\d) (?=(?:%|‰|ms|s|min|h|d|days?|hours?|minutes?|seconds?|KB|kB|MB|GB|TB|rps|req/s|×|x|USD|EUR|€|\\$)(?![\\w/]))"));
    plain.replace(numberUnit, QString(QChar::Nbsp));

    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(format.align);
    option.setUseDesignMetrics(true);

    m_layout = std::make_shared<QTextLayout>(plain, format.font, device);
    m_layout->setTextOption(option);
    m_layout->setFormats(formats);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        const qreal advance = line.height() * format.lineSpacing;
        // Half the extra leading above the line, half below, as in CSS: text sits in the
        // middle of its line box, so table cells look evenly padded.
        line.setPosition(QPointF(0, y + (advance - line.height()) / 2));
        m_tops << y;
        m_advances << advance;
        y += advance;
    }
    m_layout->endLayout();
    if (plain.trimmed().isEmpty()) { // nothing to show: no lines, no height
        m_tops.clear();
        m_advances.clear();
    }

    QTextOption noWrap = option;
    noWrap.setWrapMode(QTextOption::NoWrap);
    m_natural = widestLine(plain, format.font, formats, noWrap, 1e9, device);
    QTextOption words = option;
    words.setWrapMode(QTextOption::WordWrap);
    m_minimum = widestLine(plain, format.font, formats, words, 1, device);
    // Laid out again at exactly these widths, rounding in the shaper can push the last
    // letter of a word onto the next line ("Weigh t"): allow a hair more (1/1200 inch).
    m_natural += 1;
    m_minimum += 1;
}

qreal PdfTextBlock::heightOf(int from, int to) const
{
    qreal h = 0;
    for (int i = std::max(0, from); i < std::min(to, lineCount()); ++i)
        h += m_advances[i];
    return h;
}

int PdfTextBlock::fitLines(int from, qreal available) const
{
    int n = 0;
    qreal used = 0;
    for (int i = from; i < lineCount(); ++i) {
        if (used + m_advances[i] > available + 0.01)
            break;
        used += m_advances[i];
        ++n;
    }
    return n;
}

qreal PdfTextBlock::lineWidth(int i) const
{
    return m_layout && i >= 0 && i < lineCount() ? m_layout->lineAt(i).naturalTextWidth() : 0;
}

qreal PdfTextBlock::baseline(int i) const
{
    if (!m_layout || i < 0 || i >= lineCount())
        return 0;
    const QTextLine line = m_layout->lineAt(i);
    return line.y() - m_tops[i] + line.ascent();
}

void PdfTextBlock::draw(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    if (!m_layout || from >= to || from >= lineCount())
        return;
    painter.save();
    painter.setPen(m_colour);
    const QPointF offset(topLeft.x(), topLeft.y() - m_tops[from]);
    for (int i = from; i < std::min(to, lineCount()); ++i)
        m_layout->lineAt(i).draw(&painter, offset);
    painter.restore();
}

QList<PdfLinkRect> PdfTextBlock::linkAreas(const QPointF &topLeft, int from, int to) const
{
    QList<PdfLinkRect> areas;
    if (!m_layout || m_links.isEmpty() || from >= to || from >= lineCount())
        return areas;
    const QPointF offset(topLeft.x(), topLeft.y() - m_tops[from]);
    for (int i = from; i < std::min(to, lineCount()); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const int lineStart = line.textStart(), lineEnd = line.textStart() + line.textLength();
        for (const LinkRange &link : m_links) {
            const int start = std::max(link.start, lineStart), end = std::min(link.end, lineEnd);
            if (start >= end)
                continue;
            // cursorToX counts from the left of the layout: the line's own x is included.
            const qreal x1 = line.cursorToX(start), x2 = line.cursorToX(end);
            const QRectF rect(offset.x() + std::min(x1, x2), offset.y() + line.y(), std::abs(x2 - x1),
                              line.height());
            if (!rect.isEmpty())
                areas.append(PdfLinkRect{rect, link.target});
        }
    }
    return areas;
}

} // namespace archbench::ui
