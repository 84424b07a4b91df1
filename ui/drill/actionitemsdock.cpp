#include "actionitemsdock.h"

#include "actionitemsmodel.h"
#include "ui/workbench.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace archbench::ui {

ActionItemsDock::ActionItemsDock(Workbench &workbench, QWidget *parent)
    : QDockWidget(tr("Action items"), parent), m_workbench(workbench),
      m_model(new ActionItemsModel(this)), m_view(new QTableView), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("actionItemsDock"));
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("actionItemsView"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemsModel::TextColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click or press Enter to open the drill or review it belongs to"));
    m_summary->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const ItemRef ref{core::ItemKind(index.data(ActionItemsModel::SourceKindRole).toInt()),
                          index.data(ActionItemsModel::SourceIdRole).toString()};
        m_workbench.openItem(ref, index.data(ActionItemsModel::ItemIdRole).toString());
    });
    connect(m_model, &ActionItemsModel::itemsChanged, this, &ActionItemsDock::updateSummary);
    connect(&workbench, &Workbench::projectChanged, m_model, &ActionItemsModel::setProject);

    // "Overdue" depends on the day: look again every few minutes so a window left open
    // overnight shows tomorrow's late items.
    auto *clock = new QTimer(this);
    clock->setInterval(5 * 60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_model->referenceDate() < QDate::currentDate())
            m_model->setReferenceDate(QDate::currentDate());
    });
    clock->start();

    m_model->setProject(workbench.project());
    updateSummary();
}

QString ActionItemsDock::summaryText() const
{
    return m_summary->text();
}

void ActionItemsDock::updateSummary()
{
    const QLocale locale;
    const int open = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (open == 0)
        m_summary->setText(tr("No open action items."));
    else if (overdue == 0)
        m_summary->setText(tr("%1 open, none overdue.").arg(locale.toString(open)));
    else
        m_summary->setText(tr("%1 open, %2 overdue.").arg(locale.toString(open), locale.toString(overdue)));
}

} // namespace archbench::ui
