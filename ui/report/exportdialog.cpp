#include "exportdialog.h"

#include "pagesetup.h"

#include "core/project.h"
#include "ui/filefolders.h"
#include "core/report/reportbuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
constexpr auto kFormatKey = "report/format";
constexpr auto kScopeKey = "report/scope";
constexpr auto kPageSizeKey = "report/pageSize";
constexpr auto kDirectoryKey = "report/directory";

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

/// A file name from a title: letters, digits, spaces, dots and dashes; the rest becomes '-'.
QString fileBaseName(const QString &title)
{
    QString base = title.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^\\w .-]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("report") : base.left(80);
}
} // namespace

ExportDialog::ExportDialog(const core::Project *project, const ItemRef &current, QWidget *parent)
    : QDialog(parent), m_project(project), m_current(current)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF document (.pdf)"), QStringLiteral("pdf"));
    m_format->addItem(tr("Markdown (.md)"), QStringLiteral("md"));

    m_wholeProject = new QRadioButton(tr("The &whole project"), this);
    m_wholeProject->setObjectName(QStringLiteral("scopeProject"));
    m_currentItem = new QRadioButton(this);
    m_currentItem->setObjectName(QStringLiteral("scopeItem"));
    const QString itemId = currentItemId();
    if (current.overview) {
        m_itemTitle = tr("Project overview");
    } else if (!itemId.isEmpty()) {
        const QString title = core::itemTitle(project->data(), current.kind, itemId).trimmed();
        m_itemTitle = title.isEmpty() ? itemId : title;
    }
    const bool itemReportable = !itemId.isEmpty()
                                && (current.overview || core::ReportRegistry::standard().has(current.kind));
    m_currentItem->setText(itemId.isEmpty() ? tr("The current &item (none open)")
                                            : tr("The current &item: %1").arg(m_itemTitle));
    m_currentItem->setEnabled(itemReportable);
    if (!itemId.isEmpty() && !itemReportable)
        m_currentItem->setToolTip(tr("This build cannot report this kind of item on its own yet."));
    m_wholeProject->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->setContentsMargins(0, 0, 0, 0);
    scope->addWidget(m_wholeProject);
    scope->addWidget(m_currentItem);

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *target = new QHBoxLayout;
    target->setContentsMargins(0, 0, 0, 0);
    target->addWidget(m_target, 1);
    target->addWidget(browse);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *pageLabel = new QLabel(tr("&Page size:"), this);
    pageLabel->setBuddy(m_pageSize);
    auto *targetLabel = new QLabel(tr("&Save to:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(formatLabel, m_format);
    form->addRow(tr("Contents:"), scope);
    form->addRow(pageLabel, m_pageSize);
    form->addRow(targetLabel, target);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    auto *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    previewButton->setToolTip(tr("Show the pages of the PDF before writing"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_currentItem, &QRadioButton::toggled, this, [this] {
        // A fresh name for the new scope, unless the user typed a name of their own.
        const QString base = QFileInfo(m_target->text()).completeBaseName();
        const QString project = fileBaseName(m_project->info().name);
        const QString item = fileBaseName(m_itemTitle);
        if (base == project || base == item) {
            const QFileInfo info(m_target->text());
            m_target->setText(QDir(info.path()).filePath((m_currentItem->isChecked() ? item : project) + suffix()));
        }
    });
    connect(m_target, &QLineEdit::textEdited, m_message, &QLabel::hide);

    restoreChoices();
    formatChanged();
}

QString ExportDialog::currentItemId() const
{
    if (m_current.overview)
        return m_project->info().id;
    return m_current.isValid() && core::findItemKind(m_project->data(), m_current.id) ? m_current.id : QString();
}

QString ExportDialog::suffix() const
{
    return m_format->currentData().toString() == QLatin1StringView("md") ? QStringLiteral(".md") : QStringLiteral(".pdf");
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const int format = m_format->findData(settings.value(settingsKey(kFormatKey), QStringLiteral("pdf")).toString());
    m_format->setCurrentIndex(std::max(0, format));
    if (settings.value(settingsKey(kScopeKey)).toString() == QLatin1StringView("item") && m_currentItem->isEnabled())
        m_currentItem->setChecked(true);
    const auto size = pageSizeFromString(settings.value(settingsKey(kPageSizeKey)).toString())
                          .value_or(defaultPageSize(QLocale()));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(size))));
    const QString dir = rememberedFolder(settingsKey(kDirectoryKey));
    const QString base = fileBaseName(m_currentItem->isChecked() ? m_itemTitle : m_project->info().name);
    m_target->setText(QDir::toNativeSeparators(QDir(dir).filePath(base + suffix())));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey(kFormatKey), m_format->currentData().toString());
    settings.setValue(settingsKey(kScopeKey), m_currentItem->isChecked() ? QStringLiteral("item") : QStringLiteral("project"));
    settings.setValue(settingsKey(kPageSizeKey), pageSizeKey(QPageSize::PageSizeId(m_pageSize->currentData().toInt())));
    rememberFolder(settingsKey(kDirectoryKey), QFileInfo(QDir::fromNativeSeparators(m_target->text())).absolutePath());
}

void ExportDialog::formatChanged()
{
    const bool pdf = suffix() == QLatin1StringView(".pdf");
    m_pageSize->setEnabled(pdf);
    QString path = m_target->text();
    for (const QString &known : {QStringLiteral(".pdf"), QStringLiteral(".md"), QStringLiteral(".markdown")})
        if (path.endsWith(known, Qt::CaseInsensitive)) {
            path.chop(known.size());
            m_target->setText(path + suffix());
            break;
        }
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = suffix() == QLatin1StringView(".md") ? core::ReportFormat::Markdown : core::ReportFormat::Pdf;
    r.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    r.options.generated = QDate::currentDate();
    if (m_currentItem->isChecked()) {
        r.options.scope = core::ReportScope::Item;
        r.options.itemId = currentItemId();
    }
    r.path = QDir::fromNativeSeparators(m_target->text().trimmed());
    return r;
}

void ExportDialog::browse()
{
    const bool pdf = suffix() == QLatin1StringView(".pdf");
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("Markdown files (*.md *.markdown)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), m_target->text(), filter);
    if (chosen.isEmpty())
        return;
    m_target->setText(QDir::toNativeSeparators(QFileInfo(chosen).suffix().isEmpty() ? chosen + suffix() : chosen));
    m_message->hide();
}

void ExportDialog::preview()
{
    const ExportRequest r = request();
    const QString error = ReportExporter::preview(this, m_project->data(), r.options, r.pageSize);
    if (!error.isEmpty())
        showMessage(error);
}

void ExportDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
}

void ExportDialog::accept()
{
    ExportRequest r = request();
    if (r.path.isEmpty()) {
        showMessage(tr("Choose a file to write the report to."));
        m_target->setFocus();
        return;
    }
    if (QFileInfo(r.path).suffix().isEmpty()) {
        r.path += suffix();
        m_target->setText(QDir::toNativeSeparators(r.path));
    }
    const ReportExporter::Result result = ReportExporter::run(this, m_project->data(), r);
    if (result.outcome != ReportExporter::Outcome::Written) {
        showMessage(result.message);
        return;
    }
    m_written = r.path;
    saveChoices();
    QDialog::accept();
}

} // namespace archbench::ui
