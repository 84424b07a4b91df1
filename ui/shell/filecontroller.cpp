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
#include "serverdialog.h"
#include "serversession.h"
#include "shellactions.h"

#include "core/server/serversync.h"

#include <QAction>
#include <QLabel>
#include <QTimer>
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
    connect(a->openFromServer, &QAction::triggered, this, &FileController::openFromServer);
    connect(a->save, &QAction::triggered, this, &FileController::save);
    connect(a->saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(a->saveCopy, &QAction::triggered, this, &FileController::saveCopy);
    connect(a->closeProject, &QAction::triggered, this, &FileController::closeProject);
    connect(a->compareWith, &QAction::triggered, this, &FileController::compareWith);
    a->compareWith->setEnabled(false);
    connect(window->workbench(), &Workbench::projectChanged, a->compareWith, [a](core::Project *p) { a->compareWith->setEnabled(p); });
    connect(window, &MainWindow::openRecentRequested, this, &FileController::openPath);
    window->setCloseGuard([this] { return closeProject(); });
    m_serverLabel = new QLabel(window);
    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    m_serverLabel->setTextFormat(Qt::PlainText);
    m_serverLabel->hide();
    window->statusBar()->addPermanentWidget(m_serverLabel);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(20000);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { saveToServer(true); });
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
    m_retryTimer->stop();
    m_session.reset(); // leaves the server: the presence of this session ends
    showServerStatus();
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
    if (m_file->path().isEmpty() && m_file->serverOrigin())
        return !m_file->project()->isReadOnly() && saveToServer(); // a viewer's copy: nothing to send
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
    QString text = cameIn.size() == 1 ? tr("%1 was saved by someone else since you opened it. Their change was merged into yours "
                                           "before saving (Undo takes it out again):")
                                            .arg(QFileInfo(path).fileName())
                                      : tr("%1 was saved by someone else since you opened it. Their %2 changes were merged into "
                                           "yours before saving (Undo takes them out again):")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(cameIn.size());
    if (cameIn.isEmpty())
        text = tr("%1 was saved by someone else since you opened it; nothing of theirs differs from yours.").arg(QFileInfo(path).fileName());
    m_window->messageBar()->showMessage(merged->conflicts.isEmpty() ? MessageBar::Level::Information : MessageBar::Level::Warning,
                                        mergeMessage(text, cameIn, merged->conflicts));
    AB_LOG_INFO("merged {} changes and {} conflicts from {} before saving", cameIn.size(), merged->conflicts.size(), path);
    return true;
}

QString FileController::mergeMessage(const QString &text, const QList<ProjectChange> &cameIn,
                                     const QList<MergeConflict> &conflicts) const
{
    QStringList lines{text};
    constexpr int kShown = 4;
    for (qsizetype i = 0; i < std::min<qsizetype>(kShown, cameIn.size()); ++i)
        lines << QStringLiteral("• ") + cameIn[i].words;
    if (cameIn.size() > kShown)
        lines << tr("… and %1 more").arg(cameIn.size() - kShown);
    if (!conflicts.isEmpty()) {
        lines << (conflicts.size() == 1 ? tr("1 conflict: both changed the same field; yours was kept:")
                                        : tr("%1 conflicts: both changed the same fields; yours were kept:").arg(conflicts.size()));
        for (qsizetype i = 0; i < std::min<qsizetype>(kShown, conflicts.size()); ++i) {
            const MergeConflict &c = conflicts[i];
            lines << tr("• %1: yours %2, theirs %3").arg(c.path, ProjectMerge::valueText(c.ours), ProjectMerge::valueText(c.theirs));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool FileController::openFromServer()
{
    if (!confirmDiscardingChanges())
        return false;
    OpenFromServerDialog dialog(*m_prompts, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenProject().isEmpty())
        return false;
    const QString id = dialog.chosenProject();
    const QString password = dialog.password();
    auto connection = dialog.takeConnection();
    return connection && openServerProject(std::move(connection), password, id);
}

bool FileController::openServerProject(const QString &url, const QString &projectId)
{
    auto parsed = core::server::ServerUrl::parse(url);
    if (!parsed) {
        m_window->messageBar()->showMessage(MessageBar::Level::Error, parsed.error().message);
        return false;
    }
    if (!confirmDiscardingChanges())
        return false;
    QString password;
    auto connection = connectAsking(*parsed, *m_prompts, password);
    if (!connection) {
        m_window->messageBar()->showMessage(MessageBar::Level::Error,
                                            tr("The project could not be opened from the server: %1").arg(connection.error().message));
        return false;
    }
    return openServerProject(std::move(*connection), password, projectId);
}

bool FileController::openServerProject(std::unique_ptr<core::server::ServerConnection> connection, const QString &password,
                                       const QString &projectId)
{
    core::server::TeamServer server(*connection);
    const QString where = connection->url().displayName();
    auto refuse = [&](const QString &reason) {
        AB_LOG_WARN("cannot open {} from {}: {}", projectId, connection->url().toString(), reason);
        m_window->messageBar()->showMessage(MessageBar::Level::Error,
                                            tr("The project could not be opened from the server: %1").arg(reason));
        return false;
    };
    if (auto usable = server.requireUsableSchema(); !usable)
        return refuse(usable.error().message);
    auto snapshot = server.fetch(projectId);
    if (!snapshot)
        return refuse(snapshot.error().message);
    auto created = ProjectFile::createNew(snapshot->data);
    if (!created)
        return refuse(created.error().message);
    const core::ServerOrigin origin{connection->url().toString(), projectId, snapshot->version};
    if (auto recorded = (*created)->setServerOrigin(origin); !recorded)
        return refuse(recorded.error().message);
    OpenFromServerDialog::rememberServer(origin.url);
    const core::server::ProjectRole role = snapshot->role;
    adopt(std::move(*created));
    m_base = snapshot->data;
    m_session = std::make_unique<ServerSession>(std::move(connection), password, projectId, role, *m_prompts);
    connect(m_session.get(), &ServerSession::presenceChanged, this, &FileController::showServerStatus);
    if (role == core::server::ProjectRole::Viewer) {
        m_file->project()->setReadOnly(true);
        m_window->setDocument(m_file->project(), m_stack.get(), QString());
        m_window->messageBar()->showMessage(MessageBar::Level::Information,
                                            tr("You are a viewer of this project on %1: you can read it but not change it. An "
                                               "owner can make you an editor; Save As makes a copy of your own.")
                                                .arg(where),
                                            tr("Save As..."), [this] { saveAs(); });
    }
    showServerStatus();
    AB_LOG_INFO("opened {} version {} from {} as {}", projectId, snapshot->version, origin.url, core::server::roleName(role));
    return true;
}

void FileController::showServerStatus()
{
    if (!m_session) {
        m_serverLabel->clear();
        m_serverLabel->hide();
        return;
    }
    QString text = tr("On %1 (%2)").arg(m_session->url().displayName(), core::server::roleName(m_session->role()));
    const QStringList others = m_session->others();
    if (!others.isEmpty())
        text += tr(" · also open: %1").arg(others.join(QStringLiteral(", ")));
    m_serverLabel->setText(text);
    m_serverLabel->setToolTip(tr("Version %1 on the server. Save sends your changes there; what others saved meanwhile is "
                                 "merged in first.")
                                  .arg(m_file && m_file->serverOrigin() ? m_file->serverOrigin()->version : 0));
    m_serverLabel->show();
}

bool FileController::saveToServer(bool retrying)
{
    m_retryTimer->stop();
    if (!m_file || !m_file->serverOrigin())
        return false;
    const core::ServerOrigin origin = *m_file->serverOrigin();
    if (!m_session) {
        // a recovered working copy: find the server again
        auto parsed = core::server::ServerUrl::parse(origin.url);
        if (!parsed) {
            reportSaveFailure(parsed.error(), origin.url);
            return false;
        }
        QString password;
        auto connection = connectAsking(*parsed, *m_prompts, password);
        if (connection) {
            core::server::TeamServer probe(**connection);
            auto role = probe.roleIn(origin.projectId);
            m_session = std::make_unique<ServerSession>(std::move(*connection), password, origin.projectId,
                                                        role ? *role : core::server::ProjectRole::Viewer, *m_prompts);
            connect(m_session.get(), &ServerSession::presenceChanged, this, &FileController::showServerStatus);
        }
    }
    core::Project *project = m_file->project();
    project->flushPendingWrites();
    const ProjectData mine = project->data();
    const QString where = m_session ? m_session->url().displayName() : origin.url;
    auto failed = [&](const core::Error &error) {
        AB_LOG_WARN("saving {} to {} failed: {}", origin.projectId, origin.url, error.message);
        const bool away = error.code == ErrorCode::Unreachable;
        if (away)
            m_retryTimer->start();
        QString reason = error.message; // the server's words may end a sentence of their own
        while (reason.endsWith(QLatin1Char('.')) || reason.endsWith(QLatin1Char('?')))
            reason.chop(1);
        m_window->messageBar()->showMessage(
            MessageBar::Level::Error,
            away ? tr("The project was not saved: %1. Your work is safe in the working copy, even if Archbench closes; "
                      "saving is tried again every %2 seconds.")
                       .arg(reason)
                       .arg(m_retryTimer->interval() / 1000)
                 : tr("The project could not be saved to %1: %2. Your work is safe in the working copy; Save As keeps a "
                      "file of your own.")
                       .arg(where, reason),
            tr("Try Again"), [this] { saveToServer(); });
        return false;
    };
    if (!m_session)
        return failed(makeError(ErrorCode::Unreachable, tr("no connection")));
    auto server = m_session->server();
    if (!server)
        return failed(server.error());
    auto synced = core::server::saveMerging(**server, origin.projectId, origin.version, mine);
    if (!synced) {
        if (synced.error().code == ErrorCode::Unauthorized) {
            m_session->setRole(core::server::ProjectRole::Viewer);
            showServerStatus();
        }
        return failed(synced.error());
    }
    if (synced->saved != mine) {
        commands::applyProjectData(m_stack.get(), project, synced->saved, tr("Merge changes saved by others on the server"));
        if (project->data() != synced->saved)
            AB_LOG_WARN("the merge from {} could not be applied in full; the next save sends what is shown", origin.url);
    }
    if (auto recorded = m_file->setServerOrigin(core::ServerOrigin{origin.url, origin.projectId, synced->version}); !recorded)
        AB_LOG_WARN("cannot record version {} of {}: {}", synced->version, origin.projectId, recorded.error().message);
    saved(retrying ? tr("Saved to %1 (version %2) now that it is back").arg(where).arg(synced->version)
                   : tr("Saved to %1 (version %2)").arg(where).arg(synced->version));
    m_session->refreshPresence();
    showServerStatus();
    if (!synced->cameIn.isEmpty() || !synced->conflicts.isEmpty()) {
        const QString text = synced->cameIn.size() == 1
                                 ? tr("Others saved this project on the server meanwhile. Their change was merged into yours "
                                      "before saving (Undo takes it out again):")
                                 : tr("Others saved this project on the server meanwhile. Their %1 changes were merged into "
                                      "yours before saving (Undo takes them out again):")
                                       .arg(synced->cameIn.size());
        m_window->messageBar()->showMessage(synced->conflicts.isEmpty() ? MessageBar::Level::Information : MessageBar::Level::Warning,
                                            mergeMessage(text, synced->cameIn, synced->conflicts));
    }
    AB_LOG_INFO("saved {} to {} as version {} ({} attempts, {} changes merged, {} conflicts)", origin.projectId, origin.url,
                synced->version, synced->attempts, synced->cameIn.size(), synced->conflicts.size());
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
    if (m_session) {
        // the project is this file now: Save writes it, and this window leaves the server (its
        // presence ends); the file remembers where it came from, for `archbench push`
        m_retryTimer->stop();
        m_session.reset();
        showServerStatus();
        saved(tr("Saved as %1. Save now writes this file; archbench push sends it back to the server.")
                  .arg(QDir::toNativeSeparators(m_file->path())));
    } else {
        saved(tr("Saved as %1").arg(QDir::toNativeSeparators(m_file->path())));
    }
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
