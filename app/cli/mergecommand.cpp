// archbench diff A B [--json]: what changed from A to B, by entity and field (exit 0 equal,
// 1 different, 2 refused).
// archbench merge BASE OURS THEIRS -o OUT [--json]: three-way merge (exit 0 clean, 1 with
// conflicts: OUT then holds ours for each conflicting field, 2 refused).
// Any mix of .archbench and .json; files without either extension (git's merge-driver
// temporaries) are told apart by their first bytes. The engine is core/merge.
#include "subcommand.h"

#include "core/merge/projectmerge.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <thread>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::Merge)
};

std::optional<core::ProjectData> read(const char *name, const QString &path)
{
    auto data = core::readProjectFile(path);
    if (!data) {
        const QString reason = data.error().message;
        printErr(QStringLiteral("archbench %1: %2\n")
                     .arg(QLatin1StringView(name), reason.contains(path) ? reason : QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason));
        return std::nullopt;
    }
    return std::move(*data);
}

QJsonValue orNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

int runDiff(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("A B [--json]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Says what changed from project A to project B, by entity and field: scores, weights, "
                                   "titles, answers, action items. Exits 0 when they are equal, 1 when they differ, 2 when "
                                   "a file is refused."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the changes as JSON (INTERCHANGE.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("A"), Text::tr("The project before (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("B"), Text::tr("The project after."));
    if (const auto done = parseCommandLine(parser, arguments, "diff", 2, synopses))
        return *done == Success ? Success : int(Refused);
    const QStringList files = parser.positionalArguments();
    const auto a = read("diff", files[0]);
    if (!a)
        return Refused;
    const auto b = read("diff", files[1]);
    if (!b)
        return Refused;
    const QList<core::ProjectChange> changes = core::ProjectMerge::diff(*a, *b);
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const core::ProjectChange &c : changes)
            list.append(QJsonObject{{QStringLiteral("path"), c.path},
                                    {QStringLiteral("from"), orNull(c.from)},
                                    {QStringLiteral("to"), orNull(c.to)},
                                    {QStringLiteral("words"), c.words}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("changes"), list}}).toJson(QJsonDocument::Indented)));
    } else {
        for (const core::ProjectChange &c : changes)
            printOut(c.words + QLatin1Char('\n'));
        if (changes.isEmpty())
            printOut(Text::tr("No differences.\n"));
    }
    return changes.isEmpty() ? Success : Failure;
}

int runMerge(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("BASE OURS THEIRS -o OUT [--json]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Three-way merge of two versions of a project that both started from BASE: every change "
                                   "of either side that does not conflict applies; a conflict (both sides changed one field "
                                   "differently, or one deleted what the other changed) keeps ours and is listed. Exits 0 "
                                   "when clean, 1 with conflicts, 2 when a file is refused. As git's merge driver: archbench "
                                   "merge %O %A %B -o %A."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       Text::tr("The merged project to write; its extension, else OURS, decides the format."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Report the conflicts as JSON (INTERCHANGE.md)."));
    parser.addOptions({outOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("BASE"), Text::tr("The version both sides started from."));
    parser.addPositionalArgument(QStringLiteral("OURS"), Text::tr("Our version (kept where the sides conflict)."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), Text::tr("Their version."));
    if (const auto done = parseCommandLine(parser, arguments, "merge", 3, synopses))
        return *done == Success ? Success : int(Refused);
    if (!parser.isSet(outOption)) {
        usageError("merge", Text::tr("no output file given (-o OUT)"), synopses);
        return Refused;
    }
    const QStringList files = parser.positionalArguments();
    // the three files read side by side (each is checked like any opened project)
    std::array<core::Expected<core::ProjectData>, 3> loaded{core::Error{}, core::Error{}, core::Error{}};
    {
        std::thread first([&] { loaded[0] = core::readProjectFile(files[0]); });
        std::thread second([&] { loaded[2] = core::readProjectFile(files[2]); });
        loaded[1] = core::readProjectFile(files[1]);
        first.join();
        second.join();
    }
    for (int i = 0; i < 3; ++i)
        if (!loaded[i]) {
            const QString reason = loaded[i].error().message;
            printErr(QStringLiteral("archbench merge: %1\n")
                         .arg(reason.contains(files[i]) ? reason : QDir::toNativeSeparators(files[i]) + QStringLiteral(": ") + reason));
            return Refused;
        }
    const core::ProjectData *base = &*loaded[0], *ours = &*loaded[1], *theirs = &*loaded[2];
    if (base->project.id != ours->project.id || base->project.id != theirs->project.id) {
        printErr(Text::tr("archbench merge: these are not versions of one project (project ids %1, %2, %3); a merge needs "
                          "the version both sides started from\n")
                     .arg(base->project.id, ours->project.id, theirs->project.id));
        return Refused;
    }
    // a BASE saved after one of the sides cannot be what both started from
    for (const auto &[side, name] : {std::pair{ours, files[1]}, std::pair{theirs, files[2]}})
        if (base->project.modified.isValid() && side->project.modified.isValid() && base->project.modified > side->project.modified) {
            printErr(Text::tr("archbench merge: %1 was saved after %2, so it is not the version both sides started from\n")
                         .arg(QDir::toNativeSeparators(files[0]), QDir::toNativeSeparators(name)));
            return Refused;
        }
    auto merged = core::ProjectMerge::merge(*base, *ours, *theirs);
    if (!merged) {
        printErr(QStringLiteral("archbench merge: ") + merged.error().message + QLatin1Char('\n'));
        return Refused;
    }
    const QString out = parser.value(outOption);
    const core::ProjectFileFormat format = out.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)        ? core::ProjectFileFormat::Json
                                           : out.endsWith(QStringLiteral(".archbench"), Qt::CaseInsensitive) ? core::ProjectFileFormat::Archbench
                                                                                                            : core::projectFileFormat(files[1]);
    if (auto written = core::writeProjectFile(merged->merged, out, format); !written) {
        printErr(QStringLiteral("archbench merge: %1: %2\n").arg(QDir::toNativeSeparators(out), written.error().message));
        return Refused; // 1 means conflicts: an output that cannot be written is not one
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray conflicts;
        for (const core::MergeConflict &c : merged->conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("path"), c.path},
                                         {QStringLiteral("base"), orNull(c.base)},
                                         {QStringLiteral("ours"), orNull(c.ours)},
                                         {QStringLiteral("theirs"), orNull(c.theirs)}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), conflicts},
                                                             {QStringLiteral("merged"), merged->merged_changes}})
                                       .toJson(QJsonDocument::Indented)));
    } else {
        for (const core::MergeConflict &c : merged->conflicts)
            printErr(Text::tr("conflict: %1: base %2, ours %3, theirs %4 (kept ours)\n")
                         .arg(c.path, core::ProjectMerge::valueText(c.base), core::ProjectMerge::valueText(c.ours),
                              core::ProjectMerge::valueText(c.theirs)));
        printOut(merged->conflicts.isEmpty()
                     ? Text::tr("Merged cleanly: %1 changes taken from theirs.\n").arg(merged->merged_changes)
                 : merged->conflicts.size() == 1
                     ? Text::tr("Merged with 1 conflict (ours kept): %1 changes taken from theirs.\n").arg(merged->merged_changes)
                     : Text::tr("Merged with %1 conflicts (ours kept for each): %2 changes taken from theirs.\n")
                           .arg(merged->conflicts.size())
                           .arg(merged->merged_changes));
    }
    return merged->conflicts.isEmpty() ? Success : Failure;
}

} // namespace archbench::cli
