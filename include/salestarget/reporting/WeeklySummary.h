#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Figures.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/Tracking.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace st {

class PlanService;

/// One node of a dimension tree in the weekly summary. Every figure is a row of a
/// PlanService::report() for the same tree, metric and as-of date.
struct SummaryRow {
    NodeId id = 0;          // 0 for the "(unassigned)" bucket
    QString path;           // `/`, `A`, `A/B`, `(unassigned)` — as in the report
    QString name;
    int depth = 0;          // 0 for the root
    bool unassigned = false;
    Figures week;           // the ISO week
    Figures month;          // the month containing the as-of date; its pace and status are the row's
    Figures quarter;        // the fiscal quarter containing the as-of date
    Figures year;           // the fiscal year containing the as-of date
    Amount previousWeekActual;
    Amount change;                     // week actual − previous week's actual
    std::optional<double> changeRate;  // change / previous week's actual; none when that is 0

    /// The status shown for the row: the month to date's (the target grain).
    Status status() const { return month.status; }
};

/// A lagging node of one section (month-to-date status lagging), with what is being done about it.
struct LaggingNode {
    int row = 0;            // index into SummarySection::rows
    /// The node's corrective actions (调整措施) for the summary's metric or for all metrics (metric
    /// 0), each with its variance reason: open ones first, then done ones; within each, by due date
    /// (none last), then in the order they were recorded. Empty: no corrective action yet.
    std::vector<CorrectiveAction> actions;
};

/// The summary of one dimension tree: every node in tree order, and the lagging ones.
struct SummarySection {
    Dimension dimension = Dimension::Org;
    std::vector<SummaryRow> rows;       // depth-first, root first, "(unassigned)" last when present
    std::vector<LaggingNode> lagging;   // by month gap, largest first (tree order among equals)
};

/// One day of the top-level progress chart: cumulative figures of the whole company for the month.
struct ProgressPoint {
    QDate day;
    Amount expected;                    // daily target shares from the month's start through `day`
    std::optional<Amount> actual;       // entries through `day`; none after the as-of date
};

/// A term of the summary and its written definition (统计口径).
struct SummaryDefinition {
    QString term;
    QString text;
};

/// The content of the weekly summary (周报) for an ISO week: a plain data structure that the CSV,
/// XLSX and PDF writers render. Nothing here is computed twice: every figure is taken from
/// PlanService::report() for the week, the previous week, and the month, fiscal quarter and
/// fiscal year that contain the as-of date.
struct WeeklySummary {
    QString company;
    int fiscalYear = 0;         // the fiscal year containing the as-of date (named by its start)
    QString currency;
    MetricId metric = 0;
    Period week;
    Period previousWeek;
    Period month;               // the periods containing the as-of date
    Period quarter;
    Period year;
    QDate asOf;
    QDateTime generatedAt;
    int laggingBelowBp = 8000;
    int aheadAboveBp = 12000;
    std::vector<SummarySection> sections;   // one per requested dimension, in the requested order
    std::vector<ProgressPoint> progress;    // every day of `month`, for the whole company

    /// Builds the summary of ISO week `week` of `isoYear` for `dimensions` (at least one, no
    /// repeats) and `metric`, with figures as of `asOf`. Throws DomainError for a week that does
    /// not exist, an invalid as-of date, an unknown metric or no dimension.
    static WeeklySummary build(PlanService &service, const std::vector<Dimension> &dimensions, MetricId metric,
                               int isoYear, int week, QDate asOf, QDateTime generatedAt);
    /// The default as-of date for a week: its Sunday, or `today` when that is earlier.
    static QDate defaultAsOf(const Period &week, QDate today);

    const Metric &metricInfo() const { return Metric::byId(metric); }
    /// Number of fraction digits of the metric (2 for money, 0 for counts).
    int decimals() const { return metricInfo().decimals; }
    /// "Weekly summary — <company>".
    QString title() const;
    /// "Plan", "Metric", "Week", "As of", "Generated at" with their values, in that order.
    std::vector<SummaryDefinition> headerFields() const;
    /// How to read the columns: period targets vs actuals to date, pace and status of the month.
    QString note() const;
    /// The definitions (统计口径) of the metric and of every figure shown.
    std::vector<SummaryDefinition> definitions() const;
    /// "2026-W47 (2026-11-16 – 2026-11-22)".
    static QString periodLabel(const Period &period);
    /// Total number of lagging nodes over all sections.
    int laggingCount() const;
    /// "Open" / "Done".
    static QString actionStatusText(ActionStatus status);
    /// "Internal" / "External" (内部 / 外部); empty for no category.
    static QString reasonCategoryText(ReasonCategory category);
    /// The variance reason of an action for people: "Internal — note", "External", the note alone,
    /// or empty.
    static QString reasonText(const CorrectiveAction &action);
};

} // namespace st
