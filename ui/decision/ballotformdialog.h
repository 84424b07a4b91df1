#pragma once
// A ballot file opened with File ▸ Open (issue 16): the form a participant fills in apart from
// the meeting. One row per criterion with the participant's own weight (optional; empty keeps
// the decision's), one column per option; digits score, Delete clears, Ctrl+S saves the file
// back (atomically) for `archbench ballot import` or File ▸ Import Ballots…. A value that is
// not a number on the scale is refused naming its cell, and nothing is written.

#include "core/interchange/ballotfile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace archbench::ui {

class BallotFormDialog : public QDialog {
    Q_OBJECT
public:
    BallotFormDialog(const QString &path, const core::interchange::BallotForm &form, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *participantEdit() const { return m_participant; }
    QLabel *messageLabel() const { return m_message; }
    /// Reads the table back into a form; the reason (naming the cell) when a value is refused.
    core::Expected<core::interchange::BallotForm> formFromTable() const;
    /// Saves to the file it came from; false (and the reason shown) when refused or not written.
    bool save();

    /// For File ▸ Open: a dialog for `path` when it is a ballot file (nullptr when it is not;
    /// an unreadable ballot shows its reason in a message box and gives nullptr too, with
    /// `handled` set).
    static BallotFormDialog *openIfBallot(const QString &path, QWidget *parent, bool *handled);

private:
    QString m_path;
    core::interchange::BallotForm m_form;
    QLineEdit *m_participant;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace archbench::ui
