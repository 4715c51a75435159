#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Tracking.h"

#include <QAbstractTableModel>

#include <vector>

namespace st {

class PlanDocument;

/// The corrective actions (调整措施) of one member that apply to one metric (its own and those for
/// all metrics), open ones first. Read from the PlanService; re-read when actions change.
class ActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsModel)

public:
    enum Column { Description, Owner, Due, Effect, State, Reason, ColumnCount };

    explicit ActionsModel(PlanDocument *document, QObject *parent = nullptr);

    void setMember(NodeId node, MetricId metric);
    NodeId member() const { return m_node; }
    const CorrectiveAction &actionAt(int row) const { return m_actions[std::size_t(row)]; }

    /// Category and note of a variance reason as one line ("External: 竞品降价").
    static QString reasonText(const CorrectiveAction &action);
    static QString statusText(ActionStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The actions of `node` for `metric` as the panel lists them: open first, then by due date.
    static std::vector<CorrectiveAction> actionsFor(const std::vector<CorrectiveAction> &all, NodeId node, MetricId metric);

private:
    void reload();

    PlanDocument *m_document;
    NodeId m_node = 0;
    MetricId m_metric = 0;
    std::vector<CorrectiveAction> m_actions;
};

} // namespace st
