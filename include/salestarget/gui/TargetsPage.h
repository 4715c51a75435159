#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace st {

class PlanCheckModel;
class PlanDocument;
class TargetTreeModel;
class ViewOptions;

/// The sales manager's workspace: the editable decomposition tree of one dimension, metric and
/// fiscal year, the plan-check panel, and the actions on members and cells. It only wires widgets
/// to the models and the undo commands; every rule lives in the domain.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    TargetsPage(PlanDocument *document, ViewOptions *options, QWidget *parent = nullptr);
    ~TargetsPage() override;

    TargetTreeModel *model() const { return m_model; }
    PlanCheckModel *planCheck() const { return m_check; }
    QTreeView *treeView() const { return m_tree; }
    Dimension dimension() const;
    MetricId metric() const;
    int fiscalYear() const;

    void setDimension(Dimension d);
    void setMetric(MetricId metric);
    void setFiscalYear(int year);
    void setShowMonths(bool show);
    /// Selects and shows the row of `node` (from the plan-check panel, or a test).
    void selectNode(NodeId node);
    NodeId selectedNode() const;

    /// Actions on the selection, for the toolbar and menus of the main window.
    QAction *addChildAction() const { return m_addChild; }
    QAction *addPersonAction() const { return m_addPerson; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *lockAction() const { return m_lock; }
    QAction *distributeAction() const { return m_distribute; }

    /// The same operations without dialogs (used by the actions after asking, and by tests).
    bool addChild(NodeId parent, const QString &name, bool person = false, NodeId homeRegion = 0);
    bool renameNode(NodeId node, const QString &name);
    bool deleteNode(NodeId node);

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

private:
    void buildUi();
    void reloadChoices();
    void applySelection();
    void showMessage(const QString &text, bool error);
    void updateActions();
    void updateDefinition();
    void updateReviews();
    void updatePlanCheckTitle();
    void onAddChild(bool person);
    void onRename();
    void onDelete();
    void onToggleLock();
    void onDistribute();
    void onContextMenu(const QPoint &pos);

    PlanDocument *m_document;
    ViewOptions *m_options;
    TargetTreeModel *m_model = nullptr;
    PlanCheckModel *m_check = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_yearBox = nullptr;
    QButtonGroup *m_dimensionGroup = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_checkView = nullptr;
    QLabel *m_checkTitle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_reviews = nullptr;
    QAction *m_addChild = nullptr;
    QAction *m_addPerson = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_distribute = nullptr;
};

} // namespace st
