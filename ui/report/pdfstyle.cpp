#include "pdfstyle.h"

namespace archbench::ui {

namespace {
QFont makeFont(const QStringList &families, qreal points, bool bold, bool italic)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    // Glyph positions must not be snapped to a screen grid in a vector document.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Qt 6.4 has no switch for OpenType features; any letter spacing makes it shape without
    // ligatures, so "fi" is copied out of the PDF as two letters, not as U+FB01. This much
    // (1/64 of a layout pixel at 1200 dpi) cannot be seen.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}
} // namespace

QFont PdfStyle::sans(qreal points, bool bold, bool italic) const
{
    return makeFont(sansFamilies, points, bold, italic);
}

QFont PdfStyle::condensed(qreal points, bool bold) const
{
    return makeFont(condensedFamilies, points, bold, false);
}

QFont PdfStyle::mono(qreal points) const
{
    return makeFont(monoFamilies, points, false, false);
}

} // namespace archbench::ui
