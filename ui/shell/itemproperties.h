#pragma once
// The Inspector's list for an item: its kind, then the key fields its module registered on the
// Workbench (ui/itemproperty.h); for the overview, the project's own fields and counts. The
// shell knows no domain field. Also the shell's time formats.

#include "ui/itemproperty.h"
#include "ui/workbench.h"

#include <QList>
#include <QString>

namespace archbench::ui {

/// The properties of `item`; empty when it does not exist.
QList<ItemProperty> itemProperties(const Workbench &workbench, const core::Project &project, const ItemRef &item);

/// Hours and minutes in the locale's order and clock, without seconds ("10:42", "10:42 AM").
QString formatTime(const QTime &time);
/// The locale's short date and formatTime(), in local time.
QString formatDateTime(const QDateTime &when);

} // namespace archbench::ui
