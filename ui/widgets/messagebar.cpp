#include "messagebar.h"

#include "themedicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace archbench::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_action(new QPushButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = m_callback; // dismiss() clears it
        dismiss();
        if (callback)
            callback();
    });
    hide();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    m_level = level;
    m_label->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    applyLevelStyle();
    setAccessibleDescription(text);
    show();
}

void MessageBar::dismiss()
{
    if (isHidden())
        return;
    m_callback = {};
    hide();
    emit dismissed();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::applyLevelStyle()
{
    // Colour is paired with an icon and the text itself; the colours are UI.md's meanings.
    QString iconName;
    QColor accent;
    switch (m_level) {
    case Level::Information:
        iconName = QStringLiteral("information");
        accent = QColor(0x00, 0x72, 0xB2);
        setAccessibleName(tr("Information"));
        break;
    case Level::Warning:
        iconName = QStringLiteral("warning");
        accent = QColor(0xE6, 0x9F, 0x00);
        setAccessibleName(tr("Warning"));
        break;
    case Level::Error:
        iconName = QStringLiteral("error");
        accent = QColor(0xD5, 0x5E, 0x00);
        setAccessibleName(tr("Problem"));
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(themedIcon(iconName).pixmap(QSize(size, size), devicePixelRatioF()));
    // A light tint of the accent over the window colour keeps the text readable in light and
    // dark palettes.
    const QColor base = palette().color(QPalette::Window);
    constexpr double share = 0.18;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - share) + accent.redF() * share,
                                         base.greenF() * (1 - share) + accent.greenF() * share,
                                         base.blueF() * (1 - share) + accent.blueF() * share);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background-color: %1; border: 1px solid %2; border-radius: 3px; }")
                      .arg(tint.name(), accent.name()));
}

} // namespace archbench::ui
