#include "serverdialog.h"

#include "serversession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archbench::ui {

using core::server::ServerProject;
using core::server::ServerUrl;
using core::server::TeamServer;

namespace {
const QString kServersKey = QStringLiteral("server/urls");
constexpr int kRemembered = 10;
} // namespace

QStringList OpenFromServerDialog::rememberedServers()
{
    return QSettings().value(kServersKey).toStringList();
}

void OpenFromServerDialog::rememberServer(const QString &url)
{
    QStringList list = rememberedServers();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > kRemembered)
        list.removeLast();
    QSettings().setValue(kServersKey, list);
}

OpenFromServerDialog::OpenFromServerDialog(FilePrompts &prompts, QWidget *parent) : QDialog(parent), m_prompts(prompts)
{
    setWindowTitle(tr("Open from Server"));
    setObjectName(QStringLiteral("openFromServerDialog"));

    m_server = new QComboBox;
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->addItems(rememberedServers());
    m_server->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://you@db.example/archbench"));
    m_server->setToolTip(tr("The team server as postgresql://user@host:port/database. Passwords are never kept: "
                            "Archbench asks, or reads ~/.pgpass."));
    m_server->setMinimumContentsLength(40);
    m_connect = new QPushButton(tr("&Connect"));
    m_connect->setAutoDefault(false);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_connect);
    auto *serverLabel = new QLabel(tr("&Server:"));
    serverLabel->setBuddy(m_server);

    m_projects = new QTreeWidget;
    m_projects->setObjectName(QStringLiteral("serverProjects"));
    m_projects->setRootIsDecorated(false);
    m_projects->setUniformRowHeights(true);
    m_projects->setHeaderLabels({tr("Project"), tr("Version"), tr("Last saved"), tr("By"), tr("Your role")});
    m_projects->header()->setStretchLastSection(false);
    m_projects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_projects->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *projectsLabel = new QLabel(tr("&Projects you are a member of:"));
    projectsLabel->setBuddy(m_projects);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // the server's words, never markup
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverLabel);
    layout->addLayout(serverRow);
    layout->addWidget(projectsLabel);
    layout->addWidget(m_projects, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_connect, &QPushButton::clicked, this, &OpenFromServerDialog::connectToServer);
    // Enter in the server box presses the default button: Connect until a project is chosen
    connect(m_server, &QComboBox::currentTextChanged, this, [this] {
        m_connection.reset();
        m_projects->clear();
        updateButtons();
    });
    connect(m_projects, &QTreeWidget::itemSelectionChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_projects, &QTreeWidget::itemActivated, this, [this] {
        if (!chosenProject().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenProject().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

OpenFromServerDialog::~OpenFromServerDialog() = default;

bool OpenFromServerDialog::connectToServer()
{
    m_projects->clear();
    m_connection.reset();
    updateButtons();
    auto url = ServerUrl::parse(m_server->currentText().trimmed());
    if (!url) {
        m_message->setText(url.error().message);
        return false;
    }
    m_message->setText(tr("Connecting to %1…").arg(url->displayName()));
    m_message->repaint();
    m_password.clear();
    auto connection = connectAsking(*url, m_prompts, m_password);
    if (!connection) {
        m_message->setText(connection.error().message);
        return false;
    }
    TeamServer server(**connection);
    if (auto usable = server.requireUsableSchema(); !usable) {
        m_message->setText(usable.error().message);
        return false;
    }
    auto projects = server.projects();
    if (!projects) {
        m_message->setText(projects.error().message);
        return false;
    }
    m_connection = std::move(*connection);
    const QString canonical = url->toString();
    rememberServer(canonical);
    showProjects(*projects);
    m_message->setText(projects->isEmpty() ? tr("Connected as %1. You are not a member of any project on this server yet: "
                                                "push one with \"archbench push FILE URL\", or ask an owner to add you.")
                                                 .arg(m_connection->user())
                                           : tr("Connected as %1.").arg(m_connection->user()));
    updateButtons();
    if (m_projects->topLevelItemCount() > 0) {
        m_projects->setCurrentItem(m_projects->topLevelItem(0));
        m_projects->setFocus();
    }
    return true;
}

void OpenFromServerDialog::showProjects(const QList<ServerProject> &projects)
{
    for (const ServerProject &p : projects) {
        auto *item = new QTreeWidgetItem(m_projects, {p.name.isEmpty() ? p.id : p.name, QLocale().toString(p.version),
                                                      QLocale().toString(p.modified.toLocalTime(), QLocale::ShortFormat),
                                                      p.modifiedBy, core::server::roleName(p.role)});
        item->setData(0, Qt::UserRole, p.id);
        item->setToolTip(0, tr("Id %1, owned by %2").arg(p.id, p.owner));
    }
}

QString OpenFromServerDialog::chosenProject() const
{
    const QTreeWidgetItem *item = m_projects->currentItem();
    return m_connection && item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void OpenFromServerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!chosenProject().isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setDefault(!chosenProject().isEmpty());
    m_connect->setDefault(chosenProject().isEmpty());
}

} // namespace archbench::ui
