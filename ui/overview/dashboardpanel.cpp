#include "dashboardpanel.h"

#include "core/overview/dashboard.h"
#include "core/project.h"
#include "ui/charts/palette.h"
#include "ui/workbench.h"

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
                                            m_workbench ? m_workbench->analyses() : nullptr);
    m_list->clear();
    for (const core::DashboardLine &line : lines) {
        auto *item = new QListWidgetItem(marker(line.severity) + line.text, m_list);
        using S = core::DashboardLine::Severity;
        if (line.severity == S::Problem)
            item->setForeground(palette::failed());
        else if (line.severity == S::Attention)
            item->setForeground(palette::attention());
        else if (line.severity == S::Good)
            item->setForeground(palette::passed());
        item->setData(KindRole, int(line.kind));
        item->setData(IdRole, line.itemId);
        item->setData(SubIdRole, line.subId);
        if (!line.itemId.isEmpty() || !line.subId.isEmpty())
            item->setToolTip(tr("Double-click or press Enter to open"));
    }
}

} // namespace archbench::ui
