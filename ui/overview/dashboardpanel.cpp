#include "dashboardpanel.h"

#include "core/overview/dashboard.h"
#include "core/project.h"
#include "ui/charts/palette.h"
#include "ui/widgets/summarypause.h"
#include "ui/widgets/whenvisible.h"
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
constexpr int TopicRole = Qt::UserRole + 4;

/// What a line is about (its topic and target), to find the current line again after a refresh.
QString lineKey(int topic, int kind, const QString &id, const QString &subId)
{
    return QStringLiteral("%1/%2/%3/%4").arg(topic).arg(kind).arg(id, subId);
}

QString lineKey(const QListWidgetItem *item)
{
    return lineKey(item->data(TopicRole).toInt(), item->data(KindRole).toInt(), item->data(IdRole).toString(),
                   item->data(SubIdRole).toString());
}

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

    // After an edit, once the typing pauses; behind another tab, when the Overview is next shown.
    m_whenVisible = new WhenVisible(this, [this] { refresh(); });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSummaryPauseMs);
    connect(m_timer, &QTimer::timeout, m_whenVisible, &WhenVisible::run);
    connect(project, &core::Project::modified, m_timer, qOverload<>(&QTimer::start));
    // Due and overdue depend on the date: re-read it now and then, as the Revisit dock does.
    auto *clock = new QTimer(this);
    clock->setInterval(5 * 60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_shownFor)
            m_whenVisible->run();
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

void DashboardPanel::watchAncestors()
{
    m_whenVisible->watchAncestors();
}

void DashboardPanel::refresh()
{
    m_shownFor = QDate::currentDate();
    const auto lines = core::dashboardLines(m_project->data(), m_shownFor,
                                            m_workbench ? m_workbench->analyses() : nullptr, &m_items);
    // the current line, by what it is about (the n-th line about the same thing), not by its row
    QString currentKey;
    int currentNth = 0;
    if (const QListWidgetItem *current = m_list->currentItem()) {
        currentKey = lineKey(current);
        for (int i = 0; i < m_list->row(current); ++i)
            currentNth += lineKey(m_list->item(i)) == currentKey ? 1 : 0;
    }
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
        if (item->data(TopicRole).toInt() != int(line.topic))
            item->setData(TopicRole, int(line.topic));
        const QString tip = !line.itemId.isEmpty() || !line.subId.isEmpty() ? tr("Double-click or press Enter to open")
                                                                           : QString();
        if (item->toolTip() != tip)
            item->setToolTip(tip);
    }
    if (currentKey.isEmpty())
        return;
    int row = -1;
    for (int i = 0, nth = 0; i < lines.size() && row < 0; ++i) {
        const core::DashboardLine &line = lines[i];
        if (lineKey(int(line.topic), int(line.kind), line.itemId, line.subId) == currentKey && nth++ == currentNth)
            row = i;
    }
    if (row != m_list->currentRow()) {
        if (row >= 0) {
            m_list->setCurrentRow(row);
        } else {
            m_list->clearSelection();
            m_list->setCurrentItem(nullptr);
        }
    }
}

} // namespace archbench::ui
