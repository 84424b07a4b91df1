// The weighted-score and sensitivity charts: what they draw for a decision (segments,
// order, words for leader, incomplete and eliminated, flip ranges, robustness in words), and
// the docks that follow the decision in front and redraw after every edit, undo and redo.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "decisionfixture.h"
#include "ui/commands/itemcommands.h"
#include "ui/decision/chartlegend.h"
#include "ui/charts/chartstyle.h"
#include "ui/decision/criterioncolour.h"
#include "ui/decision/decisionchartdock.h"
#include "ui/decision/scorebarsview.h"
#include "ui/decision/scorechartdock.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/matrixpanel.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/scorereport.h"
#include "ui/charts/palette.h"
#include "ui/decision/scorechart.h"
#include "ui/decision/sensitivitychart.h"
#include "ui/workbench.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QMainWindow>
#include <QScatterSeries>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace archbench;
using namespace archbench::core;

namespace {
QHorizontalStackedBarSeries *bars(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *b = qobject_cast<QHorizontalStackedBarSeries *>(s))
            return b;
    return nullptr;
}

QStringList categories(QChart *chart)
{
    for (QAbstractAxis *a : chart->axes(Qt::Vertical))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            return c->categories();
    return {};
}

double barTotal(QHorizontalStackedBarSeries *series, int category)
{
    double sum = 0;
    for (QBarSet *set : series->barSets())
        sum += set->at(category);
    return sum;
}

Decision twoCriteria()
{
    // c1 share s: A = 1 + 4s, B = 4 − 2s, equal at s = 0.5; now s = 0.6, A leads
    Decision d;
    d.id = QStringLiteral("two");
    d.title = QStringLiteral("Two criteria");
    d.criteria = {Criterion{QStringLiteral("c1"), QStringLiteral("Fit"), 60, {}},
                  Criterion{QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}}};
    d.options = {Option{QStringLiteral("a"), QStringLiteral("Alpha"), {}, false},
                 Option{QStringLiteral("b"), QStringLiteral("Beta"), {}, false}};
    d.scores = {Score{QStringLiteral("a"), QStringLiteral("c1"), 5, {}}, Score{QStringLiteral("a"), QStringLiteral("c2"), 1, {}},
                Score{QStringLiteral("b"), QStringLiteral("c1"), 2, {}}, Score{QStringLiteral("b"), QStringLiteral("c2"), 4, {}}};
    return d;
}
} // namespace

class TestDecisionCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void scoreChartSegmentsAndOrder()
    {
        const ProjectData data = test::sampleWithDecisions();
        const Decision &db = data.decisions.first();
        std::unique_ptr<QChart> chart(ui::createScoreChart(db));
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        QVERIFY(!chart->title().isEmpty());
        QHorizontalStackedBarSeries *series = bars(chart.get());
        QVERIFY(series);
        // five criteria, each in its own Okabe–Ito colour (the criterion's, not the row's), then
        // the hatched "eliminated" set
        QCOMPARE(series->count(), 6);
        QSet<QRgb> colours;
        for (int j = 0; j < 5; ++j) {
            QCOMPARE(series->barSets()[j]->label(), db.criteria[j].name);
            QCOMPARE(series->barSets()[j]->color(), ui::criterionColour(db, db.criteria[j].id));
            colours.insert(series->barSets()[j]->color().rgb());
        }
        QCOMPARE(colours.size(), 5);
        QCOMPARE(series->barSets()[5]->brush().style(), Qt::BDiagPattern);
        // top to bottom: the leader named so, then by score, the eliminated option last
        QCOMPARE(ui::scoreChartOrder(db), (QStringList{QStringLiteral("PostgreSQL (Aurora): 4.65, leader"),
                                                       QStringLiteral("MongoDB Atlas: 4.00"),
                                                       QStringLiteral("DynamoDB: eliminated")}));
        const QStringList cats = categories(chart.get());
        QCOMPARE(cats.size(), 3);
        QVERIFY(cats[2].startsWith(QStringLiteral("PostgreSQL (Aurora)"))); // the axis lists from the bottom
        // segments are weight × score / Σ weights and add up to the weighted score
        QCOMPARE(series->barSets()[0]->at(2), 30.0 * 5 / 100);
        QVERIFY(qFuzzyCompare(barTotal(series, 2), 4.65));
        QVERIFY(qFuzzyCompare(barTotal(series, 1), 4.0));
        // the eliminated option is only in the grey hatched set
        QCOMPARE(series->barSets()[0]->at(0), 0.0);
        QVERIFY(qFuzzyCompare(series->barSets()[5]->at(0), 3.5));
    }

    void scoreBarsDrawWhatTheReportChartDraws()
    {
        // the dock's view and the report's Qt Charts chart come from the same ScoreBars
        const ProjectData data = test::sampleWithDecisions();
        const Decision &d = data.decisions.first();
        const ui::ScoreBars planned = ui::scoreBars(d);
        std::unique_ptr<QChart> chart(ui::createScoreChart(d));
        const QStringList cats = categories(chart.get());
        QCOMPARE(planned.bars.size(), cats.size());
        QCOMPARE(planned.sets.size(), bars(chart.get())->count());
        for (qsizetype i = 0; i < planned.bars.size(); ++i) {
            const qsizetype fromBottom = cats.size() - 1 - i;
            QCOMPARE(cats[fromBottom], ui::charts::axisLabel(planned.bars[i].name, planned.bars[i].detail));
            double sum = 0;
            for (double segment : planned.bars[i].segments)
                sum += segment;
            QVERIFY(qFuzzyCompare(1 + sum, 1 + barTotal(bars(chart.get()), int(fromBottom))));
        }
        QCOMPARE(planned.bars.first().detail, QStringLiteral("4.65, leader"));
        QCOMPARE(planned.max, 5.0);
        QCOMPARE(planned.tickCount, 6);
    }

    void scoreBarsViewRepaintsOnlyTheBarsThatChanged()
    {
        class Recorder : public ui::ScoreBarsView {
        public:
            QRegion painted;

        protected:
            void paintEvent(QPaintEvent *event) override
            {
                painted += event->region();
                ui::ScoreBarsView::paintEvent(event);
            }
        };
        const ProjectData data = test::sampleWithDecisions();
        Decision d = data.decisions.first();
        Recorder view;
        view.resize(420, 320);
        QVERIFY(!view.setBars(ui::scoreBars(d))); // the first bars: a new layout
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.painted.boundingRect(), view.rect());
        QApplication::processEvents();

        // the picture: the leader's bar starts with the first criterion's colour, a white
        // background around it, the eliminated option (last) hatched in grey
        const QImage picture = view.grab().toImage();
        const int y0 = view.rowRect(0).center().y();
        QCOMPARE(picture.pixelColor(view.plotRect().left() + 4, y0), ui::criterionColour(d, d.criteria.first().id));
        QCOMPARE(picture.pixelColor(view.plotRect().right() - 2, y0), QColor(Qt::white)); // 4.65 of 5
        const QRect last = view.rowRect(2);
        int grey = 0;
        for (int x = view.plotRect().left() + 2; x < view.plotRect().left() + 40; ++x)
            grey += picture.pixelColor(x, last.center().y()) == ui::palette::muted();
        QVERIFY(grey > 2 && grey < 36); // hatched: grey and white by turns

        // the leader gains a point: its bar and label change, the order does not
        Decision nudged = d;
        for (Score &s : nudged.scores)
            if (s.option == QStringLiteral("db-postgres") && s.value < 5) {
                s.value += 1;
                break;
            }
        view.painted = {};
        QVERIFY(view.setBars(ui::scoreBars(nudged)));
        QCOMPARE(view.bars(), ui::scoreBars(nudged));
        QTRY_VERIFY(!view.painted.isEmpty());
        QCOMPARE(view.painted.boundingRect(), view.rowRect(0));

        // MongoDB scores 5 everywhere and takes the lead: the first two bars change places;
        // the eliminated option's bar is not repainted
        for (Score &s : d.scores)
            if (s.option == QStringLiteral("db-mongo"))
                s.value = 5;
        view.painted = {};
        QVERIFY(view.setBars(ui::scoreBars(d)));
        QCOMPARE(view.bars().bars.first().name, QStringLiteral("MongoDB Atlas"));
        QTRY_VERIFY(!view.painted.isEmpty());
        QCOMPARE(view.painted.boundingRect(), view.rowRect(0).united(view.rowRect(1)));

        // a new criterion (a new legend entry), an option removed or a renamed criterion
        // change the chart's shape: laid out anew
        Decision wider = d;
        wider.criteria << Criterion{QStringLiteral("c-new"), QStringLiteral("Support"), 10, {}};
        QVERIFY(!view.setBars(ui::scoreBars(wider)));
        QVERIFY(!view.setBars(ui::scoreBars(d)));
        Decision narrower = d;
        narrower.options.removeLast();
        QVERIFY(!view.setBars(ui::scoreBars(narrower)));
        QVERIFY(!view.setBars(ui::scoreBars(d)));
        Decision renamed = d;
        renamed.criteria.first().name = QStringLiteral("Fit of the data model");
        QVERIFY(!view.setBars(ui::scoreBars(renamed)));
        // an option name longer than two fifths of the width: the labels go above the bars,
        // which take the whole width; back to a column when the name is short again
        QVERIFY(!view.labelsAbove());
        const int plotWidth = view.plotRect().width();
        Decision longer = renamed;
        longer.options.first().name = QStringLiteral("PostgreSQL (Aurora) with read replicas in two regions");
        QVERIFY(!view.setBars(ui::scoreBars(longer)));
        QVERIFY(view.labelsAbove());
        QCOMPARE(view.labelWidth(), 0);
        QVERIFY(view.plotRect().width() > plotWidth);
        QVERIFY(!view.setBars(ui::scoreBars(renamed)));
        QVERIFY(!view.labelsAbove());
        QCOMPARE(view.plotRect().width(), plotWidth);

        // a dark palette: the palette's base behind the bars
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        view.setPalette(dark);
        QCOMPARE(view.grab().toImage().pixelColor(view.plotRect().right() - 2, view.rowRect(2).center().y()),
                 QColor(0x20, 0x20, 0x20)); // the eliminated option's 3.5 of 5
    }

    void scoreChartMarksIncompleteAndEscapes()
    {
        Decision d = twoCriteria();
        d.options << Option{QStringLiteral("c"), QStringLiteral("<b>Gamma</b>"), {}, false};
        d.scores << Score{QStringLiteral("c"), QStringLiteral("c1"), 5, {}};
        std::unique_ptr<QChart> chart(ui::createScoreChart(d));
        QHorizontalStackedBarSeries *series = bars(chart.get());
        QCOMPARE(series->count(), 3); // two criteria and "incomplete"
        QVERIFY(series->barSets()[2]->label().contains(QStringLiteral("Incomplete")));
        QVERIFY(qFuzzyCompare(series->barSets()[2]->at(0), 3.0)); // 60 × 5 / 100 known so far
        QCOMPARE(series->barSets()[0]->at(0), 0.0);
        QCOMPARE(ui::scoreChartOrder(d).last(), QStringLiteral("<b>Gamma</b>: incomplete"));
        // Qt Charts renders labels as rich text: the user's markup arrives escaped; the dock's
        // view draws plain text
        QVERIFY(categories(chart.get()).first().startsWith(QStringLiteral("&lt;b&gt;Gamma&lt;/b&gt;")));
        QCOMPARE(ui::scoreBars(d).bars.last().name, QStringLiteral("<b>Gamma</b>"));
    }

    void sensitivityChartShowsFlipRanges()
    {
        const Decision d = twoCriteria();
        std::unique_ptr<QChart> chart(ui::createSensitivityChart(d));
        QHorizontalStackedBarSeries *series = bars(chart.get());
        QVERIFY(series);
        QCOMPARE(series->count(), 3); // another leads (below) | leader stays | another leads (above)
        const QStringList cats = categories(chart.get());
        QCOMPARE(cats.size(), 2);
        // both flip at 50 %: Fit (60 % now) is 10 points from it, Cost (40 %) too; order is stable
        const int fit = cats[0].startsWith(QStringLiteral("Fit")) ? 0 : 1;
        const int cost = 1 - fit;
        // each label names who takes the lead, and on which side of the current share
        QCOMPARE(cats[fit], QStringLiteral("Fit<br>Beta leads<br>below 50 %"));
        QCOMPARE(cats[cost], QStringLiteral("Cost<br>Beta leads<br>above 50 %"));
        // the legend names the option too, not "another option"
        QCOMPARE(series->barSets()[0]->label(), QStringLiteral("Beta leads"));
        QCOMPARE(series->barSets()[1]->label(), QStringLiteral("Alpha stays first"));
        QCOMPARE(series->barSets()[0]->at(fit), 50.0); // another option leads below 50 %
        QCOMPARE(series->barSets()[1]->at(fit), 50.0); // Alpha stays first from 50 % to 100 %
        QCOMPARE(series->barSets()[2]->at(fit), 0.0);
        QCOMPARE(series->barSets()[0]->at(cost), 0.0);
        QCOMPARE(series->barSets()[1]->at(cost), 50.0);
        QCOMPARE(series->barSets()[2]->at(cost), 50.0);
        QCOMPARE(series->barSets()[1]->color(), ui::palette::passed());
        QCOMPARE(series->barSets()[0]->color(), ui::palette::failed());
        QScatterSeries *marks = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (auto *m = qobject_cast<QScatterSeries *>(s))
                marks = m;
        QVERIFY(marks);
        QCOMPARE(marks->at(fit), QPointF(60, fit));
        QCOMPARE(marks->at(cost), QPointF(40, cost));
        // A leads when the share of Fit is above 50 %: half the uniform weightings
        const QString sentence = ui::robustnessSentence(d);
        QVERIFY2(sentence.startsWith(QStringLiteral("Alpha stays first under ")), qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("50 %")) || sentence.contains(QStringLiteral("49 %"))
                || sentence.contains(QStringLiteral("51 %")));
    }

    void aTieForFirstIsNoLead()
    {
        Decision d = twoCriteria();
        d.criteria[0].weight = 50; // A = B = 3: rank 1 is shared
        d.criteria[1].weight = 50;
        const QString sentence = ui::robustnessSentence(d);
        QVERIFY2(sentence.startsWith(QStringLiteral("Alpha and Beta tie for first place")), qPrintable(sentence));
        QVERIFY(!sentence.contains(QStringLiteral("stays first under")));
        // the score chart marks both as tied first, neither as leader
        std::unique_ptr<QChart> chart(ui::createScoreChart(d));
        const QStringList labels = categories(chart.get());
        QCOMPARE(labels.filter(QStringLiteral("tied first")).size(), 2);
        QVERIFY(labels.filter(QStringLiteral("leader")).isEmpty());
    }

    // Issue 4 "Done when": the figures the GUI shows for every sample decision are the ones
    // `archbench score --json` prints (ScoreReport::toJson of the same data).
    void guiAndCommandLineAgree()
    {
        const ProjectData data = test::sampleWithDecisions();
        const QJsonArray cliDecisions =
            ScoreReport::toJson(ScoreReport::analyse(data)).value(QStringLiteral("decisions")).toArray();
        QCOMPARE(cliDecisions.size(), data.decisions.size());
        QVERIFY(cliDecisions.size() >= 3);
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(data);
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        workbench.setProject(&project, &stack);
        ui::DecisionChartDock sensitivity(QStringLiteral("Sensitivity"), QStringLiteral("sensitivity"),
                                          [](const Decision &d) { return ui::createSensitivityChart(d); },
                                          [](const Decision &d) { return ui::robustnessSentence(d); });
        sensitivity.follow(&workbench);
        const QLocale locale;
        int robustnessCompared = 0;
        for (const QJsonValue &value : cliDecisions) {
            const QJsonObject cli = value.toObject();
            const QString id = cli.value(QStringLiteral("id")).toString();
            ui::DecisionEditor editor(&document, id);
            ui::MatrixModel *model = editor.matrix()->model();
            const int totals = model->criterionCount();
            const int ranks = totals + 1;
            QCOMPARE(model->rowKind(totals), ui::MatrixModel::TotalsRow);
            QCOMPARE(model->rowKind(ranks), ui::MatrixModel::RankRow);
            QString leaderName;
            const QJsonArray ranking = cli.value(QStringLiteral("ranking")).toArray();
            QCOMPARE(ranking.size(), model->optionCount());
            for (const QJsonValue &entry : ranking) {
                const QJsonObject o = entry.toObject();
                const QString option = o.value(QStringLiteral("option")).toString();
                const int column = model->columnOf(option);
                QVERIFY2(column >= 0, qPrintable(id + QLatin1Char('/') + option));
                const QString total = model->index(totals, column).data().toString();
                if (!o.value(QStringLiteral("complete")).toBool())
                    QCOMPARE(total, QStringLiteral("incomplete"));
                else
                    QCOMPARE(total, locale.toString(o.value(QStringLiteral("weighted")).toDouble(), 'f', 2));
                const QString rank = model->index(ranks, column).data().toString();
                if (o.value(QStringLiteral("eliminated")).toBool())
                    QCOMPARE(rank, QStringLiteral("eliminated"));
                else if (o.value(QStringLiteral("rank")).isNull())
                    QCOMPARE(rank, QStringLiteral("unranked"));
                else
                    QVERIFY2(rank.startsWith(QString::number(o.value(QStringLiteral("rank")).toInt())), qPrintable(rank));
                if (option == cli.value(QStringLiteral("leader")).toString())
                    leaderName = o.value(QStringLiteral("name")).toString();
            }
            const QString summary = editor.summary()->text();
            if (cli.value(QStringLiteral("leader")).isNull()) {
                QVERIFY2(summary.startsWith(QStringLiteral("No leader yet")), qPrintable(summary));
            } else {
                QVERIFY(!leaderName.isEmpty());
                QVERIFY2(summary.contains(leaderName), qPrintable(summary));
                QVERIFY(model->index(ranks, model->columnOf(cli.value(QStringLiteral("leader")).toString()))
                            .data().toString().startsWith(QStringLiteral("1 · ")));
            }
            workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, id, false});
            const QString caption = sensitivity.caption()->text();
            const QJsonValue robustness = cli.value(QStringLiteral("robustness"));
            if (robustness.isNull()) {
                QVERIFY2(!caption.contains(QLatin1Char('%')), qPrintable(caption));
            } else {
                const QString share = ScoreReport::formatShare(robustness.toDouble(), locale);
                QVERIFY2(caption.contains(leaderName + QLatin1Char(' ')) && caption.contains(share),
                         qPrintable(caption + QStringLiteral(" / ") + share));
                QVERIFY2(summary.contains(share), qPrintable(summary + QStringLiteral(" / ") + share));
                ++robustnessCompared;
            }
        }
        QVERIFY(robustnessCompared >= 1);
    }

    void sensitivityNamesEveryOptionThatTakesTheLead()
    {
        // Fit 50, Cost 30, Ops 20: Alpha 4.0 leads; Beta takes the lead below 12 % Fit or above
        // 58 % Cost, Gamma above 57 % Ops
        Decision d;
        d.id = QStringLiteral("three");
        d.criteria = {Criterion{QStringLiteral("f"), QStringLiteral("Fit"), 50, {}},
                      Criterion{QStringLiteral("c"), QStringLiteral("Cost"), 30, {}},
                      Criterion{QStringLiteral("o"), QStringLiteral("Ops"), 20, {}}};
        d.options = {Option{QStringLiteral("a"), QStringLiteral("Alpha"), {}, false},
                     Option{QStringLiteral("b"), QStringLiteral("Beta"), {}, false},
                     Option{QStringLiteral("g"), QStringLiteral("<i>Gamma</i>"), {}, false}};
        const QList<QList<double>> rows = {{5, 3, 3}, {2, 5, 1}, {2, 1, 5}};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                d.scores << Score{d.options[i].id, d.criteria[j].id, rows[i][j], {}};
        std::unique_ptr<QChart> chart(ui::createSensitivityChart(d));
        QHorizontalStackedBarSeries *series = bars(chart.get());
        QVERIFY(series);
        const QString legend = series->barSets()[0]->label();
        QVERIFY2(legend == QStringLiteral("Beta or &lt;i&gt;Gamma&lt;/i&gt; leads")
                     || legend == QStringLiteral("&lt;i&gt;Gamma&lt;/i&gt; or Beta leads"),
                 qPrintable(legend));
        const QStringList cats = categories(chart.get());
        QVERIFY2(cats.contains(QStringLiteral("Ops<br>&lt;i&gt;Gamma&lt;/i&gt; leads<br>above 57 %")), qPrintable(cats.join(QLatin1Char('|'))));
        QVERIFY2(cats.contains(QStringLiteral("Fit<br>Beta leads<br>below 12 %")), qPrintable(cats.join(QLatin1Char('|'))));
        QVERIFY2(cats.contains(QStringLiteral("Cost<br>Beta leads<br>above 58 %")), qPrintable(cats.join(QLatin1Char('|'))));
        // the words that name options are the same the PDF and the CLI use
        QCOMPARE(ui::alternativeList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
                 QStringLiteral("A, B or C"));
        // Beta scores no better than Alpha anywhere: nothing flips, and no one is named
        Decision calm = twoCriteria();
        calm.scores[2].value = 1;
        calm.scores[3].value = 1;
        std::unique_ptr<QChart> calmChart(ui::createSensitivityChart(calm));
        QCOMPARE(bars(calmChart.get())->barSets()[0]->label(), QStringLiteral("Another option leads"));
        for (const QString &c : categories(calmChart.get()))
            QVERIFY2(c.endsWith(QStringLiteral("never flips")), qPrintable(c));
    }

    void sensitivityWithoutTwoRankedOptions()
    {
        Decision d = twoCriteria();
        d.constraints << HardConstraint{QStringLiteral("k"), QStringLiteral("ACID"), {QStringLiteral("b")}};
        std::unique_ptr<QChart> chart(ui::createSensitivityChart(d));
        QVERIFY(categories(chart.get()).isEmpty());
        QVERIFY(ui::robustnessSentence(d).contains(QStringLiteral("only complete option")));
    }

    void reportFactories()
    {
        const ProjectData data = test::sampleWithDecisions();
        std::unique_ptr<QChart> score(ui::weightedScoreReportChart(data, QStringLiteral("dec-orders-db")));
        QVERIFY(score);
        QCOMPARE(categories(score.get()).size(), 3);
        std::unique_ptr<QChart> sensitivity(ui::sensitivityReportChart(data, QStringLiteral("dec-orders-db")));
        QVERIFY(sensitivity);
        QCOMPARE(categories(sensitivity.get()).size(), 5);
        QVERIFY(!ui::weightedScoreReportChart(data, QStringLiteral("nope")));
        QVERIFY(!ui::sensitivityReportChart(data, QStringLiteral("nope")));
    }

    void hiddenDocksRebuildWhenShown()
    {
        // Two chart docks tabbed together in a shown window: only the one in front rebuilds
        // on an edit; the one behind catches up when its tab is chosen, and shows the edit.
        QMainWindow window;
        window.setCentralWidget(new QWidget);
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        auto *scores = new ui::DecisionChartDock(QStringLiteral("Weighted scores"), QStringLiteral("scores"),
                                                 [](const Decision &d) { return ui::createScoreChart(d); }, {}, &window);
        auto *sensitivity = new ui::DecisionChartDock(QStringLiteral("Sensitivity"), QStringLiteral("sensitivity"),
                                                      [](const Decision &d) { return ui::createSensitivityChart(d); },
                                                      [](const Decision &d) { return ui::robustnessSentence(d); }, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, scores);
        window.tabifyDockWidget(scores, sensitivity);
        scores->follow(&workbench);
        sensitivity->follow(&workbench);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        scores->raise();
        // a dock behind a tab stays "visible" but is moved out of the window
        const auto inView = [](QWidget *w) { return w->isVisible() && !w->visibleRegion().isEmpty(); };
        QTRY_VERIFY(!inView(sensitivity));
        QVERIFY(inView(scores));

        workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, QStringLiteral("dec-orders-db"), false});
        QCOMPARE(scores->rebuildCount(), 1);
        QCOMPARE(sensitivity->rebuildCount(), 0);
        Decision edited = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        for (Score &s : edited.scores)
            if (s.option == QStringLiteral("db-mongo"))
                s.value = 5;
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Score")));
        QCOMPARE(scores->rebuildCount(), 2);
        QCOMPARE(sensitivity->rebuildCount(), 0);

        sensitivity->raise();
        QTRY_VERIFY(inView(sensitivity));
        QCOMPARE(sensitivity->rebuildCount(), 1);
        QVERIFY(sensitivity->caption()->text().startsWith(QStringLiteral("MongoDB Atlas stays first under 100 %")));
        QVERIFY(!inView(scores));
        stack.undo(); // behind now: the scores dock waits, the sensitivity dock follows at once
        QCOMPARE(scores->rebuildCount(), 2);
        QCOMPARE(sensitivity->rebuildCount(), 2);
        QVERIFY(sensitivity->caption()->text().startsWith(QStringLiteral("PostgreSQL (Aurora) stays first under")));
    }

    void scoreDockUpdatesInPlace()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        ui::ScoreChartDock scores(QStringLiteral("Weighted scores"));
        scores.follow(&workbench);
        const QString id = QStringLiteral("dec-orders-db");
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, id, false});
        QCOMPARE(scores.rebuildCount(), 1);
        ui::ScoreBarsView *shown = scores.view();
        QVERIFY(shown);
        QCOMPARE(scores.legend()->entries().size(), shown->bars().sets.size());

        // a score edit writes the numbers into the chart on screen: same layout, same legend
        Decision edited = *project.find<Decision>(id);
        for (Score &s : edited.scores)
            if (s.option == QStringLiteral("db-mongo"))
                s.value = 5;
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Score")));
        QCOMPARE(scores.rebuildCount(), 1);
        QCOMPARE(scores.updateCount(), 1);
        QCOMPARE(scores.view(), shown);
        QCOMPARE(shown->bars(), ui::scoreBars(edited));
        QCOMPARE(shown->bars().bars.first().detail, QStringLiteral("5.00, leader"));
        stack.undo();
        QCOMPARE(scores.updateCount(), 2);
        QCOMPARE(shown->bars().bars.first().name, QStringLiteral("PostgreSQL (Aurora)"));

        // a new criterion changes the legend: laid out anew
        Decision wider = *project.find<Decision>(id);
        wider.criteria << Criterion{QStringLiteral("c-new"), QStringLiteral("Support"), 10, {}};
        QVERIFY(ui::commands::replaceItem(&stack, &project, wider, QStringLiteral("Criterion")));
        QCOMPARE(scores.rebuildCount(), 2);
        QCOMPARE(scores.legend()->entries().size(), shown->bars().sets.size());
        QCOMPARE(scores.legend()->entries().at(wider.criteria.size() - 1).text, QStringLiteral("Support"));
    }

    void docksFollowTheDecisionInFront()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        ui::ScoreChartDock scores(QStringLiteral("Weighted scores"));
        ui::DecisionChartDock sensitivity(QStringLiteral("Sensitivity"), QStringLiteral("sensitivity"),
                                          [](const Decision &d) { return ui::createSensitivityChart(d); },
                                          [](const Decision &d) { return ui::robustnessSentence(d); });
        scores.follow(&workbench);
        sensitivity.follow(&workbench);
        QVERIFY(!scores.view()); // nothing in front yet
        QVERIFY(!sensitivity.chart());

        workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, QStringLiteral("dec-orders-db"), false});
        QVERIFY(scores.view());
        QCOMPARE(scores.shownDecision(), QStringLiteral("dec-orders-db"));
        QVERIFY(!sensitivity.caption()->isHidden());
        QVERIFY(sensitivity.caption()->text().startsWith(QStringLiteral("PostgreSQL (Aurora) stays first under")));
        // the dock's own legend wraps and keeps whole names
        QCOMPARE(scores.legend()->entries().first().text, QStringLiteral("Data model fit"));

        // an edit of that decision redraws at once: MongoDB now scores 5 on data model fit
        const int before = scores.updateCount();
        Decision edited = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        for (Score &s : edited.scores)
            if (s.option == QStringLiteral("db-mongo"))
                s.value = 5;
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Score")));
        QCOMPARE(scores.updateCount(), before + 1);
        QCOMPARE(scores.view()->bars().bars.first().name, QStringLiteral("MongoDB Atlas"));
        QCOMPARE(scores.view()->bars().bars.first().detail, QStringLiteral("5.00, leader"));
        QVERIFY(sensitivity.caption()->text().startsWith(QStringLiteral("MongoDB Atlas stays first under 100 %")));
        stack.undo();
        QCOMPARE(scores.view()->bars().bars.first().name, QStringLiteral("PostgreSQL (Aurora)"));
        stack.redo();
        QCOMPARE(scores.view()->bars().bars.first().name, QStringLiteral("MongoDB Atlas"));
        test::snapshot(&scores, QStringLiteral("scoredock-after-edit"));

        // the presentation zoom sets the dock's font: the chart's text follows
        const qreal before18 = scores.view()->titleFont().pointSizeF();
        const int rebuilt = scores.rebuildCount();
        QFont big = scores.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        scores.setFont(big);
        QVERIFY(qFuzzyCompare(scores.view()->titleFont().pointSizeF(), before18 * 2));
        QVERIFY(qFuzzyCompare(scores.view()->font().pointSizeF(), big.pointSizeF()));
        QCOMPARE(scores.rebuildCount(), rebuilt + 1);
        const qreal sensitivityTitle = sensitivity.chart()->titleFont().pointSizeF();
        sensitivity.setFont(big);
        QVERIFY(sensitivity.chart()->titleFont().pointSizeF() > sensitivityTitle * 1.5);

        // typing in the shown decision's text fields does not redraw either
        const int drawn = scores.rebuildCount(), updated = scores.updateCount();
        const int sensitivityDrawn = sensitivity.rebuildCount();
        Decision retitled = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        retitled.context += QStringLiteral(" More context.");
        QVERIFY(ui::commands::replaceItem(&stack, &project, retitled, QStringLiteral("Context")));
        QCOMPARE(scores.rebuildCount(), drawn);
        QCOMPARE(scores.updateCount(), updated);
        QCOMPARE(sensitivity.rebuildCount(), sensitivityDrawn);

        // an edit of another decision does not redraw
        const int count = scores.rebuildCount();
        Decision other = *project.find<Decision>(QStringLiteral("dec-catalog-cache"));
        other.title = QStringLiteral("Catalogue cache");
        QVERIFY(ui::commands::replaceItem(&stack, &project, other, QStringLiteral("Title")));
        QCOMPARE(scores.rebuildCount(), count);
        QCOMPARE(scores.updateCount(), updated);

        // another tab in front, or the decision removed: the note instead of a chart
        workbench.setCurrentItem(ui::ItemRef::overviewTab());
        QVERIFY(!scores.view());
        QVERIFY(!scores.legend()->isVisibleTo(&scores));
        QVERIFY(sensitivity.caption()->isHidden());
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Decision, QStringLiteral("dec-catalog-cache"), false});
        QVERIFY(scores.view());
        QCOMPARE(scores.view()->bars(), ui::scoreBars(*project.find<Decision>(QStringLiteral("dec-catalog-cache"))));
        QVERIFY(project.remove<Decision>(QStringLiteral("dec-catalog-cache")));
        QVERIFY(!scores.view());
        workbench.setProject(nullptr, nullptr);
        QVERIFY(!scores.view());
    }
};

QTEST_MAIN(TestDecisionCharts)
#include "tst_decisioncharts.moc"
