// The start-up baseline of issue 13 §5: the least a Qt program does to paint a window with a
// chart and an open SQLite file. QApplication, a main window holding a QChartView with one bar
// series, the project file opened through QSQLITE and one query run on it, then a PNG of the
// painted window, and exit. benchmarks/startup_vs_baseline.py times it against
// `archbench --screenshot OUT.png FILE` on the same file.
// Usage: bench_startup_baseline FILE.archbench OUT.png
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return 1;
    auto *set = new QBarSet(QStringLiteral("tables"));
    *set << query.value(0).toDouble() << 3 << 5;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1600, 1000);
    window.show();
    const QString out = QString::fromLocal8Bit(argv[2]);
    QTimer::singleShot(0, &window, [&window, out] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // the PNG settings of archbench --screenshot (app/main.cpp), so both pay alike
        QCoreApplication::exit(window.grab().save(out, "PNG", 85) ? 0 : 1);
    });
    return app.exec();
}
