#pragma once
// Shared set-up of the review GUI tests: a project holding the small test lens (or the
// built-in one) and one review, plus an opt-in screenshot helper
// (ARCHBENCH_SCREENSHOT_DIR=/tmp/shots ctest ...).

#include "common/testsupport.h"
#include "core/project.h"
#include "core/review/builtinlens.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTest>
#include <QWidget>

namespace archbench::test {

inline core::LensRecord smallLensRecord()
{
    core::LensRecord record;
    record.id = QStringLiteral("l1");
    record.version = QStringLiteral("1");
    record.definition = QJsonDocument::fromJson(readData(QStringLiteral("lenses/small-lens.json"))).object();
    return record;
}

/// A project with one lens and the review "w1" on it.
inline core::ProjectData reviewProject(const core::LensRecord &lens = smallLensRecord())
{
    core::ProjectData data;
    data.lenses = {lens};
    core::Review review;
    review.id = QStringLiteral("w1");
    review.title = QStringLiteral("Checkout workload review");
    review.lens = lens.id;
    review.date = QDate(2026, 11, 28);
    data.reviews = {review};
    return data;
}

inline const core::Answer *answerOf(const core::Project &project, const QString &question)
{
    const core::Review *review = project.find<core::Review>(QStringLiteral("w1"));
    if (!review)
        return nullptr;
    for (const core::Answer &a : review->answers)
        if (a.question == question)
            return &a;
    return nullptr;
}

inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHBENCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // pending layouts, as a user would see them
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace archbench::test
