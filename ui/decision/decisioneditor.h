#pragma once
// The document tab of one decision: its title, the leader and robustness in one sentence, a
// message bar for refused keys and read-only state, the failed quality checks in words, and
// three pages: the matrix, the record (context, five questions, status and the rest) and the
// revisit triggers. Everything edits through one DecisionHandle, so every change is an undo
// command and the tab follows undo, redo and edits made elsewhere.

#include "ui/projectdocument.h"
#include "ui/widgets/wrappedlinelist.h"
#include <QDate>
#include <QPointer>
#include <optional>

#include "core/decision/analysiscache.h"
#include "core/model/decision.h"
#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QUndoStack;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class DecisionHandle;
class MatrixPanel;
class RecordForm;
class TriggersPanel;
class MeetingPanel;

class DecisionEditor : public QWidget {
    Q_OBJECT
public:
    DecisionEditor(ProjectDocument *document, const QString &decisionId,
                   QWidget *parent = nullptr);

    QString decisionId() const;
    DecisionHandle *handle() const { return m_handle; }
    MatrixPanel *matrix() const { return m_matrix; }
    RecordForm *record() const { return m_record; }
    TriggersPanel *triggers() const { return m_triggers; }
    MeetingPanel *meeting() const { return m_meeting; }
    QTabWidget *pages() const { return m_pages; }
    QLineEdit *titleEdit() const { return m_title; }
    WrappedLineList *checksList() const { return m_checks; }
    QLabel *messageBar() const { return m_message; }
    QLabel *summary() const { return m_summary; }

    /// The date triggers are evaluated against (today unless a test sets another).
    void setReferenceDate(const QDate &today);

public slots:
    /// Shows and selects a part of the decision: a trigger id, "check:<id>" for a quality
    /// check, a criterion or an option id. The main window calls it by name after opening the
    /// tab, then gives the tab focus, which lands on what was highlighted.
    void highlight(const QString &id);
    void showMessage(const QString &text);

protected:
    /// Focus given to the tab goes to the highlighted widget, else to the current page's grid.
    void focusInEvent(QFocusEvent *event) override;
    /// The title follows the presentation zoom (a larger, bold copy of the tab's font).
    void changeEvent(QEvent *event) override;

private:
    void focusTarget(QWidget *widget);
    void updateTitleFont();
    void sync();
    void syncChecks();
    void syncSummary();
    void activateCheck(const QString &checkId);

    DecisionHandle *m_handle;
    QLineEdit *m_title;
    QLabel *m_summary;
    QLabel *m_message;
    WrappedLineList *m_checks;
    QStringList m_shownChecks; ///< what m_checks shows: a check's id and text per line
    QTabWidget *m_pages;
    MatrixPanel *m_matrix;
    RecordForm *m_record;
    TriggersPanel *m_triggers;
    MeetingPanel *m_meeting = nullptr;
    QString m_transientMessage;
    QPointer<QWidget> m_focusTarget;
    std::optional<core::Decision> m_summarised; ///< the matrix the summary sentence was made for
    /// The document's shared analyses (the Checks dock reads the same ones), or an own cache
    /// once the document is gone.
    core::DecisionAnalysisCache &analyses();
    core::DecisionAnalysisCache m_ownAnalyses;
};

} // namespace archbench::ui
