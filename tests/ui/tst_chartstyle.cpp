// The one chart style of ui/charts (issue 14 §4): every chart the program draws, from every
// module, is built with the same set-up and title rule in its light look (what reports print,
// whatever the screen's palette), and shown through charts::show it follows a dark palette
// without losing the colours that carry meaning.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "ui/charts/chartstyle.h"
#include "ui/report/chartregistry.h"

#include <QApplication>
#include <QTest>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QRegularExpression>

#include <memory>

using namespace archbench;

namespace {

core::ProjectData sample()
{
    return *core::interchange::fromJson(test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return dark;
}

struct Built {
    QString name;
    QChart *chart;
};

/// Every chart of the registry for every item of the sample (and the project-wide ones).
QList<Built> everyChart(const core::ProjectData &data)
{
    QStringList items{QString()};
    for (const auto &d : data.decisions)
        items << d.id;
    for (const auto &r : data.reviews)
        items << r.id;
    for (const auto &d : data.drills)
        items << d.id;
    for (const auto &c : data.costModels)
        items << c.id;
    QList<Built> charts;
    const ui::ChartRegistry &registry = ui::ChartRegistry::standard();
    for (const QString &id : registry.ids())
        for (const QString &item : std::as_const(items))
            if (QChart *chart = registry.create(id, data, item))
                charts.append({id + QLatin1Char('/') + item, chart});
    return charts;
}

/// The colours that carry meaning: bar sets and series lines other than ink (`ink`, the
/// colour that stands for ink on this palette).
QStringList meaningColours(const QChart *chart, const QColor &ink = ui::charts::kInk)
{
    QStringList colours;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (const QBarSet *set : bars->barSets())
                colours << set->brush().color().name();
        else if (auto *line = qobject_cast<QLineSeries *>(series); line && line->pen().color() != ink)
            colours << line->pen().color().name();
    }
    return colours;
}

} // namespace

class TestChartStyle : public QObject {
    Q_OBJECT

private slots:
    void everyChartHasTheOneSetUpAndTitleRule()
    {
        const QList<Built> charts = everyChart(sample());
        // every module's charts are here: decision, review, drill, cost and project
        QVERIFY2(charts.size() >= 14, qPrintable(QString::number(charts.size())));
        for (const Built &b : charts) {
            std::unique_ptr<QChart> chart(b.chart);
            const QByteArray name = b.name.toUtf8();
            QVERIFY2(chart->animationOptions() == QChart::NoAnimation, name.constData());
            QVERIFY2(chart->backgroundRoundness() == 0, name.constData());
            QVERIFY2(!chart->isDropShadowEnabled(), name.constData());
            QVERIFY2(chart->localizeNumbers(), name.constData());
            QVERIFY2(!chart->title().isEmpty(), name.constData());
            QVERIFY2(chart->titleFont().bold(), name.constData());
            QVERIFY2(qAbs(chart->titleFont().pointSizeF() - chart->font().pointSizeF() * 1.15) < 0.01, name.constData());
            // Qt Charts 6.4 prints no tick labels at all for "%d" or "%g" once numbers are
            // localized, and copies "%%" as it is: value axes say how many decimals they want
            // and write a literal "%" once
            static const QRegularExpression localizable(QStringLiteral("^([^%]*%[-+ #0]*\\d*\\.\\d+[fFeEgG][^%]*%?)?$"));
            for (QAbstractAxis *axis : chart->axes())
                if (auto *values = qobject_cast<QValueAxis *>(axis))
                    QVERIFY2(localizable.match(values->labelFormat()).hasMatch(),
                             qPrintable(b.name + QLatin1Char(' ') + values->labelFormat()));
        }
    }

    void chartsAreBuiltLightWhateverTheScreen()
    {
        // reports print the light look even when the program runs on a dark palette
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        const QList<Built> charts = everyChart(sample());
        QApplication::setPalette(before);
        QVERIFY(!charts.isEmpty());
        for (const Built &b : charts) {
            std::unique_ptr<QChart> chart(b.chart);
            QVERIFY2(chart->theme() == QChart::ChartThemeLight, qPrintable(b.name));
            QVERIFY2(chart->backgroundBrush().style() == Qt::SolidPattern
                         && chart->backgroundBrush().color().lightness() >= 128,
                     qPrintable(b.name + QLatin1Char(' ') + chart->backgroundBrush().color().name()));
        }
    }

    void shownOnADarkPaletteTheyFollowItAndKeepTheirMeaning()
    {
        const QPalette dark = darkPalette();
        QChartView view;
        view.setPalette(dark);
        int inkLines = 0;
        for (const Built &b : everyChart(sample())) {
            const QStringList colours = meaningColours(b.chart);
            QList<QLineSeries *> ink;
            for (QAbstractSeries *s : b.chart->series())
                if (auto *line = qobject_cast<QLineSeries *>(s); line && line->pen().color() == ui::charts::kInk)
                    ink << line;
            ui::charts::show(&view, b.chart); // deletes the chart shown before
            QCOMPARE(view.chart(), b.chart);
            QChart *chart = view.chart();
            QVERIFY2(chart->backgroundBrush().color() == dark.color(QPalette::Base), qPrintable(b.name));
            QVERIFY2(chart->titleBrush().color() == dark.color(QPalette::Text), qPrintable(b.name));
            QVERIFY2(chart->legend()->labelColor() == dark.color(QPalette::Text), qPrintable(b.name));
            for (QAbstractAxis *axis : chart->axes())
                QVERIFY2(axis->labelsColor() == dark.color(QPalette::Text), qPrintable(b.name));
            QCOMPARE(meaningColours(chart, dark.color(QPalette::Text)), colours);
            for (QAbstractSeries *s : chart->series()) // value labels beside bars follow the text
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s);
                    bars && bars->isLabelsVisible() && bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd)
                    for (QBarSet *set : bars->barSets())
                        QVERIFY2(set->labelColor() == dark.color(QPalette::Text), qPrintable(b.name));
            for (QLineSeries *line : std::as_const(ink)) { // target lines follow the text
                QCOMPARE(line->pen().color(), dark.color(QPalette::Text));
                ++inkLines;
            }
            QCOMPARE(chart->font(), view.font());
            if (!qEnvironmentVariableIsEmpty("ARCHBENCH_SNAPSHOTS")) {
                view.resize(640, 420);
                test::snapshot(&view, QStringLiteral("dark-") + QString(b.name).replace(QLatin1Char('/'), QLatin1Char('_')));
            }
        }
        QVERIFY(inkLines > 0); // the drills' RTO and RPO targets at least
    }

    void aLightPaletteKeepsTheLightLook()
    {
        QChartView view;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        view.setPalette(light);
        const QList<Built> charts = everyChart(sample());
        QVERIFY(!charts.isEmpty());
        const QColor background = charts.first().chart->backgroundBrush().color();
        ui::charts::show(&view, charts.first().chart);
        QCOMPARE(view.chart()->backgroundBrush().color(), background);
        for (qsizetype i = 1; i < charts.size(); ++i)
            delete charts[i].chart;
    }
};

QTEST_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
