#pragma once
// The inline message bar at the top of the document area: says what went wrong and what to
// do, with an optional action button, and never blocks (UI.md: no modal error for a
// recoverable problem). One message at a time; a new one replaces the old. Text is shown as
// plain text, since it may quote a file name or a message from a file.

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace archbench::ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text`; when `actionText` is given, a button runs `action` and hides the bar.
    void showMessage(Level level, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void dismiss();

    QString text() const;
    Level level() const { return m_level; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void dismissed();

private:
    void applyLevelStyle();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};

} // namespace archbench::ui
