#include "dashboardpanel.h"

#include "core/overview/dashboard.h"
#include "core/project.h"
#include "ui/charts/palette.h"
#include "ui/workbench.h"

#include <QBrush>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int SubIdRole = Qt::UserRole + 3;

QString marker(core::DashboardLine::Severity severity)
{
    using S = core::DashboardLine::Severity;
    switch (severity) {
    case S::Problem: return QStringLiteral("✖ ");
    case S::Attention: return QStringLiteral("▲ ");
    case S::Good: return QStringLiteral("✔ ");
    case S::Info: return QStringLiteral("• ");
    }
    return {};
}
} // namespace

DashboardPanel::DashboardPanel(core::Project *project, Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_project(project), m_workbench(workbench)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dashboardList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &DashboardPanel::refresh);
    connect(project, &core::Project::modified, m_timer, qOverload<>(&QTimer::start));
    // Due and overdue depend on the date: re-read it now and then, as the Revisit dock does.
    auto *clock = new QTimer(this);
    clock->setInterval(5 * 60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_shownFor)
            refresh();
    });
    clock->start();

    auto open = [this](QListWidgetItem *item) {
        const QString id = item->data(IdRole).toString();
        const QString sub = item->data(SubIdRole).toString();
        if (!m_workbench)
            return;
        if (!id.isEmpty())
            m_workbench->openItem(ItemRef{core::ItemKind(item->data(KindRole).toInt()), id}, sub);
        else if (!sub.isEmpty())
            m_workbench->openItem(ItemRef::overviewTab(), sub);
    };
    connect(m_list, &QListWidget::itemActivated, this, open);
    refresh();
}

void DashboardPanel::refresh()
{
    m_shownFor = QDate::currentDate();
    const auto lines = core::dashboardLines(m_project->data(), m_shownFor,
                                            m_workbench ? m_workbench->analyses() : nullptr, &m_items);
    // the lines after the refresh's last one go; a line is set only where it changed
    while (m_list->count() > lines.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < lines.size(); ++i) {
        const core::DashboardLine &line = lines[i];
        QListWidgetItem *item = m_list->item(i);
        if (!item)
            item = new QListWidgetItem(m_list);
        const QString text = marker(line.severity) + line.text;
        if (item->text() != text)
            item->setText(text);
        using S = core::DashboardLine::Severity;
        const QVariant foreground = line.severity == S::Problem     ? QVariant(QBrush(palette::failed()))
                                    : line.severity == S::Attention ? QVariant(QBrush(palette::attention()))
                                    : line.severity == S::Good      ? QVariant(QBrush(palette::passed()))
                                                                    : QVariant();
        if (item->data(Qt::ForegroundRole) != foreground)
            item->setData(Qt::ForegroundRole, foreground);
        if (item->data(KindRole).toInt() != int(line.kind))
            item->setData(KindRole, int(line.kind));
        if (item->data(IdRole).toString() != line.itemId)
            item->setData(IdRole, line.itemId);
        if (item->data(SubIdRole).toString() != line.subId)
            item->setData(SubIdRole, line.subId);
        const QString tip = !line.itemId.isEmpty() || !line.subId.isEmpty() ? tr("Double-click or press Enter to open")
                                                                           : QString();
        if (item->toolTip() != tip)
            item->setToolTip(tip);
    }
}

} // namespace archbench::ui
