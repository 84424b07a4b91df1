#pragma once
// Edits of a decision's matrix as value transformations: each takes a Decision and returns
// the changed copy (or reports why it cannot), so the UI can wrap any of them in one undo
// command. They keep the matrix consistent: removing a criterion or option removes its scores,
// constraint marks and choice; a score is removed together with its rationale.
//
// The table layout used by paste is the one of the matrix editor and of an ADR options
// table: column 0 the criterion name, column 1 its weight, columns 2.. one per option.

#include "core/expected.h"
#include "core/model/decision.h"

#include <optional>

#include <QCoreApplication>

namespace archbench::core {

class DecisionMatrix {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DecisionMatrix)
public:
    static constexpr int kNameColumn = 0;
    static constexpr int kWeightColumn = 1;
    static constexpr int kFirstOptionColumn = 2;

    /// Adds a criterion at `index` (-1: at the end); returns its new id.
    static QString addCriterion(Decision &d, const QString &name, double weight, int index = -1);
    static bool removeCriterion(Decision &d, const QString &criterionId);
    static bool moveCriterion(Decision &d, const QString &criterionId, int to);

    /// Adds an option at `index` (-1: at the end); returns its new id.
    static QString addOption(Decision &d, const QString &name, int index = -1);
    /// Adds the "do nothing" option (keep things as they are); empty if there already is one.
    static QString addDoNothingOption(Decision &d);
    static bool removeOption(Decision &d, const QString &optionId);
    static bool moveOption(Decision &d, const QString &optionId, int to);

    /// Sets (or with nullopt removes) a score; the rationale is kept when the score stays.
    static void setScore(Decision &d, const QString &optionId, const QString &criterionId,
                         std::optional<double> value);
    /// Sets a rationale; false when the cell has no score to carry it.
    static bool setRationale(Decision &d, const QString &optionId, const QString &criterionId,
                             const QString &rationale);
    /// True when `value` is a valid score on the decision's scale.
    static bool inScale(const Decision &d, double value);

    /// Scales the weights to sum to 100 keeping their proportions (equal weights if all zero).
    static bool normaliseWeights(Decision &d);

    /// Marks whether `optionId` meets constraint `constraintId`.
    static bool setMeetsConstraint(Decision &d, const QString &constraintId, const QString &optionId, bool meets);

    /// Pastes a tab-separated block (rows by newline) with its top-left cell at criterion row
    /// `row` and table column `column`. Rows past the last criterion add criteria, columns past
    /// the last option add options. Empty cells clear. Refused as a whole, naming the first
    /// bad cell, when a number does not parse or a score is outside the scale.
    static Expected<Decision> paste(Decision d, const QString &text, int row, int column);

    /// True when everything the scores, ranks, flip shares and robustness depend on is equal
    /// (scale, criteria, options, constraints, scores, and the group figures' ballots,
    /// aggregation and pairwise judgments), so derived figures can be reused.
    static bool sameMatrix(const Decision &a, const Decision &b);

    /// Parses a number written in the C locale or in the default locale's notation.
    static std::optional<double> parseNumber(const QString &text);
};

} // namespace archbench::core
