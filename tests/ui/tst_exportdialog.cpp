// The Export dialog and the report module, driven as a user would: choices remembered in
// QSettings, scope of the current item, failures shown in the dialog, Cancel during a PDF
// export leaving no file, the File menu wiring and the print preview's pages.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/project.h"
#include "core/report/reportbuilder.h"
#include "ui/report/exportdialog.h"
#include "ui/report/pagesetup.h"
#include "ui/report/pdfreportrenderer.h"
#include "ui/report/reportmodule.h"
#include "ui/workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::ui;

namespace {

core::ProjectData sample()
{
    return *core::interchange::fromJson(test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setTarget(ExportDialog &dialog, const QString &path)
{
    QLineEdit *edit = child<QLineEdit>(&dialog, "targetEdit");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, path);
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().clear(); }

    void defaultsAndFormatSwitch()
    {
        core::Project project(sample());
        ExportDialog dialog(&project, ItemRef{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::snapshot(&dialog, QStringLiteral("export-dialog"));
        auto *format = child<QComboBox>(&dialog, "formatCombo");
        auto *pageSize = child<QComboBox>(&dialog, "pageSizeCombo");
        QCOMPARE(format->currentData().toString(), QStringLiteral("pdf"));
        QCOMPARE(QPageSize::PageSizeId(pageSize->currentData().toInt()), QPageSize::Letter); // en_US
        QVERIFY(dialog.request().path.endsWith(QStringLiteral("/Checkout platform review.pdf")));
        QVERIFY(!child<QRadioButton>(&dialog, "scopeItem")->isEnabled()); // nothing open

        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down);
        QCOMPARE(format->currentData().toString(), QStringLiteral("md"));
        QVERIFY(!pageSize->isEnabled());
        QVERIFY(dialog.request().path.endsWith(QStringLiteral("/Checkout platform review.md")));
        QCOMPARE(dialog.request().format, core::ReportFormat::Markdown);
    }

    // Issue 13 §4: Export proposed a ~/Documents folder that did not exist.
    void proposesAFolderThatExists()
    {
        test::TemporaryHome home;
        if (!home.documentsFollowHome())
            QSKIP("a user-dirs.dirs moves the documents folder elsewhere");
        core::Project project(sample());
        const auto folderOf = [&] {
            ExportDialog dialog(&project, ItemRef{});
            return QFileInfo(dialog.request().path).absolutePath();
        };
        QCOMPARE(folderOf(), home.path());
        QVERIFY(QDir().mkpath(home.documents()));
        QCOMPARE(folderOf(), home.documents());
        // the folder of the last export wins while it exists
        {
            QTemporaryDir dir;
            {
                ExportDialog dialog(&project, ItemRef{});
                child<QComboBox>(&dialog, "formatCombo")->setCurrentIndex(1); // Markdown: quick
                setTarget(dialog, dir.filePath(QStringLiteral("r.md")));
                QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
                QCOMPARE(dialog.result(), int(QDialog::Accepted));
            }
            QCOMPARE(folderOf(), dir.path());
        }
        QCOMPARE(folderOf(), home.documents()); // it is gone: back to Documents
    }

    void exportRemembersChoices()
    {
        QTemporaryDir dir;
        core::Project project(sample());
        {
            ExportDialog dialog(&project, ItemRef::overviewTab());
            dialog.show();
            auto *format = child<QComboBox>(&dialog, "formatCombo");
            format->setCurrentIndex(format->findData(QStringLiteral("md")));
            auto *item = child<QRadioButton>(&dialog, "scopeItem");
            QVERIFY(item->isEnabled());
            QVERIFY(item->text().contains(QStringLiteral("Project overview")));
            QTest::mouseClick(item, Qt::LeftButton);
            QVERIFY(item->isChecked());
            QVERIFY(dialog.request().path.endsWith(QStringLiteral("/Project overview.md")));
            setTarget(dialog, dir.filePath(QStringLiteral("overview.md")));
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.writtenPath(), dir.filePath(QStringLiteral("overview.md")));
        }
        QVERIFY(contents(dir.filePath(QStringLiteral("overview.md"))).startsWith("# Project overview\n"));

        // Next time: Markdown, the same folder, the current item again.
        ExportDialog again(&project, ItemRef::overviewTab());
        QCOMPARE(child<QComboBox>(&again, "formatCombo")->currentData().toString(), QStringLiteral("md"));
        QVERIFY(child<QRadioButton>(&again, "scopeItem")->isChecked());
        QCOMPARE(again.request().path, dir.filePath(QStringLiteral("Project overview.md")));
        QCOMPARE(again.request().options.scope, core::ReportScope::Item);
        QCOMPARE(again.request().options.itemId, QStringLiteral("sample-checkout"));
    }

    void failureStaysInDialog()
    {
        QTemporaryDir dir;
        core::Project project(sample());
        ExportDialog dialog(&project, ItemRef{});
        dialog.show();
        auto *message = child<QLabel>(&dialog, "messageLabel");
        setTarget(dialog, QString());
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Choose a file")));

        const QString target = dir.filePath(QStringLiteral("missing/r.pdf"));
        setTarget(dialog, target);
        QVERIFY(!message->isVisible()); // typing clears the old message
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("r.pdf")), qPrintable(message->text()));
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QSettings().contains(QStringLiteral("report/format"))); // nothing remembered on failure
    }

    void cancelDuringPdfLeavesNoFile()
    {
        QTemporaryDir dir;
        core::Project project(sample());
        ExportDialog dialog(&project, ItemRef{});
        dialog.show();
        const QString target = dir.filePath(QStringLiteral("r.pdf"));
        setTarget(dialog, target);
        bool sawProgress = false;
        // Runs inside the first progress update, as a user's click on Cancel would.
        QTimer::singleShot(0, &dialog, [&] {
            if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("reportProgress"))) {
                sawProgress = true;
                progress->cancel();
            }
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(sawProgress);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("cancelled")));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

        // Without Cancel the same export writes the file.
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(contents(target).startsWith("%PDF-"));
    }

    void moduleConnectsTheShellAction()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("File"));
        auto *exportAction = new QAction(QStringLiteral("Export..."), &window);
        exportAction->setObjectName(QStringLiteral("actionExport"));
        exportAction->setVisible(false);
        exportAction->setEnabled(false);
        auto *close = new QAction(QStringLiteral("Close"), &window);
        file->addAction(exportAction);
        file->addAction(close);
        Workbench workbench(&window);
        installReportModule(workbench);

        QVERIFY(exportAction->isVisible());
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(workbench.projectActions().isEmpty());
        const QList<QAction *> actions = file->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions[1]->objectName(), QStringLiteral("actionPrintPreview")); // right after Export
        QVERIFY(!actions[1]->isEnabled());

        core::Project project(sample());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QVERIFY(exportAction->isEnabled());
        QVERIFY(actions[1]->isEnabled());
        workbench.setProject(nullptr, nullptr);
        QVERIFY(!exportAction->isEnabled());
    }

    void moduleWithoutShellUsesProjectMenu()
    {
        QMainWindow window;
        Workbench workbench(&window);
        installReportModule(workbench);
        QStringList names;
        for (QAction *a : workbench.projectActions())
            names << a->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("actionExport"), QStringLiteral("actionPrintPreview")}));
    }

    void printPreviewShowsThePages()
    {
        QMainWindow window;
        Workbench workbench(&window);
        installReportModule(workbench);
        core::Project project(sample());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        window.show();
        int pages = -1;
        QTimer poll;
        int tries = 0;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *preview = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
            if (preview && (preview->pageCount() > 0 || ++tries > 100)) {
                pages = preview->pageCount();
                test::snapshot(dialog, QStringLiteral("print-preview"));
                dialog->reject();
            }
        });
        poll.start(50);
        workbench.projectActions().at(1)->trigger(); // exec() returns when the poll closes it
        poll.stop();
        // The preview paginates like the PDF exported with the same settings (same paper,
        // same date), although it paints on a QPrinter at the printer's resolution.
        const QSettings settings;
        const auto size = pageSizeFromString(settings.value(QStringLiteral("report/pageSize")).toString())
                              .value_or(defaultPageSize(QLocale()));
        const core::ProjectData data = sample();
        const auto report = core::buildReport(data, core::ReportOptions{core::ReportScope::Project, {}, QDate::currentDate()});
        QVERIFY(report.ok());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("same.pdf"));
        QVERIFY(writeReportPdf(*report, data, size, pdf).ok());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(m.hasMatch());
        QVERIFY2(pages > 10, qPrintable(QString::number(pages))); // title, contents, overview, decisions, ...
        QCOMPARE(pages, m.captured(1).toInt());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
