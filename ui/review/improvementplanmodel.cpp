#include "improvementplanmodel.h"
#include "ui/widgets/dates.h"

#include "riskstyle.h"
#include "ui/commands/itemcommands.h"
#include "ui/charts/palette.h"

#include "core/review/improvementplan.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <utility>

namespace archbench::ui {

using core::Improvement;
using core::Review;

ImprovementPlanModel::ImprovementPlanModel(ProjectDocument *document, QString reviewId,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_project(document->project()), m_undoStack(document->undoStack()), m_reviewId(reviewId),
      m_review(document, reviewId, this)
{
    auto follow = [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::Review && id == m_reviewId)
            reload();
    };
    connect(m_project, &core::Project::itemChanged, this, follow);
    connect(m_project, &core::Project::itemInserted, this, follow);
    connect(m_project, &core::Project::itemRemoved, this, follow);
    connect(m_project, &core::Project::readOnlyChanged, this, [this] {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    reload();
}

void ImprovementPlanModel::setLens(const core::Lens &lens)
{
    m_lens = lens;
    m_hasLens = true;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, QuestionColumn), index(rowCount() - 1, QuestionColumn));
    refollow();
}

void ImprovementPlanModel::refollow()
{
    const Review *review = m_project->find<Review>(m_reviewId);
    core::ImprovementPlan::Follow follow;
    if (review && m_hasLens)
        follow = core::ImprovementPlan::follow(m_lens, *review);
    const QSet<QString> stale(follow.noLongerAtRisk.cbegin(), follow.noLongerAtRisk.cend());
    const bool changed = stale != m_noLongerAtRisk || follow.notInPlan != m_notInPlan;
    const QSet<QString> before = std::exchange(m_noLongerAtRisk, stale);
    m_notInPlan = follow.notInPlan;
    for (int i = 0; i < m_items.size(); ++i)
        if (before.contains(m_items.at(i).id) != stale.contains(m_items.at(i).id))
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    if (changed)
        emit followChanged();
}

void ImprovementPlanModel::reload()
{
    const Review *review = m_project->find<Review>(m_reviewId);
    const QList<Improvement> next = review ? review->improvements : QList<Improvement>();
    bool sameRows = next.size() == m_items.size();
    for (int i = 0; sameRows && i < next.size(); ++i)
        sameRows = next.at(i).id == m_items.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_items = next;
        endResetModel();
    } else {
        for (int i = 0; i < next.size(); ++i) {
            if (next.at(i) == m_items.at(i))
                continue;
            m_items[i] = next.at(i);
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    refollow(); // every answer changes the review: the plan's state follows it
}

QString ImprovementPlanModel::improvementId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

int ImprovementPlanModel::rowOf(const QString &improvementId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == improvementId)
            return i;
    return -1;
}

int ImprovementPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImprovementPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImprovementPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Improvement &item = m_items.at(index.row());
    const bool stale = m_noLongerAtRisk.contains(item.id);
    if (role == ImprovementIdRole)
        return item.id;
    if (role == NoLongerAtRiskRole)
        return stale;
    if (role == Qt::ForegroundRole)
        return stale ? QVariant(QBrush(palette::muted())) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return item.text;
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn) {
        const core::LensQuestion *q = m_lens.question(item.question);
        const QString title = q ? q->title : item.question;
        return stale ? tr("%1\nThe answers no longer make this question a high or medium risk: "
                          "mark the item done or remove it.").arg(title)
                     : title;
    }
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    if (!display && !edit)
        return {};
    switch (index.column()) {
    case QuestionColumn: {
        const core::LensQuestion *q = m_lens.question(item.question);
        const QString title = q ? q->title : item.question;
        return display && stale ? tr("%1 (question no longer at risk)").arg(title) : title;
    }
    case TextColumn: return item.text;
    case OwnerColumn: return item.owner;
    case DueColumn:
        if (edit)
            return item.due.isValid() ? item.due : QDate::currentDate();
        return item.due.isValid() ? displayDate(item.due) : QString();
    case StatusColumn:
        return edit ? QVariant(int(item.status)) : QVariant(RiskStyle::workStatusWord(item.status));
    }
    return {};
}

QVariant ImprovementPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn: return tr("Question");
    case TextColumn: return tr("Improvement");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    }
    return {};
}

Qt::ItemFlags ImprovementPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != QuestionColumn && !m_project->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImprovementPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_project->isReadOnly())
        return false;
    const Review *current = m_project->find<Review>(m_reviewId);
    if (!current)
        return false;
    Review review = *current;
    const QString id = m_items.at(index.row()).id;
    auto it = std::find_if(review.improvements.begin(), review.improvements.end(),
                           [&id](const Improvement &i) { return i.id == id; });
    if (it == review.improvements.end())
        return false;
    QString text;
    QString mergeKey;
    switch (index.column()) {
    case TextColumn:
        it->text = value.toString();
        text = tr("Edit improvement text");
        mergeKey = QStringLiteral("improvement:%1:text").arg(id);
        break;
    case OwnerColumn:
        it->owner = value.toString().trimmed();
        text = tr("Set improvement owner");
        mergeKey = QStringLiteral("improvement:%1:owner").arg(id);
        break;
    case DueColumn:
        it->due = value.toDate();
        text = tr("Set improvement due date");
        break;
    case StatusColumn: {
        const int status = value.toInt();
        if (status < int(core::WorkStatus::Open) || status > int(core::WorkStatus::Done))
            return false;
        it->status = core::WorkStatus(status);
        text = tr("Set improvement status to %1").arg(RiskStyle::workStatusWord(it->status));
        break;
    }
    default: return false;
    }
    return m_review.replace(review, text, mergeKey);
}

} // namespace archbench::ui
