#pragma once
// The central document area: one closable tab per open item, built by the modules' editor
// factories (Workbench::createEditor). Opening an open item focuses its tab; tab captions
// follow the item's title; a removed item's tab closes. The tab in front is the workbench's
// current item.
//
// Editors that can point at a sub-item (a trigger, an action item) declare
//   Q_INVOKABLE void highlight(const QString &id);
// and are called after their tab is opened or focused with a highlight.

#include "ui/workbench.h"

#include <QPointer>
#include <QTabWidget>

namespace archbench::ui {

class DocumentTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit DocumentTabs(Workbench *workbench, QWidget *parent = nullptr);

    /// Opens or focuses the item's tab; false when no editor is available for it.
    bool openItem(const ItemRef &item, const QString &highlight = {});
    /// Opens the overview tab first, if an overview editor is registered; quiet otherwise.
    bool openOverviewIfAvailable();
    void closeItem(const ItemRef &item);
    void closeTab(int index);
    void closeAll();

    int indexOf(const ItemRef &item) const;
    ItemRef itemAt(int index) const;
    ItemRef currentItem() const { return itemAt(currentIndex()); }

signals:
    /// No editor could be built for the item (module missing or item gone).
    void openFailed(const archbench::ui::ItemRef &item);

private:
    void setProject(core::Project *project);
    void updateCaption(int index);
    void updateCaptions();

    Workbench *m_workbench;
    QPointer<core::Project> m_project;
};

} // namespace archbench::ui
