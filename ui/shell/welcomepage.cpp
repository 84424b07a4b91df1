#include "welcomepage.h"

#include "recentfiles.h"
#include "ui/widgets/themedicon.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
QCommandLinkButton *buttonFor(QAction *action, const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setIcon(action->icon());
    QObject::connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QAction *newProject, QAction *open, RecentFiles *recent, QWidget *parent)
    : QWidget(parent), m_recent(recent), m_recentTitle(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);

    auto *logo = new QLabel(column);
    logo->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    auto *title = new QLabel(tr("Archbench"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Weigh architecture options, review workloads, rehearse recovery and model cost, "
                                   "with the whole room looking at the same numbers."),
                                column);
    subtitle->setWordWrap(true);

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    heading->addLayout(headingText, 1);
    layout->addLayout(heading);
    layout->addSpacing(12);

    auto *newButton = buttonFor(newProject, tr("New project"), tr("Start with an empty project"), column);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *openButton = buttonFor(open, tr("Open project..."),
                                 tr("An .archbench project file or an interchange .json file"), column);
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    for (QCommandLinkButton *button : {newButton, openButton}) {
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(button);
    }
    layout->addSpacing(12);

    m_recentTitle->setText(tr("Recent projects"));
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recentTitle->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("welcomeRecent"));
    m_list->setAccessibleName(tr("Recent projects"));
    m_list->setIconSize(QSize(24, 24));
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_list);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    connect(recent, &RecentFiles::changed, this, &WelcomePage::refresh);
    setTabOrder(newButton, openButton);
    setTabOrder(openButton, m_list);
}

void WelcomePage::refresh()
{
    m_list->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(themedIcon(QStringLiteral("document-open")),
                                         QStringLiteral("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                                         m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentTitle->setVisible(!files.isEmpty());
    m_list->setVisible(!files.isEmpty());
    if (!files.isEmpty()) // tall enough for every entry, no scrolling
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * int(files.size()) + 2 * m_list->frameWidth() + 4);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace archbench::ui
