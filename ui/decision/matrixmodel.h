#pragma once
// The decision matrix as a table: one row per criterion (name, weight, one score per option),
// then a totals row (weighted score, or "incomplete") and a rank row. Columns follow
// core::DecisionMatrix's layout: 0 name, 1 weight, 2.. options.
//
// Derived figures come from core::WeightedScore; the model holds no rule of its own. Edits go
// through the DecisionHandle (one undo command each). Structure (criteria and options) is
// cached so row and column counts change only between beginResetModel/endResetModel; any
// other change is a dataChanged over the whole table.
//
// Layers (issue 16): the grid shows the agreed matrix (what the ADR reports), one
// participant's ballot (scores typed go to that ballot; the weight column shows and sets their
// own weights), or the group matrix (the ballots combined, read-only, each cell tinted by how
// far the ballots lie apart and saying so: "3.67 ↕3"). Ballots are blind until reveal: the
// group layer and the spreads need setRevealed(true).

#include "decisionhandle.h"

#include "core/decision/groupscore.h"
#include "core/decision/weightedscore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <functional>
#include <optional>

namespace archbench::ui {


class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        EliminatedRole = Qt::UserRole + 1, ///< bool: the option column is eliminated
        MissingRole,                       ///< bool: a score cell without a score
        LeaderRole,                        ///< bool: the option column is the leader (or tied first)
        RowKindRole,                       ///< int RowKind
        SpreadRole,                        ///< double: a group cell's spread (max − min), else invalid
    };
    enum class Layer { Agreed, Ballot, Group };
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

    Layer layer() const { return m_layer; }
    /// Whose ballot the Ballot layer shows.
    QString participant() const { return m_participant; }
    /// Shows `layer` (with `participant` for Ballot); false (nothing changes) for the group
    /// layer while the ballots are hidden, or for a ballot without a name.
    bool setLayer(Layer layer, const QString &participant = {});
    bool revealed() const { return m_revealed; }
    /// Reveal (true) or hide the ballots again; hiding leaves the group layer for the agreed one.
    void setRevealed(bool revealed);
    /// The ballots combined, or nullptr when the decision has none.
    const core::GroupScore *group() const { return m_group ? &*m_group : nullptr; }
    /// Copies the group value of `index` (every group cell when invalid) into the agreed
    /// scores, with `rationale` (a default saying how it was combined when empty); one undo
    /// step. Returns how many cells changed.
    int adopt(const QModelIndex &index, const QString &rationale);
    /// "Sam Okafor's ballot", "Group (mean of 3 ballots)" or "Agreed scores".
    QString layerTitle() const;
    /// Compact cells for the projector: a group cell shows its value only (the spread stays in
    /// its tooltip, its tint and the list beside), the name column's header only "Criterion".
    void setCompact(bool compact) { m_compact = compact; }

signals:
    void layerChanged();

private:
    void refresh();
    /// What every cell (then every column header) shows, in the roles a view paints: refresh()
    /// tells the views about the cells whose picture changed, one by one, because a view
    /// repaints its whole grid for a change of more than one cell.
    QList<QVariantList> picture() const;
    bool editBallot(const QString &text, const std::function<void(core::Ballot &)> &change);
    static void setBallotScore(core::Ballot &b, const QString &option, const QString &criterion,
                               std::optional<double> value);
    QVariant scoreData(const core::Decision &d, int row, int column, int role) const;
    /// The score in `d` of the criterion on `row` and the option in `column`, found through
    /// the index refresh() built (a score key reads each cell in a dozen roles for picture():
    /// a search of every score per read was a tenth of the key's work); a stale entry falls
    /// back to the search, and so does an empty slot (its list may have been replaced), so the
    /// index can only be slow, never wrong.
    const core::Score *scoreAt(const core::Decision &d, int row, int column) const;
    QVariant totalsData(int column, int role) const;
    QVariant rankData(int column, int role) const;

    /// The decision now (the handle's), or the one pinned while picture() reads every cell.
    const core::Decision *decision() const;

    QPointer<DecisionHandle> m_handle;
    mutable const core::Decision *m_pinned = nullptr;
    QStringList m_criteria;
    QStringList m_options;
    core::WeightedScore m_scores;
    QList<QVariantList> m_picture; ///< picture() as last announced
    QList<int> m_scoreIndex; ///< per criterion row and option: its position in the shown decision's scores, or -1
    Layer m_layer = Layer::Agreed;
    QString m_participant;
    bool m_revealed = false;
    bool m_compact = false;
    std::optional<core::GroupScore> m_group;
    /// What the grid shows in the ballot and group layers (the agreed decision otherwise).
    core::Decision m_shown;
    const core::Decision *shown() const;
    const core::Ballot *ballot() const;
};

} // namespace archbench::ui
