#include "namecompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace archbench::ui {

namespace {

/// Where the name being typed starts: after the last comma and its spaces.
qsizetype lastNameStart(const QString &text)
{
    qsizetype at = text.lastIndexOf(QLatin1Char(',')) + 1;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

} // namespace

QCompleter *completeNames(QLineEdit *edit, std::function<QStringList()> people)
{
    auto *names = new QStringListModel(edit);
    auto *completer = new QCompleter(names, edit);
    completer->setWidget(edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    QObject::connect(edit, &QLineEdit::textEdited, completer, [=](const QString &text) {
        const QString typed = text.mid(lastNameStart(text)).trimmed();
        if (typed.isEmpty() || edit->cursorPosition() != text.size()) {
            completer->popup()->hide();
            return;
        }
        QStringList already;
        for (const QString &name : text.left(lastNameStart(text)).split(QLatin1Char(',')))
            if (!name.trimmed().isEmpty())
                already << name.trimmed().toCaseFolded();
        QStringList offered;
        for (const QString &name : people())
            if (!name.trimmed().isEmpty() && !already.contains(name.trimmed().toCaseFolded())
                && !offered.contains(name.trimmed()))
                offered << name.trimmed();
        offered.sort(Qt::CaseInsensitive);
        names->setStringList(offered);
        completer->setCompletionPrefix(typed);
        if (completer->completionCount() == 0
            || (completer->completionCount() == 1 && completer->currentCompletion().compare(typed, Qt::CaseInsensitive) == 0)) {
            completer->popup()->hide();
            return;
        }
        completer->complete();
    });
    QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [edit](const QString &name) {
        const QString text = edit->text().left(lastNameStart(edit->text())) + name + QStringLiteral(", ");
        edit->setText(text);
        emit edit->textEdited(text); // the caller's edit, as if typed
    });
    return completer;
}

} // namespace archbench::ui
