#include "recoverydialog.h"

#include "itemproperties.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archbench::ui {

RecoveryDialog::RecoveryDialog(const QList<core::RecoveryCandidate> &candidates, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(tr("Archbench was not closed properly last time. The work below was kept in "
                                "working copies and can be recovered as it was after the last edit."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setHeaderLabels({tr("Project"), tr("Last edit"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Unsaved projects"));
    for (const core::RecoveryCandidate &c : candidates) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, c.projectName.isEmpty() ? tr("Untitled") : c.projectName);
        row->setText(1, c.lastEdit.isValid() ? formatDateTime(c.lastEdit)
                                             : tr("unknown"));
        row->setText(2, c.originalPath.isEmpty() ? tr("never saved") : QDir::toNativeSeparators(c.originalPath));
        row->setToolTip(2, QDir::toNativeSeparators(c.originalPath.isEmpty() ? c.workingCopyPath : c.originalPath));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard..."), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_recover->setDefault(true);
    m_later->setToolTip(tr("Keep the working copies and ask again at the next start"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 320);

    connect(m_recover, &QPushButton::clicked, this, [this] { finish(FilePrompts::Recovery::Recover); });
    connect(m_discard, &QPushButton::clicked, this, [this] { finish(FilePrompts::Recovery::Discard); });
    connect(m_later, &QPushButton::clicked, this, [this] { finish(FilePrompts::Recovery::Later); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { finish(FilePrompts::Recovery::Recover); });
}

void RecoveryDialog::finish(FilePrompts::Recovery choice)
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (choice != FilePrompts::Recovery::Later && index < 0)
        return; // nothing selected: stay open
    m_answer = {choice, choice == FilePrompts::Recovery::Later ? -1 : index};
    if (choice == FilePrompts::Recovery::Later)
        reject();
    else
        accept();
}

} // namespace archbench::ui
