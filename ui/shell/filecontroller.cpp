#include "filecontroller.h"

#include "core/merge/projectmerge.h"
#include "comparedialog.h"
#include "ui/workbench.h"
#include "ui/commands/itemcommands.h"

#include "core/log.h"
#include "dialogfileprompts.h"
#include "itemtitles.h"
#include "mainwindow.h"
#include "ui/widgets/messagebar.h"
#include "recentfiles.h"
#include "shellactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

namespace archbench::ui {

using core::ErrorCode;
using core::ProjectFile;
using core::MergeConflict;
using core::ProjectChange;
using core::ProjectData;
using core::ProjectMerge;
using core::readProjectFile;

FileController::FileController(MainWindow *window, std::unique_ptr<FilePrompts> prompts)
    : QObject(window), m_window(window),
      m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogFilePrompts>(window))
{
    ShellActions *a = window->actions();
    connect(a->newProject, &QAction::triggered, this, &FileController::newProject);
    connect(a->open, &QAction::triggered, this, &FileController::open);
    connect(a->save, &QAction::triggered, this, &FileController::save);
    connect(a->saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(a->saveCopy, &QAction::triggered, this, &FileController::saveCopy);
    connect(a->closeProject, &QAction::triggered, this, &FileController::closeProject);
    connect(a->compareWith, &QAction::triggered, this, &FileController::compareWith);
    a->compareWith->setEnabled(false);
    connect(window->workbench(), &Workbench::projectChanged, a->compareWith, [a](core::Project *p) { a->compareWith->setEnabled(p); });
    connect(window, &MainWindow::openRecentRequested, this, &FileController::openPath);
    window->setCloseGuard([this] { return closeProject(); });
}

FileController::~FileController()
{
    // The window may outlive us for a moment; it must not show a project we no longer own.
    m_window->setCloseGuard({});
    release();
}

QString FileController::displayName() const
{
    return m_file ? projectDisplayName(*m_file->project(), m_file->path()) : QString();
}

bool FileController::confirmDiscardingChanges()
{
    if (!m_file || !m_stack || m_stack->isClean() || m_file->isReadOnly())
        return true;
    switch (m_prompts->askUnsaved(displayName())) {
    case FilePrompts::Unsaved::Save: return save();
    case FilePrompts::Unsaved::Discard: return true;
    case FilePrompts::Unsaved::Cancel: return false;
    }
    return false;
}

void FileController::release()
{
    m_window->setDocument(nullptr, nullptr);
    m_stack.reset(); // commands point into the project: they go first
    m_file.reset();  // releases the lock and removes the working copy
}

void FileController::adopt(std::unique_ptr<ProjectFile> file)
{
    release();
    m_file = std::move(file);
    m_stack = std::make_unique<QUndoStack>();
    m_window->setDocument(m_file->project(), m_stack.get(), m_file->path());
    m_base.reset();
    if (!m_file->path().isEmpty()) {
        m_window->setSavedAt(QFileInfo(m_file->path()).lastModified());
        if (!m_file->hasUnsavedChanges()) // a recovered project differs from its file: no base
            m_base = m_file->project()->data();
    }
}

bool FileController::newProject()
{
    if (!confirmDiscardingChanges())
        return false;
    auto created = ProjectFile::createNew();
    if (!created) {
        m_window->messageBar()->showMessage(MessageBar::Level::Error,
                                            tr("A new project could not be started: %1").arg(created.error().message));
        return false;
    }
    adopt(std::move(*created));
    AB_LOG_INFO("new project");
    return true;
}

bool FileController::open()
{
    const QString path = m_prompts->askOpenPath(m_window->recentFiles()->lastFolder());
    return !path.isEmpty() && openPath(path);
}

bool FileController::openPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_file && !m_file->path().isEmpty() && QFileInfo(m_file->path()).absoluteFilePath() == absolute) {
        m_window->statusBar()->showMessage(tr("%1 is already open.").arg(QFileInfo(path).fileName()), 5000);
        return true;
    }
    // a ballot file opens as a form of its own, leaving the project open
    if (m_window->workbench()->openOtherFile(absolute))
        return true;
    // Asked before opening; the current project stays if the new one cannot be opened.
    if (!confirmDiscardingChanges())
        return false;

    auto opened = ProjectFile::open(absolute);
    if (!opened && opened.error().code == ErrorCode::Locked) {
        switch (m_prompts->askLocked(absolute, ProjectFile::lockHolder(absolute))) {
        case FilePrompts::Locked::OpenReadOnly: opened = ProjectFile::open(absolute, core::OpenOptions{true, false}); break;
        case FilePrompts::Locked::OpenAnyway: opened = ProjectFile::open(absolute, core::OpenOptions{false, true}); break;
        case FilePrompts::Locked::Cancel: return false;
        }
    }
    if (!opened) {
        AB_LOG_WARN("cannot open {}: {}", absolute, opened.error().message);
        if (opened.error().code == ErrorCode::NotFound)
            m_window->recentFiles()->remove(absolute);
        m_prompts->showRefused(absolute, opened.error().message);
        return false;
    }
    adopt(std::move(*opened));
    if (m_rememberRecent)
        m_window->recentFiles()->add(absolute);
    AB_LOG_INFO("opened {}{}", absolute, m_file->isReadOnly() ? QStringLiteral(" (read-only)") : QString());
    return true;
}

void FileController::saved(const QString &what)
{
    m_base = m_file->project()->data();
    m_stack->setClean();
    m_window->setSavedAt(QDateTime::currentDateTime());
    m_window->statusBar()->showMessage(what, 5000);
}

void FileController::reportSaveFailure(const core::Error &error, const QString &path)
{
    AB_LOG_WARN("saving {} failed: {}", path, error.message);
    m_window->messageBar()->showMessage(
        MessageBar::Level::Error,
        tr("%1 could not be saved: %2. Your work is safe in the working copy; try again, or save it "
           "somewhere else.")
            .arg(QFileInfo(path).fileName(), error.message),
        tr("Save As..."), [this] { saveAs(); });
}

bool FileController::save()
{
    if (!m_file || m_file->isReadOnly())
        return false;
    if (m_file->path().isEmpty())
        return saveAs();
    auto result = m_file->save(false);
    // someone else saved the file meanwhile: never overwrite their work; merge it in first
    bool mergedNow = false;
    if (!result && result.error().code == ErrorCode::ChangedOnDisk && mergeFromDisk()) {
        mergedNow = true; // its message already names the conflicts
        result = m_file->save(true);
    }
    if (!result && result.error().code == ErrorCode::ChangedOnDisk) {
        switch (m_prompts->askChangedOnDisk(m_file->path())) {
        case FilePrompts::ChangedOnDisk::Overwrite: result = m_file->save(true); break;
        case FilePrompts::ChangedOnDisk::SaveCopy: return saveCopy();
        case FilePrompts::ChangedOnDisk::Cancel: return false;
        }
    }
    if (!result) {
        reportSaveFailure(result.error(), m_file->path());
        return false;
    }
    saved(tr("Saved %1").arg(QDir::toNativeSeparators(m_file->path())));
    AB_LOG_INFO("saved {}", m_file->path());
    // saved, but not settled: say so while a merge's conflicts remain
    if (const qsizetype conflicts = m_file->project()->info().mergeConflicts.size(); conflicts > 0 && !mergedNow)
        m_window->messageBar()->showMessage(
            MessageBar::Level::Warning,
            conflicts == 1 ? tr("Saved with 1 merge conflict still to resolve: decide it in the Conflicts dock.")
                           : tr("Saved with %1 merge conflicts still to resolve: decide them in the Conflicts dock.").arg(conflicts));
    return true;
}

bool FileController::compareWith()
{
    if (!m_file)
        return false;
    const QString path = m_prompts->askOpenPath(m_window->recentFiles()->lastFolder());
    return !path.isEmpty() && compareWithPath(path);
}

QDialog *FileController::compareWithPath(const QString &path)
{
    if (!m_file)
        return nullptr;
    auto other = readProjectFile(path);
    if (!other) {
        m_window->messageBar()->showMessage(MessageBar::Level::Error,
                                            tr("%1 cannot be compared: %2").arg(QFileInfo(path).fileName(), other.error().message));
        return nullptr;
    }
    auto *dialog = new CompareDialog(*other, path, m_file->project()->data(), m_window->workbench(), m_window);
    dialog->show();
    return dialog;
}

bool FileController::mergeFromDisk()
{
    if (!m_base || m_file->isReadOnly())
        return false;
    const QString path = m_file->path();
    auto disk = readProjectFile(path);
    if (!disk) {
        AB_LOG_WARN("cannot merge {}: {}", path, disk.error().message);
        return false;
    }
    if (disk->project.id != m_base->project.id) {
        // another project dropped over this one: not a version of ours, nothing to merge
        AB_LOG_WARN("not merging {}: it now holds another project ({})", path, disk->project.id);
        return false;
    }
    core::Project *project = m_file->project();
    const ProjectData mine = project->data();
    auto merged = ProjectMerge::merge(*m_base, mine, *disk);
    if (!merged) {
        AB_LOG_WARN("cannot merge {}: {}", path, merged.error().message);
        return false;
    }
    const QList<ProjectChange> cameIn = ProjectMerge::diff(mine, merged->merged);
    commands::applyProjectData(m_stack.get(), project, merged->merged, tr("Merge changes saved by someone else"));
    if (project->data() != merged->merged) {
        // the project did not take the merge whole: never save over their work then
        AB_LOG_WARN("the merge of {} could not be applied in full; asking instead", path);
        if (m_stack->canUndo() && m_stack->undoText() == tr("Merge changes saved by someone else"))
            m_stack->undo();
        return false;
    }
    QStringList lines;
    constexpr int kShown = 4;
    for (qsizetype i = 0; i < std::min<qsizetype>(kShown, cameIn.size()); ++i)
        lines << QStringLiteral("• ") + cameIn[i].words;
    if (cameIn.size() > kShown)
        lines << tr("… and %1 more").arg(cameIn.size() - kShown);
    QString text = cameIn.size() == 1 ? tr("%1 was saved by someone else since you opened it. Their change was merged into yours "
                                           "before saving (Undo takes it out again):")
                                            .arg(QFileInfo(path).fileName())
                                      : tr("%1 was saved by someone else since you opened it. Their %2 changes were merged into "
                                           "yours before saving (Undo takes them out again):")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(cameIn.size());
    if (cameIn.isEmpty())
        text = tr("%1 was saved by someone else since you opened it; nothing of theirs differs from yours.").arg(QFileInfo(path).fileName());
    if (!merged->conflicts.isEmpty()) {
        lines << (merged->conflicts.size() == 1 ? tr("1 conflict: both changed the same field; yours was kept:")
                                                : tr("%1 conflicts: both changed the same fields; yours were kept:").arg(merged->conflicts.size()));
        for (qsizetype i = 0; i < std::min<qsizetype>(kShown, merged->conflicts.size()); ++i) {
            const MergeConflict &c = merged->conflicts[i];
            lines << tr("• %1: yours %2, theirs %3").arg(c.path, ProjectMerge::valueText(c.ours), ProjectMerge::valueText(c.theirs));
        }
    }
    m_window->messageBar()->showMessage(merged->conflicts.isEmpty() ? MessageBar::Level::Information : MessageBar::Level::Warning,
                                        (QStringList{text} + lines).join(QLatin1Char('\n')));
    AB_LOG_INFO("merged {} changes and {} conflicts from {} before saving", cameIn.size(), merged->conflicts.size(), path);
    return true;
}

QString FileController::suggestedPath(const QString &suffix) const
{
    QString base = m_file && !m_file->path().isEmpty() ? QFileInfo(m_file->path()).completeBaseName() : displayName();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : base)
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    const QString folder = m_file && !m_file->path().isEmpty() ? QFileInfo(m_file->path()).absolutePath()
                                                              : m_window->recentFiles()->lastFolder();
    return QDir(folder).filePath(base + suffix);
}

bool FileController::saveAs()
{
    if (!m_file)
        return false;
    const QString path = m_prompts->askSavePath(suggestedPath(QStringLiteral(".archbench")), FilePrompts::SaveKind::Project);
    if (path.isEmpty())
        return false;
    // its own file again: a Save, with the changed-on-disk merge (saveAs would overwrite)
    if (!m_file->path().isEmpty() && !m_file->isReadOnly()
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_file->path()).canonicalFilePath())
        return save();
    const auto result = m_file->saveAs(path);
    if (!result) {
        reportSaveFailure(result.error(), path);
        return false;
    }
    m_window->setFilePath(m_file->path());
    if (m_rememberRecent)
        m_window->recentFiles()->add(m_file->path());
    m_window->recentFiles()->setLastFolder(QFileInfo(path).absolutePath());
    saved(tr("Saved as %1").arg(QDir::toNativeSeparators(m_file->path())));
    AB_LOG_INFO("saved as {}", m_file->path());
    return true;
}

bool FileController::saveCopy()
{
    if (!m_file)
        return false;
    const QString path = m_prompts->askSavePath(suggestedPath(tr(" (copy)") + QStringLiteral(".archbench")),
                                                FilePrompts::SaveKind::Copy);
    if (path.isEmpty())
        return false;
    const auto result = m_file->saveCopy(path);
    if (!result) {
        reportSaveFailure(result.error(), path);
        return false;
    }
    m_window->recentFiles()->setLastFolder(QFileInfo(path).absolutePath());
    m_window->statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
    AB_LOG_INFO("copy saved to {}", path);
    return true;
}

bool FileController::closeProject()
{
    if (!confirmDiscardingChanges())
        return false;
    if (m_file)
        AB_LOG_INFO("closed {}", m_file->path().isEmpty() ? displayName() : m_file->path());
    release();
    return true;
}

void FileController::offerRecovery()
{
    QList<core::RecoveryCandidate> candidates = ProjectFile::recoverable();
    while (!candidates.isEmpty()) {
        const FilePrompts::RecoveryAnswer answer = m_prompts->askRecovery(candidates);
        if (answer.choice == FilePrompts::Recovery::Later || answer.index < 0 || answer.index >= candidates.size())
            return;
        const core::RecoveryCandidate candidate = candidates.at(answer.index);
        if (answer.choice == FilePrompts::Recovery::Discard) {
            if (m_prompts->confirmDiscardRecovery(candidate)) {
                ProjectFile::discardRecoverable(candidate);
                AB_LOG_INFO("discarded the working copy {}", candidate.workingCopyPath);
            }
            candidates = ProjectFile::recoverable();
            continue;
        }
        if (!confirmDiscardingChanges())
            return;
        auto recovered = ProjectFile::recover(candidate);
        if (!recovered) {
            m_prompts->showRefused(candidate.workingCopyPath, recovered.error().message);
            return;
        }
        adopt(std::move(*recovered));
        m_stack->resetClean(); // what was recovered is not in the target file yet
        m_window->setSavedAt({});
        AB_LOG_INFO("recovered {} from {}", candidate.projectName, candidate.workingCopyPath);
        m_window->messageBar()->showMessage(
            MessageBar::Level::Information,
            tr("Recovered \u201C%1\u201D as it was after the last edit. Save it to keep it.").arg(displayName()),
            tr("Save"), [this] { save(); });
        return;
    }
}

} // namespace archbench::ui
