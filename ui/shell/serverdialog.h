#pragma once
// File ▸ Open from Server…: pick a team server (the list of servers used before, kept in the
// settings without passwords, or a new URL), see the projects you are a member of, open one.
// Connecting goes through connectAsking(), so a password is asked when the server wants one.

#include "core/server/teamserver.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace archbench::ui {

class FilePrompts;

class OpenFromServerDialog : public QDialog {
    Q_OBJECT
public:
    OpenFromServerDialog(FilePrompts &prompts, QWidget *parent = nullptr);
    ~OpenFromServerDialog() override;

    /// The servers used before, most recent first (settings key "server/urls").
    static QStringList rememberedServers();
    static void rememberServer(const QString &url);

    /// Connects to the URL in the box and lists its projects; false with the reason shown.
    bool connectToServer();
    QComboBox *serverBox() const { return m_server; }
    QTreeWidget *projectList() const { return m_projects; }
    QLabel *messageLabel() const { return m_message; }

    /// After accept(): the connection, the password that worked, and the chosen project.
    std::unique_ptr<core::server::ServerConnection> takeConnection() { return std::move(m_connection); }
    QString password() const { return m_password; }
    QString chosenProject() const;

private:
    void showProjects(const QList<core::server::ServerProject> &projects);
    void updateButtons();

    FilePrompts &m_prompts;
    QComboBox *m_server;
    QPushButton *m_connect;
    QTreeWidget *m_projects;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<core::server::ServerConnection> m_connection;
    QString m_password;
};

} // namespace archbench::ui
