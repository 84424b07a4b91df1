#pragma once
// An interchange document cut at its decisions, for an import that writes while it reads
// (convert .json → .archbench): the decisions are parsed and decoded one by one on one core
// while another inserts them. Only the cutting is done here, by a scanner that knows JSON's
// strings and brackets; every piece is then parsed by Qt's own parser. Anything unusual
// (not an object at the top, "decisions" twice or with an escape in a top-level key, an
// element that is not an object, a separator out of place) gives nullopt: the caller reads
// the whole document the ordinary way, which also words every refusal.

#include "../expected.h"
#include "../model/decision.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace archbench::core::interchange {

struct SplitDocument {
    /// The document with an empty decisions array: every other member, as written.
    QByteArray skeleton;
    /// Where each element of the decisions array lies in the original text.
    struct Extent {
        qsizetype begin;
        qsizetype size;
    };
    QList<Extent> decisions;
};

std::optional<SplitDocument> splitDecisions(QByteArrayView json);

/// Parses and reads decision `index` from its own JSON text; a refusal names its path
/// ("decisions[3].scores[1].value: ..."), like reading the whole document would. References
/// are left to validate().
Expected<Decision> decodeDecision(QByteArrayView text, qsizetype index);

} // namespace archbench::core::interchange
