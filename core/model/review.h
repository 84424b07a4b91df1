#pragma once
// A Well-Architected review of one workload against a lens (DOMAIN.md §3), and the lens as
// stored in a project: its AWS custom-lens JSON definition, kept verbatim.

#include "enums.h"
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace archbench::core {

struct Answer {
    QString question;
    QStringList selected;
    bool notApplicable = false;
    NotApplicableReason notApplicableReason = NotApplicableReason::None;
    QString notes;
    bool operator==(const Answer &) const = default;
};

struct Improvement {
    QString id;
    QString question;
    QString text;
    QString owner;
    QDate due;
    WorkStatus status = WorkStatus::Open;
    bool operator==(const Improvement &) const = default;
};

struct Milestone {
    QString id;
    QString name;
    QDate date;
    QList<Answer> answers;
    bool operator==(const Milestone &) const = default;
};

struct Review {
    QString id;
    QString title;
    QString lens; ///< id of a LensRecord in the same project
    QDate date;
    QList<Answer> answers;
    QList<Improvement> improvements;
    QList<Milestone> milestones;
    bool operator==(const Review &) const = default;
};

/// A lens embedded in the project. `definition` is the custom-lens JSON object; it is parsed
/// and checked by the lens loader, never trusted as stored.
struct LensRecord {
    QString id;
    QString version;
    QJsonObject definition;
    bool operator==(const LensRecord &) const = default;
};

} // namespace archbench::core
