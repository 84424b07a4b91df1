#include "portfoliomodel.h"

#include "core/displaydate.h"
#include "ui/review/riskstyle.h"

#include <QDir>
#include <QFont>

namespace archbench::ui {

PortfolioModel::PortfolioModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setPortfolio(const core::Portfolio &portfolio)
{
    beginResetModel();
    m_portfolio = portfolio;
    endResetModel();
}

const core::PortfolioRow *PortfolioModel::rowAt(int row) const
{
    return row >= 0 && row < m_portfolio.rows.size() ? &m_portfolio.rows[row] : nullptr;
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_portfolio.rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortfolioModel::drillWord(const core::PortfolioRow &row)
{
    if (row.latestDrill.isEmpty())
        return tr("none");
    if (!row.latestDrillPass)
        return tr("not measured");
    return *row.latestDrillPass ? tr("passed") : tr("failed");
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    const core::PortfolioRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const int column = index.column();
    const auto count = [&](int n) -> QVariant {
        if (role == Qt::DisplayRole)
            return n == 0 ? QString() : QString::number(n); // blank, so the eye finds the non-zero ones
        if (role == SortRole)
            return n;
        return {};
    };
    // one meaning, one colour, as a badge beside a bold number (text keeps the theme's colour,
    // which reads on light and dark): vermilion for fired, failed, high and overdue; orange
    // for due and failed checks
    const auto tone = [&](int n, core::RiskLevel badge) -> QVariant {
        if (role == Qt::DecorationRole && n > 0)
            return RiskStyle::badge(badge);
        if (role == Qt::FontRole && n > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    };
    if (role == SourceRole)
        return r->source;
    if (role == Qt::TextAlignmentRole)
        return column >= AcceptedColumn && column <= OverdueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    switch (column) {
    case ProjectColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r->name;
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(r->source);
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r->owner;
        break;
    case AcceptedColumn:
        return count(r->accepted);
    case ProposedColumn:
        return count(r->proposed);
    case FiredColumn:
        if (role == Qt::ToolTipRole && r->firedTriggers > 0)
            return tr("%1 revisit triggers fired").arg(r->firedTriggers);
        if (const QVariant t = tone(r->firedTriggers, core::RiskLevel::High); t.isValid())
            return t;
        return count(r->firedTriggers);
    case DueColumn:
        if (role == Qt::ToolTipRole && r->dueTriggers > 0)
            return tr("%1 revisit triggers due within 30 days").arg(r->dueTriggers);
        if (const QVariant t = tone(r->dueTriggers, core::RiskLevel::Medium); t.isValid())
            return t;
        return count(r->dueTriggers);
    case HighRisksColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1 high and %2 medium risks").arg(r->highRisks).arg(r->mediumRisks);
        if (const QVariant t = tone(r->highRisks, core::RiskLevel::High); t.isValid())
            return t;
        return count(r->highRisks);
    case ChecksColumn:
        if (const QVariant t = tone(r->failedChecks, core::RiskLevel::Medium); t.isValid())
            return t;
        return count(r->failedChecks);
    case OverdueColumn:
        if (role == Qt::ToolTipRole && r->overdueActions > 0)
            return tr("%1 action items overdue").arg(r->overdueActions);
        if (const QVariant t = tone(r->overdueActions, core::RiskLevel::High); t.isValid())
            return t;
        return count(r->overdueActions);
    case LatestDrillColumn:
        if (role == Qt::DisplayRole) {
            if (r->latestDrill.isEmpty())
                return drillWord(*r);
            return tr("%1 (%2)").arg(drillWord(*r), core::displayDate(r->latestDrillDate));
        }
        if (role == SortRole)
            return r->latestDrillDate;
        if (role == Qt::ToolTipRole && !r->latestDrill.isEmpty())
            return r->latestDrillTitle;
        if (role == Qt::DecorationRole && r->latestDrillPass)
            return RiskStyle::badge(*r->latestDrillPass ? core::RiskLevel::None : core::RiskLevel::High);
        break;
    case NextDrillColumn:
        if (role == Qt::DisplayRole) {
            if (!r->nextDrillDue.isValid())
                return QString();
            return r->drillOverdue ? tr("%1, overdue").arg(core::displayDate(r->nextDrillDue)) : core::displayDate(r->nextDrillDue);
        }
        if (role == SortRole)
            return r->nextDrillDue;
        if (role == Qt::DecorationRole && r->drillOverdue)
            return RiskStyle::badge(core::RiskLevel::High);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(r->source);
        break;
    default:
        break;
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProjectColumn: return tr("Project");
        case OwnerColumn: return tr("Owner");
        case AcceptedColumn: return tr("Accepted");
        case ProposedColumn: return tr("Proposed");
        case FiredColumn: return tr("Fired");
        case DueColumn: return tr("Due");
        case HighRisksColumn: return tr("High risks");
        case ChecksColumn: return tr("Checks");
        case OverdueColumn: return tr("Overdue");
        case LatestDrillColumn: return tr("Latest drill");
        case NextDrillColumn: return tr("Next drill");
        case SourceColumn: return tr("File");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AcceptedColumn: return tr("Decisions accepted");
        case ProposedColumn: return tr("Decisions proposed");
        case FiredColumn: return tr("Revisit triggers that fired (metric crossed or review-by date passed)");
        case DueColumn: return tr("Revisit triggers due within 30 days");
        case HighRisksColumn: return tr("Review questions at high risk");
        case ChecksColumn: return tr("Failed decision-quality checks");
        case OverdueColumn: return tr("Action items and improvements past their due date");
        case NextDrillColumn: return tr("90 days after the latest drill");
        default: return {};
        }
    }
    return {};
}

PortfolioFilter::PortfolioFilter(QObject *parent)
    : QSortFilterProxyModel(parent), m_kinds(core::PortfolioScan::defaultFailOn())
{
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PortfolioFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void PortfolioFilter::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void PortfolioFilter::setAttentionKinds(const QList<core::AttentionKind> &kinds)
{
    m_kinds = kinds;
    invalidateRowsFilter();
}

bool PortfolioFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const PortfolioModel *>(sourceModel());
    const core::PortfolioRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    if (!m_search.isEmpty() && !r->name.contains(m_search, Qt::CaseInsensitive)
        && !r->owner.contains(m_search, Qt::CaseInsensitive) && !r->source.contains(m_search, Qt::CaseInsensitive))
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::NeedsAttention:
        return std::any_of(r->attention.cbegin(), r->attention.cend(),
                           [&](const core::AttentionItem &i) { return m_kinds.contains(i.kind); });
    case Show::FiredTriggers:
        return r->firedTriggers > 0;
    case Show::Overdue:
        return r->overdueActions > 0 || r->drillOverdue;
    case Show::HighRisks:
        return r->highRisks > 0;
    case Show::FailedChecks:
        return r->failedChecks > 0;
    }
    return true;
}

bool PortfolioFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(PortfolioModel::SortRole), r = right.data(PortfolioModel::SortRole);
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate) {
        // projects without a date sort after those with one, whatever the direction's start
        const QDate a = l.toDate(), b = r.toDate();
        if (a.isValid() != b.isValid())
            return a.isValid();
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace archbench::ui
