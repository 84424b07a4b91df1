#include "immediatemnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QShortcutEvent>

namespace archbench::ui {

ImmediateMnemonics::ImmediateMnemonics(QObject *parent) : QObject(parent) {}

void ImmediateMnemonics::install()
{
    auto *app = qApp;
    if (!app || app->findChild<ImmediateMnemonics *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new ImmediateMnemonics(app));
}

bool ImmediateMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Shortcut || !watched->isWidgetType())
        return false;
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || static_cast<QShortcutEvent *>(event)->isAmbiguous() || !button->isEnabled())
        return false;
    // What QAbstractButton does for a mnemonic, without the delay: focus it (as a click with
    // the mouse would for a focusable button), then click.
    if (button->focusPolicy() & Qt::TabFocus)
        button->setFocus(Qt::ShortcutFocusReason);
    button->click();
    return true;
}

} // namespace archbench::ui
