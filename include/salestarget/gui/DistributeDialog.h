#pragma once

#include "salestarget/domain/PlanService.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPushButton;

namespace Ui {
class DistributeDialog;
}

namespace st {

class DistributionParts;
class DistributionPreviewModel;
class PlanDocument;
class ViewOptions;

/// Distributes the target of one member over its children, its quarters or its months, by an even
/// split, weights (4321, monthly percentages, per-member weights) or last year's actuals. It shows
/// the changed cells before and after as the inputs change; every figure comes from
/// PlanService::planDistribution(), so the dialog holds no rule of its own. Apply pushes the whole
/// distribution as one undo step.
class DistributeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributeDialog)

public:
    /// Distributes `metric` of `node` (tree `d`) within fiscal year `fiscalYear`. `options` gives
    /// the money unit (may be null: yuan). Throws DomainError when the node is not in tree `d`.
    explicit DistributeDialog(PlanDocument *document, ViewOptions *options, Dimension d, NodeId node,
                              MetricId metric, int fiscalYear, QWidget *parent = nullptr);
    ~DistributeDialog() override;

    /// The changes Apply would write: empty while the inputs cannot be used.
    std::vector<TargetChange> plannedChanges() const { return m_changes; }
    /// The period selected (the fiscal year, one of its quarters or months).
    Period period() const;
    DistributeOver over() const;
    /// The method as the inputs describe it; throws DomainError when they cannot be used.
    DistributionMethod method() const;

private:
    void fillPeriods();

    void periodChanged();
    void updateOverChoices();
    void updateMethodPage();
    void updateHeader();
    /// Recomputes the planned changes through the domain and shows them.
    void recompute();
    void showPreview();
    void showMessage(const QString &text, bool error);
    void apply();

    QString nodeLabel(NodeId id) const;
    QString overText() const;
    /// The parts of the distribution the inputs describe.
    DistributionParts currentParts() const;

    std::unique_ptr<Ui::DistributeDialog> m_ui;
    PlanDocument *m_document;
    ViewOptions *m_options;
    Dimension m_dimension;
    NodeId m_node;
    MetricId m_metric;
    int m_fiscalYear;
    std::vector<Period> m_periods;
    std::vector<NodeId> m_children;
    DistributionPreviewModel *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
    std::vector<TargetChange> m_changes;
    std::optional<QString> m_error;
};

} // namespace st
