#pragma once
// The weekly summary's tests: the demo plan (company 华信科技, "today" 2026-11-22) in an
// in-memory database, built once per test program, and comparisons with PlanService::report().

#include "salestarget/domain/DemoPlan.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/reporting/WeeklySummary.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace st::test {

inline constexpr MetricId kSalesMetric = 1;
inline constexpr MetricId kVisitsMetric = 4;
inline const QDate kDemoToday(2026, 11, 22);
inline const QDateTime kGeneratedAt(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc());

/// A plan set in an in-memory database with a service over it; no wall clock.
struct TestPlan {
    std::unique_ptr<SqliteRepository> repository = SqliteRepository::open(QStringLiteral(":memory:"));
    PlanService service{*repository, [] { return kGeneratedAt; }, QStringLiteral("tester")};

    TestPlan() { service.load(); }
    Q_DISABLE_COPY_MOVE(TestPlan)

    /// The demo plan, built once and shared (the summary only reads it).
    static TestPlan &demo()
    {
        static TestPlan plan;
        static const bool populated = [] {
            DemoPlan::populate(plan.service, kDemoToday);
            return true;
        }();
        Q_UNUSED(populated);
        return plan;
    }
};

/// The summary of ISO week `week` of 2026 over the demo plan.
inline WeeklySummary demoSummary(std::vector<Dimension> dimensions, MetricId metric = kSalesMetric, int isoYear = 2026,
                                 int week = 47, QDate asOf = kDemoToday)
{
    return WeeklySummary::build(TestPlan::demo().service, dimensions, metric, isoYear, week, asOf, kGeneratedAt);
}

/// The report row with `path`, or null.
inline const ReportRow *reportRow(const Report &report, const QString &path)
{
    for (const ReportRow &r : report.rows()) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

} // namespace st::test
