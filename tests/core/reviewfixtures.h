#pragma once
// Helpers shared by the review tests: the small test lens and answers built in one line.

#include "common/testsupport.h"
#include "core/review/lensloader.h"
#include "core/review/riskassessment.h"

#include <QJsonDocument>
#include <QTest>

namespace archbench::test {

inline core::LensRecord smallLensRecord(const QString &id = QStringLiteral("l1"))
{
    core::LensRecord record;
    record.id = id;
    record.version = QStringLiteral("1");
    record.definition = QJsonDocument::fromJson(readData(QStringLiteral("lenses/small-lens.json"))).object();
    return record;
}

inline core::Lens smallLens()
{
    auto lens = core::LensLoader::fromRecord(smallLensRecord());
    if (!lens)
        qFatal("small lens does not load: %s", qPrintable(lens.error().message));
    return *lens;
}

/// A lens of tests/data/lenses/ that must load (e.g. "net-mode-gap.json").
inline core::Lens lensFile(const QString &name)
{
    auto lens = core::LensLoader::fromJson(readData(QStringLiteral("lenses/") + name));
    if (!lens)
        qFatal("%s does not load: %s", qPrintable(name), qPrintable(lens.error().message));
    return *lens;
}

/// An answer; "n/a" as the only selected entry marks it not applicable.
inline core::Answer answer(const QString &question, const QStringList &selected, const QString &notes = {})
{
    core::Answer a;
    a.question = question;
    if (selected == QStringList{QStringLiteral("n/a")}) {
        a.notApplicable = true;
        a.notApplicableReason = core::NotApplicableReason::OutOfScope;
    } else {
        a.selected = selected;
    }
    a.notes = notes;
    return a;
}

} // namespace archbench::test

namespace archbench::core {
/// Readable QCOMPARE failures for counts.
inline char *toString(const RiskCounts &c)
{
    return qstrdup(QStringLiteral("{high %1, medium %2, none %3, n/a %4, unanswered %5, unrated %6}")
                       .arg(c.high).arg(c.medium).arg(c.none).arg(c.notApplicable).arg(c.unanswered).arg(c.unrated)
                       .toUtf8().constData());
}
inline char *toString(RiskLevel risk)
{
    return qstrdup(riskToString(risk).toUtf8().constData());
}
} // namespace archbench::core
