#pragma once
// The window's date form (core/displaydate.h), under the ui namespace for widgets and models.

#include "core/displaydate.h"

namespace archbench::ui {
using core::dateDisplayFormat;
using core::displayDate;
using core::parseDisplayDate;
} // namespace archbench::ui
