#pragma once
// The JSON interchange form of a project (shared/INTERCHANGE.md, version 1). A contract with
// other tools: fields are added, never renamed. Import never trusts its input: every type,
// enum spelling, number (finite, weights >= 0, scores within scale) and reference is checked,
// and a refusal names the JSON path ("decisions[2].scores[5].option: unknown id \"o9\"").

#include "../expected.h"
#include "../model/projectdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace archbench::core::interchange {

inline constexpr int kFormatVersion = 1;

/// Parses and validates a whole interchange document.
Expected<ProjectData> fromJson(const QByteArray &json);

/// The first half of fromJson: the document's top-level object, or why it is not one.
Expected<QJsonObject> parseJson(const QByteArray &json);

enum class Checks {
    All,            ///< types, spellings and numbers while reading, then validate()
    DeferReferences ///< without validate(): the caller runs it before trusting the data
};
/// The second half of fromJson: reads a parsed document.
Expected<ProjectData> fromJsonObject(const QJsonObject &root, Checks checks = Checks::All);

/// Serialises with stable key order; derived values are never written.
QJsonObject toJsonObject(const ProjectData &data);
QByteArray toJson(const ProjectData &data);

/// Checks the rules that hold for any ProjectData, wherever it came from (ids unique and
/// non-empty, references resolve, numbers finite, weights >= 0, scores within scale).
Expected<void> validate(const ProjectData &data);

} // namespace archbench::core::interchange
