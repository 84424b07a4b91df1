#pragma once
// The twelve framing prompts as a keyboard-first form: Tab moves from answer to answer,
// unanswered prompts carry a visible "unanswered" marker, and a count says how far along the
// framing is ("7 of 12 answered"). Every change is one merged undo step per field.

#include "ui/projectdocument.h"
#include <QWidget>

class QLabel;
class QTextEdit;
class QUndoStack;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class FramingForm : public QWidget {
    Q_OBJECT
public:
    FramingForm(ProjectDocument *document, QWidget *parent = nullptr);

    /// The answer editor of framing question `key` (e.g. "users"); for tests and focus.
    QTextEdit *editor(const QString &key) const;
    QString progressText() const;

private:
    void syncFromProject();
    void updateMarkers();

    core::Project *m_project;
    QUndoStack *m_undoStack;
    QList<QTextEdit *> m_editors;
    QList<QLabel *> m_markers;
    QLabel *m_progress = nullptr;
};

} // namespace archbench::ui
