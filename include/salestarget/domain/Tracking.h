#pragma once
// Follow-up of the figures: corrective actions (调整措施) on a node and period reviews (复盘).

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace st {

enum class ActionStatus { Open, Done };
enum class ReasonCategory { None, Internal, External };   // variance reason category

struct CorrectiveAction {            // 调整措施 on a node
    std::int64_t id = 0;             // 0: not stored yet
    NodeId node = 0;                 // any tree's node
    MetricId metric = 0;             // 0: all metrics
    QString description, owner;
    QDate due;                       // may be null
    QString expectedEffect;
    ActionStatus status = ActionStatus::Open;
    ReasonCategory reasonCategory = ReasonCategory::None;
    QString reasonNote;
    bool operator==(const CorrectiveAction &) const = default;
};

struct PeriodReview {                // 复盘: notes per node, metric and period
    NodeId node = 0; MetricId metric = 0;
    QString period;                  // Period::toString() of the reviewed period, e.g. "2026-Q3"
    QString worked, didNotWork;      // what worked / what did not
    bool operator==(const PeriodReview &) const = default;
};

} // namespace st
