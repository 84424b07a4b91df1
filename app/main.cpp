// archbench: a subcommand runs headless (QCoreApplication, or an offscreen QApplication for
// export: its charts are QGraphicsWidgets, which crash under a bare QGuiApplication);
// --help, --version and command-line errors are answered by a QCoreApplication too, so none
// of these needs a display. Otherwise the GUI starts.
#include "cli/subcommand.h"
#include "commandline.h"
#include "core/log.h"
#include "core/logging.h"
#include "screenshotprompts.h"
#include "ui/shell/filecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/themedicon.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

using namespace archbench;

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::Main)
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Archbench"));
    QCoreApplication::setApplicationName(QStringLiteral("archbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHBENCH_VERSION));
}

/// Loads Qt's own and Archbench's translations for `language` (empty: the system locale).
void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("archbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runSubcommand(const cli::Subcommand &sub, int argc, char *argv[])
{
    auto run = [&sub] {
        setIdentity();
        installTranslations(qEnvironmentVariable("ARCHBENCH_LANG"));
        core::logging::Options logging;
        logging.fallback = spdlog::level::warn; // stdout and stderr belong to the subcommand
        if (const auto ok = core::logging::initialize(logging); !ok) {
            cli::printErr(ok.error().message + QLatin1Char('\n'));
            return int(cli::Failure);
        }
        return sub.run(QCoreApplication::arguments().mid(1));
    };
    if (sub.needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return run();
    }
    QCoreApplication app(argc, argv);
    return run();
}

/// --help, --version or a command-line error: answered on the terminal, no display needed.
int answerOnTerminal(int argc, char *argv[], const QString &language)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(language);
    cli::CommandLine commandLine; // built after the translator: translated help
    if (!commandLine.parse(QCoreApplication::arguments())) {
        cli::printErr(QStringLiteral("archbench: %1\n%2\n")
                          .arg(commandLine.error(), Text::tr("Run \"archbench --help\" for usage.")));
        return cli::Failure;
    }
    if (commandLine.helpRequested()) {
        cli::printOut(commandLine.helpText());
        return cli::Success;
    }
    cli::printOut(QStringLiteral("archbench %1\n").arg(QCoreApplication::applicationVersion()));
    return cli::Success;
}

/// Waits until the window is on (an offscreen) screen and its first paint is through.
void waitUntilPainted(QWidget &window)
{
    if (window.testAttribute(Qt::WA_DontShowOnScreen)) {
        // never exposed on a real display: let layout and polish settle, grab() paints
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return;
    }
    const auto exposed = [&window] {
        const QWindow *handle = window.windowHandle();
        return handle && handle->isExposed();
    };
    QCoreApplication::processEvents();
    if (!exposed()) { // a real display: wait for the window manager (offscreen is at once)
        QEventLoop loop;
        QTimer poll;
        int waited = 0;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            waited += 5;
            if (exposed() || waited >= 5000)
                loop.quit();
        });
        poll.start(5);
        loop.exec();
    }
    // let queued layout, polish and paint events of the first frame run
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

constexpr int kScreenshotPngQuality = 85;

int takeScreenshot(ui::MainWindow &window, const QString &out)
{
    waitUntilPainted(window);
    // Offscreen, the window's backing store already holds the painted frame: take it rather
    // than paint the whole window a second time (QWidget::grab renders it again).
    QImage image;
    if (QGuiApplication::platformName() == QLatin1StringView("offscreen") && window.windowHandle()
        && !window.testAttribute(Qt::WA_DontShowOnScreen))
        if (QScreen *screen = window.windowHandle()->screen())
            image = screen->grabWindow(window.winId()).toImage();
    if (image.isNull() || image.size() != window.size() * window.devicePixelRatio())
        image = window.grab().toImage();
    const QString path = QFileInfo(out).absoluteFilePath();
    // Quality 85 is zlib level 1 in Qt's PNG writer: a busy window compresses in a quarter of
    // the time of the default level, for a file about a fifth larger.
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !image.save(path, "PNG", kScreenshotPngQuality)) {
        AB_LOG_ERROR("cannot write the screenshot to {}", path);
        cli::printErr(Text::tr("archbench: cannot write the screenshot to \"%1\".").arg(path) + QLatin1Char('\n'));
        return cli::Failure;
    }
    AB_LOG_INFO("screenshot {}x{} written to {}", image.width(), image.height(), path);
    return cli::Success;
}

} // namespace

int main(int argc, char *argv[])
{
    const cli::Subcommand *sub = argc > 1 ? cli::findSubcommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    if (sub)
        return runSubcommand(*sub, argc, argv);

    // Decide before any application object exists whether a display is needed at all.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    cli::CommandLine commandLine;
    commandLine.parse(arguments);
    if (commandLine.answersWithoutGui())
        return answerOnTerminal(argc, argv, commandLine.language());

    const bool screenshot = !commandLine.screenshot().isEmpty();
    if (screenshot && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Archbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("archbench"));
    QApplication::setWindowIcon(ui::applicationIcon());
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    installTranslations(commandLine.language());

    core::logging::Options logging;
    logging.level = commandLine.logLevel();
    if (const auto ok = core::logging::initialize(logging); !ok) {
        cli::printErr(ok.error().message + QLatin1Char('\n'));
        return cli::Failure;
    }
    AB_LOG_INFO("Archbench {} starting (Qt {}, platform {})", QCoreApplication::applicationVersion(),
                QString::fromLatin1(qVersion()), QGuiApplication::platformName());

    ui::MainWindow window;
    if (screenshot) {
        // A fixed, default layout: screenshots compare across runs and machines.
        auto prompts = std::make_unique<cli::ScreenshotPrompts>();
        cli::ScreenshotPrompts *answers = prompts.get();
        ui::FileController files(&window, std::move(prompts));
        files.setRememberRecent(false);
        if (QGuiApplication::platformName() != QLatin1StringView("offscreen"))
            window.setAttribute(Qt::WA_DontShowOnScreen); // a real display: stay invisible
        window.resize(commandLine.screenshotSize());
        window.show();
        if (!commandLine.file().isEmpty() && !files.openPath(commandLine.file())) {
            cli::printErr(QStringLiteral("archbench: %1\n").arg(answers->refused()));
            return cli::Refused;
        }
        const int result = takeScreenshot(window, commandLine.screenshot());
        window.hide(); // closing then leaves the hidden charts alone
        files.closeProject();
        return result;
    }
    ui::FileController files(&window);
    window.restoreSettings();
    window.show();
    // After the first paint: offer what a crash left behind, then open the file asked for.
    QTimer::singleShot(0, &window, [&files, file = commandLine.file()] {
        files.offerRecovery();
        if (!file.isEmpty())
            files.openPath(file);
    });
    return app.exec();
}
