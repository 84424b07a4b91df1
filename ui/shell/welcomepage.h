#pragma once
// What the document area shows while no project is open: start a new project, open one, or
// pick a recent file. Keyboard: the buttons and the list are in reading order.

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;

namespace archbench::ui {

class RecentFiles;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    WelcomePage(QAction *newProject, QAction *open, RecentFiles *recent, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_list; }
    void refresh();

signals:
    void openRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    RecentFiles *m_recent;
    QLabel *m_recentTitle;
    QListWidget *m_list;
};

} // namespace archbench::ui
