#pragma once
// A tree view that does not measure rows nobody can see. With word wrap on, QTreeView answers
// every dataChanged by laying out the changed rows' text again to learn their heights, even
// while its dock is tabbed behind another: the Checks dock did that on every score key (a
// figure in a failed check's reason changes). While the view cannot be seen (WhenVisible's
// rule) a change only marks it stale; the rows are laid out again, once, when it is shown.
// Inserted and removed rows are handled as always.

#include <QTreeView>

namespace archbench::ui {

class WhenVisible;

class HiddenQuietTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit HiddenQuietTreeView(QWidget *parent = nullptr);

    /// True while changes wait for the view to be shown (a test hook).
    bool stale() const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    WhenVisible *m_whenVisible;
};

} // namespace archbench::ui
