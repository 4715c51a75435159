#pragma once

#include "salestarget/domain/Node.h"
#include "salestarget/domain/PlanSettings.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tracking.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>

namespace st {

/// How domain values are written into columns and into the text of audit rows. Dates are Julian
/// day numbers; instants are ISO-8601 UTC text with milliseconds; audit texts are compact
/// `field=value` lists with strings in double quotes.
class StorageCodec final
{
public:
    StorageCodec() = delete;

    /// The Julian day of `date` (0 for an invalid date).
    static std::int64_t julianDay(QDate date) { return date.isValid() ? date.toJulianDay() : 0; }
    /// The date of a Julian day.
    static QDate dateOf(std::int64_t julianDay) { return QDate::fromJulianDay(julianDay); }
    /// `2026-03-01T08:00:00.000Z` (empty for an invalid instant).
    static QString timeText(const QDateTime &at);
    /// Parses timeText() output; an invalid QDateTime for empty text.
    static QDateTime timeOf(const QString &text);

    /// Appends `text` as UTF-8 (no allocation once `out` has grown: imports call this per row).
    static void appendUtf8(std::string &out, QStringView text);
    /// `minor` as a decimal with `decimals` fraction digits, no separators (`-1234.50`).
    static void appendDecimal(std::string &out, std::int64_t minor, int decimals);
    /// The audit text of an entry, UTF-8, appended to `out`.
    static void appendEntryText(std::string &out, const ProgressEntry &entry);
    /// The audit text of an entry.
    static QString entryText(const ProgressEntry &entry);
    /// The audit text of a target cell: `1234.56`, `1234.56 locked`.
    static QString cellText(MetricId metric, const TargetCell &cell);
    /// The audit key of a target cell: `sales|12|2026-03`.
    static QString targetKey(MetricId metric, NodeId node, Month month);
    /// The audit text of a node.
    static QString nodeText(const Node &node);
    /// The audit text of the plan settings, calendar excluded.
    static QString settingsText(const PlanSettings &settings);
    /// The audit text of a calendar exception.
    static QString calendarText(const WorkCalendar::Exception &exception);
    /// The audit key of a corrective action: its id and the start of its description,
    /// `12 "Visit the top ten customers"`.
    static QString actionKey(const CorrectiveAction &action);
    /// The audit text of a corrective action.
    static QString actionText(const CorrectiveAction &action);
    /// The audit key of a period review: `sales|12|2026-Q3` (metric `all` for metric 0).
    static QString reviewKey(const PeriodReview &review);
    /// The audit text of a period review: `worked="..."; did_not_work="..."`.
    static QString reviewText(const PeriodReview &review);
    /// `open` / `done`, and back (an unknown text reads as Open).
    static const char *statusKey(ActionStatus status);
    static ActionStatus statusOf(const QString &key);
    /// `none` / `internal` / `external`, and back (an unknown text reads as None).
    static const char *reasonKey(ReasonCategory category);
    static ReasonCategory reasonOf(const QString &key);
    /// The key of a built-in metric (the number for an unknown id).
    static std::string metricKey(MetricId metric);
    /// Minor-unit digits of a metric (2 for unknown ids).
    static int metricDecimals(MetricId metric);

private:
    static void appendQuoted(std::string &out, const char *field, const QString &value);
};

} // namespace st
