#pragma once
// Common frame of the three cost model editors (document tabs): a message bar that says
// which input keeps the figures from being computed, the title field, and bindings that tie
// an input widget to one field of the model.
//
//   widget edit -> copy of the model with the field changed -> commands::replaceItem
//   project itemChanged(id) -> refresh(): bound widgets take the model's value (signals
//                              blocked, untouched when already equal so typing is not
//                              disturbed), the message bar and the subclass views update
//
// Typing merges into one undo step per field and per visit: the merge key is the field name
// plus a counter that moves on whenever a bound widget gains focus. A read-only project
// makes every bound widget read-only and calls setEditable(false) on the subclass.

#include "costtablepanel.h"

#include "ui/itemhandle.h"
#include "ui/widgets/fieldbinder.h"
#include "ui/workbench.h"

#include "core/model/costmodel.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QVBoxLayout;

namespace archbench::ui {

class CostEditorBase : public QWidget {
    Q_OBJECT
public:
    CostEditorBase(const EditorContext &context, const QString &modelId, QWidget *parent);
    ~CostEditorBase() override;

    QString modelId() const { return m_modelId; }
    /// The model as it is in the project now (null if it was removed).
    const core::CostModel *model() const;
    core::Project *project() const { return m_context.document->project(); }
    QUndoStack *undoStack() const { return m_context.document->undoStack(); }
    QString currency() const;
    bool isEditable() const;

    /// The text of the message bar (empty when the model can be computed).
    QString problem() const;
    QLineEdit *titleEdit() const { return m_title; }

protected:
    /// Pushes one undo command that replaces the model by `after`; `field` merges typing.
    bool apply(const core::CostModel &after, const QString &undoText, const QString &field = {});

    using Getter = std::function<double(const core::CostModel &)>;
    using Setter = std::function<void(core::CostModel &, double)>;
    /// A number field: shows get(model), writes set(model, value) as one undoable edit.
    QDoubleSpinBox *bindNumber(const QString &field, const QString &undoText, Getter get, Setter set);
    /// A number that may be absent: "not set" is its own state (clear the field), so a zero
    /// stays a zero.
    class OptionalDoubleSpinBox *bindOptionalNumber(const QString &field, const QString &undoText,
                                                    std::function<std::optional<double>(const core::CostModel &)> get,
                                                    std::function<void(core::CostModel &, std::optional<double>)> set);
    QLineEdit *bindText(const QString &field, const QString &undoText,
                        std::function<QString(const core::CostModel &)> get,
                        std::function<void(core::CostModel &, const QString &)> set);
    QCheckBox *bindCheck(const QString &field, const QString &text, const QString &undoText,
                         std::function<bool(const core::CostModel &)> get,
                         std::function<void(core::CostModel &, bool)> set);

    /// A form row whose field is a row of widgets; `buddy` receives the label's mnemonic.
    void addFieldRow(const QString &label, QWidget *buddy, QLayout *fields);
    /// The table of the model's list (steps, compute options) below the fields, taking the
    /// height there is, with its commands named by `texts`; its view is called `objectName`.
    /// Editable while the editor is.
    CostTablePanel *addTable(class CostTableModel *model, const QString &objectName, const CostTablePanel::Texts &texts);
    /// The sentence under the table that reads the result ("summary").
    QLabel *addSummary();

    QVBoxLayout *contentLayout() const { return m_content; }
    QFormLayout *fieldsLayout() const { return m_fields; }

    /// Call at the end of the subclass constructor: first refresh and read-only state.
    void initialize();
    /// The model changed (an edit, undo, redo); update the subclass views.
    virtual void refresh() {}
    /// Enable or disable the subclass's own edit controls (buttons, tables).
    virtual void setEditable(bool editable) { Q_UNUSED(editable); }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshAll();
    void updateEditable();
    void watchFocus(QWidget *widget);

    EditorContext m_context;
    QString m_modelId;
    ItemHandle<core::CostModel> *m_item; ///< every edit of this editor goes through it
    QList<CostTablePanel *> m_tables;
    FieldBinder<core::CostModel> m_binder; ///< the bind*() fields, refreshed and locked together
    int m_visit = 0;
    class MessageBar *m_messageBar;
    QLineEdit *m_title;
    QVBoxLayout *m_content;
    QFormLayout *m_fields;
};

} // namespace archbench::ui
