#pragma once
// Offered at start when working copies of projects that were not closed cleanly are left:
// one row per copy (project name, time of the last edit, where it was saved), and Recover /
// Discard / Later. The dialog only answers; the file flows act on the answer.

#include "fileprompts.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace archbench::ui {

class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<core::RecoveryCandidate> &candidates, QWidget *parent = nullptr);

    FilePrompts::RecoveryAnswer answer() const { return m_answer; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

private:
    void finish(FilePrompts::Recovery choice);

    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
    FilePrompts::RecoveryAnswer m_answer;
};

} // namespace archbench::ui
