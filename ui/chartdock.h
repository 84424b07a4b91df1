#pragma once
// The base of the chart docks of the right area (decision scores and sensitivity, review risks,
// drills, cost models): what they share is how they follow the document, written once.
//
// One policy for a stale chart: a dock draws the item of its kind whose tab is in front. With
// another tab in front, the item removed or another project opened, it shows its note instead
// of a chart of something the user no longer looks at. A change that concerns the item drawn
// (an edit, undo, redo) redraws it; a dock nobody can see redraws when it is next shown
// (WhenVisible); a change of font (presentation zoom) or palette (dark mode) redraws it.
//
// A chart dock tabbed behind another chart dock comes to the front when the tab brought forward
// is an item it draws and the one in front does not (a review opened while Scores is in front:
// Risks comes forward); a chart the user put in front that draws the item, or a panel of
// another sort, stays.

#include "core/model/projectdata.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

class QLabel;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class WhenVisible;
class Workbench;
struct ItemRef;

class ChartDock : public QDockWidget {
    Q_OBJECT
public:
    ChartDock(core::ItemKind kind, const QString &title, QWidget *parent = nullptr);
    ~ChartDock() override;

    /// Follows `workbench`: its project and the tab in front.
    void follow(Workbench *workbench);
    void setProject(core::Project *project);
    /// Draws the item `id` (empty, or an item this dock does not draw: its note).
    void showItem(const QString &id);

    /// Whether the dock draws `item` when its tab is in front.
    bool draws(const ItemRef &item) const;
    /// Whether `dock` can be seen: open and, in a tab group, the tab in front.
    static bool inFront(const QDockWidget *dock);

    QString shownItem() const { return m_id; }
    core::Project *project() const { return m_project; }
    core::ItemKind kind() const { return m_kind; }
    /// How many times the dock drew (a test hook that costs nothing).
    int drawCount() const { return m_draws; }

protected:
    /// Whether this dock draws the item `id` of its kind (the cost docks: one model kind each).
    virtual bool accepts(const QString &id) const;
    /// Whether a change of the item (kind, id) changes what the dock draws. By default: the
    /// item drawn.
    virtual bool concerns(core::ItemKind kind, const QString &id) const;
    /// Whether the project's own fields (its currency, for instance) appear in the charts.
    virtual bool drawsProjectInfo() const { return false; }
    /// Draws shownItem() (empty: nothing of this kind in front, or no project). `forced` is
    /// true after a font or palette change, when a drawing that looks unchanged is stale too.
    virtual void draw(bool forced) = 0;
    /// The font or the palette changed, before the redraw.
    virtual void styleChanged() {}

    /// Draws now, or when the dock is next shown.
    void redraw(bool force = false);
    /// The note of a dock with nothing to draw: plain text, centred, wrapped.
    static QLabel *makeNote(const QString &text, QWidget *parent);

    void changeEvent(QEvent *event) override;

private:
    /// Comes to the front of its tab group if the dock in front there does not draw `item`.
    void comeForwardFor(const ItemRef &item);

    core::ItemKind m_kind;
    QPointer<core::Project> m_project;
    QString m_id;
    QList<QMetaObject::Connection> m_connections;
    WhenVisible *m_whenVisible;
    bool m_forceNext = false;
    int m_draws = 0;
};

} // namespace archbench::ui
