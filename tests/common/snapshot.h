#pragma once
// For looking at what a GUI test built: with ARCHBENCH_SNAPSHOTS=/some/dir set, saves a PNG
// of the widget there. Does nothing otherwise, so tests stay fast and silent.

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

namespace archbench::test {

inline void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHBENCH_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // let the layouts settle first, as the running program's event loop would before the next
    // frame: a wrapped label that took a line more asks its box, the box its column, the
    // column its scroll area, one posted layout request after the other (a single
    // processEvents() left the matrix's Score caption a line short in the picture)
    for (int pass = 0; pass < 8; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace archbench::test
