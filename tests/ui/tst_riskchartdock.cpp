// The risk charts and the dock that follows the review tab in front: bar values per pillar
// and risk, the milestone trend, and updates on every change of the review.
#include "ui/widgets/dates.h"
#include "reviewuifixtures.h"
#include "ui/review/riskchartdock.h"
#include "ui/workbench.h"
#include "ui/review/riskcharts.h"
#include "ui/review/reviewreportcharts.h"
#include "ui/report/chartregistry.h"
#include "ui/report/pdfreportrenderer.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportregistry.h"
#include "core/review/reviewsections.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include "core/review/lensloader.h"
#include "ui/commands/itemcommands.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QMainWindow>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
Answer answer(const QString &question, const QStringList &selected)
{
    Answer a;
    a.question = question;
    a.selected = selected;
    return a;
}

/// Values of the bar set named `word`, in the chart's category order (bottom to top).
QList<qreal> barValues(QChart *chart, const QString &word)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                if (set->label() == word) {
                    QList<qreal> values;
                    for (int i = 0; i < set->count(); ++i)
                        values << set->at(i);
                    return values;
                }
    return {};
}

QList<QPointF> linePoints(QChart *chart, const QString &word)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == word)
            return line->points();
    return {};
}
} // namespace

class TestRiskChartDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void riskChartValues()
    {
        ProjectData data = test::reviewProject();
        Review &review = data.reviews[0];
        review.answers = {answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests_no")}),        // high
                          answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")})}; // medium
        Answer na;
        na.question = QStringLiteral("dlv-release");
        na.notApplicable = true;
        review.answers.append(na);
        const Lens lens = *LensLoader::fromRecord(data.lenses[0]);
        std::unique_ptr<QChart> chart(ui::createRiskChart(review, lens));
        QVERIFY(chart->title().contains(QStringLiteral("Where are the risks")));
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        // categories run bottom-up: Data, Delivery
        QCOMPARE(barValues(chart.get(), QStringLiteral("High")), (QList<qreal>{0, 1}));
        QCOMPARE(barValues(chart.get(), QStringLiteral("Medium")), (QList<qreal>{1, 0}));
        QCOMPARE(barValues(chart.get(), QStringLiteral("None")), (QList<qreal>{0, 0}));
        QCOMPARE(barValues(chart.get(), QStringLiteral("Unanswered")), (QList<qreal>{0, 0}));
        // the not-applicable question is counted as in the report's tables
        QCOMPARE(barValues(chart.get(), QStringLiteral("N/A")), (QList<qreal>{0, 1}));
    }

    void unratedHasItsOwnDottedSegment()
    {
        // a lens without a default rule: the chart gets an "Unrated" segment, grey like
        // "Unanswered" but dotted, so the two differ on screen and in grey print
        LensRecord record;
        record.id = QStringLiteral("l2");
        record.definition = QJsonDocument::fromJson(test::readData(QStringLiteral("lenses/net-mode-gap.json"))).object();
        ProjectData data = test::reviewProject(record);
        Review &review = data.reviews[0];
        review.answers = {answer(QStringLiteral("net-mode"), {QStringLiteral("net-mode_no")}),
                          answer(QStringLiteral("net-dns"), {QStringLiteral("net-dns-health")})};
        const Lens lens = *LensLoader::fromRecord(record);
        std::unique_ptr<QChart> chart(ui::createRiskChart(review, lens));
        // categories run bottom-up: Storage, Networking
        QCOMPARE(barValues(chart.get(), QStringLiteral("Unrated")), (QList<qreal>{0, 1}));
        QCOMPARE(barValues(chart.get(), QStringLiteral("Medium")), (QList<qreal>{0, 1}));
        QCOMPARE(barValues(chart.get(), QStringLiteral("Unanswered")), (QList<qreal>{1, 0}));
        QBrush unrated;
        QBrush unanswered;
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
                for (QBarSet *set : bars->barSets()) {
                    if (set->label() == QStringLiteral("Unrated"))
                        unrated = set->brush();
                    if (set->label() == QStringLiteral("Unanswered"))
                        unanswered = set->brush();
                }
        QVERIFY(unrated.style() != unanswered.style());
        QCOMPARE(unrated.color(), unanswered.color());

        // a lens with a default rule everywhere has no such segment
        const ProjectData small = test::reviewProject();
        std::unique_ptr<QChart> plain(ui::createRiskChart(small.reviews[0], *LensLoader::fromRecord(small.lenses[0])));
        QVERIFY(barValues(plain.get(), QStringLiteral("Unrated")).isEmpty());
    }

    void trendChartPoints()
    {
        ProjectData data = test::reviewProject();
        Review &review = data.reviews[0];
        Milestone later;
        later.id = QStringLiteral("m2");
        later.name = QStringLiteral("After fixes");
        later.date = QDate(2027, 1, 10);
        later.answers = {answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")})}; // 1 medium
        Milestone first;
        first.id = QStringLiteral("m1");
        first.name = QStringLiteral("Before launch");
        first.date = QDate(2026, 11, 28);
        first.answers = {answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")}),   // high
                         answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests_no")})};    // high
        review.milestones = {later, first}; // out of date order on purpose
        review.answers = {answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")})};
        const Lens lens = *LensLoader::fromRecord(data.lenses[0]);
        std::unique_ptr<QChart> chart(ui::createRiskTrendChart(review, lens));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList{ui::displayDate(QDate(2026, 11, 28)), ui::displayDate(QDate(2027, 1, 10)),
                                                  QStringLiteral("Now")}));
        QVERIFY(chart->title().contains(QStringLiteral("going down")));
        QCOMPARE(linePoints(chart.get(), QStringLiteral("High risk")),
                 (QList<QPointF>{{0, 2}, {1, 0}, {2, 0}}));
        QCOMPARE(linePoints(chart.get(), QStringLiteral("Medium risk")),
                 (QList<QPointF>{{0, 0}, {1, 1}, {2, 0}}));

        // two milestones on one day still get a category each
        review.milestones[0].date = review.milestones[1].date;
        std::unique_ptr<QChart> sameDay(ui::createRiskTrendChart(review, lens));
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(sameDay->axes(Qt::Horizontal).value(0))->count(), 3);
    }

    void reportChartFactories()
    {
        ProjectData data = test::reviewProject();
        data.reviews[0].answers = {answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests_no")})};
        std::unique_ptr<QChart> bars(ui::reviewPillarRiskChart(data, QStringLiteral("w1")));
        QVERIFY(bars);
        QCOMPARE(barValues(bars.get(), QStringLiteral("High")), (QList<qreal>{0, 1}));
        QVERIFY(!ui::reviewPillarRiskChart(data, QStringLiteral("nope")));
        QVERIFY(!ui::reviewRiskTrendChart(data, QStringLiteral("w1"))); // no milestone: nothing to show
        Milestone m;
        m.id = QStringLiteral("m1");
        m.date = QDate(2026, 12, 1);
        data.reviews[0].milestones = {m};
        std::unique_ptr<QChart> trend(ui::reviewRiskTrendChart(data, QStringLiteral("w1")));
        QVERIFY(trend);
        QCOMPARE(linePoints(trend.get(), QStringLiteral("High risk")), (QList<QPointF>{{0, 0}, {1, 1}}));
        data.lenses[0].definition.remove(QStringLiteral("pillars"));
        QVERIFY(!ui::reviewPillarRiskChart(data, QStringLiteral("w1")));
    }

    void reviewPdfWithCharts()
    {
        // the review's report sections and both charts through the real PDF renderer
        ProjectData data = test::reviewProject(BuiltInLens::record());
        data.project.name = QStringLiteral("Checkout platform");
        Review &review = data.reviews[0];
        review.answers = {answer(QStringLiteral("rel-backup"), {QStringLiteral("rel-backup-auto")}),
                          answer(QStringLiteral("sec-data"), {QStringLiteral("sec-data-at-rest"), QStringLiteral("sec-data-in-transit")})};
        Milestone m;
        m.id = QStringLiteral("m1");
        m.name = QStringLiteral("Kick-off");
        m.date = QDate(2026, 10, 1);
        m.answers = {answer(QStringLiteral("rel-backup"), {QStringLiteral("rel-backup_no")})};
        review.milestones = {m};
        core::ReportRegistry sections;
        sections.add(ItemKind::Review, &core::reviewSections);
        ui::ChartRegistry charts;
        charts.add(QString::fromLatin1(core::kReviewPillarRiskChart), &ui::reviewPillarRiskChart);
        charts.add(QString::fromLatin1(core::kReviewRiskTrendChart), &ui::reviewRiskTrendChart);
        core::ReportOptions options;
        options.scope = core::ReportScope::Item;
        options.itemId = review.id;
        options.generated = QDate(2026, 12, 1);
        auto report = core::buildReport(data, options, sections);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QTemporaryDir dir;
        const QString shots = qEnvironmentVariable("ARCHBENCH_SCREENSHOT_DIR");
        const QString path = (shots.isEmpty() ? dir.path() : shots) + QStringLiteral("/review-report.pdf");
        auto written = ui::writeReportPdf(*report, data, QPageSize::A4, path, {}, charts);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(QFileInfo(path).size() > 10000);
    }

    void dockFollowsCurrentReview()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ProjectData data = test::reviewProject();
        Review second = data.reviews[0];
        second.id = QStringLiteral("w2");
        second.answers = {answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests_no")})};
        data.reviews.append(second);
        Project project(data);
        QUndoStack stack;
        auto *dock = new ui::RiskChartDock(&workbench, &window);
        workbench.addDock(dock, Qt::RightDockWidgetArea);
        window.resize(1300, 800);
        window.show();

        QVERIFY(!dock->riskChart());
        workbench.setProject(&project, &stack);
        QVERIFY(!dock->placeholderText().isEmpty());
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Review, QStringLiteral("w2")});
        QCOMPARE(dock->reviewId(), QStringLiteral("w2"));
        QVERIFY(dock->riskChart());
        QCOMPARE(barValues(dock->riskChart(), QStringLiteral("High")), (QList<qreal>{0, 1}));

        workbench.setCurrentItem(ui::ItemRef{ItemKind::Review, QStringLiteral("w1")});
        QCOMPARE(barValues(dock->riskChart(), QStringLiteral("High")), (QList<qreal>{0, 0}));
        QCOMPARE(barValues(dock->riskChart(), QStringLiteral("Unanswered")), (QList<qreal>{1, 2}));

        // every change of the review redraws
        Review edited = *project.find<Review>(QStringLiteral("w1"));
        edited.answers = {answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")})};
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Answer")));
        QCOMPARE(barValues(dock->riskChart(), QStringLiteral("High")), (QList<qreal>{1, 0}));
        stack.undo();
        QCOMPARE(barValues(dock->riskChart(), QStringLiteral("High")), (QList<qreal>{0, 0}));

        // another kind of tab in front: no stale chart
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, QStringLiteral("d1")});
        QVERIFY(!dock->riskChart());
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Review, QStringLiteral("w1")});
        QVERIFY(dock->riskChart());
        // presentation zoom: a larger dock font reaches the chart
        QFont big = dock->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        dock->setFont(big);
        QCOMPARE(dock->riskChart()->legend()->font().pointSizeF(), big.pointSizeF());

        workbench.setProject(nullptr, nullptr);
        QVERIFY(!dock->riskChart());
    }

    void screenshotWithBuiltInLens()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ProjectData data = test::reviewProject(BuiltInLens::record());
        Review &review = data.reviews[0];
        auto lens = LensLoader::fromRecord(data.lenses[0]);
        QVERIFY(lens.ok());
        // answer about half of the questions, alternating the outcome
        int n = 0;
        for (const LensPillar &pillar : lens->pillars)
            for (const LensQuestion &q : pillar.questions) {
                ++n;
                if (n % 2)
                    continue;
                QStringList picked;
                if (n % 3 == 0)
                    picked = {q.noneOfTheseId()};
                else
                    for (int c = 0; c < q.choices.size() - 1 - (n % 4 == 0 ? 1 : 0); ++c)
                        picked.append(q.choices.at(c).id);
                review.answers.append(answer(q.id, picked));
            }
        Milestone m;
        m.id = QStringLiteral("m1");
        m.name = QStringLiteral("Kick-off");
        m.date = QDate(2026, 10, 1);
        m.answers = review.answers.mid(0, 6);
        for (Answer &a : m.answers)
            a.selected = {lens->question(a.question)->noneOfTheseId()};
        review.milestones = {m};
        Project project(data);
        QUndoStack stack;
        auto *dock = new ui::RiskChartDock(&workbench, &window);
        workbench.addDock(dock, Qt::RightDockWidgetArea);
        window.setCentralWidget(new QWidget(&window));
        window.resize(1400, 900);
        dock->setMinimumWidth(520);
        window.show();
        workbench.setProject(&project, &stack);
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Review, QStringLiteral("w1")});
        QVERIFY(dock->riskChart());
        QCOMPARE(dock->riskChart()->axes(Qt::Horizontal).size(), 1);
        test::screenshot(dock, QStringLiteral("risk-dock"));
    }
};

QTEST_MAIN(TestRiskChartDock)
#include "tst_riskchartdock.moc"
