#pragma once
// Makes a button's mnemonic (Alt+letter) act at once instead of after Qt's animated click.
//
// QAbstractButton answers its mnemonic with animateClick(): the button looks pressed for
// 100 ms and only then emits clicked(). Keys typed in that gap still go to the widget that
// had focus: "Alt+I, 2 regions minimum" in the decision matrix scored the current cell 2
// before the constraint editor opened. Installed on the application, this filter clicks the
// button synchronously when its unambiguous mnemonic arrives, so whatever the click opens
// (and focuses) is in place before the next key is read. Ambiguous mnemonics (two buttons
// share a letter) keep Qt's behaviour: focus moves between them, nothing is clicked.

#include <QObject>

namespace archbench::ui {

class ImmediateMnemonics : public QObject {
    Q_OBJECT
public:
    explicit ImmediateMnemonics(QObject *parent = nullptr);
    /// Installs one filter on the application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace archbench::ui
