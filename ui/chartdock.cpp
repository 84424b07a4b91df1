#include "chartdock.h"

#include "core/project.h"
#include "ui/widgets/whenvisible.h"
#include "ui/workbench.h"

#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <utility>

namespace archbench::ui {

ChartDock::ChartDock(core::ItemKind kind, const QString &title, QWidget *parent)
    : QDockWidget(title, parent), m_kind(kind)
{
    m_whenVisible = new WhenVisible(this, [this] {
        ++m_draws;
        draw(std::exchange(m_forceNext, false));
    });
}

ChartDock::~ChartDock()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
}

void ChartDock::follow(Workbench *workbench)
{
    connect(workbench, &Workbench::projectChanged, this, &ChartDock::setProject);
    connect(workbench, &Workbench::currentItemChanged, this, [this](const ItemRef &item) {
        showItem(!item.overview && item.kind == m_kind ? item.id : QString());
        comeForwardFor(item);
    });
    setProject(workbench->project());
    const ItemRef current = workbench->currentItem();
    showItem(!current.overview && current.kind == m_kind ? current.id : QString());
}

void ChartDock::setProject(core::Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    m_id.clear();
    if (project) {
        const auto changed = [this](core::ItemKind kind, const QString &id) {
            if (concerns(kind, id))
                redraw();
        };
        m_connections << connect(project, &core::Project::itemChanged, this, changed);
        m_connections << connect(project, &core::Project::itemInserted, this, changed);
        m_connections << connect(project, &core::Project::itemsReordered, this,
                                 [this, changed](core::ItemKind kind) { changed(kind, {}); });
        m_connections << connect(project, &core::Project::itemRemoved, this, [this, changed](core::ItemKind kind, const QString &id) {
            if (kind == m_kind && id == m_id) {
                m_id.clear(); // no stale chart of a removed item
                redraw();
            } else {
                changed(kind, id);
            }
        });
        m_connections << connect(project, &core::Project::infoChanged, this, [this] {
            if (drawsProjectInfo())
                redraw();
        });
    }
    redraw();
}

void ChartDock::showItem(const QString &id)
{
    const QString shown = !id.isEmpty() && m_project && accepts(id) ? id : QString();
    if (shown == m_id)
        return;
    m_id = shown;
    redraw();
}

bool ChartDock::draws(const ItemRef &item) const
{
    return !item.overview && item.kind == m_kind && !item.id.isEmpty() && m_project && accepts(item.id);
}

bool ChartDock::inFront(const QDockWidget *dock)
{
    // the docks of a tab group all stay visible; those behind the current tab are moved out of
    // the window, where no part of them can be seen
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

void ChartDock::comeForwardFor(const ItemRef &item)
{
    // only a tab behind others, not one the user closed, floated or has in front already
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || isFloating() || !isVisible() || inFront(this) || !draws(item))
        return;
    const QList<QDockWidget *> group = window->tabifiedDockWidgets(this);
    for (QDockWidget *front : group) {
        if (!inFront(front))
            continue;
        const auto *chart = qobject_cast<const ChartDock *>(front);
        if (chart && !chart->draws(item))
            raise();
        return;
    }
}

bool ChartDock::accepts(const QString &id) const
{
    Q_UNUSED(id);
    return true;
}

bool ChartDock::concerns(core::ItemKind kind, const QString &id) const
{
    return kind == m_kind && !m_id.isEmpty() && id == m_id;
}

void ChartDock::redraw(bool force)
{
    m_forceNext = m_forceNext || force;
    m_whenVisible->run();
}

QLabel *ChartDock::makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void ChartDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        styleChanged();
        redraw(true); // presentation zoom, dark mode
    }
}

} // namespace archbench::ui
