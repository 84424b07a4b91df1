// Every "add" command of the decision editor, pressed in the real main window and followed at
// once by typing, as a facilitator does in a meeting: the new item's editor must already have
// the keyboard, so the typed text lands there and no score of the matrix changes. Before the
// fix, Alt+I (add constraint) clicked its button only after a 100 ms animation and
// "2 regions minimum" typed straight after scored the current cell 2.
#include "common/testsupport.h"
#include "core/decision/decisionmatrix.h"
#include "decisionfixture.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/matrixpanel.h"
#include "ui/decision/matrixview.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
const QString kDecision = QStringLiteral("dec-orders-db");

// Keys go where a real keyboard sends them: to the widget that has focus right now.
void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, mods);
}
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
}

struct Meeting {
    Meeting() : project(test::sampleWithDecisions())
    {
        window.resize(1600, 1000);
        window.setDocument(&project, &stack);
        window.workbench()->openItem(ui::ItemRef{ItemKind::Decision, kDecision, false});
        window.show();
        QApplication::setActiveWindow(&window);
    }
    bool ready()
    {
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        editor = window.findChild<ui::DecisionEditor *>();
        if (!editor)
            return false;
        toScoreCell();
        return QApplication::focusWidget() == editor->matrix()->view();
    }
    void toScoreCell()
    {
        editor->findChild<QTabWidget *>()->setCurrentIndex(0);
        ui::MatrixView *view = editor->matrix()->view();
        view->setCurrentIndex(view->model()->index(0, DecisionMatrix::kFirstOptionColumn));
        view->setFocus();
    }
    const Decision &decision() const { return *project.find<Decision>(kDecision); }

    Project project;
    QUndoStack stack;
    ui::MainWindow window;
    ui::DecisionEditor *editor = nullptr;
};

QList<Score> scoresOf(const Decision &d)
{
    return d.scores;
}
} // namespace

class TestAddShortcuts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void addConstraintTakesTheTypingAtOnce()
    {
        Meeting m;
        QVERIFY(m.ready());
        const QList<Score> before = scoresOf(m.decision());
        const qsizetype constraints = m.decision().constraints.size();
        key(Qt::Key_I, Qt::AltModifier);
        type(QStringLiteral("2 regions minimum")); // no wait: the editor must be open already
        key(Qt::Key_Return);
        QCOMPARE(scoresOf(m.decision()), before);
        QCOMPARE(m.decision().constraints.size(), constraints + 1);
        // an item view commits its editor's text on Return through a queued call
        QTRY_COMPARE(m.decision().constraints.at(constraints).text, QStringLiteral("2 regions minimum"));
    }

    void addCriterionOptionAndDoNothingTakeTheTypingAtOnce_data()
    {
        QTest::addColumn<int>("keyCode");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("what");
        QTest::newRow("Insert: criterion") << int(Qt::Key_Insert) << int(Qt::NoModifier) << QStringLiteral("criterion");
        QTest::newRow("Ctrl+Insert: option") << int(Qt::Key_Insert) << int(Qt::ControlModifier) << QStringLiteral("option");
        QTest::newRow("Alt+D: do nothing") << int(Qt::Key_D) << int(Qt::AltModifier) << QStringLiteral("option");
    }
    void addCriterionOptionAndDoNothingTakeTheTypingAtOnce()
    {
        QFETCH(int, keyCode);
        QFETCH(int, modifiers);
        QFETCH(QString, what);
        Meeting m;
        QVERIFY(m.ready());
        const QList<Score> before = scoresOf(m.decision());
        const Decision old = m.decision();
        key(Qt::Key(keyCode), Qt::KeyboardModifiers(modifiers));
        type(QStringLiteral("2 zones"));
        key(Qt::Key_Return);
        QCOMPARE(scoresOf(m.decision()), before);
        if (what == QLatin1StringView("criterion")) {
            QCOMPARE(m.decision().criteria.size(), old.criteria.size() + 1);
            QTRY_VERIFY(std::any_of(m.decision().criteria.cbegin(), m.decision().criteria.cend(),
                                [](const Criterion &c) { return c.name == QLatin1StringView("2 zones"); }));
        } else {
            QCOMPARE(m.decision().options.size(), old.options.size() + 1);
            QTRY_VERIFY(std::any_of(m.decision().options.cbegin(), m.decision().options.cend(),
                                [](const Option &o) { return o.name == QLatin1StringView("2 zones"); }));
        }
    }

    void addTriggerAndRiskTakeTheTypingAtOnce_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("button");
        QTest::newRow("condition trigger") << 2 << QStringLiteral("addTrigger");
        QTest::newRow("risk") << 1 << QStringLiteral("addRisk");
    }
    void addTriggerAndRiskTakeTheTypingAtOnce()
    {
        QFETCH(int, page);
        QFETCH(QString, button);
        Meeting m;
        QVERIFY(m.ready());
        m.editor->findChild<QTabWidget *>()->setCurrentIndex(page);
        auto *add = m.editor->findChild<QPushButton *>(button);
        QVERIFY(add);
        // a real mnemonic: the button's text names its key
        const QString text = add->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const Qt::Key letter = Qt::Key(QKeySequence::mnemonic(text)[0].key());
        const Decision old = m.decision();
        key(letter, Qt::AltModifier);
        type(QStringLiteral("3 fired"));
        key(Qt::Key_Return);
        QCOMPARE(scoresOf(m.decision()), scoresOf(old));
        if (page == 2) {
            QCOMPARE(m.decision().revisitTriggers.size(), old.revisitTriggers.size() + 1);
            QTRY_VERIFY(std::any_of(m.decision().revisitTriggers.cbegin(), m.decision().revisitTriggers.cend(),
                                [](const RevisitTrigger &t) { return t.condition == QLatin1StringView("3 fired"); }));
        } else {
            QCOMPARE(m.decision().risks.size(), old.risks.size() + 1);
            QTRY_VERIFY(std::any_of(m.decision().risks.cbegin(), m.decision().risks.cend(),
                                [](const Risk &r) { return r.text == QLatin1StringView("3 fired"); }));
        }
    }
};

QTEST_MAIN(TestAddShortcuts)
#include "tst_addshortcuts.moc"
