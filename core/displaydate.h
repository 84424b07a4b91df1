#pragma once
// One way to show a date everywhere in the program (tables, the Inspector, charts, date
// editors): the locale's short date with the year in four digits ("04.12.2026" in German,
// "12/4/2026" in US English), and ISO 8601 in the C locale that tests and scripts use.
// Before this, one window showed "04.12.26" in the Inspector and "2027-06-01" in a list.

#include <QDate>
#include <QString>

namespace archbench::core {

/// The display pattern for QDateEdit::setDisplayFormat and QDate::toString.
QString dateDisplayFormat();
/// `date` in that pattern; empty for an invalid date.
QString displayDate(const QDate &date);
/// Reads what a user typed: the display pattern, the locale's short and long forms, or ISO.
QDate parseDisplayDate(const QString &text);

} // namespace archbench::core
