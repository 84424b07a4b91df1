#include "checksdock.h"

#include "checksmodel.h"

#include "ui/widgets/hiddenquietview.h"
#include "ui/workbench.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace archbench::ui {

ChecksDock::ChecksDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Checks"), parent), m_workbench(workbench), m_model(new ChecksModel(this)),
      m_view(new HiddenQuietTreeView(this))
{
    setObjectName(QStringLiteral("checksDock"));
    m_view->setObjectName(QStringLiteral("checksView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Failed decision-quality checks"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ChecksModel::DecisionColumn, 220);
    m_view->setColumnWidth(ChecksModel::CheckColumn, 260);
    setWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString decision = index.data(ChecksModel::DecisionIdRole).toString();
        if (!decision.isEmpty())
            m_workbench->openItem(ItemRef{core::ItemKind::Decision, decision, false},
                                  QStringLiteral("check:") + index.data(ChecksModel::CheckIdRole).toString());
    });
    connect(workbench, &Workbench::projectChanged, m_model, [this](core::Project *project) {
        m_model->setAnalysisCache(m_workbench->analyses()); // the new document's
        m_model->setProject(project);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChecksDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChecksDock::updateTitle);
    // a revisit trigger's date passes at midnight: re-read the date now and then, as the Revisit dock does
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, [this] { m_model->setReferenceDate(QDate::currentDate()); });
    clock->start(5 * 60 * 1000);
    m_model->setAnalysisCache(workbench->analyses());
    m_model->setProject(workbench->project());
    updateTitle();
}

void ChecksDock::updateTitle()
{
    const int n = m_model->rowCount();
    setWindowTitle(n > 0 ? tr("Checks (%1)").arg(n) : tr("Checks"));
}

} // namespace archbench::ui
