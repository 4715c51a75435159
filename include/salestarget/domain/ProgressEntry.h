#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace st {

using EntryId = std::int64_t;

/// One progress record (an actual): what a rep did on a day for a metric.
struct ProgressEntry {
    EntryId id = 0;
    QDate date;
    MetricId metric = 0;
    Amount value;
    NodeId person = 0;    // organization leaf, required
    NodeId product = 0;   // 0: unassigned
    NodeId region = 0;    // 0: unassigned (defaults to the person's home region when entered)
    QString customer;
    QString ref;          // external reference; entries are idempotent by it
    QString note;
    QString enteredBy;
    QDateTime enteredAt;

    friend bool operator==(const ProgressEntry &, const ProgressEntry &) = default;
};

/// The part of an entry that rollups need, compact enough to hold millions of them.
struct EntryFact {
    std::int32_t day = 0;      // Julian day
    std::int32_t person = 0;
    std::int32_t product = 0;
    std::int32_t region = 0;
    std::int64_t value = 0;    // minor units
};

} // namespace st
