#pragma once
// The Inspector dock: read-only properties (itemproperties.h) of the item selected in the
// Project tree, kept current while the item is edited and cleared when it is removed.

#include "ui/workbench.h"

#include <QDockWidget>
#include <QPointer>

class QFormLayout;
class QLabel;

namespace archbench::ui {

class InspectorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit InspectorDock(Workbench *workbench, QWidget *parent = nullptr);

    void showItem(const ItemRef &item);
    ItemRef item() const { return m_item; }
    /// The label/value pairs on display (for tests and accessibility).
    QList<QPair<QString, QString>> shownProperties() const;

private:
    void setProject(core::Project *project);
    void refresh();

    Workbench *m_workbench;
    QPointer<core::Project> m_project;
    ItemRef m_item;
    QLabel *m_heading;
    QLabel *m_placeholder;
    QFormLayout *m_form;
};

} // namespace archbench::ui
