#pragma once
// A message bar at the top of a tab (UI.md: never a modal error for a recoverable problem):
// a plain-text message, an optional action button and a close button. Hidden until shown.

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace archbench::ui {

class InlineMessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning };
    explicit InlineMessageBar(QWidget *parent = nullptr);

    /// Shows `text`; with a non-empty `actionText` an action button that emits actionTriggered.
    void showMessage(const QString &text, Kind kind = Kind::Information,
                     const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace archbench::ui
