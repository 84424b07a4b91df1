#pragma once
// The Overview tab, first when a project opens: who owns the project and what it is, the
// framing form, the requirements with the availability helper, and the dashboard of where
// the review stands. Edits go through the command façade; nothing here holds business rules.

#include "ui/projectdocument.h"
#include "core/overview/availability.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QScrollArea;
class QTextEdit;
class QUndoStack;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class AvailabilityHelper;
class DashboardPanel;
class FramingForm;
class RequirementsPanel;
class Workbench;

class OverviewEditor : public QWidget {
    Q_OBJECT
public:
    OverviewEditor(ProjectDocument *document, Workbench *workbench,
                   QWidget *parent = nullptr);

    FramingForm *framing() const { return m_framing; }
    RequirementsPanel *requirements() const { return m_requirements; }
    AvailabilityHelper *availability() const { return m_availability; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    /// Called by the window when a line asks for part of the Overview: "framing:<key>" moves
    /// the keyboard focus to that framing question and scrolls it into view.
    void highlight(const QString &what);

private:
    QWidget *buildIdentity();
    void syncFromProject();

    QScrollArea *m_scroll = nullptr;
    core::Project *m_project;
    QUndoStack *m_undoStack;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_currency = nullptr;
    QTextEdit *m_description = nullptr;
    FramingForm *m_framing = nullptr;
    RequirementsPanel *m_requirements = nullptr;
    AvailabilityHelper *m_availability = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    /// The project SLA last handed to the helper (outer empty: none handed yet).
    std::optional<std::optional<core::ProjectSla>> m_seededSla;
};

} // namespace archbench::ui
