#pragma once
// What the Inspector shows under an item's title: a handful of key fields as label/value
// pairs, formatted for reading (locale numbers, units, the project's currency). Each module
// registers its kind's fields on the Workbench (Workbench::registerProperties); the shell
// adds the kind and knows no domain field. Derived figures (scores, risks, verdicts) belong to
// the modules' own views, not here.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace archbench::ui {

struct ItemProperty {
    QString label;
    QString value;
    bool operator==(const ItemProperty &) const = default;
};

/// Values in the Inspector's words (translated in the context archbench::ui::ItemProperties).
namespace property {
/// A number in the locale, without decimals when whole, else one.
QString number(double value);
/// The window's date form, or "not set".
QString date(const QDate &date);
/// "15 min", "30 s", "350 ms"; "not set" for an absent value.
QString minutes(const std::optional<double> &value);
QString seconds(const std::optional<double> &value);
QString milliseconds(double value);
/// "2 open of 5".
QString openOfTotal(int open, qsizetype total);
/// "not set", for a field left empty.
QString notSet();
} // namespace property

} // namespace archbench::ui
