#pragma once
// Writing a whole file so that the target is always either the old or the new complete file
// (RELIABILITY.md "Writing"): the new content goes into a temporary file in the target's
// folder, is fsynced, takes over the target's permissions and is renamed over the target;
// then the folder is fsynced. On any failure the temporary file is removed and the target
// is untouched. Databases are written with SQLite's backup API, JSON with QSaveFile.

#include "../expected.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <functional>

namespace archbench::core::storage {

class SqliteConnection;

/// Points of a save where tests can inject a failure.
enum class SaveStage {
    TempCreated, ///< the temporary file exists, nothing written yet
    TempWritten, ///< the temporary file is complete and synced, not yet renamed
};

/// Test hook: called at each stage; returning an Error makes the save fail there.
using SaveFaultHook = std::function<Expected<void>(SaveStage stage, const QString &tempPath)>;
void setSaveFaultHook(SaveFaultHook hook);

/// Copies the database behind `source` to `target` atomically.
Expected<void> saveDatabaseAtomically(SqliteConnection &source, const QString &target);

/// Writes `bytes` to `target` atomically (QSaveFile, no direct-write fallback).
Expected<void> saveBytesAtomically(const QByteArray &bytes, const QString &target);

/// "Cannot save FILE: REASON" with the path in native separators.
Error saveError(const QString &path, ErrorCode code, const QString &reason);

/// Why a write failed, in words a user can act on. Qt's message when it has a real one; after
/// a short write (a disk that fills up part way) Qt has none and QIODevice says "Unknown
/// error", so then the system's reason for `systemError` (an errno value, e.g. "No space left
/// on device"), else words for `error`.
QString fileErrorReason(QFileDevice::FileError error, const QString &qtMessage, int systemError);

/// Writes all of `bytes` to `file` (open for writing; Unbuffered gives the reason soonest):
/// after a short write it writes the rest, so the write that fails reports the system's
/// reason, then flushes. The error message is only the reason (fileErrorReason()).
Expected<void> writeFully(QFileDevice &file, const QByteArray &bytes);

} // namespace archbench::core::storage
