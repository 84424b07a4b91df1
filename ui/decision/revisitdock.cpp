#include "revisitdock.h"

#include "revisitmodel.h"

#include "ui/workbench.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace archbench::ui {

RevisitDock::RevisitDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Revisit"), parent), m_workbench(workbench), m_model(new RevisitModel(this)),
      m_view(new QTreeView(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("revisitDock"));
    m_view->setObjectName(QStringLiteral("revisitView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Revisit triggers of the project"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(RevisitModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(RevisitModel::DecisionColumn, 220);
    m_view->setColumnWidth(RevisitModel::TriggerColumn, 320);
    setWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString decision = index.data(RevisitModel::DecisionIdRole).toString();
        if (!decision.isEmpty())
            m_workbench->openItem(ItemRef{core::ItemKind::Decision, decision, false},
                                  index.data(RevisitModel::TriggerIdRole).toString());
    });
    connect(workbench, &Workbench::projectChanged, m_model, &RevisitModel::setProject);
    connect(m_model, &RevisitModel::firedCountChanged, this, &RevisitDock::updateTitle);
    connect(m_clock, &QTimer::timeout, this, [this] { m_model->setReferenceDate(QDate::currentDate()); });
    m_clock->start(5 * 60 * 1000);
    m_model->setProject(workbench->project());
    updateTitle();
}

void RevisitDock::updateTitle()
{
    const int fired = m_model->firedCount();
    setWindowTitle(fired > 0 ? tr("Revisit (%1 fired)").arg(fired) : tr("Revisit"));
}

} // namespace archbench::ui
