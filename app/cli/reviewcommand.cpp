#include "subcommand.h"

#include <QCoreApplication>

namespace archbench::cli {

int runReview(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    printErr(QCoreApplication::translate("archbench::cli", "archbench review: not available in this build\n"));
    return Failure;
}

} // namespace archbench::cli
