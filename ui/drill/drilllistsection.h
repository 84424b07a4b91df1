#pragma once
// One list of a drill in the editor (timeline, findings, action items): a titled table with
// Add and Remove buttons. Insert adds a row, Delete removes the selected rows (when the table
// has focus and no cell is being edited). The owner decides what adding and removing mean.

#include <QGroupBox>

class QHBoxLayout;
class QPushButton;
class QTableView;
class QAbstractItemModel;

namespace archbench::ui {

class DrillListSection : public QGroupBox {
    Q_OBJECT
public:
    DrillListSection(const QString &title, QAbstractItemModel *model, const QString &addText,
                     const QString &removeText, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// Adds a button after Add/Remove (e.g. "Sort by time"); disabled when read-only too.
    void addExtraButton(QPushButton *button);
    void setReadOnly(bool readOnly);
    /// Selects `row`, scrolls to it and, when `editColumn` >= 0, opens its editor there.
    void selectRow(int row, int editColumn = -1);
    QList<int> selectedRows() const;

signals:
    void addRequested();
    void removeRequested(const QList<int> &rows);

private:
    void updateButtons();

    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_extra;
    bool m_readOnly = false;
};

} // namespace archbench::ui
