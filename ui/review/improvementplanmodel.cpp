#include "improvementplanmodel.h"
#include "ui/widgets/dates.h"

#include "riskstyle.h"
#include "ui/charts/palette.h"

#include "core/review/improvementplan.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <utility>

namespace archbench::ui {

using core::Improvement;
using core::Review;

ImprovementPlanModel::ImprovementPlanModel(ProjectDocument *document, const QString &reviewId, QObject *parent)
    : ItemTableModel<Review>(document, reviewId, parent)
{
    initializeRows();
}

QList<Improvement> ImprovementPlanModel::improvements() const
{
    // a copy (shared, not copied) so that no caller holds into the project across an edit
    const Review *review = item();
    return review ? review->improvements : QList<Improvement>();
}

void ImprovementPlanModel::setLens(const core::Lens &lens)
{
    m_lens = lens;
    m_hasLens = true;
    const bool changed = refollow();
    allCellsChanged(); // the question titles, and the rows no longer at risk
    if (changed)
        emit followChanged();
}

bool ImprovementPlanModel::refollow()
{
    const Review *review = item();
    core::ImprovementPlan::Follow follow;
    if (review && m_hasLens)
        follow = core::ImprovementPlan::follow(m_lens, *review);
    const QSet<QString> stale(follow.noLongerAtRisk.cbegin(), follow.noLongerAtRisk.cend());
    const bool changed = stale != m_noLongerAtRisk || follow.notInPlan != m_notInPlan;
    m_noLongerAtRisk = stale;
    m_notInPlan = follow.notInPlan;
    return changed;
}

bool ImprovementPlanModel::shapeChanged() const
{
    const QList<Improvement> now = improvements();
    if (now.size() != m_rows.size())
        return true;
    for (qsizetype i = 0; i < now.size(); ++i)
        if (now.at(i).id != m_rows.at(i).id)
            return true;
    return false;
}

void ImprovementPlanModel::recompute()
{
    // every answer changes the review: what the plan lacks follows it
    const QSet<QString> staleBefore = m_noLongerAtRisk;
    m_followChanged = refollow() || m_followChanged;
    const QList<Improvement> now = improvements();
    m_changedRows.clear();
    if (now.size() == m_rows.size())
        for (qsizetype i = 0; i < now.size(); ++i)
            if (now.at(i) != m_rows.at(i) || staleBefore.contains(now.at(i).id) != m_noLongerAtRisk.contains(now.at(i).id))
                m_changedRows << int(i);
    m_rows = now;
}

void ImprovementPlanModel::refreshed()
{
    if (std::exchange(m_followChanged, false))
        emit followChanged();
}

QString ImprovementPlanModel::improvementId(int row) const
{
    const QList<Improvement> rows = improvements();
    return row >= 0 && row < rows.size() ? rows.at(row).id : QString();
}

int ImprovementPlanModel::rowOf(const QString &improvementId) const
{
    const QList<Improvement> rows = improvements();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).id == improvementId)
            return int(i);
    return -1;
}

int ImprovementPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImprovementPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Improvement> rows = improvements();
    if (index.row() >= rows.size())
        return {};
    const Improvement &item = rows.at(index.row());
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
        return ItemTableModel<Review>::headerData(section, orientation, role);
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
    Qt::ItemFlags f = ItemTableModel<Review>::flags(index);
    if (index.column() == QuestionColumn)
        f &= ~Qt::ItemIsEditable;
    return f;
}

bool ImprovementPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || isReadOnly())
        return false;
    const QString id = improvementId(index.row());
    QString text;
    QString mergeKey;
    switch (index.column()) {
    case TextColumn:
        text = tr("Edit improvement text");
        mergeKey = QStringLiteral("improvement:%1:text").arg(id);
        break;
    case OwnerColumn:
        text = tr("Set improvement owner");
        mergeKey = QStringLiteral("improvement:%1:owner").arg(id);
        break;
    case DueColumn: text = tr("Set improvement due date"); break;
    case StatusColumn: {
        const int status = value.toInt();
        if (status < int(core::WorkStatus::Open) || status > int(core::WorkStatus::Done))
            return false;
        text = tr("Set improvement status to %1").arg(RiskStyle::workStatusWord(core::WorkStatus(status)));
        break;
    }
    default: return false;
    }
    return editItem(text, [&](Review &review) {
        for (Improvement &it : review.improvements) {
            if (it.id != id)
                continue;
            switch (index.column()) {
            case TextColumn: it.text = value.toString(); break;
            case OwnerColumn: it.owner = value.toString().trimmed(); break;
            case DueColumn: it.due = value.toDate(); break;
            case StatusColumn: it.status = core::WorkStatus(value.toInt()); break;
            default: return false;
            }
            return true;
        }
        return false;
    }, mergeKey);
}

} // namespace archbench::ui
