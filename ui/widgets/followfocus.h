#pragma once
// A scrolling form follows the keyboard: when a field inside a QScrollArea gets the focus (by
// Tab, a mnemonic such as Alt+W, or a shortcut), the area scrolls so the field can be seen.
// QScrollArea does this only for Tab between its own children; a mnemonic from elsewhere
// would otherwise leave the cursor in a field below the fold (1280 x 720 at 150 %).

class QScrollArea;

namespace archbench::ui {

/// Makes `area` scroll to whichever of its fields takes the keyboard, for as long as it lives.
void followFocus(QScrollArea *area);

} // namespace archbench::ui
