#include "documenttabs.h"
#include "kindui.h"

#include "itemtitles.h"
#include "ui/widgets/themedicon.h"
#include "ui/widgets/quiettabs.h"

#include <QTabBar>

namespace archbench::ui {

namespace {
constexpr char kKindProperty[] = "archbenchItemKind";
constexpr char kIdProperty[] = "archbenchItemId";
constexpr char kOverviewProperty[] = "archbenchOverview";

QString iconNameFor(const ItemRef &item)
{
    return item.overview ? QStringLiteral("overview") : QString::fromLatin1(kindUi(item.kind).icon);
}

void callHighlight(QWidget *editor, const QString &highlight)
{
    if (highlight.isEmpty() || editor->metaObject()->indexOfMethod("highlight(QString)") < 0)
        return;
    QMetaObject::invokeMethod(editor, "highlight", Qt::DirectConnection, Q_ARG(QString, highlight));
}
} // namespace

DocumentTabs::DocumentTabs(Workbench *workbench, QWidget *parent)
    : QTabWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("documentTabs"));
    keepTabsQuiet(this);
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    tabBar()->setElideMode(Qt::ElideRight);
    tabBar()->setAccessibleName(tr("Open items"));

    connect(this, &QTabWidget::tabCloseRequested, this, &DocumentTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this,
            [this](int index) { m_workbench->setCurrentItem(itemAt(index)); });
    connect(workbench, &Workbench::openItemRequested, this,
            [this](const ItemRef &item, const QString &highlight) { openItem(item, highlight); });
    connect(workbench, &Workbench::projectChanged, this, &DocumentTabs::setProject);
    setProject(workbench->project());
}

void DocumentTabs::setProject(core::Project *project)
{
    closeAll();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (!project)
        return;
    connect(project, &core::Project::itemChanged, this, [this](core::ItemKind kind, const QString &id) {
        const int index = indexOf(ItemRef{kind, id, false});
        if (index >= 0)
            updateCaption(index);
    });
    connect(project, &core::Project::itemRemoved, this, [this](core::ItemKind kind, const QString &id) {
        closeItem(ItemRef{kind, id, false});
    });
    connect(project, &core::Project::infoChanged, this, &DocumentTabs::updateCaptions);
}

bool DocumentTabs::openItem(const ItemRef &item, const QString &highlight)
{
    if (!m_project || !item.isValid())
        return false;
    int index = indexOf(item);
    if (index < 0) {
        if (!itemExists(*m_project, item)) {
            emit openFailed(item);
            return false;
        }
        QWidget *editor = m_workbench->createEditor(item, this);
        if (!editor) {
            emit openFailed(item);
            return false;
        }
        editor->setProperty(kKindProperty, int(item.kind));
        editor->setProperty(kIdProperty, item.id);
        editor->setProperty(kOverviewProperty, item.overview);
        // the overview stays the first tab
        index = item.overview ? insertTab(0, editor, QString()) : addTab(editor, QString());
        setTabIcon(index, themedIcon(iconNameFor(item)));
        updateCaption(index);
    }
    setCurrentIndex(index);
    QWidget *editor = widget(index);
    callHighlight(editor, highlight);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DocumentTabs::openOverviewIfAvailable()
{
    const QSignalBlocker quiet(this); // no openFailed for a module that is not installed
    const bool opened = openItem(ItemRef::overviewTab());
    if (opened) // the blocked currentChanged did not reach the workbench
        m_workbench->setCurrentItem(currentItem());
    return opened;
}

void DocumentTabs::closeItem(const ItemRef &item)
{
    const int index = indexOf(item);
    if (index >= 0)
        closeTab(index);
}

void DocumentTabs::closeTab(int index)
{
    QWidget *editor = widget(index);
    if (!editor)
        return;
    removeTab(index);
    // Deleted at once: editors hold a pointer to the project, which may go right after.
    delete editor;
    if (count() == 0)
        m_workbench->setCurrentItem({});
}

void DocumentTabs::closeAll()
{
    while (count() > 0)
        closeTab(count() - 1);
}

int DocumentTabs::indexOf(const ItemRef &item) const
{
    for (int i = 0; i < count(); ++i)
        if (itemAt(i) == item)
            return i;
    return -1;
}

ItemRef DocumentTabs::itemAt(int index) const
{
    const QWidget *editor = widget(index);
    if (!editor)
        return {};
    return ItemRef{core::ItemKind(editor->property(kKindProperty).toInt()),
                   editor->property(kIdProperty).toString(),
                   editor->property(kOverviewProperty).toBool()};
}

void DocumentTabs::updateCaption(int index)
{
    if (!m_project)
        return;
    const ItemRef item = itemAt(index);
    const QString title = itemTitle(*m_project, item);
    QString caption = title.size() > 40 ? title.left(38) + QChar(0x2026) : title;
    // QTabWidget lays out and repaints the whole tab widget on every setTabText, even when the
    // text is the same: set only what changed, so an edit repaints only what it changed
    caption.replace(QLatin1Char('&'), QStringLiteral("&&")); // no mnemonics
    if (tabText(index) != caption)
        setTabText(index, caption);
    const QString tip = item.overview ? tr("Overview of the project") : tr("%1: %2").arg(kindName(item.kind), title);
    if (tabToolTip(index) != tip)
        setTabToolTip(index, tip);
}

void DocumentTabs::updateCaptions()
{
    for (int i = 0; i < count(); ++i)
        updateCaption(i);
}

} // namespace archbench::ui
