#pragma once
// The device every report page is measured on, whatever it is finally painted on: a page of
// the chosen size at kLayoutDpi. Fonts resolve to slightly different advances at different
// resolutions (hinting, rounding), so laying out on the output device itself made the print
// preview (a QPrinter at the printer's resolution) break lines and pages differently from
// the exported PDF. Laying out here and scaling the painter onto the real device
// (painter.scale(deviceDpi / kLayoutDpi)) makes every output paginate alike.
//
// It is never painted on (paintEngine() is null); only its metrics are used.

#include <QFont>
#include <QPaintDevice>
#include <QSize>

class QPainter;

namespace archbench::ui {

class PdfMeasureDevice : public QPaintDevice {
public:
    /// The resolution of the layout: that of the exported PDF (QPdfWriter::setResolution).
    static constexpr int kLayoutDpi = 1200;

    explicit PdfMeasureDevice(const QSize &pixels) : m_pixels(pixels) {}
    QPaintEngine *paintEngine() const override { return nullptr; }

    /// `font` as painter.setFont() needs it on a painter scaled from layout units to its
    /// device: a point size resolves against the device's resolution, so it is enlarged by
    /// the inverse of the scale. Unchanged when the device is at kLayoutDpi.
    static QFont fontFor(const QFont &font, const QPainter &painter);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_pixels;
};

} // namespace archbench::ui
