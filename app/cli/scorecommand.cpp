#include "subcommand.h"

#include <QCoreApplication>

namespace archbench::cli {

int runScore(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    printErr(QCoreApplication::translate("archbench::cli", "archbench score: not available in this build\n"));
    return Failure;
}

} // namespace archbench::cli
