#include "projectconversion.h"
#include "projectfile.h"

#include "core/model/itemkinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace archbench::core {

Expected<ProjectFileFormat> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("archbench"))
        return ProjectFileFormat::Archbench;
    if (suffix == QLatin1StringView("json"))
        return ProjectFileFormat::Json;
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("archbench::core::storage",
                                                 "%1: unknown kind of file; the name must end in .archbench or .json")
                         .arg(QDir::toNativeSeparators(path)));
}

std::optional<ConversionError> convertProjectFile(const QString &input, const QString &output)
{
    const auto in = formatOf(input);
    if (!in)
        return ConversionError{in.error(), ConversionStage::Input};
    const auto out = formatOf(output);
    if (!out)
        return ConversionError{out.error(), ConversionStage::Output};
    const QFileInfo inInfo(input);
    const QFileInfo outInfo(output);
    if (outInfo.exists() && inInfo.exists() && outInfo.canonicalFilePath() == inInfo.canonicalFilePath())
        return ConversionError{makeError(ErrorCode::Invalid,
                                         QCoreApplication::translate("archbench::core::storage",
                                                                     "%1: input and output are the same file")
                                             .arg(QDir::toNativeSeparators(input))),
                               ConversionStage::Output};
    if (*in == ProjectFileFormat::Json && *out == ProjectFileFormat::Archbench) {
        bool inputRefused = false;
        if (auto converted = convertJsonToArchbench(input, output, inputRefused); !converted)
            return ConversionError{converted.error(), inputRefused ? ConversionStage::Input : ConversionStage::Output};
        return std::nullopt;
    }
    auto data = readProjectFile(input);
    if (!data)
        return ConversionError{data.error(), ConversionStage::Input};
    if (auto written = writeProjectFile(*data, output); !written)
        return ConversionError{written.error(), ConversionStage::Output};
    return std::nullopt;
}

Expected<QString> validateProjectFile(const QString &path)
{
    if (auto format = formatOf(path); !format)
        return format.error();
    auto data = readProjectFile(path);
    if (!data)
        return data.error();
    QStringList counts;
    for (ItemKind kind : kAllKinds)
        counts << kindCount(kind, visitKind(kind, [&](auto type) { return ItemTraits<typename decltype(type)::type>::list(*data).size(); }));
    return QCoreApplication::translate("archbench::core::storage", "%1: OK (%2)")
        .arg(QDir::toNativeSeparators(path), counts.join(QStringLiteral(", ")));
}

} // namespace archbench::core
