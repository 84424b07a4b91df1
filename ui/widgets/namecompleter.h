#pragma once
// Names picked from the project's people as they are typed into a comma-separated line
// ("Dana Reyes, Ma" offers Malik Osei): the popup follows the name after the last comma,
// leaves out the names the line already holds, and a choice replaces that name and adds ", "
// so the next one can follow. Up, Down and Return choose; Esc closes the popup.

#include <QStringList>
#include <functional>

class QCompleter;
class QLineEdit;

namespace archbench::ui {

/// Offers the names `people()` returns (asked afresh on each keystroke) while typing into
/// `edit`. A chosen name reaches the edit as typing would (textEdited is emitted), so the
/// caller's undoable edit sees it. Returns the completer (owned by `edit`).
QCompleter *completeNames(QLineEdit *edit, std::function<QStringList()> people);

} // namespace archbench::ui
