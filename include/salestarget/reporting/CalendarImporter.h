#pragma once

#include "salestarget/domain/WorkCalendar.h"
#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/reporting/TextDecoding.h"

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <vector>

namespace st {

/// The result of reading a calendar file: every exception it lists, or every bad line (then
/// `exceptions` is empty, so nothing can be applied partially).
struct CalendarReading {
    std::vector<WorkCalendar::Exception> exceptions; // by date, each date once
    std::vector<ImportIssue> issues;
    qsizetype rows = 0;     // data rows read (header excluded)
    bool hasHeader = false; // whether the first row named the columns
    DetectedEncoding encoding = DetectedEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    /// True when the file was read without a problem.
    bool ok() const { return issues.empty(); }
};

/// Reads holidays and extra working days (调休) from a CSV file: a date column (header date/日期,
/// else the first column), an optional type column (holiday/假日/休 or workday/班/调休; default
/// holiday) and an optional name column (name/名称/说明/节日). A file of bare dates without a
/// header works too. Any encoding and delimiter TextDecoding and CsvReader understand.
class CalendarImporter final
{
public:
    CalendarImporter() = delete;

    /// Reads and validates a whole file; writes nothing.
    static CalendarReading read(QByteArray bytes, TextEncoding encoding = TextEncoding::Auto,
                                CsvDelimiter delimiter = CsvDelimiter::Auto);
    /// The day type a cell names (case-insensitive, English or Chinese); nullopt when unknown.
    /// An empty cell is a holiday.
    static std::optional<WorkCalendar::DayType> parseType(QStringView text);
};

} // namespace st
