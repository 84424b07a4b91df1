#pragma once
// What the Inspector shows under an item's title: its kind and a handful of key fields as
// label/value pairs, formatted for reading (locale numbers, units, the project's currency).
// Derived figures (scores, risks, verdicts) belong to the modules' own views, not here.

#include "ui/workbench.h"

#include <QList>
#include <QString>

namespace archbench::ui {

struct ItemProperty {
    QString label;
    QString value;
    bool operator==(const ItemProperty &) const = default;
};

/// The properties of `item`; empty when it does not exist.
QList<ItemProperty> itemProperties(const core::Project &project, const ItemRef &item);

/// A money amount with the project currency's symbol and thousands separators.
QString formatMoney(double amount, const QString &currencyCode);
/// Hours and minutes in the locale's order and clock, without seconds ("10:42", "10:42 AM").
QString formatTime(const QTime &time);
/// The locale's short date and formatTime(), in local time.
QString formatDateTime(const QDateTime &when);

} // namespace archbench::ui
