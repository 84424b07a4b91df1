// ADR folders (core/report/adrfolder.h, adrwriter.h): the files follow MADR 4's template
// structure (or adr-tools' Nygard form), numbers stay with their decisions through reorders,
// renames and deletions, files that are not ours are never touched, and the same project gives
// the same bytes.
//
// The MADR 4 structure checked here is written from MADR's documented template
// (adr-template.md of MADR 4.0): optional front matter with the keys status, date,
// decision-makers, consulted and informed; one `#` title; then, in this order and each at most
// once, `## Context and Problem Statement`, `## Decision Drivers`, `## Considered Options`,
// `## Decision Outcome` (a "Chosen option: "…", because …" line) with `### Consequences` and
// `### Confirmation`, `## Pros and Cons of the Options` with one `###` per option, and
// `## More Information`. Bullets of consequences and pros and cons read "Good, because",
// "Neutral, because" or "Bad, because".
#include "common/testsupport.h"
#include "core/report/adrfolder.h"
#include "core/report/reportexport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    auto data = loadForExport(test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json")));
    if (!data.ok())
        qFatal("cannot read the sample");
    return *data;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

/// Exports and keeps the numbers in `data`, as the command line keeps them in the project.
AdrExport exportKeeping(ProjectData &data, const QString &folder, AdrFlavour flavour = AdrFlavour::Madr)
{
    auto result = exportAdrFolder(data, folder, flavour);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    keepAdrNumbers(data, *result);
    return *result;
}

/// The cells of a GFM table row, split at unescaped pipes.
QStringList cells(const QString &row)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == QLatin1Char('\\') && i + 1 < row.size()) {
            out.last() += row[++i];
        } else if (row[i] == QLatin1Char('|')) {
            out << QString();
        } else {
            out.last() += row[i];
        }
    }
    out.removeFirst();
    out.removeLast();
    for (QString &c : out)
        c = c.trimmed();
    return out;
}

struct Parsed {
    QStringList frontKeys;
    QHash<QString, QString> front;
    QStringList archbenchLines;
    QStringList headings;                 ///< "## Name" in order
    QHash<QString, QStringList> sections; ///< heading -> its lines
};

Parsed parse(const QString &text)
{
    Parsed p;
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype i = 0;
    if (lines.value(0) == QLatin1String("---")) {
        for (i = 1; i < lines.size() && lines[i] != QLatin1String("---"); ++i) {
            if (lines[i].startsWith(QLatin1Char(' '))) {
                p.archbenchLines << lines[i];
                continue;
            }
            const QString key = lines[i].section(QLatin1Char(':'), 0, 0);
            p.frontKeys << key;
            p.front.insert(key, lines[i].section(QLatin1Char(':'), 1).trimmed());
        }
        ++i;
    }
    QString current;
    for (; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1Char('#'))) {
            current = lines[i];
            p.headings << current;
        } else if (!current.isEmpty()) {
            p.sections[current] << lines[i];
        }
    }
    return p;
}

} // namespace

class TestAdrFolder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void followsMadrTemplate()
    {
        ProjectData data = sample();
        QTemporaryDir dir;
        const AdrExport result = exportKeeping(data, dir.path());
        QCOMPARE(result.written.size(), data.decisions.size());
        const QStringList madrKeys{QStringLiteral("status"), QStringLiteral("date"), QStringLiteral("decision-makers"),
                                   QStringLiteral("consulted"), QStringLiteral("informed"), QStringLiteral("archbench")};
        const QStringList order{QStringLiteral("## Context and Problem Statement"), QStringLiteral("## Decision Drivers"),
                                QStringLiteral("## Considered Options"), QStringLiteral("## Decision Outcome"),
                                QStringLiteral("### Consequences"), QStringLiteral("### Confirmation"),
                                QStringLiteral("## Pros and Cons of the Options"), QStringLiteral("## More Information")};
        for (const Decision &d : data.decisions) {
            const QString name = adrFileName(d.adrNumber, d);
            const QString text = QString::fromUtf8(bytes(QDir(dir.path()).filePath(name)));
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            const Parsed p = parse(text);
            // front matter: MADR's keys only (and our ids block), status and date once
            for (const QString &key : p.frontKeys)
                QVERIFY2(madrKeys.contains(key), qPrintable(name + QStringLiteral(": front matter key ") + key));
            QCOMPARE(QStringList(p.frontKeys).removeDuplicates(), 0);
            QVERIFY(QRegularExpression(QStringLiteral("\\A(proposed|rejected|accepted|deprecated|superseded by ADR-\\d{4})\\z"))
                        .match(p.front.value(QStringLiteral("status"))).hasMatch());
            QCOMPARE(p.front.value(QStringLiteral("date")), d.date.toString(Qt::ISODate));
            QCOMPARE(text.count(d.date.toString(Qt::ISODate)), 1); // the date once: no "Date:" and no "State on"
            QCOMPARE(text.count(QStringLiteral("\nstatus: ")), 1);
            // one title, then MADR's sections in MADR's order, each once
            QCOMPARE(p.headings.first(), QStringLiteral("# ") + d.title);
            QStringList sections;
            QStringList optionHeadings;
            for (const QString &h : p.headings.mid(1)) {
                if (order.contains(h))
                    sections << h;
                else if (sections.value(sections.size() - 1) == QLatin1String("## Pros and Cons of the Options") && h.startsWith(QLatin1String("### ")))
                    optionHeadings << h.mid(4);
                else
                    QFAIL(qPrintable(name + QStringLiteral(": heading not in MADR's template: ") + h));
            }
            QCOMPARE(sections, order);
            // Considered options: the bullets name the options; Pros and Cons has one heading each
            QStringList considered;
            for (const QString &l : p.sections.value(QStringLiteral("## Considered Options")))
                if (l.startsWith(QLatin1String("* ")))
                    considered << l.mid(2);
            QStringList names;
            for (const Option &o : d.options)
                names << o.name;
            QCOMPARE(considered, names);
            QCOMPARE(optionHeadings, names);
            // Decision Outcome opens with MADR's sentence
            const QStringList outcome = p.sections.value(QStringLiteral("## Decision Outcome"));
            if (!d.chosenOption.isEmpty())
                QVERIFY2(outcome.value(1).startsWith(QStringLiteral("Chosen option: \"")) && outcome.value(1).contains(QStringLiteral("\", because ")),
                         qPrintable(outcome.value(1)));
            // every bullet of consequences and of pros and cons is MADR's Good/Neutral/Bad form
            QStringList judged = p.sections.value(QStringLiteral("### Consequences"));
            for (const QString &h : p.headings)
                if (optionHeadings.contains(h.mid(4)))
                    judged << p.sections.value(h);
            for (const QString &l : judged)
                if (l.startsWith(QLatin1String("* ")))
                    QVERIFY2(QRegularExpression(QStringLiteral("\\A\\* (Good|Neutral|Bad), because ")).match(l).hasMatch(), qPrintable(l));
        }
    }

    void matrixReadsBack()
    {
        // What an importer does (issue 20): ids from the front matter, values from the table
        // under "Considered Options", rows in criteria order, columns in option order.
        ProjectData data = sample();
        QTemporaryDir dir;
        exportKeeping(data, dir.path());
        for (const Decision &d : data.decisions) {
            const Parsed p = parse(QString::fromUtf8(bytes(QDir(dir.path()).filePath(adrFileName(d.adrNumber, d)))));
            QStringList criteria, options;
            QStringList *list = nullptr;
            QString decisionId;
            for (const QString &l : p.archbenchLines) {
                if (l == QLatin1String("  criteria:"))
                    list = &criteria;
                else if (l == QLatin1String("  options:"))
                    list = &options;
                else if (l.startsWith(QLatin1String("    - ")) && list)
                    *list << l.mid(6).remove(QLatin1Char('"'));
                else if (l.startsWith(QLatin1String("  decision: ")))
                    decisionId = l.mid(12).remove(QLatin1Char('"'));
                if (!l.startsWith(QLatin1String("    - ")) && !l.endsWith(QLatin1Char(':')))
                    list = nullptr;
            }
            QCOMPARE(decisionId, d.id);
            QCOMPARE(criteria.size(), d.criteria.size());
            QCOMPARE(options.size(), d.options.size());
            QList<QStringList> rows;
            for (const QString &l : p.sections.value(QStringLiteral("## Considered Options")))
                if (l.startsWith(QLatin1Char('|')))
                    rows << cells(l);
            QVERIFY(rows.size() >= 2 + criteria.size());
            QCOMPARE(rows[0].size(), 2 + options.size());
            for (qsizetype r = 0; r < criteria.size(); ++r) {
                const QStringList &row = rows[2 + r];
                QCOMPARE(row.size(), 2 + options.size());
                QCOMPARE(row[0], d.criteria[r].name);
                QCOMPARE(row[1].toDouble(), d.criteria[r].weight);
                for (qsizetype c = 0; c < options.size(); ++c) {
                    double expected = -1;
                    for (const Score &s : d.scores)
                        if (s.option == options[c] && s.criterion == criteria[r])
                            expected = s.value;
                    bool ok = false;
                    const double value = row[2 + c].toDouble(&ok);
                    QCOMPARE(ok ? value : -1.0, expected);
                }
            }
        }
    }

    void triggerUnitsFollowTheirNumbers()
    {
        // The cache decision's trigger is on the metric "hit rate %": the Confirmation reads
        // "hit rate < 70 %, 64 % when recorded", not "hit rate % < 70, 64 when recorded".
        ProjectData data = sample();
        QTemporaryDir dir;
        exportKeeping(data, dir.path());
        QString all;
        for (const QString &f : QDir(dir.path()).entryList({QStringLiteral("*.md")}))
            all += QString::fromUtf8(bytes(QDir(dir.path()).filePath(f)));
        QVERIFY2(all.contains(QStringLiteral("(hit rate < 70 %, 64 % when recorded)")), qPrintable(all));
        // (the front matter holds the metric's name as it is: "hit rate %")
        QVERIFY(!all.contains(QStringLiteral("hit rate % ")));
    }

    void nygardForAdrTools()
    {
        ProjectData data = sample();
        QTemporaryDir dir;
        exportKeeping(data, dir.path(), AdrFlavour::Nygard);
        for (const Decision &d : data.decisions) {
            const QString name = adrFileName(d.adrNumber, d);
            const QString text = QString::fromUtf8(bytes(QDir(dir.path()).filePath(name)));
            // adr-tools takes the title from the first line, minus "# "
            QCOMPARE(text.section(QLatin1Char('\n'), 0, 0).mid(2), QStringLiteral("%1. %2").arg(d.adrNumber).arg(d.title));
            QCOMPARE(text.count(QStringLiteral("\nDate: ")), 1);
            QCOMPARE(text.count(d.date.toString(Qt::ISODate)), 1);
            const Parsed p = parse(text);
            QCOMPARE(p.headings.mid(1), (QStringList{QStringLiteral("## Status"), QStringLiteral("## Context"),
                                                     QStringLiteral("## Decision"), QStringLiteral("## Consequences")}));
            const QStringList status = p.sections.value(QStringLiteral("## Status"));
            if (d.status == DecisionStatus::Superseded) {
                const auto m = QRegularExpression(QStringLiteral("\\ASuperseded by \\[(\\d+)\\. .*\\]\\((.*\\.md)\\)\\z")).match(status.value(1));
                QVERIFY2(m.hasMatch(), qPrintable(status.value(1)));
                QVERIFY(QFile::exists(QDir(dir.path()).filePath(m.captured(2))));
                QVERIFY(m.captured(2).startsWith(QStringLiteral("%1-").arg(m.captured(1).toInt(), 4, 10, QLatin1Char('0'))));
            } else {
                QCOMPARE(status.value(1).toLower(), enumToString(d.status));
            }
        }
    }

    void supersedeLinksPointAtTheOtherFile()
    {
        ProjectData data = sample();
        QTemporaryDir dir;
        exportKeeping(data, dir.path());
        int checked = 0;
        for (const Decision &d : data.decisions) {
            if (d.supersededBy.isEmpty())
                continue;
            const Decision *successor = nullptr;
            for (const Decision &o : data.decisions)
                successor = o.id == d.supersededBy ? &o : successor;
            QVERIFY(successor);
            const QString text = QString::fromUtf8(bytes(QDir(dir.path()).filePath(adrFileName(d.adrNumber, d))));
            QVERIFY(text.contains(QStringLiteral("status: superseded by ADR-%1\n").arg(successor->adrNumber, 4, 10, QLatin1Char('0'))));
            QVERIFY2(text.contains(QStringLiteral("](") + adrFileName(successor->adrNumber, *successor) + QLatin1Char(')')), qPrintable(text));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void numbersSurviveReorderAndRename()
    {
        ProjectData data = sample();
        QTemporaryDir dir;
        exportKeeping(data, dir.path());
        const QStringList before = files(dir.path());
        QHash<QString, int> numbers;
        for (const Decision &d : data.decisions)
            numbers.insert(d.id, d.adrNumber);

        // reorder and rename, numbers kept in the project
        std::reverse(data.decisions.begin(), data.decisions.end());
        data.decisions[1].title = QStringLiteral("Renamed decision");
        const auto again = exportAdrFolder(data, dir.path());
        QVERIFY(again.ok());
        QVERIFY(again->assigned.isEmpty());
        QCOMPARE(again->removed.size(), 1);
        QCOMPARE(files(dir.path()).size(), before.size());
        QVERIFY(files(dir.path()).contains(QStringLiteral("%1-renamed-decision.md").arg(numbers.value(data.decisions[1].id), 4, 10, QLatin1Char('0'))));

        // the same with numbers the project never kept: the folder's records say who is who
        ProjectData fresh = sample();
        std::rotate(fresh.decisions.begin(), fresh.decisions.begin() + 1, fresh.decisions.end());
        const auto fromFolder = exportAdrFolder(fresh, dir.path());
        QVERIFY(fromFolder.ok());
        QCOMPARE(fromFolder->assigned.size(), fresh.decisions.size());
        for (const auto &[id, number] : fromFolder->assigned)
            QCOMPARE(number, numbers.value(id));
        QCOMPARE(files(dir.path()), before); // the renamed one went back to its old name
    }

    void respectsFilesThatAreNotOurs()
    {
        QTemporaryDir dir;
        const QString adrTools = QDir(dir.path()).filePath(QStringLiteral("0001-record-architecture-decisions.md"));
        const QByteArray adrToolsText = "# 1. Record architecture decisions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n";
        const QString hand = QDir(dir.path()).filePath(QStringLiteral("0007-use-kotlin.md"));
        for (const auto &[path, text] : {std::pair{adrTools, adrToolsText}, std::pair{hand, QByteArray("---\nstatus: accepted\n---\n\n# Use Kotlin\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QByteArray handText = bytes(hand);
        ProjectData data = sample();
        const AdrExport result = exportKeeping(data, dir.path());
        QCOMPARE(bytes(adrTools), adrToolsText);
        QCOMPARE(bytes(hand), handText);
        QList<int> given;
        for (const Decision &d : data.decisions)
            given << d.adrNumber;
        QCOMPARE(given, (QList<int>{8, 9, 10, 11}));
        QCOMPARE(result.lastAdrNumber, 11);
        QCOMPARE(files(dir.path()).size(), 2 + data.decisions.size());

        // a decision whose number is held by a file that is not its record: nothing written
        ProjectData clash = sample();
        clash.decisions[1].adrNumber = 1;
        QTemporaryDir other;
        QVERIFY(QFile::copy(adrTools, QDir(other.path()).filePath(QStringLiteral("0001-record-architecture-decisions.md"))));
        const auto refused = exportAdrFolder(clash, other.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("0001-record-architecture-decisions.md"))
                     && refused.error().message.contains(clash.decisions[1].title),
                 qPrintable(refused.error().message));
        QCOMPARE(files(other.path()).size(), 1);
    }

    void deletedNumbersAreNeverReused()
    {
        ProjectData data = sample();
        QTemporaryDir first;
        exportKeeping(data, first.path());
        const int last = data.decisions.last().adrNumber;
        QCOMPARE(data.project.lastAdrNumber, last);
        Decision added = data.decisions.first();
        added.id = QStringLiteral("new-one");
        added.title = QStringLiteral("A new decision");
        added.adrNumber = 0;
        data.decisions.removeLast();
        data.decisions << added;
        QTemporaryDir second; // a fresh folder: only the project remembers
        exportKeeping(data, second.path());
        QCOMPARE(data.decisions.last().adrNumber, last + 1);
    }

    void sameProjectSameBytes()
    {
        ProjectData data = sample();
        QTemporaryDir a, b;
        exportKeeping(data, a.path());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // numbers must not follow the machine
        const auto again = exportAdrFolder(data, b.path());
        QLocale::setDefault(QLocale::c());
        QVERIFY(again.ok());
        QCOMPARE(files(a.path()), files(b.path()));
        for (const QString &name : files(a.path())) {
            const QByteArray one = bytes(QDir(a.path()).filePath(name));
            QVERIFY(!one.isEmpty());
            QCOMPARE(bytes(QDir(b.path()).filePath(name)), one);
            QVERIFY(!one.contains("State on"));
            QVERIFY(!QString::fromUtf8(one).contains(QRegularExpression(QStringLiteral("\\bin \\d+ days|\\d+ days (ago|overdue)")))); // nothing relative to today
        }
    }

    void hostileTextKeepsTheStructure()
    {
        ProjectData data = sample();
        Decision &d = data.decisions.first();
        d.title = QStringLiteral("# Title | with <b>pipes</b>\n## and a heading");
        d.options[0].name = QStringLiteral("A | B");
        d.criteria[0].name = QStringLiteral("- looks like a list");
        d.context = QStringLiteral("---\nstatus: rejected\n---");
        QTemporaryDir dir;
        exportKeeping(data, dir.path());
        const Parsed p = parse(QString::fromUtf8(bytes(QDir(dir.path()).filePath(adrFileName(d.adrNumber, d)))));
        QCOMPARE(p.front.value(QStringLiteral("status")), QStringLiteral("accepted"));
        QCOMPARE(p.headings.first().left(2), QStringLiteral("# "));
        QCOMPARE(p.headings.value(1), QStringLiteral("## Context and Problem Statement"));
        for (const QString &l : p.sections.value(QStringLiteral("## Considered Options")))
            if (l.startsWith(QLatin1Char('|')))
                QCOMPARE(cells(l).size(), 2 + d.options.size());
    }
};

QTEST_GUILESS_MAIN(TestAdrFolder)
#include "tst_adrfolder.moc"
