#include "subcommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace archbench::cli {

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all = {
        {"convert", QT_TRANSLATE_NOOP("archbench::cli", "Convert a project between .archbench and .json"), false, &runConvert},
        {"validate", QT_TRANSLATE_NOOP("archbench::cli", "Check a project file and report the first problem"), false, &runValidate},
        {"score", QT_TRANSLATE_NOOP("archbench::cli", "Weighted scores, ranks and sensitivity of decisions"), false, &runScore},
        {"review", QT_TRANSLATE_NOOP("archbench::cli", "Risk counts of Well-Architected reviews"), false, &runReview},
        {"drills", QT_TRANSLATE_NOOP("archbench::cli", "Verdicts of disaster-recovery drills"), false, &runDrills},
        {"cost", QT_TRANSLATE_NOOP("archbench::cli", "Figures of cost models"), false, &runCost},
        {"export", QT_TRANSLATE_NOOP("archbench::cli", "Export a Markdown or PDF report"), true, &runExport},
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &s : subcommands())
        if (name == QLatin1StringView(s.name))
            return &s;
    return nullptr;
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace archbench::cli
