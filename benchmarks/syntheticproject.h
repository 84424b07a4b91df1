#pragma once
// Large, valid, deterministic projects for benchmarks: `decisions` decisions, each with
// `criteria` criteria, `options` options and a full score matrix (criteria x options scores
// with rationales), plus constraints, risks, triggers; reviews against one embedded lens with
// every question answered; drills with timelines, findings and action items; cost models.

#include "core/model/projectdata.h"

namespace archbench::bench {

struct SyntheticSize {
    int decisions = 500;
    int criteria = 12;
    int options = 6;
    int reviews = 20;
    int lensQuestions = 60;
    int drills = 50;
    int costModels = 20;
};

core::ProjectData syntheticProject(const SyntheticSize &size = {});

} // namespace archbench::bench
