#pragma once
// The seam between the main window and the domain modules (decisions, reviews, drills, cost
// models, overview). MainWindow owns one Workbench; each module's install function registers
// its editor factory, its docks, its Project-menu and File-menu actions here, and follows the current
// project and the current item through the signals. Modules never include mainwindow.h.

#include "core/decision/analysiscache.h"
#include "core/model/projectdata.h"
#include "core/project.h"
#include "ui/itemproperty.h"
#include "ui/projectdocument.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QUndoStack;
class QWidget;


namespace archbench::ui {

/// A reference to one top-level item of the open project. ItemKind::Lens with an empty id is
/// never used; the overview tab is `isOverview()` (kind Decision, id empty, overview true).
struct ItemRef {
    core::ItemKind kind = core::ItemKind::Decision;
    QString id;
    bool overview = false;
    bool isValid() const { return overview || !id.isEmpty(); }
    static ItemRef overviewTab() { return ItemRef{core::ItemKind::Decision, {}, true}; }
    bool operator==(const ItemRef &) const = default;
};

/// What an editor factory is given: the open document (project, undo stack, shared analyses)
/// and the workbench (to open other items, show messages).
struct EditorContext {
    ProjectDocument *document = nullptr;
    class Workbench *workbench = nullptr;
};

/// Builds the tab widget for one item; returns nullptr if the item does not exist.
using EditorFactory = std::function<QWidget *(const EditorContext &, const ItemRef &, QWidget *parent)>;

class Workbench : public QObject {
    Q_OBJECT
public:
    explicit Workbench(QMainWindow *window);

    QMainWindow *window() const { return m_window; }
    core::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EditorContext context() { return EditorContext{m_document, this}; }
    /// The open document (with a null project while none is open); a new one per project.
    ProjectDocument *document() const { return m_document; }

    /// Called by MainWindow when a project is opened or closed (null, null).
    void setProject(core::Project *project, QUndoStack *undoStack);

    /// The decision analyses (robustness draws) of the open document, shared by every view
    /// (editor summary, Checks dock, Overview, status bar), so that each matrix is analysed
    /// once per change, not once per view.
    core::DecisionAnalysisCache *analyses() { return &m_document->analyses(); }

    void registerEditor(core::ItemKind kind, EditorFactory factory);
    void registerOverviewEditor(EditorFactory factory);
    QWidget *createEditor(const ItemRef &item, QWidget *parent);

    /// Registers what the Inspector lists for an item of type T: its key fields (the shell adds
    /// its kind). A kind without them shows only its kind.
    template <typename T>
    void registerProperties(std::function<QList<ItemProperty>(const core::Project &, const T &)> properties)
    {
        m_properties.insert(int(core::ItemTraits<T>::kind),
                            [properties = std::move(properties)](const core::Project &project, const QString &id) {
                                const int i = project.indexOfItem(core::ItemTraits<T>::kind, id);
                                return i < 0 ? QList<ItemProperty>() : properties(project, project.items<T>()[i]);
                            });
    }
    /// The key fields the module of `item`'s kind registered; empty when it registered none,
    /// for the overview, and when the item does not exist.
    QList<ItemProperty> properties(const core::Project &project, const ItemRef &item) const;

    /// Adds a dock to the main window in `area`, tabbed with docks already there when
    /// `tabified`. The dock must have an objectName (layout persistence).
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area, bool tabified = true);
    QList<QDockWidget *> docks() const { return m_docks; }
    QList<QPair<QDockWidget *, Qt::DockWidgetArea>> dockPlacements() const { return m_placements; }

    /// Adds an action to the Project menu (e.g. "New Decision").
    void addProjectAction(QAction *action);
    QList<QAction *> projectActions() const { return m_projectActions; }

    /// Adds an action to the File menu's import group, after Save a Copy and before Export
    /// (e.g. "Import Lens…").
    void addFileAction(QAction *action);
    /// Something File ▸ Open can open besides a project (a ballot file): returns true when it
    /// took `path` (opened or explained why not).
    using FileOpener = std::function<bool(const QString &path)>;
    void addFileOpener(FileOpener opener) { m_openers << std::move(opener); }
    /// True when an opener took `path`.
    bool openOtherFile(const QString &path)
    {
        for (const FileOpener &opener : std::as_const(m_openers))
            if (opener(path))
                return true;
        return false;
    }
    /// An action of the View menu (e.g. View ▸ Present), placed before Full Screen.
    void addViewAction(QAction *action);
    QList<QAction *> fileActions() const { return m_fileActions; }

    ItemRef currentItem() const { return m_current; }
    /// Called by MainWindow when the current tab changes.
    void setCurrentItem(const ItemRef &item);

    /// Asks the main window to open (or focus) the item's tab; `highlight` is a sub-item id
    /// (a trigger, an action item) the editor should select, if any.
    void openItem(const ItemRef &item, const QString &highlight = {});

    /// Shows a transient message in the status bar.
    void showStatus(const QString &message);
    /// Shows a problem the user should act on (a refused file, with the reason) in the
    /// window's message bar: it stays until dismissed and never blocks (UI.md).
    void showError(const QString &message);
    /// Shows something worth a look that went through anyway (an imported lens the lens check
    /// has warnings about) in the window's message bar, at warning level.
    void showWarning(const QString &message);

signals:
    void projectChanged(archbench::core::Project *project);
    void currentItemChanged(const archbench::ui::ItemRef &item);
    void openItemRequested(const archbench::ui::ItemRef &item, const QString &highlight);
    void statusMessage(const QString &message);
    void projectActionAdded(QAction *action);
    void fileActionAdded(QAction *action);
    void viewActionAdded(QAction *action);
    void errorMessage(const QString &message);
    void warningMessage(const QString &message);
    void dockAdded(QDockWidget *dock);

private:
    QList<FileOpener> m_openers;
    QMainWindow *m_window;
    QPointer<core::Project> m_project;
    QUndoStack *m_undoStack = nullptr;
    QHash<int, EditorFactory> m_factories;
    EditorFactory m_overviewFactory;
    QHash<int, std::function<QList<ItemProperty>(const core::Project &, const QString &)>> m_properties;
    QList<QDockWidget *> m_docks;
    QList<QPair<QDockWidget *, Qt::DockWidgetArea>> m_placements;
    QList<QAction *> m_projectActions;
    QList<QAction *> m_fileActions;
    ItemRef m_current;
    ProjectDocument *m_document; ///< owned (child)
};

/// Installs every domain module into `workbench` (ui/modules.cpp).
void installModules(Workbench &workbench);

} // namespace archbench::ui
