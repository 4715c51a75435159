#pragma once

#include "salestarget/domain/Dimension.h"

#include <QAbstractTableModel>

#include <vector>

namespace st {

class DashboardModel;
class PlanDocument;
class ViewOptions;

/// The "Warnings" list of the dashboard: every lagging member of the report shown by a
/// DashboardModel, largest gap first, with what it needs per remaining working day and its
/// corrective actions and variance reason.
class WarningsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsModel)

public:
    enum Column { Member, Gap, RequiredDaily, Pace, Actions, ColumnCount };

    WarningsModel(DashboardModel *dashboard, PlanDocument *document, ViewOptions *options, QObject *parent = nullptr);

    NodeId nodeAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads the lagging rows (after new figures or changed actions).
    void refresh();

private:

    QString actionsText(NodeId node, bool full = false) const;

    DashboardModel *m_dashboard;
    PlanDocument *m_document;
    ViewOptions *m_options;
    std::vector<int> m_rows; // report rows, largest gap first
};

} // namespace st
