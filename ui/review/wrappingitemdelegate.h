#pragma once
// An item delegate for a tree whose first column wraps long text onto several lines instead of
// eliding it: lens questions tend to start alike ("How do you ..."), so a cut-off title tells
// nothing. The row height follows the column width; the view re-lays out on header resizes.

#include <QStyledItemDelegate>

class QTreeView;

namespace archbench::ui {

class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// Wraps column `column` of `view` (which must show a header).
    WrappingItemDelegate(QTreeView *view, int column = 0);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    QWidget *m_viewport; ///< kept apart: the filter may see events while the view is half destroyed
    int m_column;
    int m_lastWidth = -1;
    class QTimer *m_relayout = nullptr;
};

} // namespace archbench::ui
