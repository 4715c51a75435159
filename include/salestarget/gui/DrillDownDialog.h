#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/ProgressEntry.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace st {

class PlanDocument;
class ViewOptions;

/// The entries behind a member's actual: every entry of the metric dated in the period up to the
/// as-of date whose person, product or region (by the tree's dimension) lies under the member.
/// Their total is the member's actual in the dashboard.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    /// `node` 0 stands for the "(unassigned)" bucket of the tree.
    DrillDownDialog(PlanDocument *document, ViewOptions *options, Dimension dimension, NodeId node, MetricId metric,
                    const Period &period, QDate asOf, QWidget *parent = nullptr);

    const std::vector<ProgressEntry> &entries() const { return m_entries; }
    Amount total() const { return m_total; }
    QTableView *table() const { return m_table; }

private:
    std::vector<ProgressEntry> m_entries;
    Amount m_total;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace st
