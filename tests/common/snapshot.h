#pragma once
// For looking at what a GUI test built: with ARCHBENCH_SNAPSHOTS=/some/dir set, saves a PNG
// of the widget there. Does nothing otherwise, so tests stay fast and silent.

#include <QDir>
#include <QWidget>

namespace archbench::test {

inline void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHBENCH_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace archbench::test
