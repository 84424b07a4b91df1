#pragma once
// A decision: one architectural choice with its trade-off analysis (DOMAIN.md §2).
// Plain values; derived figures (weighted scores, ranks, checks) live in the scoring code.

#include "enums.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace archbench::core {

struct ScoreScale {
    double min = 1;
    double max = 5;
    bool operator==(const ScoreScale &) const = default;
};

struct Criterion {
    QString id;
    QString name;
    double weight = 0;
    QString description;
    bool operator==(const Criterion &) const = default;
};

struct Option {
    QString id;
    QString name;
    QString description;
    bool doNothing = false;
    bool operator==(const Option &) const = default;
};

/// A hard constraint; options listed in failedBy are eliminated from the ranking.
struct HardConstraint {
    QString id;
    QString text;
    QStringList failedBy;
    bool operator==(const HardConstraint &) const = default;
};

struct Score {
    QString option;
    QString criterion;
    double value = 0;
    QString rationale;
    bool operator==(const Score &) const = default;
};

struct Risk {
    QString text;
    QString mitigation;
    bool operator==(const Risk &) const = default;
};

struct RevisitTrigger {
    QString id;
    TriggerCategory category = TriggerCategory::Scale;
    QString condition;
    QString metric;
    Comparator comparator = Comparator::None;
    std::optional<double> threshold;
    std::optional<double> currentValue;
    QDate reviewBy;
    bool operator==(const RevisitTrigger &) const = default;
};

/// One participant's own weight for a criterion, on a ballot.
struct BallotWeight {
    QString criterion;
    double weight = 0;
    bool operator==(const BallotWeight &) const = default;
};

/// One participant's own view of the matrix (INTERCHANGE.md "Version 2 additions"): their
/// scores, each (option, criterion) at most once and within the decision's scale, and
/// optionally their own weights. The decision's `scores` stay the agreed matrix.
struct Ballot {
    QString participant;
    QDateTime submitted;
    QList<BallotWeight> weights;
    QList<Score> scores;
    bool operator==(const Ballot &) const = default;
};

/// "`a` is `value` times as important as `b`" on Saaty's 1–9 scale (value in [1/9, 9]); the
/// reverse pair is implied. An empty participant makes it the group's judgment.
struct PairwiseJudgment {
    QString participant;
    QString a;
    QString b;
    double value = 1;
    bool operator==(const PairwiseJudgment &) const = default;
};

/// A named disagreement with the outcome, kept with the record and its ADR.
struct Dissent {
    QString participant;
    QString text;
    bool operator==(const Dissent &) const = default;
};

struct Decision {
    QString id;
    QString title;
    DecisionStatus status = DecisionStatus::Proposed;
    QString supersededBy;
    DoorType doorType = DoorType::TwoWay;
    QDate date;
    /// The people in the decision, by role (MADR's and RACI's terms): `participants` are the
    /// decision-makers (a version 1 file's plain list), then those consulted and those informed.
    QStringList participants;
    QStringList consulted;
    QStringList informed;
    /// Who attended the review meeting (the minutes), in the order recorded.
    QStringList attendees;
    QString context;
    QString problem;
    QString constraintsText;
    QString tradeoffsText;
    QString recommendation;
    ScoreScale scale;
    QList<Criterion> criteria;
    QList<Option> options;
    QList<HardConstraint> constraints;
    QList<Score> scores;
    QString chosenOption;
    QStringList tradeoffsAccepted;
    QList<Risk> risks;
    QList<RevisitTrigger> revisitTriggers;
    /// Anything else worth keeping with the record: links, background, and the sections of an
    /// imported ADR that have no field of their own (kept as Markdown text, headings included).
    QString notes;
    /// The decision's ADR number for life: 0 until it is first exported as an ADR, then kept
    /// whatever happens to its title or position (docs/reports.md, "Stable ADR numbers").
    int adrNumber = 0;
    /// The group's view (issue 16): each participant's ballot, how ballots combine into the
    /// group matrix, pairwise criterion judgments (AHP) and named dissent.
    QList<Ballot> ballots;
    Aggregation aggregation = Aggregation::Mean;
    QList<PairwiseJudgment> pairwise;
    QList<Dissent> dissent;
    bool operator==(const Decision &) const = default;
};

} // namespace archbench::core
