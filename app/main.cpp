// archbench: a subcommand runs headless (QCoreApplication, or an offscreen QApplication for
// PDF export: its charts are QGraphicsWidgets, which need QApplication); without one, the
// GUI starts.
#include "cli/subcommand.h"

#include <QApplication>
#include <QCoreApplication>

using namespace archbench;

int main(int argc, char *argv[])
{
    const cli::Subcommand *sub = argc > 1 ? cli::findSubcommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    if (sub) {
        if (sub->needsGui) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return sub->run(QCoreApplication::arguments().mid(1));
        }
        QCoreApplication app(argc, argv);
        return sub->run(QCoreApplication::arguments().mid(1));
    }
    QApplication app(argc, argv);
    return 0;
}
