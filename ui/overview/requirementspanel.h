#pragma once
// The requirements table with a kind filter and add / remove / move buttons (Insert, Delete,
// Alt+Up, Alt+Down from the table), over RequirementsModel.

#include "ui/projectdocument.h"
#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QUndoStack;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class RequirementsModel;

class RequirementsPanel : public QWidget {
    Q_OBJECT
public:
    RequirementsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RequirementsModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_filter; }

    void addRequirement();
    void removeCurrent();
    void moveCurrent(int delta);

private:
    int currentSourceRow() const;
    void selectSourceRow(int row, int column = 1);
    void updateButtons();

    core::Project *m_project;
    RequirementsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_filter;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace archbench::ui
