#pragma once
// Small in-memory projects for the shell's GUI tests.

#include "core/project.h"

namespace archbench::test {

inline core::ProjectData sampleProject()
{
    using namespace archbench::core;
    ProjectData data;
    data.project.id = QStringLiteral("p1");
    data.project.name = QStringLiteral("Checkout platform");
    data.project.owner = QStringLiteral("Platform team");
    data.project.currency = QStringLiteral("EUR");
    Decision orders;
    orders.id = QStringLiteral("d1");
    orders.title = QStringLiteral("Database for orders");
    orders.status = DecisionStatus::Accepted;
    orders.doorType = DoorType::OneWay;
    orders.date = QDate(2025, 3, 14);
    orders.options = {Option{QStringLiteral("o1"), QStringLiteral("PostgreSQL"), {}, false},
                      Option{QStringLiteral("o2"), QStringLiteral("DynamoDB"), {}, false}};
    orders.criteria = {Criterion{QStringLiteral("c1"), QStringLiteral("Data model fit"), 30, {}}};
    orders.chosenOption = QStringLiteral("o1");
    Decision cache;
    cache.id = QStringLiteral("d2");
    cache.title = QStringLiteral("Session cache");
    data.decisions = {orders, cache};
    Review review;
    review.id = QStringLiteral("r1");
    review.title = QStringLiteral("Checkout review Q1");
    data.reviews = {review};
    Drill drill;
    drill.id = QStringLiteral("x1");
    drill.title = QStringLiteral("Q4 database failover");
    drill.targets.rtoMinutes = 15;
    drill.targets.rpoSeconds = 30;
    data.drills = {drill};
    CostModel cost;
    cost.id = QStringLiteral("m1");
    cost.title = QStringLiteral("Latency budget");
    cost.baselineLatencyMs = 350;
    cost.targetLatencyMs = 100;
    data.costModels = {cost};
    return data;
}

} // namespace archbench::test
