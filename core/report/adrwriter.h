#pragma once
// One decision as an architecture decision record file, in one of two shapes that ADR tools
// read (docs/reports.md, "ADR files"):
//
//   Madr    MADR 4: YAML front matter (status, date, decision-makers, consulted, informed,
//           and an `archbench:` block with the ids an importer needs), `# Title`, then MADR's
//           sections: Context and Problem Statement, Decision Drivers (the criteria and hard
//           constraints), Considered Options (with the decision matrix as a table), Decision
//           Outcome ("Chosen option: …, because …") with Consequences and Confirmation (the
//           revisit triggers), Pros and Cons of the Options (from the scores and their
//           rationales), More Information (door type, supersede links).
//   Nygard  what adr-tools writes and reads: `# N. Title`, `Date:`, `## Status`, `## Context`,
//           `## Decision`, `## Consequences`; the ids in a closing HTML comment.
//
// Invariants: the text depends only on the project and the numbers and file names in the
// index, never on today or on the machine (numbers use the C locale), so the same project
// gives the same bytes; user text is escaped (markdownescape.h). The section names and
// MADR's fixed phrases ("Chosen option:", "Good, because") stay English in every language:
// they are the format that tools parse. The prose around them is translated.

#include "../model/projectdata.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace archbench::core {

enum class AdrFlavour { Madr, Nygard };

/// "madr" or "nygard" (any case); nullopt otherwise.
std::optional<AdrFlavour> adrFlavourFromString(QStringView text);

/// Where a decision's ADR lives in the folder being written.
struct AdrEntry {
    int number = 0;
    QString fileName; ///< "0002-primary-database.md"
};
/// Decision id -> its ADR, for every decision exported together (for supersede links).
using AdrIndex = QHash<QString, AdrEntry>;

class AdrWriter {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrWriter)
public:
    /// The ADR file of `decision` (which must have an entry in `index`), as UTF-8 text.
    static QString write(const ProjectData &data, const Decision &decision, const AdrIndex &index,
                         AdrFlavour flavour);

    /// The front matter key under which the ids stand, and the marker of a Nygard file.
    static constexpr const char *kIdsKey = "archbench";
};

} // namespace archbench::core
