// archbench lens check LENS.json [--json]: for lens authors. Loads the lens with every check of
// File ▸ Import Lens… (a broken lens is refused: exit 2, the reason on stderr) and then runs
// core::LensCheck: answers no risk rule rates and rules that never decide the risk. Warnings
// do not fail the command (exit 0): one per line, then a summary line.
#include "subcommand.h"

#include "core/review/lenscheck.h"
#include "core/review/lensloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli)
};

/// The same bound as File ▸ Import Lens…: a bigger file is no lens.
constexpr qint64 kMaxLensFileBytes = 8 * 1024 * 1024;

const QStringList kSynopses{QStringLiteral("check LENS.json [--json]")};

int usageError(const QString &message)
{
    return cli::usageError("lens", message, kSynopses);
}

QJsonObject toJson(const core::Lens &lens, const core::LensCheckResult &result)
{
    QJsonArray warnings;
    for (const core::LensWarning &w : result.warnings) {
        QJsonObject o{{QStringLiteral("question"), w.question},
                      {QStringLiteral("place"), w.path},
                      {QStringLiteral("kind"), w.kind == core::LensWarning::Kind::Unrated ? QStringLiteral("unrated")
                                                                                           : QStringLiteral("dead-rule")},
                      {QStringLiteral("sampled"), w.sampled},
                      {QStringLiteral("message"), w.message}};
        if (w.kind == core::LensWarning::Kind::Unrated)
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(w.choices));
        else
            o.insert(QStringLiteral("rule"), w.rule);
        warnings.append(o);
    }
    return QJsonObject{{QStringLiteral("lens"), lens.name},
                       {QStringLiteral("questions"), result.questions},
                       {QStringLiteral("exhaustive"), result.exhaustive},
                       {QStringLiteral("sampled"), result.sampled},
                       {QStringLiteral("unchecked"), result.unchecked},
                       {QStringLiteral("warnings"), warnings}};
}

} // namespace

int runLens(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser,
        Text::tr("Checks a Well-Architected lens (AWS custom-lens JSON) for its authors: which answers no risk "
                 "rule rates (they would be unrated) and which rules never decide the risk. A lens that cannot "
                 "be imported is refused with the reason."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("check: load the lens and check its risk rules."));
    parser.addPositionalArgument(QStringLiteral("LENS"), Text::tr("The lens file (.json)."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the warnings as JSON."));
    parser.addOption(json);
    if (const auto done = parseCommandLine(parser, arguments, "lens", -1, kSynopses))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Text::tr("no action given (check is the only one)"));
    if (positional.first() != QLatin1StringView("check"))
        return usageError(Text::tr("unknown action \"%1\" (check is the only one)").arg(positional.first()));
    if (positional.size() != 2)
        return usageError(positional.size() == 1 ? Text::tr("no lens file given") : Text::tr("give exactly one lens file"));

    const QString path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(Text::tr("archbench lens: %1: cannot be read (%2)\n").arg(path, file.errorString()));
        return Refused;
    }
    if (file.size() > kMaxLensFileBytes) {
        printErr(Text::tr("archbench lens: %1: larger than %2 MB, not a lens\n").arg(path).arg(kMaxLensFileBytes / (1024 * 1024)));
        return Refused;
    }
    const auto lens = core::LensLoader::fromJson(file.read(kMaxLensFileBytes + 1));
    if (!lens) {
        printErr(Text::tr("archbench lens: %1: %2\n").arg(path, lens.error().message));
        return Refused;
    }
    const core::LensCheckResult result = core::LensCheck::check(*lens);
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(*lens, result)).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString out;
    for (const core::LensWarning &w : result.warnings)
        out += w.message + QLatin1Char('\n');
    out += core::LensCheck::summary(*lens, result) + QLatin1Char('\n');
    printOut(out);
    return Success;
}

} // namespace archbench::cli
