#pragma once
// What `archbench convert` and `archbench validate` do, kept in core so it is unit-testable:
// the format of each side follows the extension (.archbench or .json), every input gets the
// full safe-open and interchange checks, and outputs are written atomically.

#include "../expected.h"

#include <QString>

namespace archbench::core {

enum class ProjectFileFormat { Archbench, Json };

/// The format named by the extension of `path`, or an Invalid error that says which are known.
Expected<ProjectFileFormat> formatOf(const QString &path);

/// Where a conversion failed: reading the input (a refused file) or writing the output.
enum class ConversionStage { Input, Output };

struct ConversionError {
    Error error;
    ConversionStage stage = ConversionStage::Input;
};

/// Converts `input` to `output`; nullopt on success.
std::optional<ConversionError> convertProjectFile(const QString &input, const QString &output);

/// Reads `path` with every check; on success a one-line summary ("FILE: OK (...)").
Expected<QString> validateProjectFile(const QString &path);

} // namespace archbench::core
