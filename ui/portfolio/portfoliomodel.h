#pragma once
// The rows of the Portfolio window: one project per row, columns as `archbench portfolio`
// prints them. Counts that need attention carry the palette's colour and a word in the
// tooltip (colour never alone); SortRole gives numbers and dates for sorting.
//
// PortfolioFilter narrows the rows by what needs attention and by a search over name, owner
// and file.

#include "core/portfolio/portfolio.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace archbench::ui {

class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProjectColumn,
        OwnerColumn,
        AcceptedColumn,
        ProposedColumn,
        FiredColumn,
        DueColumn,
        HighRisksColumn,
        ChecksColumn,
        OverdueColumn,
        LatestDrillColumn,
        NextDrillColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SourceRole, AttentionRole };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setPortfolio(const core::Portfolio &portfolio);
    const core::Portfolio &portfolio() const { return m_portfolio; }
    const core::PortfolioRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The latest drill in words: "passed", "failed", "not measured", "none".
    static QString drillWord(const core::PortfolioRow &row);

private:
    core::Portfolio m_portfolio;
};

class PortfolioFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, NeedsAttention, FiredTriggers, Overdue, HighRisks, FailedChecks };

    explicit PortfolioFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearch(const QString &text);
    /// What counts as "needs attention" (the check's default unless set).
    void setAttentionKinds(const QList<core::AttentionKind> &kinds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
    QString m_search;
    QList<core::AttentionKind> m_kinds;
};

} // namespace archbench::ui
