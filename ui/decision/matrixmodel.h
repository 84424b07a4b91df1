#pragma once
// The decision matrix as a table: one row per criterion (name, weight, one score per option),
// then a totals row (weighted score, or "incomplete") and a rank row. Columns follow
// core::DecisionMatrix's layout: 0 name, 1 weight, 2.. options.
//
// Derived figures come from core::WeightedScore; the model holds no rule of its own. Edits go
// through the DecisionHandle (one undo command each). Structure (criteria and options) is
// cached so row and column counts change only between beginResetModel/endResetModel; any
// other change is a dataChanged over the whole table.

#include "decisionhandle.h"

#include "core/decision/weightedscore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace archbench::ui {


class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        EliminatedRole = Qt::UserRole + 1, ///< bool: the option column is eliminated
        MissingRole,                       ///< bool: a score cell without a score
        LeaderRole,                        ///< bool: the option column is the leader (or tied first)
        RowKindRole,                       ///< int RowKind
    };
    enum RowKind { CriterionRow, TotalsRow, RankRow };

    explicit MatrixModel(DecisionHandle *handle, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int criterionCount() const { return int(m_criteria.size()); }
    int optionCount() const { return int(m_options.size()); }
    RowKind rowKind(int row) const;
    /// Criterion id of a criterion row, empty otherwise.
    QString criterionAt(int row) const;
    /// Option id of an option column, empty otherwise.
    QString optionAt(int column) const;
    int rowOf(const QString &criterionId) const;
    int columnOf(const QString &optionId) const;
    bool isScoreCell(const QModelIndex &index) const;

    /// Sets or (nullopt) clears the score of a cell; false when refused (read-only, out of scale).
    bool setScore(const QModelIndex &index, std::optional<double> value);
    /// Clears every score and weight among `indexes` as one undo step; returns how many.
    int clear(const QModelIndexList &indexes);
    const core::WeightedScore &scores() const { return m_scores; }
    DecisionHandle *handle() const { return m_handle; }

private:
    void refresh();
    QVariant scoreData(const core::Decision &d, int row, int column, int role) const;
    QVariant totalsData(int column, int role) const;
    QVariant rankData(int column, int role) const;

    QPointer<DecisionHandle> m_handle;
    QStringList m_criteria;
    QStringList m_options;
    core::WeightedScore m_scores;
};

} // namespace archbench::ui
