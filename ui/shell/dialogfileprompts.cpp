#include "dialogfileprompts.h"

#include "itemproperties.h"
#include "recoverydialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace archbench::ui {

namespace {
QString quoted(const QString &path)
{
    return QStringLiteral("\u201C%1\u201D").arg(QFileInfo(path).fileName());
}

QMessageBox *plainBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, QString(), QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose, false);
    box->setTextFormat(Qt::PlainText); // names and reasons may come from a stranger's file
    box->setText(text);
    return box;
}
} // namespace

DialogFilePrompts::DialogFilePrompts(QWidget *parent) : m_parent(parent) {}

QString DialogFilePrompts::askOpenPath(const QString &folder)
{
    return QFileDialog::getOpenFileName(
        m_parent, tr("Open Project"), folder,
        tr("Projects (*.archbench *.json);;Archbench projects (*.archbench);;Interchange JSON (*.json)"));
}

QString DialogFilePrompts::askSavePath(const QString &suggestedPath, SaveKind kind)
{
    const QString archbenchFilter = tr("Archbench project (*.archbench)");
    const QString jsonFilter = tr("Interchange JSON (*.json)");
    QString selected = archbenchFilter;
    const QString filters = kind == SaveKind::Copy ? archbenchFilter + QStringLiteral(";;") + jsonFilter : archbenchFilter;
    QString path = QFileDialog::getSaveFileName(m_parent, kind == SaveKind::Copy ? tr("Save a Copy") : tr("Save Project As"),
                                                suggestedPath, filters, &selected);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json = selected == jsonFilter;
    if (suffix != QLatin1StringView("archbench") && !(kind == SaveKind::Copy && suffix == QLatin1StringView("json")))
        path += json ? QStringLiteral(".json") : QStringLiteral(".archbench");
    return path;
}

QString DialogFilePrompts::lockedText(const QString &path, const std::optional<core::LockInfo> &holder)
{
    if (!holder)
        return tr("%1 is open in another Archbench session.").arg(quoted(path));
    const QString since = formatDateTime(holder->since);
    return tr("%1 is open in another session: %2 on %3 has had it open since %4.")
        .arg(quoted(path), holder->user.isEmpty() ? tr("someone") : holder->user,
             holder->host.isEmpty() ? tr("an unknown computer") : holder->host, since);
}

FilePrompts::Locked DialogFilePrompts::askLocked(const QString &path, const std::optional<core::LockInfo> &holder)
{
    std::unique_ptr<QMessageBox> box(plainBox(m_parent, QMessageBox::Question, tr("Project In Use"),
                                              lockedText(path, holder) + QStringLiteral("\n\n")
                                                  + tr("Open it read-only to look without changing it. Opening it anyway "
                                                       "lets both of you save, and the later save wins.")));
    QPushButton *readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    QPushButton *anyway = box->addButton(tr("Open &Anyway"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(readOnly);
    box->exec();
    if (box->clickedButton() == readOnly)
        return Locked::OpenReadOnly;
    if (box->clickedButton() == anyway)
        return Locked::OpenAnyway;
    return Locked::Cancel;
}

FilePrompts::ChangedOnDisk DialogFilePrompts::askChangedOnDisk(const QString &path)
{
    std::unique_ptr<QMessageBox> box(plainBox(
        m_parent, QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 was changed by someone else since you opened it.").arg(quoted(path)) + QStringLiteral("\n\n")
            + tr("Overwrite replaces their version with yours. Save as Copy keeps both.")));
    QPushButton *overwrite = box->addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *copy = box->addButton(tr("Save as &Copy..."), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->exec();
    if (box->clickedButton() == overwrite)
        return ChangedOnDisk::Overwrite;
    if (box->clickedButton() == copy)
        return ChangedOnDisk::SaveCopy;
    return ChangedOnDisk::Cancel;
}

FilePrompts::Unsaved DialogFilePrompts::askUnsaved(const QString &projectName)
{
    std::unique_ptr<QMessageBox> box(plainBox(
        m_parent, QMessageBox::Warning, tr("Unsaved Changes"),
        tr("Save the changes to \u201C%1\u201D before closing it?").arg(projectName) + QStringLiteral("\n\n")
            + tr("If you don't save, your changes since the last save are lost.")));
    // own buttons rather than the standard ones: Qt's "Discard" and "Save" carry no mnemonic
    QPushButton *save = box->addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(save);
    box->exec();
    if (box->clickedButton() == save)
        return Unsaved::Save;
    if (box->clickedButton() == discard)
        return Unsaved::Discard;
    return Unsaved::Cancel;
}

void DialogFilePrompts::showRefused(const QString &path, const QString &reason)
{
    std::unique_ptr<QMessageBox> box(plainBox(m_parent, QMessageBox::Warning, tr("Cannot Open Project"),
                                              tr("%1 cannot be opened.").arg(quoted(path)) + QStringLiteral("\n\n")
                                                  + reason));
    box->setStandardButtons(QMessageBox::Ok);
    box->setDetailedText(path);
    box->exec();
}

FilePrompts::RecoveryAnswer DialogFilePrompts::askRecovery(const QList<core::RecoveryCandidate> &candidates)
{
    RecoveryDialog dialog(candidates, m_parent);
    dialog.exec();
    return dialog.answer();
}

bool DialogFilePrompts::confirmDiscardRecovery(const core::RecoveryCandidate &candidate)
{
    std::unique_ptr<QMessageBox> box(plainBox(
        m_parent, QMessageBox::Warning, tr("Discard Unsaved Work"),
        tr("Throw away the unsaved work on \u201C%1\u201D? It cannot be brought back.").arg(candidate.projectName)));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->exec();
    return box->clickedButton() == discard;
}

std::optional<QString> DialogFilePrompts::askServerPassword(const QString &server, const QString &reason)
{
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Team Server Password"));
    dialog.setLabelText(tr("%1\n\nPassword for %2 (kept only while Archbench runs):").arg(reason, server));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace archbench::ui
