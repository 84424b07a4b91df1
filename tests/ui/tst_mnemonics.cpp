// Mnemonics (Alt+letter) are unique per window, in every shipped language. Two widgets that
// answer the same Alt+letter at the same time make the key cycle focus between them instead
// of acting (German once had Alt+A for the View menu and the trigger page). For each state of
// the main window a user meets (every editor and every page of the decision editor) and for
// the confirmation dialogs, the test collects what answers an Alt+letter right now: menu bar
// titles, tab titles, buttons, group boxes and labels with a buddy of visible, enabled
// widgets, and Alt+letter shortcuts of actions on visible widgets; a letter used twice fails.
#include "common/quietprompts.h"
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "decisionfixture.h"
#include "ui/shell/dialogfileprompts.h"
#include "ui/portfolio/portfoliowindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/serverdialog.h"
#include "ui/workbench.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QSet>
#include <QTranslator>
#include <QUndoStack>

#include <map>

using namespace archbench;
using namespace archbench::core;

namespace {

struct Holder {
    QChar letter;
    QString what;
};

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString plain(QString text)
{
    return text.replace(QLatin1StringView("&&"), QLatin1StringView("\x01")).remove(QLatin1Char('&')).replace(
        QLatin1Char('\x01'), QLatin1Char('&'));
}

bool live(const QWidget *w, const QWidget *window)
{
    return w->isVisibleTo(window) && w->isEnabled();
}

/// What answers an Alt+letter in `window` as it is now.
QList<Holder> holders(QWidget *window)
{
    QList<Holder> out;
    QSet<const QAction *> seen; // an action on a panel and its tool bar is one shortcut
    const auto add = [&out](const QString &text, const QString &kind) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            out.append({c, QStringLiteral("%1 \"%2\"").arg(kind, plain(text))});
    };
    if (auto *mw = qobject_cast<QMainWindow *>(window); mw && mw->menuBar()->isVisible())
        for (QAction *a : mw->menuBar()->actions())
            if (a->isVisible())
                add(a->text(), QStringLiteral("menu"));
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!live(w, window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), QStringLiteral("button"));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title(), QStringLiteral("group"));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), QStringLiteral("label"));
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i) && t->isTabEnabled(i))
                    add(t->tabText(i), QStringLiteral("tab"));
        for (QAction *a : w->actions()) {
            if (!a->isEnabled() || a->shortcutContext() == Qt::WidgetShortcut || seen.contains(a))
                continue;
            seen.insert(a);
            for (const QKeySequence &k : a->shortcuts()) {
                if (k.count() != 1)
                    continue;
                const QKeyCombination combo = k[0];
                if (combo.keyboardModifiers() == Qt::AltModifier && combo.key() >= Qt::Key_A
                    && combo.key() <= Qt::Key_Z)
                    out.append({QChar(char16_t(u'a' + (combo.key() - Qt::Key_A))),
                                QStringLiteral("shortcut of \"%1\"").arg(plain(a->text()))});
            }
        }
    }
    return out;
}

QStringList clashes(QWidget *window, const QString &state)
{
    // ARCHBENCH_SNAPSHOTS=DIR: a picture of every state, in every language, to look at
    test::snapshot(window, QStringLiteral("window-%1-%2")
                               .arg(QLocale().name(), QString(state).replace(QLatin1Char(' '), QLatin1Char('_'))
                                                          .remove(QLatin1Char(','))
                                                          .remove(QLatin1Char(':'))));
    std::map<char16_t, QStringList> byLetter;
    for (const Holder &h : holders(window))
        byLetter[h.letter.unicode()] << h.what;
    if (qEnvironmentVariableIsSet("ARCHBENCH_DUMP_MNEMONICS")) { // to pick a free letter
        QStringList all;
        for (const auto &[letter, what] : byLetter)
            all << QStringLiteral("%1=%2").arg(QChar(letter), what.join(QLatin1Char('/')));
        qInfo("%s: %s", qPrintable(state), qPrintable(all.join(QLatin1StringView(", "))));
    }
    QStringList out;
    for (const auto &[letter, what] : byLetter)
        if (what.size() > 1)
            out << QStringLiteral("%1: Alt+%2 is taken by %3").arg(state, QChar(letter).toUpper(), what.join(QLatin1StringView(" and ")));
    return out;
}

/// Within one open menu a letter picks one item: two items with the same letter (enabled or
/// not, since that changes with the project) make the letter only move the highlight.
QStringList menuClashes(QMenuBar *bar)
{
    QStringList out;
    QList<QMenu *> menus;
    for (QAction *a : bar->actions())
        if (a->menu())
            menus << a->menu();
    for (qsizetype m = 0; m < menus.size(); ++m) {
        std::map<char16_t, QStringList> byLetter;
        for (QAction *a : menus[m]->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            if (a->menu())
                menus << a->menu();
            const QChar c = mnemonicOf(a->text());
            if (!c.isNull())
                byLetter[c.unicode()] << plain(a->text());
        }
        if (qEnvironmentVariableIsSet("ARCHBENCH_DUMP_MNEMONICS")) { // to pick a free letter
            QStringList all;
            for (const auto &[letter, what] : byLetter)
                all << QStringLiteral("%1=%2").arg(QChar(letter), what.join(QLatin1Char('/')));
            qInfo("menu %s: %s", qPrintable(plain(menus[m]->title())), qPrintable(all.join(QLatin1StringView(", "))));
        }
        for (const auto &[letter, what] : byLetter)
            if (what.size() > 1)
                out << QStringLiteral("menu %1: %2 is taken by %3")
                           .arg(plain(menus[m]->title()), QChar(letter).toUpper(), what.join(QLatin1StringView(" and ")));
    }
    return out;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the portfolio remembers its folder
        test::failOnErrorLogs();
    }

    void uniquePerWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }
    void uniquePerWindow()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY2(translator.load(QStringLiteral(ARCHBENCH_QM_DIR "/archbench_%1.qm").arg(language)),
                     "the compiled catalogue is missing");
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language));
        }
        QStringList found;
        {
            Project project(test::sampleWithDecisions());
            QUndoStack stack;
            ui::MainWindow window;
            window.resize(1600, 1000);
            window.setDocument(&project, &stack);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            found << clashes(&window, QStringLiteral("Overview"));
            found << menuClashes(window.menuBar());
            const auto open = [&](ItemKind kind, const QString &id) {
                window.workbench()->openItem(ui::ItemRef{kind, id, false});
                QApplication::processEvents();
            };
            const ProjectData &data = project.data();
            for (const Decision &d : data.decisions.mid(0, 1)) {
                open(ItemKind::Decision, d.id);
                auto *pages = window.findChild<QTabWidget *>(QStringLiteral("decisionPages"));
                QVERIFY(pages);
                for (int i = 0; i < pages->count(); ++i) {
                    pages->setCurrentIndex(i);
                    QApplication::processEvents();
                    found << clashes(&window, QStringLiteral("decision, page %1").arg(plain(pages->tabText(i))));
                }
            }
            for (const Review &r : data.reviews.mid(0, 1)) {
                open(ItemKind::Review, r.id);
                found << clashes(&window, QStringLiteral("review"));
            }
            for (const Drill &x : data.drills.mid(0, 1)) {
                open(ItemKind::Drill, x.id);
                found << clashes(&window, QStringLiteral("drill"));
            }
            for (const CostModel &m : data.costModels) {
                open(ItemKind::CostModel, m.id);
                found << clashes(&window, QStringLiteral("cost model %1").arg(m.title));
            }

            // the confirmation a user meets when closing with unsaved changes
            ui::DialogFilePrompts prompts(&window);
            QStringList dialog;
            QTimer::singleShot(0, this, [&] {
                QWidget *box = QApplication::activeModalWidget();
                if (!box)
                    return;
                dialog << clashes(box, QStringLiteral("Unsaved Changes"));
                for (QAbstractButton *b : box->findChildren<QAbstractButton *>())
                    if (b->isVisible() && mnemonicOf(b->text()).isNull()
                        && qobject_cast<QMessageBox *>(box)->buttonRole(b) != QMessageBox::RejectRole)
                        dialog << QStringLiteral("Unsaved Changes: button \"%1\" has no mnemonic").arg(b->text());
                qobject_cast<QDialog *>(box)->reject();
            });
            QCOMPARE(prompts.askUnsaved(QStringLiteral("p")), ui::FilePrompts::Unsaved::Cancel);
            found << dialog;
        }
        {
            // File ▸ Open from Server…
            test::QuietPrompts prompts;
            ui::OpenFromServerDialog dialog(prompts);
            dialog.show();
            QApplication::setActiveWindow(&dialog);
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            found << clashes(&dialog, QStringLiteral("Open from Server"));
        }
        {
            // File ▸ Open Portfolio…: its own window, every tab in front once
            ui::PortfolioWindow portfolio;
            portfolio.setSynchronous(true);
            portfolio.resize(1280, 720);
            portfolio.show();
            portfolio.openFolder(test::dataPath(QStringLiteral("interchange")));
            QApplication::setActiveWindow(&portfolio);
            QVERIFY(QTest::qWaitForWindowActive(&portfolio));
            for (int i = 0; i < portfolio.tabs()->count(); ++i) {
                portfolio.tabs()->setCurrentIndex(i);
                QApplication::processEvents();
                found << clashes(&portfolio, QStringLiteral("portfolio, tab %1").arg(plain(portfolio.tabs()->tabText(i))));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        for (const QString &clash : found) // every one, not just what fits in a failure message
            qWarning("%s", qPrintable(clash));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(found.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
