#pragma once
// Reads a lens in the AWS Well-Architected custom-lens JSON shape and checks it whole. A lens
// comes from a file someone mailed, or from a project file: nothing is trusted. The first
// problem refuses the whole lens, and the message names the place (pillar, question id, JSON
// path, character position in a rule condition) and the reason, e.g.
//   question "rel-backup" (pillars[2].questions[0]): riskRules[1].condition, character 9:
//   unknown choice id "rel-backup-tape"
// A question without a `default` rule is not a problem of the file (see lens.h); LensCheck
// says which answers such a lens leaves unrated.

#include "../expected.h"
#include "../model/review.h"
#include "lens.h"

#include <QByteArray>
#include <QJsonObject>

namespace archbench::core {

class LensLoader {
public:
    static Expected<Lens> fromJson(const QByteArray &json);
    static Expected<Lens> fromObject(const QJsonObject &definition);
    /// The lens embedded in a project; the message names the lens record.
    static Expected<Lens> fromRecord(const LensRecord &record);

    // Bounds that keep a hostile file from costing much; generous for real lenses.
    static constexpr int kMaxPillars = 50;
    static constexpr int kMaxQuestions = 2000;
    static constexpr int kMaxChoices = 100;
    static constexpr int kMaxRules = 50;
};

} // namespace archbench::core
