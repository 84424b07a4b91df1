#pragma once
// The recently opened project files (most recent first, at most 10) and the folder of the
// last file dialog, kept in QSettings. Files that no longer exist are pruned when the list
// is read, so the Open Recent menu never offers a dead entry.

#include <QObject>
#include <QStringList>

namespace archbench::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    /// The existing recent files, most recent first (prunes missing ones from the settings).
    QStringList files();
    /// Moves `path` (made absolute) to the front.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    /// The folder the Open and Save dialogs start in: the last one used, else the documents
    /// folder if it exists, else home (ui/filefolders.h).
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace archbench::ui
