// ItemTableModel<T> (ui/itemtablemodel.h), the base of the table models over one list inside
// an item: every row helper is one undo command and refused on a read-only project or a
// removed item; the rows follow the document (a reset when the count moves, dataChanged when
// it stays); a model over a removed item is empty. The model here is written for the test:
// one column over a drill's findings, through the base's helpers only.
#include "common/testsupport.h"
#include "shellfixtures.h"
#include "ui/commands/itemcommands.h"
#include "ui/itemtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {

class PlanModel : public ui::ItemTableModel<Drill> {
public:
    PlanModel(ui::ProjectDocument *document, const QString &drillId)
        : ItemTableModel(document, drillId, nullptr)
    {
        initializeRows();
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Drill *d = item();
        if (!d || !index.isValid() || index.row() >= d->findings.size() || role != Qt::DisplayRole)
            return {};
        return d->findings[index.row()].planSays;
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        return role == Qt::EditRole
               && editRow(&Drill::findings, index.row(), QStringLiteral("Edit"),
                          [&](Finding &f) { f.planSays = value.toString(); });
    }
    int add(int at, const QString &text)
    {
        return insertRowInto(&Drill::findings, at, Finding{text, {}}, QStringLiteral("Add"));
    }
    bool remove(QList<int> rows)
    {
        return removeRowsOf(&Drill::findings, std::move(rows), QStringLiteral("Remove one"),
                            QStringLiteral("Remove many"));
    }
    bool move(int from, int to) { return moveRowOf(&Drill::findings, from, to, QStringLiteral("Move")); }

protected:
    int rowsIn(const Drill &d) const override { return int(d.findings.size()); }
};

QStringList column(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, 0).data().toString();
    return texts;
}

} // namespace

class TestItemTableModel : public QObject {
    Q_OBJECT

private:
    Project m_project{test::sampleProject()};
    QUndoStack m_stack;
    ui::ProjectDocument m_document{&m_project, &m_stack};
    QString m_drillId;

    /// A drill whose findings are a, b, c.
    void setFindings()
    {
        ui::ItemHandle<Drill> drill(&m_document, m_drillId);
        drill.edit(QStringLiteral("Set"), [](Drill &d) {
            d.findings = {Finding{QStringLiteral("a"), {}}, Finding{QStringLiteral("b"), {}},
                          Finding{QStringLiteral("c"), {}}};
        });
        m_stack.clear();
    }

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        m_drillId = m_project.items<Drill>().first().id;
    }
    void init()
    {
        m_project.setReadOnly(false);
        setFindings();
    }

    void rowHelpersAreOneUndoStepEach()
    {
        PlanModel model(&m_document, m_drillId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        QCOMPARE(model.add(1, QStringLiteral("x")), 1);
        QCOMPARE(model.add(-1, QStringLiteral("end")), 4);
        QCOMPARE(model.add(99, QStringLiteral("clamped")), 5);
        QCOMPARE(column(model), QStringList({QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("end"), QStringLiteral("clamped")}));
        QCOMPARE(m_stack.count(), 3);

        // any order, repeats and rows out of range: one step, named for how many it removes
        QVERIFY(model.remove({4, 1, 4, 17, -3, 5}));
        QCOMPARE(column(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(m_stack.count(), 4);
        QCOMPARE(m_stack.undoText(), QStringLiteral("Remove many"));
        QVERIFY(model.remove({1, 1})); // a repeat removes one row, not the next one too
        QCOMPARE(column(model), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(m_stack.undoText(), QStringLiteral("Remove one"));
        m_stack.undo();
        QVERIFY(model.remove({2}));
        QCOMPARE(m_stack.undoText(), QStringLiteral("Remove one"));
        QVERIFY(!model.remove({9}));
        QVERIFY(!model.remove({}));
        QCOMPARE(m_stack.count(), 5);

        QVERIFY(model.move(0, 1));
        QCOMPARE(column(model), QStringList({QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(!model.move(0, 0));
        QVERIFY(!model.move(0, 2));
        QVERIFY(!model.move(-1, 0));

        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("B"), Qt::EditRole));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("B"), Qt::EditRole)); // unchanged
        QCOMPARE(column(model), QStringList({QStringLiteral("B"), QStringLiteral("a")}));
        QCOMPARE(m_stack.count(), 7);

        while (m_stack.canUndo())
            m_stack.undo();
        QCOMPARE(column(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void rowsFollowTheDocument()
    {
        PlanModel model(&m_document, m_drillId);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ui::ItemHandle<Drill> other(&m_document, m_drillId); // an edit from elsewhere
        QVERIFY(other.edit(QStringLiteral("Rename"), [](Drill &d) { d.findings[2].planSays = QStringLiteral("C"); }));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0)); // the table: rows do not say what changed
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, 0));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("C"));

        QVERIFY(other.edit(QStringLiteral("Drop"), [](Drill &d) { d.findings.removeLast(); }));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        m_stack.undo();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 3);
    }

    void readOnlyAndRemovedRefuse()
    {
        PlanModel model(&m_document, m_drillId);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_project.setReadOnly(true);
        QCOMPARE(changed.count(), 1); // the flags changed
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(model.add(0, QStringLiteral("x")), -1);
        QVERIFY(!model.remove({0}));
        QVERIFY(!model.move(0, 1));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::EditRole));
        QCOMPARE(m_stack.count(), 0);
        m_project.setReadOnly(false);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

        QVERIFY(ui::commands::removeItem<Drill>(&m_stack, &m_project, m_drillId, QStringLiteral("Remove")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.add(0, QStringLiteral("x")), -1);
        m_stack.undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.itemId(), m_drillId);
    }
};

QTEST_MAIN(TestItemTableModel)
#include "tst_itemtablemodel.moc"
