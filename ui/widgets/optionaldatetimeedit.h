#pragma once
// A QDateTimeEdit that can be empty ("not recorded"). Empty shows a dash; on focus it offers
// a starting value from the fallback function so the user edits from a sensible time, and
// returns to empty if left untouched. Delete or Backspace on the whole text empties it.
// edited() is emitted for user changes only.

#include <QDateTimeEdit>
#include <functional>
#include <optional>

namespace archbench::ui {

class OptionalDateTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit OptionalDateTimeEdit(QWidget *parent = nullptr);

    std::optional<QDateTime> optionalDateTime() const;
    /// Sets the shown value without emitting edited().
    void setOptionalDateTime(std::optional<QDateTime> value);
    void setFallback(std::function<QDateTime()> fallback) { m_fallback = std::move(fallback); }

signals:
    void edited(std::optional<QDateTime> value);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setQuietly(const QDateTime &value);
    QDateTime emptyValue() const;

    std::function<QDateTime()> m_fallback;
    bool m_quiet = false;
    bool m_offeringFallback = false;
};

} // namespace archbench::ui
