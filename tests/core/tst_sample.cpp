// The bundled sample project is valid interchange JSON and keeps its parts together.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"

#include <QFile>
#include <QTest>

using namespace archbench;

class TestSample : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void sampleImports()
    {
        QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto data = core::interchange::fromJson(f.readAll());
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->project.name, QStringLiteral("Checkout platform review"));
        QVERIFY(data->project.requirements.size() >= 8);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
