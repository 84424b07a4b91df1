#include "subcommand.h"

#include <QCoreApplication>

namespace archbench::cli {

int runValidate(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    printErr(QCoreApplication::translate("archbench::cli", "archbench validate: not available in this build\n"));
    return Failure;
}

} // namespace archbench::cli
