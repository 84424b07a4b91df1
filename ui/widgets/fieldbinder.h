#pragma once
// Ties form fields to the fields of one item (a cost model, a drill): a change the user makes
// in a widget becomes an edit of a copy of the item, handed to `apply` (one undo step, merged
// per field while the user stays in it); a change of the item (an edit, undo, redo) is written
// back into every widget whose value differs, with its signals blocked so it is not taken for
// a new edit; read-only switches every bound widget at once. An edit that `apply` refuses (a
// read-only project, an invalid value) puts the item's value back into the widget.
//
// The binder knows nothing of projects or undo stacks: the editor gives it the item as it is
// now and the way to apply an edit (ItemHandle<T>::replace in practice). Its connections end
// with it, so an editor being destroyed never hears its half-destroyed widgets.

#include "ui/widgets/optionaldoublespinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QList>
#include <QObject>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <functional>
#include <memory>
#include <optional>

namespace archbench::ui {

template <typename T>
class FieldBinder {
public:
    template <typename V>
    using Getter = std::function<V(const T &)>;
    template <typename V>
    using Setter = std::function<void(T &, V)>;
    /// Applies `after` as one edit named `undoText`; edits with the same non-empty `field`
    /// merge while the user stays in the field. Returns false when refused.
    using Apply = std::function<bool(const T &after, const QString &undoText, const QString &field)>;

    FieldBinder(std::function<const T *()> current, Apply apply)
        : m_context(std::make_unique<QObject>()), m_current(std::move(current)), m_apply(std::move(apply))
    {
    }

    void text(QLineEdit *edit, const QString &field, const QString &undoText, Getter<QString> get,
              Setter<const QString &> set)
    {
        bind<QLineEdit, QString>(
            edit, &QLineEdit::textEdited, field, undoText, std::move(get), std::move(set),
            [](const QLineEdit *w) { return w->text(); }, [](QLineEdit *w, const QString &v) { w->setText(v); },
            [](QLineEdit *w, bool editable) { w->setReadOnly(!editable); });
    }

    void plainText(QPlainTextEdit *edit, const QString &field, const QString &undoText, Getter<QString> get,
                   Setter<const QString &> set)
    {
        bind<QPlainTextEdit, QString>(
            edit, &QPlainTextEdit::textChanged, field, undoText, std::move(get), std::move(set),
            [](const QPlainTextEdit *w) { return w->toPlainText(); },
            [](QPlainTextEdit *w, const QString &v) { w->setPlainText(v); },
            [](QPlainTextEdit *w, bool editable) { w->setReadOnly(!editable); });
    }

    void check(QCheckBox *box, const QString &undoText, Getter<bool> get, Setter<bool> set)
    {
        bind<QCheckBox, bool>(
            box, &QCheckBox::toggled, {}, undoText, std::move(get), std::move(set),
            [](const QCheckBox *w) { return w->isChecked(); }, [](QCheckBox *w, bool v) { w->setChecked(v); },
            [](QCheckBox *w, bool editable) { w->setEnabled(editable); });
    }

    void number(QDoubleSpinBox *spin, const QString &field, const QString &undoText, Getter<double> get,
                Setter<double> set)
    {
        bind<QDoubleSpinBox, double>(
            spin, &QDoubleSpinBox::valueChanged, field, undoText, std::move(get), std::move(set),
            [](const QDoubleSpinBox *w) { return w->value(); }, [](QDoubleSpinBox *w, double v) { w->setValue(v); },
            [](QDoubleSpinBox *w, bool editable) { w->setReadOnly(!editable); });
    }

    void integer(QSpinBox *spin, const QString &field, const QString &undoText, Getter<int> get, Setter<int> set)
    {
        bind<QSpinBox, int>(
            spin, &QSpinBox::valueChanged, field, undoText, std::move(get), std::move(set),
            [](const QSpinBox *w) { return w->value(); }, [](QSpinBox *w, int v) { w->setValue(v); },
            [](QSpinBox *w, bool editable) { w->setReadOnly(!editable); });
    }

    void optionalNumber(OptionalDoubleSpinBox *spin, const QString &field, const QString &undoText,
                        Getter<std::optional<double>> get, Setter<std::optional<double>> set)
    {
        bind<OptionalDoubleSpinBox, std::optional<double>>(
            spin, &OptionalDoubleSpinBox::optionalValueChanged, field, undoText, std::move(get), std::move(set),
            [](const OptionalDoubleSpinBox *w) { return w->optionalValue(); },
            [](OptionalDoubleSpinBox *w, const std::optional<double> &v) { w->setOptionalValue(v); },
            [](OptionalDoubleSpinBox *w, bool editable) { w->setReadOnly(!editable); });
    }

    void date(QDateEdit *edit, const QString &field, const QString &undoText, Getter<QDate> get, Setter<QDate> set)
    {
        bind<QDateEdit, QDate>(
            edit, &QDateEdit::dateChanged, field, undoText, std::move(get), std::move(set),
            [](const QDateEdit *w) { return w->date(); }, [](QDateEdit *w, const QDate &v) { w->setDate(v); },
            [](QDateEdit *w, bool editable) { w->setReadOnly(!editable); });
    }

    /// A combo box whose items carry an int (an enum) as their data; the user's choice is one
    /// undo step of its own.
    void choice(QComboBox *combo, const QString &undoText, Getter<int> get, Setter<int> set)
    {
        bind<QComboBox, int>(
            combo, &QComboBox::activated, {}, undoText, std::move(get), std::move(set),
            [](const QComboBox *w) { return w->currentData().toInt(); },
            [](QComboBox *w, int v) { w->setCurrentIndex(w->findData(v)); },
            [](QComboBox *w, bool editable) { w->setEnabled(editable); });
    }

    /// Writes `item` into every bound widget that shows something else.
    void refresh(const T &item) const
    {
        for (const auto &write : m_refreshers)
            write(item);
    }
    void setEditable(bool editable) const
    {
        for (const auto &set : m_editables)
            set(editable);
    }

private:
    template <typename W, typename V, typename Signal, typename Get, typename Set>
    void bind(W *widget, Signal changed, const QString &field, const QString &undoText, Get get, Set set,
              std::function<V(const W *)> read, std::function<void(W *, const V &)> write,
              std::function<void(W *, bool)> editable)
    {
        QObject::connect(widget, changed, m_context.get(), [this, widget, field, undoText, get, set, read, write] {
            const T *current = m_current();
            if (!current)
                return;
            const V value = read(widget);
            if (get(*current) == value)
                return;
            T after = *current;
            set(after, value);
            if (!m_apply(after, undoText, field)) {
                const QSignalBlocker block(widget);
                write(widget, get(*current));
            }
        });
        m_refreshers.append([widget, get, read, write](const T &item) {
            const V value = get(item);
            if (read(widget) != value) {
                const QSignalBlocker block(widget);
                write(widget, value);
            }
        });
        m_editables.append([widget, editable](bool on) { editable(widget, on); });
    }

    std::unique_ptr<QObject> m_context; ///< the connections' receiver: they end with the binder
    std::function<const T *()> m_current;
    Apply m_apply;
    QList<std::function<void(const T &)>> m_refreshers;
    QList<std::function<void(bool)>> m_editables;
};

} // namespace archbench::ui
