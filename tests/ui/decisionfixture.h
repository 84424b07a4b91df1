#pragma once
// The shipped sample project (resources/sample/checkout-platform.json) with its decisions, for
// the decision GUI tests.

#include "core/interchange/interchange.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace archbench::test {

inline QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline core::ProjectData sampleWithDecisions()
{
    QJsonObject root = readJsonFile(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    const QJsonObject parts = readJsonFile(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    root.insert(QStringLiteral("decisions"), parts.value(QStringLiteral("decisions")));
    auto data = core::interchange::fromJsonObject(root);
    if (!data.ok())
        qFatal("sample decisions refused: %s", qPrintable(data.error().message));
    return *data;
}

} // namespace archbench::test
