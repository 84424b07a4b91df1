// Risk-rule conditions: precedence (! > && > ||), negation, parentheses, `default`, and
// refusals that point at the right character.
#include "common/testsupport.h"
#include "core/review/riskcondition.h"

#include <QRandomGenerator>
#include <QTest>

using namespace archbench::core;

class TestRiskCondition : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void evaluate_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<bool>("holds");

        const QStringList none;
        const QStringList a{QStringLiteral("a")};
        const QStringList b{QStringLiteral("b")};
        const QStringList c{QStringLiteral("c")};
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList bc{QStringLiteral("b"), QStringLiteral("c")};
        const QStringList ac{QStringLiteral("a"), QStringLiteral("c")};

        QTest::newRow("single choice ticked") << QStringLiteral("a") << a << true;
        QTest::newRow("single choice not ticked") << QStringLiteral("a") << b << false;
        QTest::newRow("default with nothing") << QStringLiteral("default") << none << true;
        QTest::newRow("default padded") << QStringLiteral("  default ") << a << true;
        QTest::newRow("and both") << QStringLiteral("a && b") << ab << true;
        QTest::newRow("and one") << QStringLiteral("a && b") << a << false;
        QTest::newRow("or one") << QStringLiteral("a || b") << b << true;
        QTest::newRow("or none") << QStringLiteral("a || b") << c << false;
        // && binds tighter than ||: a || (b && c)
        QTest::newRow("precedence a only") << QStringLiteral("a || b && c") << a << true;
        QTest::newRow("precedence b only") << QStringLiteral("a || b && c") << b << false;
        QTest::newRow("precedence b and c") << QStringLiteral("a || b && c") << bc << true;
        // (a && b) || c
        QTest::newRow("precedence left and") << QStringLiteral("a && b || c") << c << true;
        QTest::newRow("precedence left and, a only") << QStringLiteral("a && b || c") << a << false;
        // parentheses override
        QTest::newRow("parens a only") << QStringLiteral("(a || b) && c") << a << false;
        QTest::newRow("parens a and c") << QStringLiteral("(a || b) && c") << ac << true;
        // ! binds tightest: (!a) && b
        QTest::newRow("not tighter than and") << QStringLiteral("!a && b") << ab << false;
        QTest::newRow("not tighter than and, b") << QStringLiteral("!a && b") << b << true;
        QTest::newRow("not over parens") << QStringLiteral("!(a && b)") << a << true;
        QTest::newRow("not over parens, both") << QStringLiteral("!(a && b)") << ab << false;
        QTest::newRow("double not") << QStringLiteral("!!a") << a << true;
        QTest::newRow("not tighter than or") << QStringLiteral("!a || b") << a << false;
        QTest::newRow("no spaces") << QStringLiteral("a&&!b||c") << a << true;
        QTest::newRow("nested parens") << QStringLiteral("((a)) && ((b || (c)))") << ac << true;
        QTest::newRow("ids with dashes and underscores")
            << QStringLiteral("rel-backup-auto && !rel_backup.test") << QStringList{QStringLiteral("rel-backup-auto")} << true;
        QTest::newRow("left to right and chain") << QStringLiteral("a && b && c") << ab << false;
    }

    void evaluate()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, selected);
        QFETCH(bool, holds);
        int position = -1;
        auto parsed = RiskCondition::parse(condition, &position);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(position, -1);
        QCOMPARE(parsed->evaluate(QSet<QString>(selected.cbegin(), selected.cend())), holds);
    }

    void references()
    {
        auto parsed = RiskCondition::parse(QStringLiteral("a && (bb || !c)"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->references().size(), 3);
        QCOMPARE(parsed->references().at(0).choice, QStringLiteral("a"));
        QCOMPARE(parsed->references().at(0).position, 1);
        QCOMPARE(parsed->references().at(1).choice, QStringLiteral("bb"));
        QCOMPARE(parsed->references().at(1).position, 7);
        QCOMPARE(parsed->references().at(2).position, 14);
        QVERIFY(!parsed->isDefault());
        QVERIFY(RiskCondition::parse(QStringLiteral("default"))->isDefault());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QString() << 1 << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << 4 << QStringLiteral("empty");
        QTest::newRow("single ampersand") << QStringLiteral("a & b") << 3 << QStringLiteral("'&&'");
        QTest::newRow("single bar") << QStringLiteral("a | b") << 3 << QStringLiteral("'||'");
        QTest::newRow("dangling and") << QStringLiteral("a &&") << 5 << QStringLiteral("ends where");
        QTest::newRow("dangling not") << QStringLiteral("a && !") << 7 << QStringLiteral("ends where");
        QTest::newRow("leading operator") << QStringLiteral("&& a") << 1 << QStringLiteral("before '&'");
        QTest::newRow("double operator") << QStringLiteral("a && || b") << 6 << QStringLiteral("before '|'");
        QTest::newRow("missing close paren") << QStringLiteral("(a || b") << 8 << QStringLiteral("missing ')' for the '(' at character 1");
        QTest::newRow("missing inner close paren") << QStringLiteral("a && (b || (c)") << 15 << QStringLiteral("'(' at character 6");
        QTest::newRow("stray close paren") << QStringLiteral("a) && b") << 2 << QStringLiteral("without a matching '('");
        QTest::newRow("empty parens") << QStringLiteral("a && ()") << 7 << QStringLiteral("before ')'");
        QTest::newRow("two ids") << QStringLiteral("a b") << 3 << QStringLiteral("expected '&&', '||'");
        QTest::newRow("bad character") << QStringLiteral("a && $b") << 6 << QStringLiteral("unexpected character '$'");
        QTest::newRow("default inside") << QStringLiteral("a || default") << 6 << QStringLiteral("'default' must be the whole condition");
        QTest::newRow("too deep") << QString(100, u'(') + QStringLiteral("a") + QString(100, u')') << 66
                                  << QStringLiteral("nested too deeply");
        QTest::newRow("too long") << QString(RiskCondition::kMaxLength + 1, u'a') << RiskCondition::kMaxLength + 1
                                  << QStringLiteral("longer than");
    }

    void errors()
    {
        QFETCH(QString, condition);
        QFETCH(int, position);
        QFETCH(QString, reason);
        int at = -1;
        auto parsed = RiskCondition::parse(condition, &at);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
        QCOMPARE(at, position);
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    }

    void randomInputNeverMisplacesErrors()
    {
        // any string either parses, or is refused with a reason and a position inside it
        QRandomGenerator random(20261128);
        const QString alphabet = QStringLiteral("ab!&|() $_");
        for (int n = 0; n < 5000; ++n) {
            QString text;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(random.bounded(alphabet.size())));
            int position = -1;
            auto parsed = RiskCondition::parse(text, &position);
            if (parsed.ok()) {
                QCOMPARE(position, -1);
                parsed->evaluate({QStringLiteral("a")});
                for (const RiskCondition::Reference &ref : parsed->references())
                    QCOMPARE(text.mid(ref.position - 1, ref.choice.size()), ref.choice);
            } else {
                QVERIFY2(!parsed.error().message.isEmpty(), qPrintable(text));
                QVERIFY2(position >= 1 && position <= text.size() + 1, qPrintable(text));
            }
        }
    }

    void longChainsEvaluate()
    {
        // a1 && a2 && ... within the length limit evaluates without trouble
        QStringList ids;
        for (int i = 0; i < 300; ++i)
            ids << QStringLiteral("c%1").arg(i);
        auto parsed = RiskCondition::parse(ids.join(QStringLiteral("&&")));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->evaluate(QSet<QString>(ids.cbegin(), ids.cend())));
        ids.removeLast();
        QVERIFY(!parsed->evaluate(QSet<QString>(ids.cbegin(), ids.cend())));
    }
};

QTEST_GUILESS_MAIN(TestRiskCondition)
#include "tst_riskcondition.moc"
