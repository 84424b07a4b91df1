#include "triggerspanel.h"

#include "decisionhandle.h"
#include "triggerdelegate.h"
#include "triggersmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

TriggersPanel::TriggersPanel(DecisionHandle *handle, QWidget *parent)
    : QWidget(parent), m_handle(handle), m_model(new TriggersModel(handle, this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("Add co&ndition trigger"), this)),
      m_addCalendar(new QPushButton(tr("Add ca&lendar trigger"), this)),
      m_remove(new QPushButton(tr("Remove trigger"), this))
{
    setObjectName(QStringLiteral("triggersPanel"));
    auto *intro = new QLabel(tr("When must this decision be looked at again? A trigger fires when its current value "
                                "crosses the threshold or its review-by date passes; calendar triggers default to six "
                                "months after the decision date."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("triggersView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TriggerDelegate(m_view));
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    const auto resize = [this] {
        QHeaderView *h = m_view->horizontalHeader();
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        h->setSectionResizeMode(TriggersModel::ConditionColumn, QHeaderView::Stretch);
    };
    resize();
    connect(m_model, &QAbstractItemModel::modelReset, this, resize);

    m_add->setObjectName(QStringLiteral("addTrigger"));
    m_addCalendar->setObjectName(QStringLiteral("addCalendarTrigger"));
    m_remove->setObjectName(QStringLiteral("removeTrigger"));
    const auto add = [this](core::TriggerCategory category) {
        const int row = m_model->addTrigger(m_view->currentIndex().row(), category);
        const QModelIndex index = m_model->index(row, TriggersModel::ConditionColumn);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        m_view->setFocus();
        if (category != core::TriggerCategory::Calendar)
            m_view->edit(index);
    };
    connect(m_add, &QPushButton::clicked, this, [add] { add(core::TriggerCategory::Scale); });
    connect(m_addCalendar, &QPushButton::clicked, this, [add] { add(core::TriggerCategory::Calendar); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        m_model->removeTrigger(row >= 0 ? row : m_model->rowCount() - 1);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addCalendar);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(handle, &DecisionHandle::changed, this, &TriggersPanel::syncEnabled);
    connect(handle, &DecisionHandle::readOnlyChanged, this, &TriggersPanel::syncEnabled);
    syncEnabled();
}

bool TriggersPanel::selectTrigger(const QString &triggerId)
{
    const int row = m_model->rowOf(triggerId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, TriggersModel::ConditionColumn));
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void TriggersPanel::syncEnabled()
{
    const bool writable = m_handle->decision() && !m_handle->isReadOnly();
    m_add->setEnabled(writable);
    m_addCalendar->setEnabled(writable);
    m_remove->setEnabled(writable && m_model->rowCount() > 0);
}

} // namespace archbench::ui
