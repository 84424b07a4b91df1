#include "presentationzoom.h"

#include <QApplication>
#include <QToolBar>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace archbench::ui {

PresentationZoom::PresentationZoom(QObject *parent) : QObject(parent) {}

void PresentationZoom::addWidget(QWidget *widget)
{
    m_widgets.append(widget);
    apply(widget);
}

void PresentationZoom::zoomIn()
{
    const auto next = std::find_if(kSteps.begin(), kSteps.end(), [this](double s) { return s > m_factor + 1e-6; });
    if (next != kSteps.end())
        setFactor(*next);
}

void PresentationZoom::zoomOut()
{
    const auto previous = std::find_if(kSteps.rbegin(), kSteps.rend(), [this](double s) { return s < m_factor - 1e-6; });
    if (previous != kSteps.rend())
        setFactor(*previous);
}

void PresentationZoom::reset()
{
    setFactor(1.0);
}

void PresentationZoom::setFactor(double factor)
{
    factor = std::clamp(factor, kSteps.front(), kSteps.back());
    if (std::abs(factor - m_factor) < 1e-6)
        return;
    m_factor = factor;
    m_widgets.removeAll(nullptr);
    for (const QPointer<QWidget> &w : std::as_const(m_widgets))
        apply(w);
    emit factorChanged(m_factor);
}

void PresentationZoom::apply(QWidget *widget) const
{
    if (!widget)
        return;
    // a tool bar's icons grow with the text (its size as first seen is the 100 % size)
    if (auto *bar = qobject_cast<QToolBar *>(widget)) {
        static constexpr char kBase[] = "archbenchZoomBaseIconSize";
        if (!bar->property(kBase).isValid())
            bar->setProperty(kBase, bar->iconSize());
        bar->setIconSize(bar->property(kBase).toSize() * m_factor);
    }
    // Fonts reach child widgets by themselves, not child windows: a menu bar's menus (and
    // their submenus) are windows of their own, so they are set one by one.
    QList<QWidget *> targets{widget};
    for (QWidget *child : widget->findChildren<QWidget *>())
        if (child->isWindow())
            targets << child;
    const bool actual = std::abs(m_factor - 1.0) < 1e-6;
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * m_factor);
    else
        font.setPixelSize(int(std::lround(font.pixelSize() * m_factor)));
    for (QWidget *target : std::as_const(targets))
        target->setFont(actual ? QFont() : font); // QFont(): inherit the application font again
}

} // namespace archbench::ui
