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

/// Texts of the corrective actions of ActionsPlan, Chinese as people write them.
inline const QString kSalesAction = QStringLiteral("加大华东重点客户拜访频次，每周复盘商机");
inline const QString kAllMetricsAction = QStringLiteral("联合渠道伙伴开展年末促销活动，覆盖长尾客户并跟进存量客户的续约与增购需求");
inline const QString kVisitsAction = QStringLiteral("每周拜访二十家新客户"); // for another metric: never in a sales summary

/// The demo plan with corrective actions on three lagging organization nodes (its own database: the
/// shared demo plan has none), built once per test program.
struct ActionsPlan {
    TestPlan plan;
    NodeId withActions = 0; // the largest gap below the company: a sales action (open), an all-metrics one (done), a visits one
    NodeId ordered = 0;     // the next: done and open actions with and without a due date
    NodeId without = 0;     // the next: no action

    static ActionsPlan &get()
    {
        static ActionsPlan p;
        return p;
    }

    WeeklySummary summary(std::vector<Dimension> dimensions = {Dimension::Org}, MetricId metric = kSalesMetric)
    {
        return WeeklySummary::build(plan.service, dimensions, metric, 2026, 47, kDemoToday, kGeneratedAt);
    }

    static CorrectiveAction action(NodeId node, MetricId metric, const QString &description, ActionStatus status,
                                   QDate due = {})
    {
        CorrectiveAction a;
        a.node = node;
        a.metric = metric;
        a.description = description;
        a.status = status;
        a.due = due;
        return a;
    }

private:
    ActionsPlan()
    {
        DemoPlan::populate(plan.service, kDemoToday);
        const WeeklySummary s = summary();
        // Members below the company (the root is in every tree, so its actions would be in every section).
        std::vector<NodeId> lagging;
        for (const LaggingNode &n : s.sections.front().lagging) {
            const SummaryRow &row = s.sections.front().rows[std::size_t(n.row)];
            if (row.depth > 0 && !row.unassigned)
                lagging.push_back(row.id);
        }
        EXPECT_GE(lagging.size(), 3u);
        withActions = lagging.at(0);
        ordered = lagging.at(1);
        without = lagging.at(2);
        PlanService &service = plan.service;
        // Recorded done first, so that the order in the summary is the summary's own.
        CorrectiveAction all = action(withActions, 0, kAllMetricsAction, ActionStatus::Done, QDate(2026, 11, 20));
        all.owner = QStringLiteral("李娜");
        all.expectedEffect = QStringLiteral("预计本月追回销售额 80 万元，下月起每周新增商机 5 个以上");
        all.reasonCategory = ReasonCategory::External;
        all.reasonNote = QStringLiteral("主要竞争对手在华东区域降价 10%，部分客户推迟采购决策");
        service.addAction(all);
        service.addAction(action(withActions, kVisitsMetric, kVisitsAction, ActionStatus::Open, QDate(2026, 11, 25)));
        CorrectiveAction sales = action(withActions, kSalesMetric, kSalesAction, ActionStatus::Open, QDate(2026, 11, 30));
        sales.owner = QStringLiteral("张伟");
        sales.expectedEffect = QStringLiteral("月底前追回 50 万元");
        sales.reasonCategory = ReasonCategory::Internal;
        sales.reasonNote = QStringLiteral("新人占比高，跟进不足");
        service.addAction(sales);

        service.addAction(action(ordered, 0, QStringLiteral("done, no due"), ActionStatus::Done));
        service.addAction(action(ordered, kSalesMetric, QStringLiteral("open, no due"), ActionStatus::Open));
        service.addAction(action(ordered, 0, QStringLiteral("done, due"), ActionStatus::Done, QDate(2026, 11, 10)));
        service.addAction(action(ordered, kSalesMetric, QStringLiteral("open, due later"), ActionStatus::Open, QDate(2026, 12, 5)));
        service.addAction(action(ordered, 0, QStringLiteral("open, due first"), ActionStatus::Open, QDate(2026, 11, 24)));
    }
};

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
