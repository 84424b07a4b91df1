#pragma once
// The Action items dock (bottom area): every open follow-up of the project, from drills and
// from review improvement plans, earliest due first, late ones marked. Activating a row
// (double-click or Enter) asks the workbench to open the source item and highlight the row.

#include <QDockWidget>

class QLabel;
class QTableView;

namespace archbench::ui {

class ActionItemsModel;
class Workbench;

class ActionItemsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ActionItemsDock(Workbench &workbench, QWidget *parent = nullptr);

    ActionItemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

private:
    void updateSummary();

    Workbench &m_workbench;
    ActionItemsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace archbench::ui
