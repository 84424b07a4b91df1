// Milestones: freezing a snapshot (undoable), and the compare view listing improved and
// regressed questions between two milestones or a milestone and now.
#include "core/review/lensloader.h"
#include "reviewuifixtures.h"
#include "ui/review/milestonepanel.h"

#include <QComboBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
struct Fixture {
    Fixture() : project(test::reviewProject()), lens(*LensLoader::fromRecord(test::smallLensRecord())),
                panel(&document, QStringLiteral("w1"))
    {
        panel.setLens(&lens);
        panel.resize(900, 600);
        panel.show();
    }
    void answer(const QString &question, const QStringList &selected)
    {
        Review review = *project.find<Review>(QStringLiteral("w1"));
        review.answers.removeIf([&](const Answer &a) { return a.question == question; });
        Answer a;
        a.question = question;
        a.selected = selected;
        review.answers.append(a);
        project.replace(review);
        panel.refresh();
    }
    const QList<Milestone> &milestones() const { return project.find<Review>(QStringLiteral("w1"))->milestones; }

    Project project;
    QUndoStack stack;
    ui::ProjectDocument document{&project, &stack};
    Lens lens;
    ui::MilestonePanel panel;
};
} // namespace

class TestMilestonePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void freezeUndoRedo()
    {
        Fixture f;
        f.answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")});
        QVERIFY(f.panel.freezeMilestone(QStringLiteral("Before launch"), QDate(2026, 11, 28)));
        QCOMPARE(f.milestones().size(), 1);
        QCOMPARE(f.milestones().at(0).name, QStringLiteral("Before launch"));
        QCOMPARE(f.milestones().at(0).answers, f.project.find<Review>(QStringLiteral("w1"))->answers);
        f.panel.refresh();
        QCOMPARE(f.panel.milestoneTable()->rowCount(), 1);
        QCOMPARE(f.panel.milestoneTable()->item(0, 2)->text(), QStringLiteral("1")); // one high
        QVERIFY(!f.panel.freezeMilestone(QStringLiteral("  "), QDate(2026, 11, 28)));
        f.stack.undo();
        QVERIFY(f.milestones().isEmpty());
        f.panel.refresh();
        QCOMPARE(f.panel.milestoneTable()->rowCount(), 0);
        f.stack.redo();
        QCOMPARE(f.milestones().size(), 1);
    }

    void compareMilestoneWithNow()
    {
        Fixture f;
        f.answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")});          // high
        f.answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e")}); // none
        QVERIFY(f.panel.freezeMilestone(QStringLiteral("Before launch"), QDate(2026, 11, 28)));
        f.panel.refresh();
        QVERIFY(f.panel.changes().isEmpty());
        f.answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")});       // high -> medium
        f.answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-e2e")});           // none -> high
        f.answer(QStringLiteral("dlv-release"), {QStringLiteral("dlv-release-rollback")});  // unanswered -> medium

        // default: the latest milestone against now
        QCOMPARE(f.panel.toCombo()->currentData().toString(), QString());
        const QList<QuestionRiskChange> changes = f.panel.changes();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).question, QStringLiteral("dlv-tests"));
        QCOMPARE(changes.at(0).change, RiskChange::Regressed);
        QCOMPARE(changes.at(1).question, QStringLiteral("dlv-release"));
        QCOMPARE(changes.at(1).change, RiskChange::Changed);
        QCOMPARE(changes.at(2).question, QStringLiteral("dat-backup"));
        QCOMPARE(changes.at(2).change, RiskChange::Improved);
        QTableWidget *table = f.panel.changeTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Regressed"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("No risk"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("High risk"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Improved"));

        // two milestones against each other
        QVERIFY(f.panel.freezeMilestone(QStringLiteral("After fixes"), QDate(2027, 1, 10)));
        f.panel.refresh();
        const QString m1 = f.milestones().at(0).id;
        const QString m2 = f.milestones().at(1).id;
        f.panel.compare(m1, m2);
        QCOMPARE(f.panel.changes().size(), 3);
        f.panel.compare(m2, QString()); // nothing changed since the second milestone
        QVERIFY(f.panel.changes().isEmpty());
        // choosing in the combo runs the comparison
        f.panel.fromCombo()->setCurrentIndex(0);
        QCOMPARE(f.panel.changes().size(), 3);
        test::screenshot(&f.panel, QStringLiteral("milestones"));
    }

    void deleteMilestone()
    {
        Fixture f;
        QVERIFY(f.panel.freezeMilestone(QStringLiteral("One"), QDate(2026, 11, 28)));
        f.panel.refresh();
        f.panel.milestoneTable()->selectRow(0);
        QVERIFY(f.panel.deleteSelectedMilestone());
        QVERIFY(f.milestones().isEmpty());
        f.stack.undo();
        QCOMPARE(f.milestones().size(), 1);
    }

    void readOnlyRefusesFreeze()
    {
        Fixture f;
        f.project.setReadOnly(true);
        QVERIFY(!f.panel.freezeMilestone(QStringLiteral("x"), QDate(2026, 1, 1)));
        QCOMPARE(f.stack.count(), 0);
    }
};

QTEST_MAIN(TestMilestonePanel)
#include "tst_milestonepanel.moc"
