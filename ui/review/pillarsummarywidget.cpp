#include "pillarsummarywidget.h"

#include "riskstyle.h"

#include <QHeaderView>

namespace archbench::ui {

using core::RiskLevel;

namespace {
constexpr RiskLevel kColumns[] = {RiskLevel::High, RiskLevel::Medium, RiskLevel::None,
                                  RiskLevel::NotApplicable, RiskLevel::Unanswered, RiskLevel::Unrated};
}

PillarSummaryWidget::PillarSummaryWidget(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("pillarSummary"));
    setColumnCount(1 + int(std::size(kColumns)));
    setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Pillar")));
    for (int c = 0; c < int(std::size(kColumns)); ++c)
        setHorizontalHeaderItem(c + 1, new QTableWidgetItem(RiskStyle::badge(kColumns[c]),
                                                            RiskStyle::shortWord(kColumns[c])));
    setColumnHidden(int(std::size(kColumns)), true); // Unrated: shown by setRisks() when the lens needs it
    verticalHeader()->hide();
    for (int c = 0; c < columnCount(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(56);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Questions per pillar by risk; updated on every answer"));
}

void PillarSummaryWidget::setRisks(const core::RiskAssessment &risks, bool unratedColumn)
{
    for (int c = 0; c < int(std::size(kColumns)); ++c)
        if (kColumns[c] == RiskLevel::Unrated)
            setColumnHidden(c + 1, !unratedColumn);
    const int rows = int(risks.pillars().size()) + 1;
    setRowCount(rows);
    auto setRow = [this](int row, const QString &name, const core::RiskCounts &counts, bool total) {
        auto *nameItem = new QTableWidgetItem(name);
        QFont font = this->font();
        font.setBold(total);
        nameItem->setFont(font);
        setItem(row, 0, nameItem);
        for (int c = 0; c < int(std::size(kColumns)); ++c) {
            const int n = counts.count(kColumns[c]);
            auto *cell = new QTableWidgetItem(QLocale().toString(n));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont cellFont = font;
            cellFont.setBold(total || (n > 0 && (kColumns[c] == RiskLevel::High || kColumns[c] == RiskLevel::Medium)));
            cell->setFont(cellFont);
            cell->setData(Qt::UserRole, n);
            cell->setToolTip(tr("%1: %2").arg(RiskStyle::word(kColumns[c])).arg(n));
            setItem(row, c + 1, cell);
        }
    };
    for (int p = 0; p < risks.pillars().size(); ++p)
        setRow(p, risks.pillars().at(p).name, risks.pillars().at(p).counts, false);
    setRow(rows - 1, tr("All pillars"), risks.totals(), true);
    fitHeight();
}

int PillarSummaryWidget::count(int pillarRow, RiskLevel risk) const
{
    for (int c = 0; c < int(std::size(kColumns)); ++c)
        if (kColumns[c] == risk) {
            const QTableWidgetItem *cell = item(pillarRow, c + 1);
            return cell ? cell->data(Qt::UserRole).toInt() : -1;
        }
    return -1;
}

QSize PillarSummaryWidget::sizeHint() const
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    int width = 2 * frameWidth();
    for (int c = 0; c < columnCount(); ++c)
        if (!isColumnHidden(c))
            width += std::max({horizontalHeader()->sectionSize(c), horizontalHeader()->sectionSizeHint(c),
                           sizeHintForColumn(c)});
    return {width, height};
}

void PillarSummaryWidget::fitHeight()
{
    resizeRowsToContents();
    resizeColumnsToContents();
    setFixedSize(sizeHint());
}

} // namespace archbench::ui
