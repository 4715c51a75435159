#pragma once

#include <QByteArray>
#include <QString>

namespace st {

struct WeeklySummary;

/// Writes the weekly summary as CSV for people who open it in Excel: RFC 4180, UTF-8 with a BOM
/// (so Excel reads Chinese correctly), CRLF line ends, the same number of fields on every line.
/// A header block (plan, metric, week, as-of, generated-at, note), then per dimension the node
/// table, then the lagging nodes and the definitions. Amounts are exact decimals in major units,
/// ratios percentages (`85.3%`); text cells that start with `=`, `+`, `-`, `@`, tab or carriage
/// return get a leading `'` so that no cell can become a formula (OWASP CSV injection).
class SummaryCsvWriter final
{
public:
    /// The file's bytes (BOM included).
    static QByteArray toBytes(const WeeklySummary &summary);
    /// Writes the file atomically (QSaveFile): either the whole new file or the old one stays.
    /// Throws DomainError naming the path when it cannot be written.
    static void write(const WeeklySummary &summary, const QString &path);
};

} // namespace st
