#pragma once
// Presentation zoom (UI.md): scales the fonts of the document area, every dock, the menu bar
// (with its menus), the tool bar (its icons too) and the status bar together, in fixed steps,
// so a projected screen is readable from the back of the room. Widgets that draw their own
// text (charts) follow QEvent::FontChange of their widget.

#include <QList>
#include <QObject>
#include <QPointer>
#include <array>

class QWidget;

namespace archbench::ui {

class PresentationZoom : public QObject {
    Q_OBJECT
public:
    static constexpr std::array<double, 11> kSteps{0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};

    explicit PresentationZoom(QObject *parent = nullptr);

    /// Puts `widget` (and so its children) under the zoom.
    void addWidget(QWidget *widget);
    double factor() const { return m_factor; }
    bool canZoomIn() const { return m_factor < kSteps.back() - 1e-6; }
    bool canZoomOut() const { return m_factor > kSteps.front() + 1e-6; }

    void zoomIn();
    void zoomOut();
    void reset();
    void setFactor(double factor);

signals:
    void factorChanged(double factor);

private:
    void apply(QWidget *widget) const;

    double m_factor = 1.0;
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace archbench::ui
