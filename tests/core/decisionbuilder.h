#pragma once
// Builds small decisions for the decision-engine tests: criteria c1.., options o1.., and a
// score matrix given row by row (one row per option, one value per criterion; NaN = missing).

#include "core/model/decision.h"

#include <cmath>
#include <QList>
#include <limits>

namespace archbench::test {

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

inline core::Decision makeDecision(const QList<double> &weights, const QList<QList<double>> &rows)
{
    core::Decision d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Test decision");
    int c = 0;
    for (double w : weights) {
        ++c;
        d.criteria << core::Criterion{QStringLiteral("c%1").arg(c), QStringLiteral("Criterion %1").arg(c), w, {}};
    }
    int o = 0;
    for (const auto &row : rows) {
        ++o;
        const QString option = QStringLiteral("o%1").arg(o);
        d.options << core::Option{option, QStringLiteral("Option %1").arg(o), {}, false};
        int k = 0;
        for (double v : row) {
            ++k;
            if (!std::isnan(v))
                d.scores << core::Score{option, QStringLiteral("c%1").arg(k), v, {}};
        }
    }
    return d;
}

inline void eliminate(core::Decision &d, const QString &option, const QString &text = QStringLiteral("Must support ACID transactions"))
{
    if (d.constraints.isEmpty())
        d.constraints << core::HardConstraint{QStringLiteral("k1"), text, {}};
    d.constraints.first().failedBy << option;
}

/// The database choice of DOMAIN.md: weights 30/20/20/15/15, PostgreSQL, MongoDB, DynamoDB.
inline core::Decision databaseDecision()
{
    core::Decision d = makeDecision({30, 20, 20, 15, 15}, {{5, 4, 5, 4, 5}, {4, 3, 3, 4, 4}, {3, 5, 2, 5, 3}});
    d.title = QStringLiteral("Primary database for orders");
    const QStringList names{QStringLiteral("PostgreSQL"), QStringLiteral("MongoDB"), QStringLiteral("DynamoDB")};
    for (int i = 0; i < 3; ++i)
        d.options[i].name = names[i];
    const QStringList criteria{QStringLiteral("Data model fit"), QStringLiteral("Operational maturity"),
                               QStringLiteral("Team expertise"), QStringLiteral("Cost at projected scale"),
                               QStringLiteral("Ecosystem")};
    for (int i = 0; i < 5; ++i)
        d.criteria[i].name = criteria[i];
    return d;
}

} // namespace archbench::test
