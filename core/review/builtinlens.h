#pragma once
// The lens Archbench ships: "Archbench Well-Architected", six pillars in the project's own
// words, stored as a Qt resource (:/lenses/archbench-well-architected.json) in the AWS
// custom-lens shape. A review that uses it embeds a copy in the project (INTERCHANGE.md
// `lenses`) under the stable id id(), so the file opens the same everywhere.

#include "../model/review.h"

namespace archbench::core {

class BuiltInLens {
public:
    /// Id of the embedded copy in a project.
    static QString id();
    /// Version of the shipped definition; bumped whenever its content changes.
    static QString version();
    static QString resourcePath();
    /// The shipped lens as a record ready to embed (the definition is the resource verbatim).
    static LensRecord record();
};

} // namespace archbench::core
