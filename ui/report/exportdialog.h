#pragma once
// File ▸ Export…: choose the format (Markdown or PDF), the scope (the whole project or the
// item in front), the page size and the target file, then Export. Progress and Cancel come
// from ReportExporter; a failure is shown inside the dialog, which stays open. The choices
// are remembered in QSettings (group "report") for the next time.

#include "reportexporter.h"

#include "ui/workbench.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `current`: the tab in front (its item can be exported alone); may be invalid.
    ExportDialog(const core::Project *project, const ItemRef &current, QWidget *parent = nullptr);

    /// What Export would write now.
    ExportRequest request() const;
    /// The path written by the last successful export.
    QString writtenPath() const { return m_written; }

public slots:
    void accept() override;

private:
    void restoreChoices();
    void saveChoices() const;
    void formatChanged();
    void browse();
    void preview();
    void showMessage(const QString &text);
    QString currentItemId() const;
    QString suffix() const;

    const core::Project *m_project;
    ItemRef m_current;
    QString m_itemTitle;
    QComboBox *m_format = nullptr;
    QRadioButton *m_wholeProject = nullptr;
    QRadioButton *m_currentItem = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_written;
};

} // namespace archbench::ui
