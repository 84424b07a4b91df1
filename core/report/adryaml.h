#pragma once
// YAML for the ADR importer (core/report/adrimport.h), through yaml-cpp
// (docs/decisions/0003-adr-import-yaml-cpp.md): front matter refused before parsing when it is
// too large or too deeply nested, and readers that never throw.

#include "../expected.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include <yaml-cpp/yaml.h>

namespace archbench::core::adryaml {

/// A map (or nothing) parsed from `text`; `what` names it in refusals ("front matter").
Expected<YAML::Node> parseYaml(const QString &text, const QString &what);
/// A scalar as text (empty for anything else).
QString scalar(const YAML::Node &node);
YAML::Node child(const YAML::Node &map, const char *key);
/// A list of scalars, or one scalar that holds a comma-separated list.
QStringList names(const YAML::Node &node);
QStringList scalarList(const YAML::Node &node);
QList<YAML::Node> sequence(const YAML::Node &node);
/// A finite number in the C locale.
std::optional<double> number(const QString &text);

} // namespace archbench::core::adryaml
