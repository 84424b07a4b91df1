#pragma once
// The twelve framing prompts of a project (DOMAIN.md §1), in the order a review walks them,
// with accessors into Framing so forms, reports and counts share one list.

#include "../model/projectinfo.h"

#include <QList>

namespace archbench::core {

struct FramingQuestion {
    const char *key;        ///< interchange field name
    QString label;          ///< short label, translated
    QString prompt;         ///< the question asked, translated
    QString Framing::*field;
};

/// All twelve, in order.
const QList<FramingQuestion> &framingQuestions();

/// How many of the twelve have a non-blank answer.
int answeredFramingCount(const Framing &framing);

} // namespace archbench::core
