#pragma once
// Generates valid, varied ProjectData from a seed, for round-trip property tests: every
// entity and field is exercised (optional numbers present or absent, empty and non-ASCII
// strings, text that looks like Markdown/HTML), and every reference resolves.

#include "core/model/projectdata.h"

namespace archbench::test {

struct GeneratorSize {
    int decisions = 3;
    int criteria = 4;
    int options = 3;
    int reviews = 2;
    int drills = 2;
    int costModels = 3;
};

core::ProjectData generateProject(quint32 seed, GeneratorSize size = {});

} // namespace archbench::test
