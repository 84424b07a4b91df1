// FieldBinder: a widget's change becomes one edit of a copy of the item, named and merged by
// field; a refused edit puts the item's value back; a change of the item reaches only the
// widgets that show something else, without being taken for an edit; read-only locks every
// bound widget; the binder's connections end with it.
#include "common/testsupport.h"
#include "ui/widgets/fieldbinder.h"

#include <QTest>
#include <memory>

using namespace archbench;

namespace {

struct Thing {
    QString title;
    bool done = false;
    std::optional<double> cost;
    int kind = 0;
    QString notes;
};

struct Edit {
    QString undoText;
    QString field;
};

struct Form {
    Thing item;
    bool refuse = false;
    QList<Edit> edits;
    QLineEdit title;
    QCheckBox done;
    ui::OptionalDoubleSpinBox cost;
    QComboBox kind;
    QPlainTextEdit notes;
    std::unique_ptr<ui::FieldBinder<Thing>> binder;

    Form()
    {
        kind.addItem(QStringLiteral("Small"), 0);
        kind.addItem(QStringLiteral("Large"), 7);
        binder = std::make_unique<ui::FieldBinder<Thing>>(
            [this] { return &item; },
            [this](const Thing &after, const QString &undoText, const QString &field) {
                if (refuse)
                    return false;
                item = after;
                edits << Edit{undoText, field};
                return true;
            });
        binder->text(&title, QStringLiteral("title"), QStringLiteral("Rename"), [](const Thing &t) { return t.title; },
                     [](Thing &t, const QString &v) { t.title = v; });
        binder->check(&done, QStringLiteral("Mark done"), [](const Thing &t) { return t.done; },
                      [](Thing &t, bool v) { t.done = v; });
        binder->optionalNumber(&cost, QStringLiteral("cost"), QStringLiteral("Change cost"),
                               [](const Thing &t) { return t.cost; },
                               [](Thing &t, std::optional<double> v) { t.cost = v; });
        binder->choice(&kind, QStringLiteral("Change kind"), [](const Thing &t) { return t.kind; },
                       [](Thing &t, int v) { t.kind = v; });
        binder->plainText(&notes, QStringLiteral("notes"), QStringLiteral("Edit notes"),
                          [](const Thing &t) { return t.notes; }, [](Thing &t, const QString &v) { t.notes = v; });
    }
};

} // namespace

class TestFieldBinder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void typingEditsTheItemByField()
    {
        Form f;
        f.title.setFocus();
        QTest::keyClicks(&f.title, QStringLiteral("Ab"));
        QCOMPARE(f.item.title, QStringLiteral("Ab"));
        QCOMPARE(f.edits.size(), 2); // one per key, merged by their field into one undo step
        QCOMPARE(f.edits[0].field, QStringLiteral("title"));
        QCOMPARE(f.edits[1].undoText, QStringLiteral("Rename"));

        f.done.click();
        QVERIFY(f.item.done);
        QCOMPARE(f.edits.last().field, QString()); // a toggle is its own step

        f.cost.setOptionalValue(12.5);
        QCOMPARE(f.item.cost, std::optional<double>(12.5));
        f.cost.setOptionalValue(std::nullopt); // cleared: not set, not zero
        QCOMPARE(f.item.cost, std::nullopt);

        f.kind.setCurrentIndex(1); // a program's change of the index is no choice of the user's
        QCOMPARE(f.item.kind, 0);
        emit f.kind.activated(1);
        QCOMPARE(f.item.kind, 7);

        f.notes.setPlainText(QStringLiteral("line"));
        QCOMPARE(f.item.notes, QStringLiteral("line"));
    }

    void aRefusedEditPutsTheValueBack()
    {
        Form f;
        f.refuse = true;
        f.done.click();
        QVERIFY(!f.item.done);
        QVERIFY(!f.done.isChecked());
        f.cost.setOptionalValue(3);
        QCOMPARE(f.cost.optionalValue(), std::nullopt);
        QVERIFY(f.edits.isEmpty());
    }

    void aChangeOfTheItemReachesTheWidgetsWithoutAnEdit()
    {
        Form f;
        f.item.title = QStringLiteral("From undo");
        f.item.cost = 4;
        f.item.kind = 7;
        f.item.notes = QStringLiteral("restored");
        f.binder->refresh(f.item);
        QCOMPARE(f.title.text(), QStringLiteral("From undo"));
        QCOMPARE(f.cost.optionalValue(), std::optional<double>(4));
        QCOMPARE(f.kind.currentData().toInt(), 7);
        QCOMPARE(f.notes.toPlainText(), QStringLiteral("restored"));
        QVERIFY(f.edits.isEmpty());
        // a widget already showing the value is left alone: the cursor stays where it is
        f.title.setCursorPosition(4);
        f.binder->refresh(f.item);
        QCOMPARE(f.title.cursorPosition(), 4);
    }

    void readOnlyLocksEveryField()
    {
        Form f;
        f.binder->setEditable(false);
        QVERIFY(f.title.isReadOnly());
        QVERIFY(!f.done.isEnabled());
        QVERIFY(f.cost.isReadOnly());
        QVERIFY(!f.kind.isEnabled());
        QVERIFY(f.notes.isReadOnly());
        f.binder->setEditable(true);
        QVERIFY(!f.title.isReadOnly());
        QVERIFY(f.done.isEnabled());
    }

    void theConnectionsEndWithTheBinder()
    {
        Form f;
        f.binder.reset();
        f.done.click(); // nobody listens: no edit, no crash
        f.title.setFocus();
        QTest::keyClicks(&f.title, QStringLiteral("x"));
        QVERIFY(f.edits.isEmpty());
    }
};

QTEST_MAIN(TestFieldBinder)
#include "tst_fieldbinder.moc"
