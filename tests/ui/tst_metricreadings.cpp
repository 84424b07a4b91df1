// Project ▸ Record Metric Readings… (issue 19 §4): one field per metric the triggers measure,
// typed values recorded in every trigger of that metric as one undoable step; bad numbers keep
// Record disabled and say which field.
#include "common/snapshot.h"
#include "common/testsupport.h"

#include "core/project.h"
#include "core/storage/projectfile.h"
#include "ui/decision/metricreadingsdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace archbench;

namespace {

core::ProjectData example()
{
    auto data = core::readProjectFile(test::dataPath(QStringLiteral("interchange/example.json")));
    if (!data)
        qFatal("example.json unreadable");
    // a second decision whose trigger measures the same metric, written differently
    core::Decision second = data->decisions[0];
    second.id = QStringLiteral("d2");
    second.title = QStringLiteral("Queue for order events");
    second.revisitTriggers = {core::RevisitTrigger{QStringLiteral("t9"), core::TriggerCategory::Scale, QStringLiteral("Traffic past 20k"),
                                                   QStringLiteral("RPS"), core::Comparator::Greater, 20000, 3200, {}}};
    second.supersededBy.clear();
    data->decisions << second;
    return *data;
}

} // namespace

class TestMetricReadings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void metricsInUse()
    {
        core::ProjectData data = example();
        QList<core::MetricInUse> metrics = core::metricsInUse(data);
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].key, QStringLiteral("rps"));
        QCOMPARE(metrics[0].triggers, 2);
        QCOMPARE(metrics[0].current, std::optional<double>(3200));
        data.decisions[1].revisitTriggers[0].currentValue = 5000;
        QCOMPARE(core::metricsInUse(data)[0].current, std::nullopt); // the triggers differ
    }

    void recordsAsOneUndoableStep()
    {
        core::Project project(example());
        QUndoStack stack;
        ui::MainWindow window;
        window.setDocument(&project, &stack);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionRecordMetricReadings"));
        QVERIFY(action && action->isEnabled());

        ui::MetricReadingsDialog dialog(project.data());
        QLineEdit *rps = dialog.field(QStringLiteral("rps"));
        QVERIFY(rps);
        QVERIFY2(rps->placeholderText().contains(QStringLiteral("3")), qPrintable(rps->placeholderText()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *record = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!record->isEnabled()); // nothing typed yet
        rps->setText(QStringLiteral("lots"));
        QVERIFY(!record->isEnabled());
        dialog.show();
        test::snapshot(&dialog, QStringLiteral("metric-readings"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("metricReadingsError"));
        QVERIFY(error && !error->isHidden() && error->text().contains(QStringLiteral("rps")));
        rps->setText(QStringLiteral("12000"));
        QVERIFY(record->isEnabled());
        QVERIFY(error->isHidden());

        const int before = stack.count();
        QCOMPARE(ui::recordMetricReadings(*window.workbench(), dialog.readings()), 2);
        QCOMPARE(stack.count(), before + 1);
        QCOMPARE(project.data().decisions[0].revisitTriggers[0].currentValue, std::optional<double>(12000));
        QCOMPARE(project.data().decisions[1].revisitTriggers[0].currentValue, std::optional<double>(12000));
        QCOMPARE(project.data().decisions[0].revisitTriggers[1].currentValue, std::nullopt); // the calendar trigger
        stack.undo();
        QCOMPARE(project.data().decisions[0].revisitTriggers[0].currentValue, std::optional<double>(3200));
        QCOMPARE(project.data().decisions[1].revisitTriggers[0].currentValue, std::optional<double>(3200));
        // the same values again change nothing and push nothing
        stack.redo();
        QCOMPARE(ui::recordMetricReadings(*window.workbench(), dialog.readings()), 0);
        QCOMPARE(stack.count(), before + 1);

        // read-only: nothing recorded
        project.setReadOnly(true);
        QVERIFY(!action->isEnabled());
        QCOMPARE(ui::recordMetricReadings(*window.workbench(), {{QStringLiteral("rps"), 1}}), 0);
    }
};

QTEST_MAIN(TestMetricReadings)
#include "tst_metricreadings.moc"
