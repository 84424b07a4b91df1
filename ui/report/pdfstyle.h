#pragma once
// The look of a printed report in one place: type sizes (points), spacing (points), page
// margins (millimetres) and colours. Colours of meaning come from ui/palette.h; everything
// else is black or grey, so a black-and-white print loses nothing but hue.

#include <QColor>
#include <QFont>
#include <QStringList>

namespace archbench::ui {

struct PdfStyle {
    // Margins of the page and where header and footer sit (mm).
    qreal marginLeftMm = 22, marginRightMm = 22, marginTopMm = 24, marginBottomMm = 22;
    qreal headerOffsetMm = 11; ///< header baseline above the body
    qreal footerOffsetMm = 11; ///< footer baseline below the body

    // Type sizes (pt).
    qreal body = 9.5, small = 8, table = 9, code = 8.5;
    qreal title = 26, h1 = 18, h2 = 13, h3 = 11, h4 = 10;
    qreal lineSpacing = 1.28; ///< line advance as a multiple of the font height

    // Vertical rhythm (pt).
    qreal paragraphGap = 6, listGap = 2.5, blockGap = 8;
    qreal cellPadX = 4.5, cellPadY = 3.2;

    QColor text = QColor(0x1F, 0x1F, 0x1F);
    QColor secondary = QColor(0x5A, 0x5A, 0x5A);
    QColor rule = QColor(0xC4, 0xC4, 0xC4);
    QColor strongRule = QColor(0x4A, 0x4A, 0x4A);
    QColor headerFill = QColor(0xEC, 0xEC, 0xEC);
    QColor stripeFill = QColor(0xF7, 0xF7, 0xF7);
    QColor accent = QColor(0x00, 0x72, 0xB2); ///< Okabe–Ito blue: rules and the title band

    // The last families are fallbacks for characters the first lack: emoji and symbols as
    // outlines (fonts-symbola). Colour emoji fonts are bitmaps that QPdfWriter cannot embed
    // (it leaves a blank), so they are not listed; see PdfTextBlock's placeholder.
    QStringList sansFamilies = {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                                QStringLiteral("Arial"), QStringLiteral("Helvetica"), QStringLiteral("Noto Emoji"),
                                QStringLiteral("Symbola")};
    QStringList condensedFamilies = {QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Liberation Sans Narrow"),
                                     QStringLiteral("Arial Narrow"), QStringLiteral("DejaVu Sans"),
                                     QStringLiteral("Noto Emoji"), QStringLiteral("Symbola")};
    QStringList monoFamilies = {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                                QStringLiteral("Courier New")};

    QFont sans(qreal points, bool bold = false, bool italic = false) const;
    QFont condensed(qreal points, bool bold = false) const;
    QFont mono(qreal points) const;
};

} // namespace archbench::ui
