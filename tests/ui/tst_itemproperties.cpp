// What the Inspector says about each kind of item: kind, key fields, units, currency.
#include "common/testsupport.h"
#include "core/cost/moneyformat.h"
#include "core/drill/drilltexts.h"
#include "shellfixtures.h"
#include "ui/shell/inspectordock.h"
#include "ui/shell/itemproperties.h"
#include "ui/shell/kindui.h"

#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::ItemProperty;
using ui::ItemRef;

namespace {
/// The Inspector's list for `item`, with every module installed as in the main window.
QList<ItemProperty> inspect(const Project &project, const ItemRef &item)
{
    QMainWindow window;
    ui::Workbench workbench(&window);
    ui::installModules(workbench);
    return ui::itemProperties(workbench, project, item);
}

QString valueOf(const QList<ItemProperty> &properties, const QString &label)
{
    for (const ItemProperty &p : properties)
        if (p.label == label)
            return p.value;
    return QStringLiteral("<missing>");
}
} // namespace

class TestItemProperties : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void keyFields_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");
        const int decision = int(ItemKind::Decision);
        const int drill = int(ItemKind::Drill);
        const int cost = int(ItemKind::CostModel);
        const int review = int(ItemKind::Review);
        QTest::newRow("decision kind") << decision << "d1" << "Kind" << "Decision";
        QTest::newRow("decision status") << decision << "d1" << "Status" << "Accepted";
        QTest::newRow("one-way door") << decision << "d1" << "Door type" << "One-way door (Type 1): costly to reverse";
        QTest::newRow("chosen option") << decision << "d1" << "Chosen option" << "PostgreSQL";
        QTest::newRow("no choice yet") << decision << "d2" << "Chosen option" << "none yet";
        QTest::newRow("undated") << decision << "d2" << "Date" << "not set";
        QTest::newRow("options") << decision << "d1" << "Options" << "2";
        QTest::newRow("drill kind") << drill << "x1" << "Kind" << "Drill";
        QTest::newRow("RTO in minutes") << drill << "x1" << "RTO target" << "15 min";
        QTest::newRow("RPO in seconds") << drill << "x1" << "RPO target" << "30 s";
        QTest::newRow("action items") << drill << "x1" << "Action items" << "0 open of 0";
        QTest::newRow("latency baseline") << cost << "m1" << "Baseline p99" << "350 ms";
        QTest::newRow("cost model type") << cost << "m1" << "Model" << "Cost vs latency";
        QTest::newRow("review lens unset") << review << "r1" << "Lens" << "not set";
    }

    void keyFields()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, label);
        QFETCH(QString, value);
        const Project project(test::sampleProject());
        QCOMPARE(valueOf(inspect(project, ItemRef{ItemKind(kind), id, false}), label), value);
    }

    void drillAndCostWordsAreTheReportsWords()
    {
        // one source for the words of an enum: the Inspector says what the report says
        ProjectData data = test::sampleProject();
        data.drills[0].tier = DrTier::BackupRestore;
        data.drills[0].traffic = DrillTraffic::PartialProduction;
        data.drills[0].trafficPercent = 10;
        data.drills[0].scenario = DrillScenario::Dns;
        const Project project(data);
        const auto p = inspect(project, ItemRef{ItemKind::Drill, data.drills[0].id, false});
        QCOMPARE(valueOf(p, QStringLiteral("DR tier")), QStringLiteral("Backup & restore"));
        QCOMPARE(valueOf(p, QStringLiteral("Traffic")), QStringLiteral("Partial production, 10 % of traffic"));
        QCOMPARE(valueOf(p, QStringLiteral("Scenario")), QStringLiteral("DNS"));
        QCOMPARE(valueOf(p, QStringLiteral("DR tier")), core::drTierName(DrTier::BackupRestore));
        QCOMPARE(valueOf(p, QStringLiteral("Traffic")), core::drillTrafficText(DrillTraffic::PartialProduction, 10));
    }

    void overviewSummarisesTheProject()
    {
        const Project project(test::sampleProject());
        const auto p = inspect(project, ItemRef::overviewTab());
        QCOMPARE(valueOf(p, QStringLiteral("Kind")), QStringLiteral("Project"));
        QCOMPARE(valueOf(p, QStringLiteral("Owner")), QStringLiteral("Platform team"));
        QCOMPARE(valueOf(p, QStringLiteral("Decisions")), QStringLiteral("2"));
        QCOMPARE(valueOf(p, QStringLiteral("Currency")), QStringLiteral("EUR"));
    }

    void reservedModelShowsMoneyInProjectCurrency()
    {
        ProjectData data = test::sampleProject();
        data.costModels[0].kind = CostModelKind::Reserved;
        data.costModels[0].onDemandMonthly = 12500;
        const Project project(data);
        const auto p = inspect(project, ItemRef{ItemKind::CostModel, QStringLiteral("m1"), false});
        QCOMPARE(valueOf(p, QStringLiteral("On-demand bill")), QStringLiteral("€12,500 a month"));
        // the cost editor's money form: cents below a thousand
        data.costModels[0].onDemandMonthly = 950.25;
        data.project.currency = QStringLiteral("CHF");
        const auto small = inspect(Project(data), ItemRef{ItemKind::CostModel, QStringLiteral("m1"), false});
        QCOMPARE(valueOf(small, QStringLiteral("On-demand bill")), QStringLiteral("CHF950.25 a month"));
    }

    void timesWithoutSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("dateTime");
        QTest::newRow("en_US") << "en_US" << "10:42\u202fAM" << "3/14/2025 10:42\u202fAM";
        QTest::newRow("en_GB") << "en_GB" << "10:42" << "14/03/2025 10:42";
        QTest::newRow("de_DE") << "de_DE" << "10:42" << "14.03.2025 10:42"; // one date form everywhere: four-digit years
    }

    void timesWithoutSeconds()
    {
        QFETCH(QString, locale);
        QFETCH(QString, time);
        QFETCH(QString, dateTime);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString shownTime = ui::formatTime(QTime(10, 42, 17));
        const QString shownDateTime = ui::formatDateTime(QDateTime(QDate(2025, 3, 14), QTime(10, 42, 17)));
        QLocale::setDefault(before);
        // CLDR versions differ in the space before AM/PM; compare with plain spaces
        auto plain = [](QString s) { return s.replace(QChar(0x202F), QLatin1Char(' ')); };
        QCOMPARE(plain(shownTime), plain(time));
        QCOMPARE(plain(shownDateTime), plain(dateTime));
    }

    void eachModuleGivesItsKindsFields()
    {
        // the shell says only the kind; the fields come from the module that registered them
        const Project project(test::sampleProject());
        QMainWindow window;
        ui::Workbench bare(&window);
        for (const ui::KindUi &k : ui::kKindUi) {
            if (!k.inTree)
                continue;
            const QStringList ids = core::idsOfKind(project.data(), k.kind);
            QVERIFY2(!ids.isEmpty(), k.singular);
            const ItemRef item{k.kind, ids.first(), false};
            const QList<ItemProperty> shellOnly = ui::itemProperties(bare, project, item);
            QCOMPARE(shellOnly.size(), 1);
            QCOMPARE(shellOnly.first().label, QStringLiteral("Kind"));
            const QList<ItemProperty> full = inspect(project, item);
            QVERIFY2(full.size() > 1, k.singular);
            QCOMPARE(full.first(), shellOnly.first());
        }
        // a lens is shown inside its review, not in the Inspector
        ProjectData data = test::sampleProject();
        LensRecord lens;
        lens.id = QStringLiteral("lens-1");
        data.lenses << lens;
        QVERIFY(inspect(Project(data), ItemRef{ItemKind::Lens, lens.id, false}).isEmpty());
    }

    void missingItemHasNoProperties()
    {
        const Project project(test::sampleProject());
        QVERIFY(inspect(project, ItemRef{ItemKind::Decision, QStringLiteral("gone"), false}).isEmpty());
    }

    void inspectorFollowsEditsAndRemoval()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ui::installModules(workbench);
        ui::InspectorDock dock(&workbench);
        Project project(test::sampleProject());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        const ItemRef orders{ItemKind::Decision, QStringLiteral("d1"), false};
        dock.showItem(orders);
        QCOMPARE(dock.findChild<QLabel *>(QStringLiteral("inspectorHeading"))->text(), QStringLiteral("Database for orders"));
        Decision d = *project.find<Decision>(QStringLiteral("d1"));
        d.status = DecisionStatus::Superseded;
        d.supersededBy = QStringLiteral("d2");
        QVERIFY(project.replace(d));
        QVERIFY(dock.shownProperties().contains(qMakePair(QStringLiteral("Status"), QStringLiteral("Superseded"))));
        QVERIFY(dock.shownProperties().contains(qMakePair(QStringLiteral("Superseded by"), QStringLiteral("Session cache"))));
        Decision untitled = *project.find<Decision>(QStringLiteral("d2"));
        untitled.title.clear();
        QVERIFY(project.replace(untitled));
        QVERIFY(dock.shownProperties().contains(qMakePair(QStringLiteral("Superseded by"), QStringLiteral("Untitled decision"))));
        QVERIFY(project.remove<Decision>(QStringLiteral("d1")));
        QVERIFY(dock.shownProperties().isEmpty());
        QVERIFY(!dock.item().isValid());
    }

    void textFromTheFileIsPlain()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ui::InspectorDock dock(&workbench);
        ProjectData data = test::sampleProject();
        data.decisions[0].title = QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\">");
        Project project(data);
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        dock.showItem(ItemRef{ItemKind::Decision, QStringLiteral("d1"), false});
        const auto labels = dock.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestItemProperties)
#include "tst_itemproperties.moc"
