#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/Tracking.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace st {

class ActionsModel;
class ChildrenChartView;
class DashboardModel;
class DrillDownDialog;
class LaggingFilterProxy;
class PlanDocument;
class PlanService;
class ProgressChartView;
class TrendChartView;
class ViewOptions;
class WarningsModel;

/// The manager's tracking dashboard: period and as-of selection, the figures tree of one dimension
/// and metric (DashboardModel: the same st::Report as the CLI), the "only lagging" filter, the
/// warnings panel, and drill-down into the entries behind an actual. Only wiring: every figure
/// comes from the domain.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~DashboardPage() override;

    DashboardModel *model() const { return m_model; }
    LaggingFilterProxy *proxy() const { return m_proxy; }
    WarningsModel *warnings() const { return m_warnings; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *warningsView() const { return m_warningsView; }
    ProgressChartView *progressChart() const { return m_progressChart; }
    ChildrenChartView *childrenChart() const { return m_childrenChart; }
    TrendChartView *trendChart() const { return m_trendChart; }
    QTabWidget *chartTabs() const { return m_charts; }

    Dimension dimension() const;
    MetricId metric() const;
    Period period() const { return m_period; }
    QDate asOf() const;

    void setDimension(Dimension d);
    void setMetric(MetricId metric);
    /// Shows the period of `kind` containing `day`.
    void setPeriod(PeriodKind kind, QDate day);
    void setAsOf(QDate day);
    void setOnlyLagging(bool only);
    /// Selects and shows the row of `node` (from the warnings panel or a chart bar).
    void selectNode(NodeId node);
    NodeId selectedNode() const;
    /// Opens the entries behind the actual of `node` (0: the "(unassigned)" bucket); returns the dialog.
    DrillDownDialog *openDrillDown(NodeId node);

    /// Corrective actions of the selected member (the panel's buttons use these after their dialog).
    ActionsModel *actionsModel() const { return m_actions; }
    QTableView *actionsView() const { return m_actionsView; }
    /// Stores a new action (or changes the one with `action.id`); false with `error` set when refused.
    bool saveAction(const CorrectiveAction &action, QString *error = nullptr);
    bool deleteAction(std::int64_t id, QString *error = nullptr);
    /// The review notes of the selected member, metric and period (复盘), and their Save.
    QPlainTextEdit *reviewWorkedEdit() const { return m_reviewWorked; }
    QPlainTextEdit *reviewNotWorkedEdit() const { return m_reviewNotWorked; }
    bool saveReview(QString *error = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void buildUi();
    void reload();
    void applySelection();
    void stepPeriod(int direction);
    void updatePeriodLabel();
    void onCurrentChanged();
    /// Redraws the chart on the visible chart tab for the selected member (the others when shown).
    void updateCharts();
    void updateTracking();
    void editAction(bool create);
    bool store(const std::function<void(PlanService &)> &change, QString *error);

    PlanDocument *m_document;
    ViewOptions *m_options;
    DashboardModel *m_model = nullptr;
    LaggingFilterProxy *m_proxy = nullptr;
    WarningsModel *m_warnings = nullptr;
    Period m_period;
    QComboBox *m_dimensionBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_kindBox = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QCheckBox *m_onlyLagging = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_warningsView = nullptr;
    QTabWidget *m_panels = nullptr;
    QTabWidget *m_charts = nullptr;
    ActionsModel *m_actions = nullptr;
    QTableView *m_actionsView = nullptr;
    QPushButton *m_editAction = nullptr;
    QPushButton *m_toggleAction = nullptr;
    QPushButton *m_deleteAction = nullptr;
    QPlainTextEdit *m_reviewWorked = nullptr;
    QPlainTextEdit *m_reviewNotWorked = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QLabel *m_previousReview = nullptr;
    ProgressChartView *m_progressChart = nullptr;
    ChildrenChartView *m_childrenChart = nullptr;
    TrendChartView *m_trendChart = nullptr;
};

} // namespace st
