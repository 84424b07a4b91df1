#include "pdfmeasuredevice.h"

#include <QPainter>

namespace archbench::ui {

QFont PdfMeasureDevice::fontFor(const QFont &font, const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    if (!device || device->logicalDpiY() == kLayoutDpi || font.pointSizeF() <= 0)
        return font;
    QFont scaled = font;
    scaled.setPointSizeF(font.pointSizeF() * kLayoutDpi / device->logicalDpiY());
    return scaled;
}

int PdfMeasureDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_pixels.width();
    case PdmHeight: return m_pixels.height();
    case PdmWidthMM: return qRound(m_pixels.width() * 25.4 / kLayoutDpi);
    case PdmHeightMM: return qRound(m_pixels.height() * 25.4 / kLayoutDpi);
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return kLayoutDpi;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    default: return 0;
    }
}

} // namespace archbench::ui
