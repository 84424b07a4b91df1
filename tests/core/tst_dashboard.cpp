// Dashboard figures for the bundled sample project and for an empty one.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/overview/dashboard.h"

#include <QFile>
#include <QTest>

using namespace archbench::core;

namespace {
ProjectData sample()
{
    QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    return *interchange::fromJson(f.readAll());
}

const DashboardLine *find(const QList<DashboardLine> &lines, DashboardLine::Topic topic)
{
    for (const DashboardLine &l : lines)
        if (l.topic == topic)
            return &l;
    return nullptr;
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void emptyProject()
    {
        const auto lines = dashboardLines(ProjectData{}, QDate(2026, 11, 28));
        const DashboardLine *framing = find(lines, DashboardLine::Topic::Framing);
        QVERIFY(framing);
        QCOMPARE(framing->text, QStringLiteral("Framing: 0 of 12 questions answered"));
        QCOMPARE(framing->severity, DashboardLine::Severity::Attention);
        QCOMPARE(find(lines, DashboardLine::Topic::Decisions)->text, QStringLiteral("No decisions recorded yet."));
    }

    void sampleFraming()
    {
        const auto lines = dashboardLines(sample(), QDate(2026, 11, 28));
        QCOMPARE(find(lines, DashboardLine::Topic::Framing)->text,
                 QStringLiteral("Framing: 10 of 12 questions answered"));
    }

    void decisionCounts()
    {
        ProjectData data;
        for (auto [id, status] : {std::pair{"a", DecisionStatus::Accepted}, std::pair{"b", DecisionStatus::Proposed},
                                  std::pair{"c", DecisionStatus::Accepted}}) {
            Decision d;
            d.id = QString::fromLatin1(id);
            d.status = status;
            data.decisions << d;
        }
        const DashboardLine *line = find(dashboardLines(data, QDate(2026, 11, 28)), DashboardLine::Topic::Decisions);
        QCOMPARE(line->text, QStringLiteral("Decisions: 1 proposed, 2 accepted"));
        QCOMPARE(line->itemId, QStringLiteral("b")); // jumps to the first open decision
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
