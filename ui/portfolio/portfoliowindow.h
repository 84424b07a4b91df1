#pragma once
// File ▸ Open Portfolio… (issue 19 §1): one window that says what needs attention across
// every project in a folder. The folder is searched recursively and read on a worker thread
// (core::PortfolioScan), the table fills when it is done; unreadable files are listed with
// their reason and never stop the scan.
//
//   +-- toolbar: [Choose Folder…] [Rescan]   Show [Needing attention ▾]   Search [______] --+
//   | "40 projects · 12 need attention · 1 unreadable"                                      |
//   | table: Project | Owner | Accepted | Proposed | Fired | Due | High risks | Checks | ... |
//   |---------------------------------------------------------------------------------------|
//   | [What needs attention] [Risks per pillar] [Drill margins] [Unreadable files (1)]      |
//   +-- status bar: "Reading 120 of 1,000 projects…" --------------------------------------+
//
// Keys: Return (or a double-click) on a project opens it in the main window, on an attention
// item opens the project at that item; Ctrl+F searches; F5 rescans; Ctrl+W closes. The folder,
// the filter, the sort order and the geometry are remembered.

#include "core/portfolio/portfolio.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace archbench::ui {

class PortfolioFilter;
class PortfolioModel;

class PortfolioWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit PortfolioWindow(QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    /// Scans `folder` (searched recursively) as of today, in the background.
    void openFolder(const QString &folder);
    /// Asks for a folder (starting at the last one); false when the user cancelled.
    bool chooseFolder();
    QString folder() const { return m_folder; }
    /// The folder remembered from the last session (empty if none).
    static QString rememberedFolder();

    /// Runs the scans on the calling thread (tests); the default is a worker thread.
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    /// The reference date of the next scans (tests); invalid means today.
    void setToday(const QDate &today) { m_today = today; }
    bool isScanning() const { return m_scanning; }

    PortfolioModel *model() const { return m_model; }
    PortfolioFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QListWidget *attentionList() const { return m_attention; }
    QTreeWidget *unreadableList() const { return m_unreadable; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summary() const { return m_summary; }

    /// Opens the project of the current row (what Return does).
    void openCurrentProject();

signals:
    /// The user asked to open `path` (and, when `item` is set, to show that item).
    void openRequested(const QString &path, const QString &projectId, core::ItemKind kind, const QString &item,
                       const QString &subId);
    /// A scan finished and the window shows its result.
    void scanned();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void rescan();
    void showPortfolio(const core::Portfolio &portfolio);
    void updateSummary();
    void updateAttentionList();
    void updateCharts();
    void openAttentionItem();
    void saveSettings() const;
    void restoreSettings();

    PortfolioModel *m_model;
    PortfolioFilter *m_filter;
    QTableView *m_table = nullptr;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_attention = nullptr;
    QChartView *m_riskChart = nullptr;
    QChartView *m_drillChart = nullptr;
    QTreeWidget *m_unreadable = nullptr;
    QProgressBar *m_progress = nullptr;
    QString m_folder;
    QDate m_today;
    bool m_synchronous = false;
    bool m_scanning = false;
    int m_generation = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace archbench::ui
