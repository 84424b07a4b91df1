#pragma once
// What the review module's Project-menu actions do, without their dialogs (so tests can call
// them): create a review on a lens, embedding the lens in the project when it is not there
// yet (one undo step), and import a lens file after checking it whole.

#include "core/expected.h"
#include "core/project.h"

class QUndoStack;

namespace archbench::ui {

class ReviewActions {
public:
    /// A new review of `lens` titled `title`, dated today; the lens is embedded first if the
    /// project has no lens with its id. One undo step. Returns the review id, empty if refused.
    static QString createReview(core::Project *project, QUndoStack *undoStack, const core::LensRecord &lens,
                                const QString &title);
    /// A new review on the built-in "Archbench Well-Architected" lens.
    static QString createBuiltInReview(core::Project *project, QUndoStack *undoStack);
    /// Reads `path`, checks the lens and embeds it (one undo step). A lens whose definition is
    /// already in the project is not added twice: its record is returned. The error names the
    /// file and the place in it.
    static core::Expected<core::LensRecord> importLens(core::Project *project, QUndoStack *undoStack,
                                                       const QString &path);

    /// Largest lens file accepted.
    static constexpr qint64 kMaxLensFileBytes = 8 * 1024 * 1024;
};

} // namespace archbench::ui
