#include "overvieweditor.h"
#include "ui/widgets/followfocus.h"

#include "availabilityhelper.h"
#include "dashboardpanel.h"
#include "framingform.h"
#include "requirementspanel.h"

#include "core/overview/availability.h"
#include "core/overview/framingquestions.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTextEdit>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            tags << t;
    return tags;
}
} // namespace

OverviewEditor::OverviewEditor(ProjectDocument *document, Workbench *workbench,
                               QWidget *parent)
    : QWidget(parent), m_project(document->project()), m_undoStack(document->undoStack())
{
    setObjectName(QStringLiteral("overviewEditor"));
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);

    auto *left = new QVBoxLayout;
    left->addWidget(buildIdentity());
    auto *framingBox = new QGroupBox(tr("Framing: the questions before any design"), content);
    auto *framingLayout = new QVBoxLayout(framingBox);
    m_framing = new FramingForm(document, framingBox);
    framingLayout->addWidget(m_framing);
    left->addWidget(framingBox);
    left->addStretch();

    auto *right = new QVBoxLayout;
    auto *dashboardBox = new QGroupBox(tr("Where the review stands"), content);
    auto *dashboardLayout = new QVBoxLayout(dashboardBox);
    m_dashboard = new DashboardPanel(document->project(), workbench, dashboardBox);
    dashboardLayout->addWidget(m_dashboard);
    right->addWidget(dashboardBox, 1);
    auto *reqBox = new QGroupBox(tr("Requirements"), content);
    auto *reqLayout = new QVBoxLayout(reqBox);
    m_requirements = new RequirementsPanel(document, reqBox);
    reqLayout->addWidget(m_requirements);
    right->addWidget(reqBox, 1);
    auto *slaBox = new QGroupBox(tr("Availability: SLA and allowed downtime"), content);
    auto *slaLayout = new QVBoxLayout(slaBox);
    m_availability = new AvailabilityHelper(slaBox);
    slaLayout->addWidget(m_availability);
    right->addWidget(slaBox);

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *scroll = new QScrollArea(this);
    followFocus(scroll); // a field reached by its mnemonic scrolls into view
    m_scroll = scroll;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_dashboard->watchAncestors(); // scrolled out of view, it catches up when scrolled back
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    scroll->setFocusPolicy(Qt::NoFocus);
    // reading order: identity, then the framing answers top to bottom, then requirements
    QList<QWidget *> chain = {m_name, m_owner, m_tags, m_currency, m_description};
    for (const core::FramingQuestion &q : core::framingQuestions())
        chain << m_framing->editor(QLatin1StringView(q.key));
    chain << m_requirements->kindFilter() << m_requirements->view();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    connect(document->project(), &core::Project::infoChanged, this, &OverviewEditor::syncFromProject);
    connect(document->project(), &core::Project::readOnlyChanged, this, &OverviewEditor::syncFromProject);
    syncFromProject();
}

QWidget *OverviewEditor::buildIdentity()
{
    auto *box = new QGroupBox(tr("Project"));
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_owner = new QLineEdit(box);
    m_owner->setObjectName(QStringLiteral("projectOwner"));
    m_tags = new QLineEdit(box);
    m_tags->setObjectName(QStringLiteral("projectTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. checkout, payments"));
    m_currency = new QLineEdit(box);
    m_currency->setObjectName(QStringLiteral("projectCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_currency->setToolTip(tr("ISO 4217 code of the currency all money figures use (e.g. USD, EUR)"));
    m_description = new QTextEdit(box);
    m_description->setObjectName(QStringLiteral("projectDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setAcceptRichText(false);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("&Tags"), m_tags);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&Description"), m_description);

    auto bind = [this](QLineEdit *edit, const char *key, const QString &undoText,
                       void (*apply)(core::ProjectInfo &, const QString &)) {
        connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &text) {
            core::ProjectInfo info = m_project->info();
            apply(info, text);
            commands::setProjectInfo(m_undoStack, m_project, info, undoText, QLatin1StringView(key));
        });
    };
    bind(m_name, "name", tr("Rename project"), [](core::ProjectInfo &i, const QString &t) { i.name = t; });
    bind(m_owner, "owner", tr("Edit owner"), [](core::ProjectInfo &i, const QString &t) { i.owner = t; });
    bind(m_tags, "tags", tr("Edit tags"), [](core::ProjectInfo &i, const QString &t) { i.tags = splitTags(t); });
    bind(m_currency, "currency", tr("Edit currency"), [](core::ProjectInfo &i, const QString &t) {
        if (t.size() == 3)
            i.currency = t;
    });
    connect(m_description, &QTextEdit::textChanged, this, [this] {
        core::ProjectInfo info = m_project->info();
        info.description = m_description->toPlainText();
        commands::setProjectInfo(m_undoStack, m_project, info, tr("Edit description"), QStringLiteral("description"));
    });
    return box;
}

void OverviewEditor::syncFromProject()
{
    const core::ProjectInfo &info = m_project->info();
    const bool readOnly = m_project->isReadOnly();
    auto sync = [readOnly](QLineEdit *edit, const QString &text) {
        edit->setReadOnly(readOnly);
        if (edit->text() != text)
            edit->setText(text);
    };
    sync(m_name, info.name);
    sync(m_owner, info.owner);
    // tags are shown normalised only when they differ from what is typed
    if (splitTags(m_tags->text()) != info.tags)
        m_tags->setText(info.tags.join(QStringLiteral(", ")));
    m_tags->setReadOnly(readOnly);
    sync(m_currency, info.currency);
    m_description->setReadOnly(readOnly);
    if (m_description->toPlainText() != info.description) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(info.description);
    }
    // the helper shows the project's SLA; other edits leave what the user typed into it alone
    const std::optional<core::ProjectSla> sla = core::projectSla(info);
    if (!m_seededSla || *m_seededSla != sla) {
        m_seededSla = sla;
        m_availability->setProjectSla(sla);
    }
}

void OverviewEditor::highlight(const QString &what)
{
    static const QString prefix = QStringLiteral("framing:");
    if (!what.startsWith(prefix))
        return;
    QTextEdit *editor = m_framing->editor(what.mid(prefix.size()));
    if (!editor)
        return;
    m_scroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
}

} // namespace archbench::ui
