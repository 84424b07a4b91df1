#include "optionaldatetimeedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace archbench::ui {

OptionalDateTimeEdit::OptionalDateTimeEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    setSpecialValueText(QStringLiteral("\u2014"));
    // A half-typed time is no time: apply on Enter or when leaving the field.
    setKeyboardTracking(false);
    setQuietly(emptyValue());
    connect(this, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_quiet)
            return;
        m_offeringFallback = false;
        emit edited(optionalDateTime());
    });
}

QDateTime OptionalDateTimeEdit::emptyValue() const
{
    return minimumDateTime();
}

std::optional<QDateTime> OptionalDateTimeEdit::optionalDateTime() const
{
    if (dateTime() == emptyValue() || m_offeringFallback)
        return std::nullopt;
    return dateTime();
}

void OptionalDateTimeEdit::setOptionalDateTime(std::optional<QDateTime> value)
{
    m_offeringFallback = false;
    const QDateTime target = value && value->isValid() ? *value : emptyValue();
    if (dateTime() != target)
        setQuietly(target);
}

void OptionalDateTimeEdit::setQuietly(const QDateTime &value)
{
    m_quiet = true;
    setDateTime(value);
    m_quiet = false;
}

void OptionalDateTimeEdit::focusInEvent(QFocusEvent *event)
{
    if (dateTime() == emptyValue() && m_fallback && !isReadOnly()) {
        setQuietly(m_fallback());
        m_offeringFallback = true;
    }
    QDateTimeEdit::focusInEvent(event);
}

void OptionalDateTimeEdit::focusOutEvent(QFocusEvent *event)
{
    QDateTimeEdit::focusOutEvent(event);
    if (m_offeringFallback) {
        m_offeringFallback = false;
        setQuietly(emptyValue());
    }
}

void OptionalDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const bool clearKey = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (clearKey && !isReadOnly() && lineEdit()->selectedText() == lineEdit()->text()) {
        const bool wasSet = optionalDateTime().has_value();
        m_offeringFallback = false;
        setQuietly(emptyValue());
        if (wasSet)
            emit edited(std::nullopt);
        event->accept();
        return;
    }
    if (m_offeringFallback && event->key() == Qt::Key_Return) {
        // Enter accepts the offered value as it stands.
        m_offeringFallback = false;
        emit edited(optionalDateTime());
    }
    QDateTimeEdit::keyPressEvent(event);
}

} // namespace archbench::ui
