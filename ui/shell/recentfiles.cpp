#include "recentfiles.h"

#include "ui/filefolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace archbench::ui {

namespace {
const QString kFilesKey = QStringLiteral("recent/files");
const QString kFolderKey = QStringLiteral("recent/lastFolder");
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(kFilesKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    while (existing.size() > kMaxFiles)
        existing.removeLast();
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kFilesKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles)
        list.removeLast();
    store(list);
    setLastFolder(QFileInfo(absolute).absolutePath());
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = QSettings().value(kFilesKey).toStringList();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::lastFolder() const
{
    return rememberedFolder(kFolderKey);
}

void RecentFiles::setLastFolder(const QString &folder)
{
    rememberFolder(kFolderKey, folder);
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(kFilesKey, files);
    emit changed();
}

} // namespace archbench::ui
