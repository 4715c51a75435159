#include "salestarget/gui/DashboardPage.h"

#include "salestarget/domain/ChartSeries.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/gui/ActionDialog.h"
#include "salestarget/gui/ActionsModel.h"
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
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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
    m_warnings = new WarningsModel(m_model, document, options, this);
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
    // Fixed widths, not ResizeToContents: measuring every row's text on each refresh would cost
    // more than the frame a new entry may take (hundreds of lagging reps in a large company).
    const QFontMetrics metrics = m_warningsView->fontMetrics();
    QHeaderView *warningsHeader = m_warningsView->horizontalHeader();
    warningsHeader->setSectionResizeMode(QHeaderView::Interactive);
    const auto fit = [&](int column, const QString &sample) { // the sample or the header, whichever is wider
        m_warningsView->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample) + 12, warningsHeader->sectionSizeHint(column)));
    };
    fit(WarningsModel::Member, QStringLiteral("▼ 王芳 · 华东一组"));
    for (int c : {int(WarningsModel::Gap), int(WarningsModel::RequiredDaily)})
        fit(c, QStringLiteral("-12,345,678.00"));
    m_warningsView->setColumnHidden(WarningsModel::Pace, true); // the tree shows it; room for the actions
    warningsHeader->setStretchLastSection(true);
    m_warningsView->verticalHeader()->setDefaultSectionSize(m_warningsView->fontMetrics().height() + 8);

    m_panels = new QTabWidget(this);
    m_panels->setObjectName(QStringLiteral("dashboardPanels"));
    m_panels->addTab(m_warningsView, tr("Warnings"));

    // Corrective actions (调整措施) of the selected member.
    m_actions = new ActionsModel(m_document, this);
    m_actionsView = new QTableView(this);
    m_actionsView->setObjectName(QStringLiteral("actionsView"));
    m_actionsView->setModel(m_actions);
    m_actionsView->verticalHeader()->setVisible(false);
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsView->setWordWrap(false);
    m_actionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionsView->horizontalHeader()->setSectionResizeMode(ActionsModel::Description, QHeaderView::Stretch);
    auto *addAction = new QPushButton(tr("&Add…"), this);
    addAction->setObjectName(QStringLiteral("addAction"));
    m_editAction = new QPushButton(tr("&Edit…"), this);
    m_toggleAction = new QPushButton(tr("Mark &done"), this);
    m_deleteAction = new QPushButton(tr("De&lete"), this);
    auto *actionButtons = new QHBoxLayout;
    for (QPushButton *b : {addAction, m_editAction, m_toggleAction, m_deleteAction})
        actionButtons->addWidget(b);
    actionButtons->addStretch(1);
    auto *actionsPanel = new QWidget(this);
    auto *actionsLayout = new QVBoxLayout(actionsPanel);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_actionsView, 1);
    actionsLayout->addLayout(actionButtons);
    m_panels->addTab(actionsPanel, tr("Corrective actions"));

    // Period review (复盘) of the selected member, metric and period.
    m_reviewTitle = new QLabel(this);
    m_reviewTitle->setWordWrap(true);
    m_reviewWorked = new QPlainTextEdit(this);
    m_reviewWorked->setObjectName(QStringLiteral("reviewWorked"));
    m_reviewWorked->setPlaceholderText(tr("What worked"));
    m_reviewWorked->setTabChangesFocus(true);
    m_reviewNotWorked = new QPlainTextEdit(this);
    m_reviewNotWorked->setObjectName(QStringLiteral("reviewNotWorked"));
    m_reviewNotWorked->setPlaceholderText(tr("What did not work"));
    m_reviewNotWorked->setTabChangesFocus(true);
    m_previousReview = new QLabel(this);
    m_previousReview->setObjectName(QStringLiteral("previousReview"));
    m_previousReview->setWordWrap(true);
    m_previousReview->setTextFormat(Qt::PlainText);
    auto *saveReviewButton = new QPushButton(tr("&Save review"), this);
    auto *reviewPanel = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(reviewPanel);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_reviewTitle);
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_reviewWorked);
    texts->addWidget(m_reviewNotWorked);
    reviewLayout->addLayout(texts, 1);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_previousReview, 1);
    reviewButtons->addWidget(saveReviewButton, 0, Qt::AlignTop);
    reviewLayout->addLayout(reviewButtons);
    m_panels->addTab(reviewPanel, tr("Period review"));

    connect(addAction, &QPushButton::clicked, this, [this] { editAction(true); });
    connect(m_editAction, &QPushButton::clicked, this, [this] { editAction(false); });
    connect(m_actionsView, &QTableView::doubleClicked, this, [this] { editAction(false); });
    connect(m_toggleAction, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_actionsView->currentIndex();
        if (!current.isValid())
            return;
        CorrectiveAction a = m_actions->actionAt(current.row());
        a.status = a.status == ActionStatus::Open ? ActionStatus::Done : ActionStatus::Open;
        QString error;
        if (!saveAction(a, &error))
            QMessageBox::warning(this, tr("Corrective action"), error);
    });
    connect(m_deleteAction, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_actionsView->currentIndex();
        if (!current.isValid())
            return;
        const CorrectiveAction a = m_actions->actionAt(current.row());
        if (QMessageBox::question(this, tr("Delete corrective action"), tr("Delete “%1”?").arg(a.description)) != QMessageBox::Yes)
            return;
        QString error;
        if (!deleteAction(a.id, &error))
            QMessageBox::warning(this, tr("Corrective action"), error);
    });
    connect(saveReviewButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveReview(&error))
            QMessageBox::warning(this, tr("Period review"), error);
    });
    const auto updateActionButtons = [this] {
        const QModelIndex current = m_actionsView->currentIndex();
        m_editAction->setEnabled(current.isValid());
        m_deleteAction->setEnabled(current.isValid());
        m_toggleAction->setEnabled(current.isValid());
        if (current.isValid())
            m_toggleAction->setText(m_actions->actionAt(current.row()).status == ActionStatus::Open ? tr("Mark &done")
                                                                                                  : tr("Re&open"));
    };
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActionButtons);
    connect(m_actions, &QAbstractItemModel::modelReset, this, updateActionButtons);
    connect(m_document, &PlanDocument::trackingChanged, this, &DashboardPage::updateTracking);
    updateActionButtons();

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
    bottom->setSizes({720, 480}); // the charts get the larger share whatever the panels' contents ask for
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
    updateTracking();
}

void DashboardPage::updateTracking()
{
    const NodeId node = selectedNode();
    m_actions->setMember(node, metric());
    const bool member = node != 0 && m_model->report();
    m_panels->setTabEnabled(1, member);
    m_panels->setTabEnabled(2, member);
    if (!member) {
        m_reviewTitle->clear();
        m_reviewWorked->clear();
        m_reviewNotWorked->clear();
        m_previousReview->clear();
        return;
    }
    const PlanService &service = m_document->service();
    const QString name = service.tree(dimension()).node(node).name;
    const Metric &m = Metric::byId(metric());
    m_reviewTitle->setText(tr("Review of %1 · %2 · %3").arg(name, m.name(), m_period.toString()));
    const std::optional<PeriodReview> review = service.review(node, m.id, m_period.toString());
    m_reviewWorked->setPlainText(review ? review->worked : QString());
    m_reviewNotWorked->setPlainText(review ? review->didNotWork : QString());
    const Period previous = m_period.previous();
    const std::optional<PeriodReview> before = service.review(node, m.id, previous.toString());
    m_previousReview->setText(before ? tr("%1 review — worked: %2 · did not: %3")
                                           .arg(previous.toString(), before->worked, before->didNotWork)
                                     : tr("No review of %1 yet.").arg(previous.toString()));
}

bool DashboardPage::store(const std::function<void(PlanService &)> &change, QString *error)
{
    try {
        m_document->changeTracking(change);
        return true;
    } catch (const DomainError &e) {
        if (error)
            *error = e.message();
        Q_EMIT statusMessage(e.message());
        return false;
    }
}

bool DashboardPage::saveAction(const CorrectiveAction &action, QString *error)
{
    return store([&](PlanService &s) {
        if (action.id == 0)
            s.addAction(action);
        else
            s.updateAction(action);
    }, error);
}

bool DashboardPage::deleteAction(std::int64_t id, QString *error)
{
    return store([id](PlanService &s) { s.deleteAction(id); }, error);
}

bool DashboardPage::saveReview(QString *error)
{
    const NodeId node = selectedNode();
    if (node == 0 || !m_period.isValid()) {
        if (error)
            *error = tr("Select a member first.");
        return false;
    }
    PeriodReview review;
    review.node = node;
    review.metric = metric();
    review.period = m_period.toString();
    review.worked = m_reviewWorked->toPlainText().trimmed();
    review.didNotWork = m_reviewNotWorked->toPlainText().trimmed();
    if (!store([&](PlanService &s) { s.saveReview(review); }, error))
        return false;
    Q_EMIT statusMessage(tr("Review of %1 saved.").arg(review.period));
    return true;
}

void DashboardPage::editAction(bool create)
{
    const NodeId node = selectedNode();
    if (node == 0)
        return;
    CorrectiveAction action;
    if (create) {
        action.node = node;
        action.metric = metric();
    } else {
        const QModelIndex current = m_actionsView->currentIndex();
        if (!current.isValid())
            return;
        action = m_actions->actionAt(current.row());
    }
    ActionDialog dialog(action, m_document->service().tree(dimension()).node(node).name, m_document->today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveAction(dialog.action(), &error))
            return;
        dialog.showError(error); // refused: keep what was typed and let the user fix it
    }
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
