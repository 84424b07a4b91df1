#include "presentationwindow.h"

#include "chartlegend.h"
#include "decisionhandle.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "scorebarsview.h"
#include "scorechart.h"

#include "core/decision/groupscore.h"
#include "core/project.h"
#include "ui/workbench.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
constexpr int kNumberPixels = 24; // at 100 %: readable from the back of a meeting room
}

PresentationWindow::PresentationWindow(Workbench *workbench, const QString &decisionId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workbench(workbench), m_view(new MatrixView(this)), m_chart(new QWidget(this)),
      m_bars(new ScoreBarsView(m_chart)), m_legend(new ChartLegend(m_chart)),
      m_title(new QLabel(this)), m_position(new QLabel(this)), m_timer(new QLabel(this)), m_layer(new QLabel(this)),
      m_agreement(new QLabel(this)), m_contested(new QListWidget(this)), m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Archbench – Present"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setObjectName(QStringLiteral("presentTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_position->setObjectName(QStringLiteral("presentPosition"));
    m_timer->setObjectName(QStringLiteral("presentTimer"));
    m_timer->setAccessibleName(tr("Time on this agenda item"));
    m_layer->setObjectName(QStringLiteral("presentLayer"));
    m_layer->setTextFormat(Qt::PlainText);
    m_agreement->setObjectName(QStringLiteral("presentAgreement"));
    m_agreement->setWordWrap(true);
    m_agreement->setTextFormat(Qt::PlainText);
    m_agreement->setMinimumWidth(1);
    m_contested->setObjectName(QStringLiteral("presentDisagreement"));
    m_contested->setWordWrap(true);
    m_contested->setFocusPolicy(Qt::NoFocus);
    m_contested->setMinimumSize(0, 0);
    m_view->setObjectName(QStringLiteral("presentMatrix"));
    m_view->setMinimumSize(0, 0);
    m_view->setAccessibleName(tr("Decision matrix"));
    m_view->verticalHeader()->hide(); // row numbers are editing chrome
    // a long option name shows its start (centred it would lose both ends)
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // the Scores dock's chart, with its legend wrapped below
    m_chart->setObjectName(QStringLiteral("presentChart"));
    m_chart->setMinimumSize(0, 0);
    m_bars->setMinimumSize(0, 0);
    auto *chartLayout = new QVBoxLayout(m_chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_bars, 1);
    chartLayout->addWidget(m_legend);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addSpacing(16);
    top->addWidget(m_position, 0, Qt::AlignTop);
    top->addSpacing(16);
    top->addWidget(m_timer, 0, Qt::AlignTop);
    m_layer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *side = new QWidget(this);
    side->setMinimumSize(0, 0);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel(tr("Discuss first"), side);
    sideTitle->setObjectName(QStringLiteral("presentSideTitle"));
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_agreement);
    sideLayout->addWidget(m_contested, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("presentSplit"));
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->addWidget(side);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setSizes({760, 300, 220});
    split->setChildrenCollapsible(false);

    auto *hint = new QLabel(tr("PgUp/PgDn decision · arrows cells · Ctrl+Alt+R reveal ballots · Ctrl+= zoom · Esc leave"), this);
    hint->setObjectName(QStringLiteral("presentKeys"));
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_layer);
    layout->addWidget(split, 1);
    layout->addWidget(hint);

    m_ids.clear();
    if (workbench && workbench->project())
        for (const core::Decision &d : workbench->project()->items<core::Decision>())
            m_ids << d.id;
    addKeys();
    connect(m_ticker, &QTimer::timeout, this, &PresentationWindow::tick);
    m_ticker->start(1000);
    applyFonts();
    showDecision(std::max<qsizetype>(0, m_ids.indexOf(decisionId)));
}

int PresentationWindow::numberPixelSize() const
{
    return m_view->font().pixelSize() > 0 ? m_view->font().pixelSize() : QFontInfo(m_view->font()).pixelSize();
}

void PresentationWindow::setZoom(double factor)
{
    m_zoom = std::clamp(factor, 0.75, 2.0);
    applyFonts();
    rebuild();
}

void PresentationWindow::applyFonts()
{
    QFont body = font();
    body.setPixelSize(qRound(kNumberPixels * m_zoom));
    m_view->setFont(body);
    m_view->horizontalHeader()->setFont(body);
    m_view->verticalHeader()->setFont(body);
    QFont side = font();
    side.setPixelSize(qRound(20 * m_zoom));
    m_contested->setFont(side);
    m_agreement->setFont(side);
    QFont bar = font();
    bar.setPixelSize(qRound(22 * m_zoom));
    for (QLabel *label : {m_position, m_timer, m_layer})
        label->setFont(bar);
    if (auto *sideTitle = findChild<QLabel *>(QStringLiteral("presentSideTitle"))) {
        QFont f = bar;
        f.setBold(true);
        sideTitle->setFont(f);
    }
    if (auto *keys = findChild<QLabel *>(QStringLiteral("presentKeys"))) {
        QFont small = font();
        small.setPixelSize(qRound(16 * m_zoom));
        keys->setFont(small);
    }
    QFont title = font();
    title.setPixelSize(qRound(32 * m_zoom));
    title.setBold(true);
    m_title->setFont(title);
    QFont timer = bar;
    timer.setBold(true);
    m_timer->setFont(timer);
}

void PresentationWindow::showDecision(int index)
{
    if (m_ids.isEmpty()) {
        m_title->setText(tr("This project has no decisions to present."));
        return;
    }
    index = std::clamp(index, 0, int(m_ids.size()) - 1);
    if (m_index >= 0 && m_clock.isValid())
        m_spent[decisionId()] += m_clock.elapsed();
    const bool revealed = m_model && m_model->revealed();
    m_index = index;
    m_clock.restart();
    delete m_model;
    delete m_handle;
    m_handle = new DecisionHandle(m_workbench->document(), decisionId(), this);
    m_model = new MatrixModel(m_handle, this);
    m_model->setCompact(true);
    m_model->setRevealed(revealed);
    if (revealed && m_model->group())
        m_model->setLayer(MatrixModel::Layer::Group);
    m_view->setMatrixModel(m_model);
    connect(m_handle, &DecisionHandle::changed, this, &PresentationWindow::rebuild);
    connect(m_model, &MatrixModel::layerChanged, this, &PresentationWindow::rebuild);
    connect(m_view, &MatrixView::message, this, [this](const QString &text) { m_agreement->setText(text); });
    if (m_model->criterionCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->optionCount() > 0 ? 2 : 0));
    rebuild();
    tick();
    m_view->setFocus(Qt::OtherFocusReason);
}

void PresentationWindow::rebuild()
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (!d)
        return;
    m_title->setText(d->title);
    m_position->setText(tr("Decision %1 of %2").arg(m_index + 1).arg(m_ids.size()));
    m_layer->setText(m_model->layerTitle());
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
    clampNameColumn();

    // the chart of what the grid shows (the group's matrix once revealed)
    const core::Decision shown = m_model->layer() == MatrixModel::Layer::Group && m_model->group()
        ? m_model->group()->groupDecision()
        : *d;
    QFont chartFont = font();
    chartFont.setPixelSize(qRound(18 * m_zoom));
    m_chart->setFont(chartFont);
    const ScoreBars bars = ui::scoreBars(shown);
    if (!m_bars->setBars(bars))
        m_legend->setEntries(legendEntries(bars));
    refreshSide();
}

void PresentationWindow::clampNameColumn()
{
    // long criterion names (and the layer in the header) must not push the scores off the
    // screen: the name column takes at most about a quarter of the grid, eliding the rest
    // the options share what is left, each at least a few digits wide (the header elides;
    // its tooltip names the option in full)
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->resizeColumnToContents(0);
    const int width = m_view->viewport()->width();
    const int nameWidth = std::max(qRound(120 * m_zoom), width / 5);
    if (m_view->columnWidth(0) > nameWidth)
        m_view->setColumnWidth(0, nameWidth);
    const int options = m_model ? m_model->optionCount() : 0;
    if (options > 0) {
        const int em = QFontMetrics(m_view->font()).horizontalAdvance(QLatin1Char('M'));
        const int share = (width - m_view->columnWidth(0) - m_view->columnWidth(1)) / options;
        for (int c = 2; c < 2 + options; ++c)
            m_view->setColumnWidth(c, std::max(share, qRound(3.2 * em)));
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clampNameColumn();
}

void PresentationWindow::refreshSide()
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    m_contested->clear();
    if (!d)
        return;
    const core::GroupScore *g = m_model->group();
    if (!g) {
        m_agreement->setText(tr("No ballots: the matrix shows the agreed scores."));
        m_agreement->show();
        return;
    }
    if (!m_model->revealed()) {
        m_agreement->setText(tr("%n ballot(s) handed in, hidden until Ctrl+Alt+R reveals them.", nullptr, g->ballotCount()));
        m_agreement->show();
        return;
    }
    const QLocale locale;
    QStringList lines;
    if (!g->agreementSentence().isEmpty())
        lines << g->agreementSentence();
    if (!g->weightsOverturning().isEmpty())
        lines << tr("Another option leads under the weights of %1.").arg(g->weightsOverturning().join(QStringLiteral(", ")));
    m_agreement->setText(lines.join(QLatin1Char('\n')));
    m_agreement->setVisible(!m_agreement->text().isEmpty());
    const auto name = [](const auto &list, const QString &id) {
        for (const auto &x : list)
            if (x.id == id)
                return x.name;
        return id;
    };
    for (const core::CellSpread &s : g->contested(5))
        new QListWidgetItem(tr("%1 × %2: %3 to %4").arg(name(d->options, s.option), name(d->criteria, s.criterion),
                                                         locale.toString(s.min), locale.toString(s.max)),
                            m_contested);
    if (g->spreads().isEmpty())
        new QListWidgetItem(tr("No cell has two ballots yet"), m_contested);
}

void PresentationWindow::tick()
{
    if (m_index < 0)
        return;
    const qint64 ms = m_spent.value(decisionId()) + (m_clock.isValid() ? m_clock.elapsed() : 0);
    const qint64 seconds = ms / 1000;
    m_timer->setText(tr("Time %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    QWidget::keyPressEvent(event);
}

void PresentationWindow::addKeys()
{
    // window-wide, so that they win over the grid's own use of PgUp/PgDn and Escape
    const auto key = [this](const char *name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1StringView(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key("presentLeave", {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F5)}, [this] { close(); });
    key("presentNext", {QKeySequence(Qt::Key_PageDown)}, [this] { showDecision(m_index + 1); });
    key("presentPrevious", {QKeySequence(Qt::Key_PageUp)}, [this] { showDecision(m_index - 1); });
    key("presentReveal", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, [this] {
        m_model->setRevealed(!m_model->revealed());
        if (m_model->revealed() && m_model->group())
            m_model->setLayer(MatrixModel::Layer::Group);
        rebuild();
    });
    key("presentZoomIn", {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { setZoom(m_zoom * 1.25); });
    key("presentZoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { setZoom(m_zoom / 1.25); });
    key("presentZoomReset", {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(1.0); });
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    m_ticker->stop();
    QWidget::closeEvent(event);
}

} // namespace archbench::ui
