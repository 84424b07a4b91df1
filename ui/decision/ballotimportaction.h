#pragma once
// File ▸ Import Ballots…: filled ballot files (core/interchange/ballotfile.h) into the open
// project as one undo step, all or nothing; a participant's second ballot replaces the first
// only after a confirmation.

#include <QStringList>
#include <functional>

namespace archbench::ui {

class Workbench;

/// Imports `files`. `confirmReplace` is asked (with "Sam Okafor (Primary database)" lines)
/// when a participant already has a ballot; false from it imports nothing. Returns how many
/// ballots were imported (0 and an error shown on a refusal).
int importBallots(Workbench &workbench, const QStringList &files,
                  const std::function<bool(const QStringList &)> &confirmReplace);

/// Asks for the files (folder remembered in the settings) and imports them.
void importBallotsInteractively(Workbench &workbench);

} // namespace archbench::ui
