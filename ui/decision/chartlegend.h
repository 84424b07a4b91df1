#pragma once
// A chart legend that wraps onto as many lines as it needs, for narrow docks where Qt Charts'
// one-line legend would cut every name short. Entries are a swatch (colour or pattern) and
// plain text.

#include <QBrush>
#include <QWidget>

class QChart;

namespace archbench::ui {

class ChartLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QBrush brush;
        QString text;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    /// Takes the visible entries of `chart`'s own legend (and hides that legend).
    void takeFrom(QChart *chart);
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Top-left of each entry's swatch for a given width; returns the total height.
    int layoutEntries(int width, QList<QPoint> *positions) const;

    QList<Entry> m_entries;
};

} // namespace archbench::ui
