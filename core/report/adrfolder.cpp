#include "adrfolder.h"

#include "adrimport.h"
#include "reportexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrFolder)
};

/// Enough of a file to find its ids: front matter comes first, the Nygard comment last.
constexpr qint64 kMaxScannedBytes = 1024 * 1024;

/// A numbered Markdown file in the folder, and whose record it is (empty: not ours).
struct FolderFile {
    int number = 0;
    QString name;
    QString project;
    QString decision;
};

/// A YAML scalar as AdrWriter writes it: double-quoted with backslash escapes, or plain.
QString yamlValue(QStringView raw)
{
    const QStringView v = raw.trimmed();
    if (v.size() < 2 || !v.startsWith(QLatin1Char('"')) || !v.endsWith(QLatin1Char('"')))
        return v.toString();
    QString out;
    for (qsizetype i = 1; i + 1 < v.size(); ++i) {
        QChar c = v[i];
        if (c == QLatin1Char('\\') && i + 2 < v.size()) {
            c = v[++i];
            switch (c.unicode()) {
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'x':
                out += QChar(v.mid(i + 1, 2).toString().toUShort(nullptr, 16));
                i += 2;
                break;
            default: out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

/// The (project, decision) ids a file written by AdrWriter carries; empty for other files.
std::pair<QString, QString> recordIds(const QString &text)
{
    const QString key = QString::fromLatin1(AdrWriter::kIdsKey);
    if (text.startsWith(QLatin1String("---\n")) || text.startsWith(QLatin1String("---\r\n"))) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        bool inIds = false;
        QString project, decision;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines[i].endsWith(QLatin1Char('\r')) ? lines[i].chopped(1) : lines[i];
            if (line == QLatin1String("---"))
                break;
            if (!line.startsWith(QLatin1Char(' ')))
                inIds = line == key + QLatin1Char(':');
            else if (inIds && line.startsWith(QLatin1String("  project:")))
                project = yamlValue(QStringView(line).mid(10));
            else if (inIds && line.startsWith(QLatin1String("  decision:")))
                decision = yamlValue(QStringView(line).mid(11));
        }
        if (!project.isEmpty() && !decision.isEmpty())
            return {project, decision};
    }
    static const QRegularExpression comment(QStringLiteral("<!-- %1 project=(\\S+) decision=(\\S+)(?: -->|\\r?\\n)").arg(key));
    const auto m = comment.match(text);
    if (m.hasMatch())
        return {QUrl::fromPercentEncoding(m.captured(1).toLatin1()), QUrl::fromPercentEncoding(m.captured(2).toLatin1())};
    return {};
}

/// The files of `dir` that hold an ADR number ("0005-title.md"; not log4brains' dates). A file
/// without Archbench ids is the record of the decision imported from it (adrimport.h names
/// such decisions "adr-" and the file's base name).
Expected<QList<FolderFile>> scan(const QDir &dir, const ProjectData &data)
{
    QList<FolderFile> files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
            continue;
        const int number = adrNumberFromFileName(name);
        const QString importedId = QStringLiteral("adr-") + QFileInfo(name).completeBaseName();
        const bool imported = std::any_of(data.decisions.cbegin(), data.decisions.cend(),
                                          [&](const Decision &d) { return d.id == importedId; });
        if (number == 0 && !imported)
            continue;
        FolderFile f{number, name, {}, {}};
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        std::tie(f.project, f.decision) = recordIds(QString::fromUtf8(file.read(kMaxScannedBytes)));
        if (f.project.isEmpty() && imported)
            std::tie(f.project, f.decision) = std::pair{data.project.id, importedId};
        files << f;
    }
    return files;
}

/// Whether `path` is another tool's record (imported from, adrimport.h) that still says
/// exactly what the decision holds: then it is left as its authors wrote it, so a team's
/// history shows only the records that changed.
bool saysTheSame(const QString &path, const Decision &d)
{
    if (!d.id.startsWith(QStringLiteral("adr-")) || d.id != QStringLiteral("adr-") + QFileInfo(path).completeBaseName())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxScannedBytes * 4)
        return false;
    const auto record = readAdrRecord(QFileInfo(path).fileName(), file.readAll());
    if (!record || record->hasIdsBlock)
        return false;
    Decision said = record->decision;
    said.id = d.id;
    said.adrNumber = d.adrNumber;
    // the folder resolves supersede links; a file that says "superseded" agrees with any link
    if (said.status == DecisionStatus::Superseded && d.status == DecisionStatus::Superseded)
        said.supersededBy = d.supersededBy;
    return said == d;
}

QString decisionName(const Decision &d)
{
    return d.title.trimmed().isEmpty() ? d.id : d.title.trimmed();
}

} // namespace

QString adrFileName(int number, const Decision &decision)
{
    QString slug;
    for (const QChar c : decision.title.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')) && (c.isSpace() || c.isPunct() || c.isSymbol()))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.size() > 60)
        slug = slug.left(60).section(QLatin1Char('-'), 0, -2);
    if (slug.isEmpty())
        slug = decision.id;
    return QStringLiteral("%1-%2.md").arg(number, 4, 10, QLatin1Char('0')).arg(slug);
}

Expected<AdrExport> exportAdrFolder(const ProjectData &data, const QString &folder, AdrFlavour flavour)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, Text::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const auto files = scan(dir, data);
    if (!files.ok())
        return files.error();

    // Each decision's records already in the folder, lowest number first (scan order).
    QHash<QString, QList<const FolderFile *>> records;
    int highest = data.project.lastAdrNumber;
    for (const FolderFile &f : *files) {
        highest = std::max(highest, f.number);
        if (f.project == data.project.id)
            records[f.decision] << &f;
    }
    for (const Decision &d : data.decisions)
        highest = std::max(highest, d.adrNumber);

    AdrExport result;
    AdrIndex index;
    QHash<int, QString> owner; // number -> decision id
    // A decision imported from another tool's file keeps that file's name (a team's file names
    // are part of its history), as long as the number is the same.
    const auto fileNameOf = [&](int number, const Decision &d) {
        for (const FolderFile *f : records.value(d.id))
            if (f->number == number && number > 0 && d.id == QStringLiteral("adr-") + QFileInfo(f->name).completeBaseName())
                return f->name;
        return adrFileName(number, d);
    };
    for (const Decision &d : data.decisions) {
        int number = d.adrNumber;
        if (number == 0 && !records.value(d.id).isEmpty()) {
            number = records.value(d.id).first()->number;
            if (number > 0)
                result.assigned << std::pair{d.id, number};
        }
        if (number > 0) {
            index.insert(d.id, {number, fileNameOf(number, d)});
            continue;
        }
        // imported from a file without a number (log4brains' "20201028-title.md", MADR's
        // "0000-…"): it stays in that file and gets no number
        for (const FolderFile *f : records.value(d.id))
            if (f->number == 0 && d.adrNumber == 0 && d.id == QStringLiteral("adr-") + QFileInfo(f->name).completeBaseName())
                index.insert(d.id, {0, f->name});
    }
    for (const Decision &d : data.decisions)
        if (!index.contains(d.id)) {
            index.insert(d.id, {++highest, adrFileName(highest, d)});
            result.assigned << std::pair{d.id, highest};
        }
    result.lastAdrNumber = highest;

    // Refuse before writing anything: a number held by a file that is not that decision's
    // record, or given to two decisions.
    for (const Decision &d : data.decisions) {
        const int number = index.value(d.id).number;
        if (number == 0)
            continue; // in the file it was imported from, under that name
        if (owner.contains(number)) {
            const Decision *other = nullptr;
            for (const Decision &o : data.decisions)
                other = o.id == owner.value(number) ? &o : other;
            return makeError(ErrorCode::Invalid, Text::tr("The decisions \"%1\" and \"%2\" would both be ADR %3: their records in %4 disagree with the project.")
                                                     .arg(decisionName(*other), decisionName(d)).arg(number).arg(QDir::toNativeSeparators(folder)));
        }
        owner.insert(number, d.id);
        for (const FolderFile &f : *files)
            if (f.number == number && !(f.project == data.project.id && f.decision == d.id))
                return makeError(ErrorCode::Invalid,
                                 Text::tr("Cannot write decision \"%1\" as ADR %2: %3 already has that number and is not its record. "
                                          "Move or renumber that file, or export into another folder.")
                                     .arg(decisionName(d)).arg(number).arg(QDir::toNativeSeparators(dir.filePath(f.name))));
    }

    for (const Decision &d : data.decisions) {
        const AdrEntry entry = index.value(d.id);
        const QString path = dir.filePath(entry.fileName);
        if (saysTheSame(path, d)) {
            result.unchanged << path;
            continue;
        }
        if (auto done = writeFileAtomically(path, AdrWriter::write(data, d, index, flavour).toUtf8()); !done.ok())
            return done.error();
        result.written << path;
        for (const FolderFile *old : records.value(d.id)) {
            if (old->name == entry.fileName)
                continue;
            const QString oldPath = dir.filePath(old->name);
            if (!QFile::remove(oldPath))
                return makeError(ErrorCode::Io, Text::tr("Cannot remove the old record %1 of decision \"%2\" (now %3).")
                                                    .arg(QDir::toNativeSeparators(oldPath), decisionName(d), entry.fileName));
            result.removed << oldPath;
        }
    }
    return result;
}

AdrFlavour folderAdrFlavour(const QString &folder)
{
    static const QRegularExpression nygardTitle(QStringLiteral("\\A\\s*# \\d+\\. "));
    const QDir dir(folder);
    int nygard = 0, other = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (adrNumberFromFileName(name) == 0)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        (nygardTitle.match(QString::fromUtf8(file.readLine(4096))).hasMatch() ? nygard : other)++;
    }
    return nygard > other ? AdrFlavour::Nygard : AdrFlavour::Madr;
}

void keepAdrNumbers(ProjectData &data, const AdrExport &result)
{
    for (const auto &[id, number] : result.assigned)
        for (Decision &d : data.decisions)
            if (d.id == id)
                d.adrNumber = number;
    data.project.lastAdrNumber = std::max(data.project.lastAdrNumber, result.lastAdrNumber);
}

} // namespace archbench::core
