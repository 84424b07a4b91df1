#pragma once
// Decision-quality checks drawn from the guide (DOMAIN.md §2). Each check has a stable id (for
// jumping to it and for tests), a short title and the reason it failed in words.
//
// Checks apply to decisions in force (proposed, accepted); a superseded, rejected or
// deprecated decision is history and is not nagged about. One fact, one check: no option at
// all is "no-option", not also "single-option"; weights that are all zero are
// "weights-all-zero", not also "accepted-without-ranking".

#include "core/model/decision.h"

#include <QList>
#include <QString>

#include <QCoreApplication>

namespace archbench::core {

struct QualityCheck {
    QString id;
    QString title;
    QString reason;
};

class QualityChecks {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::QualityChecks)
public:
    static inline const QString kNoOption = QStringLiteral("no-option");
    static inline const QString kSingleOption = QStringLiteral("single-option");
    static inline const QString kNoRevisitTrigger = QStringLiteral("no-revisit-trigger");
    static inline const QString kOneWayWithoutAlternatives = QStringLiteral("one-way-without-alternatives");
    static inline const QString kOneWayWithoutTradeoffs = QStringLiteral("one-way-without-tradeoffs");
    static inline const QString kWeightsAllZero = QStringLiteral("weights-all-zero");
    static inline const QString kAcceptedWithoutChoice = QStringLiteral("accepted-without-choice");
    static inline const QString kAcceptedWithoutRanking = QStringLiteral("accepted-without-ranking");
    static inline const QString kTwoWayWithoutTimeBox = QStringLiteral("two-way-without-time-box");

    /// Every check id, in the order checks are reported.
    static QStringList allIds();
    /// The checks `decision` fails, in allIds() order.
    static QList<QualityCheck> failed(const Decision &decision);
    /// The title of a check id ("Only one option", ...).
    static QString title(const QString &id);
};

} // namespace archbench::core
