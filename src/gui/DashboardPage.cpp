#include "salestarget/gui/DashboardPage.h"

#include "salestarget/domain/ChartSeries.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/ChildrenChartView.h"
#include "salestarget/gui/DashboardModel.h"
#include "salestarget/gui/DrillDownDialog.h"
#include "salestarget/gui/LaggingFilterProxy.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ProgressChartView.h"
#include "salestarget/gui/TrendChartView.h"
#include "salestarget/gui/ViewOptions.h"
#include "salestarget/gui/WarningsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdlib>

namespace st {

DashboardPage::DashboardPage(PlanDocument *document, ViewOptions *options, QWidget *parent)
    : QWidget(parent), m_document(document), m_options(options)
{
    m_model = new DashboardModel(document, options, this);
    m_proxy = new LaggingFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_warnings = new WarningsModel(m_model, options, this);
    buildUi();
    connect(m_document, &PlanDocument::opened, this, &DashboardPage::reload);
    connect(m_document, &PlanDocument::settingsChanged, this, &DashboardPage::applySelection);
    if (m_document->isOpen())
        reload();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildUi()
{
    auto *bar = new QHBoxLayout;
    m_dimensionBox = new QComboBox(this);
    m_dimensionBox->setObjectName(QStringLiteral("dimensionBox"));
    for (Dimension d : kDimensions)
        m_dimensionBox->addItem(dimensionName(d), int(d));
    m_dimensionBox->setCurrentIndex(m_dimensionBox->findData(int(Dimension::Org)));
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    for (const Metric &m : Metric::builtIns())
        m_metricBox->addItem(m.name(), m.id);
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("periodKindBox"));
    m_kindBox->addItem(tr("Year"), int(PeriodKind::Year));
    m_kindBox->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kindBox->addItem(tr("Month"), int(PeriodKind::Month));
    m_kindBox->addItem(tr("Week"), int(PeriodKind::Week));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous period"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next period"));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setMinimumWidth(m_periodLabel->fontMetrics().horizontalAdvance(QStringLiteral("FY2026-Q1 (2026-04-01 – 2026-06-30)")));
    m_periodLabel->setAlignment(Qt::AlignCenter);
    m_asOfEdit = new QDateEdit(this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    m_onlyLagging = new QCheckBox(tr("Only lagging"), this);
    m_onlyLagging->setObjectName(QStringLiteral("onlyLagging"));

    bar->addWidget(new QLabel(tr("Dimension:"), this));
    bar->addWidget(m_dimensionBox);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metricBox);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_kindBox);
    bar->addWidget(previous);
    bar->addWidget(m_periodLabel);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_asOfEdit);
    bar->addWidget(today);
    bar->addSpacing(8);
    bar->addWidget(m_onlyLagging);
    bar->addStretch(1);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("dashboardTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // tree order until the user sorts
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setDefaultSectionSize(110);
    m_tree->setColumnWidth(DashboardModel::Name, 220);
    m_tree->setColumnWidth(DashboardModel::Status, 96);

    m_warningsView = new QTableView(this);
    m_warningsView->setObjectName(QStringLiteral("warningsView"));
    m_warningsView->setModel(m_warnings);
    m_warningsView->verticalHeader()->setVisible(false);
    m_warningsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_warningsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warningsView->horizontalHeader()->setSectionResizeMode(WarningsModel::Member, QHeaderView::Stretch);
    m_warningsView->verticalHeader()->setDefaultSectionSize(m_warningsView->fontMetrics().height() + 8);

    m_panels = new QTabWidget(this);
    m_panels->setObjectName(QStringLiteral("dashboardPanels"));
    m_panels->addTab(m_warningsView, tr("Warnings"));

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("chartTabs"));
    m_progressChart = new ProgressChartView(this);
    m_childrenChart = new ChildrenChartView(this);
    m_trendChart = new TrendChartView(this);
    m_charts->addTab(m_progressChart, tr("Progress"));
    m_charts->addTab(m_childrenChart, tr("Children"));
    m_charts->addTab(m_trendChart, tr("Trend"));

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_charts);
    bottom->addWidget(m_panels);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_dimensionBox, &QComboBox::currentIndexChanged, this, &DashboardPage::applySelection);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &DashboardPage::applySelection);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        setPeriod(PeriodKind(m_kindBox->currentData().toInt()), m_period.isValid() ? std::min(asOf(), m_period.last()) : asOf());
    });
    connect(previous, &QToolButton::clicked, this, [this] { stepPeriod(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepPeriod(+1); });
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &DashboardPage::applySelection);
    connect(today, &QToolButton::clicked, this, [this] { setAsOf(m_document->today()); });
    connect(m_onlyLagging, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setOnlyLagging(only);
        m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        openDrillDown(m_proxy->mapToSource(index).data(NodeIdRole).toLongLong());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DashboardPage::onCurrentChanged);
    connect(m_model, &DashboardModel::figuresChanged, this, &DashboardPage::updateCharts);
    connect(m_charts, &QTabWidget::currentChanged, this, &DashboardPage::updateCharts);
    connect(m_options, &ViewOptions::displayUnitChanged, this, &DashboardPage::updateCharts);
    connect(m_childrenChart, &ChildrenChartView::barActivated, this, [this](NodeId node) {
        selectNode(node);
        openDrillDown(node);
    });
    connect(m_warningsView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { selectNode(m_warnings->nodeAt(index.row())); });
    connect(m_warningsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openDrillDown(m_warnings->nodeAt(index.row())); });
}

void DashboardPage::reload()
{
    const QDate today = m_document->today();
    {
        const QSignalBlocker block(m_asOfEdit);
        m_asOfEdit->setDate(today);
    }
    const PlanSettings &settings = m_document->service().settings();
    m_period = Period::containing(PeriodKind(m_kindBox->currentData().toInt()), today, settings.fiscalYearStartMonth);
    applySelection();
}

void DashboardPage::applySelection()
{
    if (!m_document->isOpen() || !m_period.isValid())
        return;
    updatePeriodLabel();
    const NodeId keep = selectedNode();
    m_model->setSelection(dimension(), metric(), m_period, asOf());
    m_tree->expandToDepth(dimension() == Dimension::Org ? 2 : 1);
    if (m_onlyLagging->isChecked())
        m_tree->expandAll();
    selectNode(keep != 0 ? keep : kRootId);
}

void DashboardPage::stepPeriod(int direction)
{
    if (!m_period.isValid())
        return;
    setPeriod(m_period.kind(), direction < 0 ? m_period.previous().first() : m_period.last().addDays(1));
}

void DashboardPage::updatePeriodLabel()
{
    m_periodLabel->setText(QStringLiteral("%1 (%2 \u2013 %3)")
                               .arg(m_period.toString(), m_period.first().toString(Qt::ISODate), m_period.last().toString(Qt::ISODate)));
}

void DashboardPage::onCurrentChanged()
{
    updateCharts();
}

void DashboardPage::updateCharts()
{
    const Report *report = m_model->report();
    NodeId node = selectedNode();
    if (!report || node == 0) { // nothing shown, or the "(unassigned)" bucket: no member to chart
        m_progressChart->clear();
        m_childrenChart->clear();
        m_trendChart->clear();
        return;
    }
    const PlanService &service = m_document->service();
    const PlanSettings &settings = service.settings();
    const Tree &tree = service.tree(dimension());
    const Metric &metric = Metric::byId(this->metric());
    // Axes and legends read in 万 once amounts reach a million, whatever the table shows.
    const Amount scale = report->rows()[std::size_t(report->rowOf(node))].figures.target;
    const bool large = metric.unit == MetricUnit::Currency && std::abs(scale.minor()) >= 100'000'000;
    const DisplayUnit unit = large ? DisplayUnit::TenThousand : m_options->displayUnit();
    const QString name = tree.node(node).name;
    // Only the visible chart is computed: a new entry must update what is seen within a frame.
    QWidget *visible = m_charts->currentWidget();
    if (visible == m_progressChart) {
        m_progressChart->setCurrency(settings.currency);
        m_progressChart->setSeries(ChartSeries::progress(tree, service.targets(), settings, m_document->facts(metric.id), node,
                                                         m_period, asOf()),
                                   metric, unit, tr("%1 · %2 · %3: cumulative progress").arg(name, metric.name(), m_period.toString()));
    } else if (visible == m_childrenChart) {
        m_childrenChart->setBars(ChartSeries::children(*report, tree, node), settings.laggingBelowBp, settings.aheadAboveBp,
                                 tr("%1 · %2 · %3: achievement of each member").arg(name, metric.name(), m_period.toString()));
    } else if (visible == m_trendChart) {
        m_trendChart->setCurrency(settings.currency);
        m_trendChart->setSeries(ChartSeries::trend(tree, service.targets(), settings, m_document->facts(metric.id), node, asOf()),
                                metric, unit, tr("%1 · %2: month by month").arg(name, metric.name()));
    }
}

Dimension DashboardPage::dimension() const
{
    return Dimension(m_dimensionBox->currentData().toInt());
}

MetricId DashboardPage::metric() const
{
    return MetricId(m_metricBox->currentData().toInt());
}

QDate DashboardPage::asOf() const
{
    return m_asOfEdit->date();
}

void DashboardPage::setDimension(Dimension d)
{
    m_dimensionBox->setCurrentIndex(m_dimensionBox->findData(int(d)));
}

void DashboardPage::setMetric(MetricId metric)
{
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
}

void DashboardPage::setPeriod(PeriodKind kind, QDate day)
{
    if (!m_document->isOpen())
        return;
    {
        const QSignalBlocker block(m_kindBox);
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    }
    m_period = Period::containing(kind, day, m_document->service().settings().fiscalYearStartMonth);
    applySelection();
}

void DashboardPage::setAsOf(QDate day)
{
    m_asOfEdit->setDate(day);
}

void DashboardPage::setOnlyLagging(bool only)
{
    m_onlyLagging->setChecked(only);
}

void DashboardPage::selectNode(NodeId node)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfNode(node));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

NodeId DashboardPage::selectedNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? NodeId(current.data(NodeIdRole).toLongLong()) : 0;
}

DrillDownDialog *DashboardPage::openDrillDown(NodeId node)
{
    if (!m_model->report())
        return nullptr;
    auto *dialog = new DrillDownDialog(m_document, m_options, dimension(), node, metric(), m_period, asOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace st
