#include "improvementplanview.h"
#include "ui/widgets/dates.h"

#include "core/review/improvementplan.h"
#include "improvementplanmodel.h"
#include "riskstyle.h"
#include "ui/commands/itemcommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

using core::Review;

namespace {
/// Date editor for "Due" and a combo for "Status"; text cells use the default line edit.
class PlanDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == ImprovementPlanModel::DueColumn) {
            auto *edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(dateDisplayFormat());
            return edit;
        }
        if (index.column() == ImprovementPlanModel::StatusColumn) {
            auto *combo = new QComboBox(parent);
            for (core::WorkStatus s : {core::WorkStatus::Open, core::WorkStatus::InProgress, core::WorkStatus::Done})
                combo->addItem(RiskStyle::workStatusWord(s), int(s));
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *edit = qobject_cast<QDateEdit *>(editor))
            edit->setDate(index.data(Qt::EditRole).toDate());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *edit = qobject_cast<QDateEdit *>(editor))
            model->setData(index, edit->date());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};
} // namespace

ImprovementPlanView::ImprovementPlanView(ProjectDocument *document, const QString &reviewId,
                                         QWidget *parent)
    : QWidget(parent), m_project(document->project()), m_undoStack(document->undoStack()), m_reviewId(reviewId)
{
    m_model = new ImprovementPlanModel(document, reviewId, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("improvementTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImprovementPlanModel::QuestionColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ImprovementPlanModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ImprovementPlanModel::OwnerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImprovementPlanModel::DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImprovementPlanModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ImprovementPlanModel::QuestionColumn, 320);
    m_table->setToolTip(tr("F2 or typing edits a cell, Delete clears owner or due date, Enter confirms"));
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this); // row heights follow the wrapped text width

    m_generate = new QPushButton(tr("&Generate from risks"), this);
    m_generate->setToolTip(tr("Add the missing practices of every high- and medium-risk question as plan items"));
    m_remove = new QPushButton(tr("&Remove item"), this);
    m_info = new QLabel(this);
    m_info->setTextFormat(Qt::PlainText);
    m_follow = new QLabel(this);
    m_follow->setObjectName(QStringLiteral("planFollow"));
    m_follow->setTextFormat(Qt::PlainText);
    m_follow->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_follow);
    layout->addWidget(m_table, 1);

    connect(m_generate, &QPushButton::clicked, this, [this] {
        const int added = generateFromRisks();
        m_info->setText(added > 0 ? tr("Items added: %1.").arg(added)
                                  : tr("Nothing to add: the plan already holds every missing practice of the risky questions."));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_model, &ImprovementPlanModel::followChanged, this, [this] {
        m_info->clear(); // "Items added" is about an earlier state
        updateFollow();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateEnabled(); });
    connect(m_project, &core::Project::readOnlyChanged, this, [this] { updateEnabled(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        updateEnabled();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_table, [this] { m_table->resizeRowsToContents(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    updateEnabled();
    updateFollow();
}

void ImprovementPlanView::updateFollow()
{
    const int missing = m_model->notInPlan();
    int stale = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(ImprovementPlanModel::NoLongerAtRiskRole).toBool())
            ++stale;
    QStringList lines;
    if (!m_lens)
        lines << tr("The review's lens is not loaded: the plan cannot be compared with the answers.");
    else if (missing == 1)
        lines << tr("1 missing practice of a risky question is not in the plan yet — Generate adds it.");
    else if (missing > 1)
        lines << tr("%1 missing practices of risky questions are not in the plan yet — Generate adds them.").arg(missing);
    else
        lines << tr("The plan holds every missing practice of the risky questions.");
    if (stale == 1)
        lines << tr("1 item's question is no longer at risk (shown muted).");
    else if (stale > 1)
        lines << tr("%1 items' questions are no longer at risk (shown muted).").arg(stale);
    m_follow->setText(lines.join(QLatin1Char(' ')));
    QPalette p = m_follow->palette();
    p.setColor(QPalette::WindowText, missing > 0 ? RiskStyle::color(core::RiskLevel::Medium).darker(140)
                                                 : palette().color(QPalette::WindowText));
    m_follow->setPalette(p);
}

void ImprovementPlanView::setLens(const core::Lens *lens)
{
    m_lens = lens;
    if (lens)
        m_model->setLens(*lens);
    updateEnabled();
    updateFollow();
}

int ImprovementPlanView::generateFromRisks()
{
    const Review *current = m_project->find<Review>(m_reviewId);
    if (!current || !m_lens || m_project->isReadOnly())
        return 0;
    const QList<core::Improvement> added =
        core::ImprovementPlan::missingItems(*m_lens, *current, &core::Project::newId);
    if (added.isEmpty())
        return 0;
    Review review = *current;
    review.improvements.append(added);
    commands::replaceItem(m_undoStack, m_project, review,
                          tr("Generate improvement items from risks (%1)").arg(added.size()));
    return int(added.size());
}

int ImprovementPlanView::removeSelected()
{
    const Review *current = m_project->find<Review>(m_reviewId);
    if (!current || m_project->isReadOnly())
        return 0;
    QSet<QString> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.insert(m_model->improvementId(index.row()));
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.insert(m_model->improvementId(m_table->currentIndex().row()));
    if (ids.isEmpty())
        return 0;
    Review review = *current;
    const qsizetype removed = review.improvements.removeIf([&ids](const core::Improvement &i) { return ids.contains(i.id); });
    commands::replaceItem(m_undoStack, m_project, review, tr("Remove improvement items (%1)").arg(removed));
    return int(removed);
}

void ImprovementPlanView::selectImprovement(const QString &improvementId)
{
    const int row = m_model->rowOf(improvementId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ImprovementPlanView::updateEnabled()
{
    const bool editable = !m_project->isReadOnly();
    m_generate->setEnabled(editable && m_lens);
    m_remove->setEnabled(editable && m_table->selectionModel()->hasSelection());
}

bool ImprovementPlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if (key->key() == Qt::Key_Delete && current.isValid()
            && (current.column() == ImprovementPlanModel::OwnerColumn || current.column() == ImprovementPlanModel::DueColumn)) {
            m_model->setData(current, current.column() == ImprovementPlanModel::DueColumn ? QVariant(QDate()) : QVariant(QString()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace archbench::ui
