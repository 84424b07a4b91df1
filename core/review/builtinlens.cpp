#include "builtinlens.h"

#include "../log.h"

#include <QFile>
#include <QJsonDocument>

namespace archbench::core {

QString BuiltInLens::id()
{
    return QStringLiteral("archbench-well-architected");
}

QString BuiltInLens::version()
{
    return QStringLiteral("1");
}

QString BuiltInLens::resourcePath()
{
    return QStringLiteral(":/lenses/archbench-well-architected.json");
}

LensRecord BuiltInLens::record()
{
    LensRecord record;
    record.id = id();
    record.version = version();
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        AB_LOG_ERROR("built-in lens resource {} is missing", resourcePath());
        return record;
    }
    record.definition = QJsonDocument::fromJson(file.readAll()).object();
    return record;
}

} // namespace archbench::core
