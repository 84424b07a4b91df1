#pragma once
// The `archbench review` report: risk counts per pillar and the risk of every question, for
// every review of a project. The JSON shape is a contract (INTERCHANGE.md): pillar ids are the
// lens's pillar ids, question order is lens order, risk spellings are riskToString().

#include "../expected.h"
#include "../model/projectdata.h"
#include "lens.h"

#include <QJsonObject>

namespace archbench::core {

class ReviewReport {
public:
    /// The lens a review uses, loaded and checked; the error names the review and the lens.
    static Expected<Lens> lensFor(const ProjectData &data, const Review &review);
    /// {"reviews": [...]} as in INTERCHANGE.md. Refused when a review's lens is missing or
    /// malformed.
    static Expected<QJsonObject> toJson(const ProjectData &data);
    /// The same figures as a plain text table per review (with an Unrated column when the lens
    /// can leave answers unrated), followed by the high, medium and unrated questions.
    static Expected<QString> toText(const ProjectData &data);
};

} // namespace archbench::core
