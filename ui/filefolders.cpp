#include "filefolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace archbench::ui {

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString rememberedFolder(const QString &settingsKey)
{
    const QString folder = QSettings().value(settingsKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return defaultFolder();
}

void rememberFolder(const QString &settingsKey, const QString &folder)
{
    if (!folder.isEmpty())
        QSettings().setValue(settingsKey, QFileInfo(folder).absoluteFilePath());
}

} // namespace archbench::ui
