#include "framingform.h"

#include "core/overview/framingquestions.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"

#include <QFormLayout>
#include <QLabel>
#include <QTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace archbench::ui {

FramingForm::FramingForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_project(document->project()), m_undoStack(document->undoStack())
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("framingProgress"));
    outer->addWidget(m_progress);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(form);

    const auto &questions = core::framingQuestions();
    for (int i = 0; i < questions.size(); ++i) {
        const core::FramingQuestion &q = questions[i];
        auto *edit = new QTextEdit(this);
        edit->setObjectName(QStringLiteral("framing_") + QLatin1StringView(q.key));
        edit->setTabChangesFocus(true);
        edit->setAcceptRichText(false);
        edit->setPlaceholderText(q.prompt);
        edit->setToolTip(q.prompt);
        edit->setAccessibleName(q.label);
        const int lineHeight = edit->fontMetrics().lineSpacing();
        edit->setFixedHeight(lineHeight * 3 + 2 * edit->frameWidth() + 2 * int(edit->document()->documentMargin()) + 4);

        auto *label = new QWidget(this);
        auto *labelLayout = new QVBoxLayout(label);
        labelLayout->setContentsMargins(0, 0, 0, 0);
        labelLayout->setSpacing(0);
        auto *title = new QLabel(q.label, label);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setBuddy(edit);
        auto *marker = new QLabel(tr("unanswered"), label);
        marker->setStyleSheet(QStringLiteral("color: #999999; font-style: italic;"));
        labelLayout->addWidget(title);
        labelLayout->addWidget(marker);
        form->addRow(label, edit);
        m_editors << edit;
        m_markers << marker;
        if (i > 0)
            setTabOrder(m_editors[i - 1], edit);

        connect(edit, &QTextEdit::textChanged, this, [this, i] {
            const auto &qs = core::framingQuestions();
            core::ProjectInfo info = m_project->info();
            const QString text = m_editors[i]->toPlainText();
            if (info.framing.*qs[i].field == text)
                return;
            info.framing.*qs[i].field = text;
            commands::setProjectInfo(m_undoStack, m_project, info,
                                     tr("Edit framing: %1").arg(qs[i].label),
                                     QStringLiteral("framing.") + QLatin1StringView(qs[i].key));
            updateMarkers();
        });
    }
    connect(document->project(), &core::Project::infoChanged, this, &FramingForm::syncFromProject);
    connect(document->project(), &core::Project::readOnlyChanged, this, &FramingForm::syncFromProject);
    syncFromProject();
}

QTextEdit *FramingForm::editor(const QString &key) const
{
    const auto &qs = core::framingQuestions();
    for (int i = 0; i < qs.size(); ++i)
        if (key == QLatin1StringView(qs[i].key))
            return m_editors[i];
    return nullptr;
}

QString FramingForm::progressText() const
{
    return m_progress->text();
}

void FramingForm::syncFromProject()
{
    const auto &qs = core::framingQuestions();
    const core::Framing &framing = m_project->info().framing;
    for (int i = 0; i < qs.size(); ++i) {
        QTextEdit *edit = m_editors[i];
        edit->setReadOnly(m_project->isReadOnly());
        const QString &text = framing.*qs[i].field;
        if (edit->toPlainText() != text) {
            const QSignalBlocker block(edit);
            edit->setPlainText(text);
        }
    }
    updateMarkers();
}

void FramingForm::updateMarkers()
{
    const auto &qs = core::framingQuestions();
    const core::Framing &framing = m_project->info().framing;
    for (int i = 0; i < qs.size(); ++i)
        m_markers[i]->setVisible((framing.*qs[i].field).trimmed().isEmpty());
    const int answered = core::answeredFramingCount(framing);
    m_progress->setText(tr("%1 of %2 answered").arg(answered).arg(qs.size()));
}

} // namespace archbench::ui
