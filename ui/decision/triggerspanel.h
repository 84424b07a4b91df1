#pragma once
// The "Revisit triggers" page of the decision editor: the trigger table with its state in
// colour and words (fired, due soon, not fired, watch), and buttons to add a condition trigger
// or a calendar trigger and to remove one.

#include <QWidget>

class QPushButton;
class QTableView;

namespace archbench::ui {

class DecisionHandle;
class TriggersModel;

class TriggersPanel : public QWidget {
    Q_OBJECT
public:
    explicit TriggersPanel(DecisionHandle *handle, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TriggersModel *model() const { return m_model; }
    /// Selects the trigger's row; false when the decision has no such trigger.
    bool selectTrigger(const QString &triggerId);

private:
    void syncEnabled();

    DecisionHandle *m_handle;
    TriggersModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_addCalendar;
    QPushButton *m_remove;
};

} // namespace archbench::ui
