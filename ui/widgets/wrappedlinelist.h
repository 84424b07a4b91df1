#pragma once
// A short list of word-wrapped lines (the decision editor's failed checks): each line's text
// wraps at the list's width beside its icon (WrappedTextDelegate), and the list is as tall
// as its first few lines, wrapped as they are at its present width, then scrolls. It fits
// its height again when lines come or go and when its width changes; a changed text can
// make it taller, never shorter (no jumping back and forth while a figure changes per key).

#include <QListWidget>

#include <optional>

namespace archbench::ui {

class WrappedLineList : public QListWidget {
    Q_OBJECT
public:
    explicit WrappedLineList(QWidget *parent = nullptr);
    ~WrappedLineList() override;

    /// How many lines show before the list scrolls (four unless told).
    void setVisibleLines(int lines);
    int visibleLines() const { return m_visibleLines; }
    /// Gives line `row` a new text. When the text takes as many lines as the one before, only
    /// that line is drawn again; QListView would lay out and draw every line for any change.
    void setLineText(int row, const QString &text);
    /// The height the first visibleLines() lines take at the list's present width, frame
    /// included (at least one line of the font).
    int fittingHeight();

public slots:
    /// Makes the list fittingHeight() tall. Runs on its own after lines come or go and after
    /// a change of width, once the event loop gets to it; call it to have the height now.
    /// A hidden list waits until it is shown, at its width.
    void fitHeight();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    enum class Fit { Exact, GrowOnly };
    void fit(Fit how);
    void scheduleFit(Fit how);

    int m_visibleLines = 4;
    std::optional<Fit> m_pending;
    bool m_fitOnShow = false;
    /// setLineText's row and that line's height before, while it sets the text
    int m_textRow = -1;
    int m_heightBefore = -1;
};

} // namespace archbench::ui
