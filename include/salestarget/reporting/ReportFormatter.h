#pragma once

#include <QString>

namespace st {

class Report;
struct Metric;

/// Writes a Report as text for the command line: a readable table, CSV or JSON. The columns are
/// the CLI contract of docs/cli.md: path, depth, target, actual, achievement, gap, expected, pace,
/// status, unallocated.
class ReportFormatter final
{
public:
    /// JSON array of objects with exactly the contract keys; amounts as decimal numbers in major
    /// units, achievement and pace as fractions, null where undefined.
    static QString toJson(const Report &report, const Metric &metric);
    /// CSV with a header row, same values as JSON (empty cells for null).
    static QString toCsv(const Report &report, const Metric &metric);
    /// An aligned table for people: indented names, thousands separators, percentages.
    static QString toTable(const Report &report, const Metric &metric, const QString &currency);
    /// Terminal columns a string takes (CJK characters take two).
    static int displayWidth(const QString &text);
};

} // namespace st
