#pragma once

#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/TextDecoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace st {

class PlanService;

/// One problem found in an import file.
struct ImportIssue {
    qsizetype line = 0;  // 1-based line in the file (0: the file as a whole)
    QString column;      // the column's header, empty when it is about the whole row or file
    QString message;     // what is wrong, user-facing
    /// "line 12, column 金额: ..." as shown to people.
    QString toString() const;
};

/// Which file column feeds which entry field (-1: not in the file).
struct ImportMapping {
    int date = -1, person = -1, metric = -1, value = -1, product = -1, region = -1, customer = -1, ref = -1, note = -1;
    MetricId fixedMetric = 0; // used for every row when the file has no metric column
};

/// The date layouts an import understands; Auto takes year-first, else month/day/year.
enum class ImportDateFormat { Auto, YearMonthDay, MonthDayYear, DayMonthYear };

/// The result of reading and validating a file: the entries ready to store, or the list of every
/// bad row. Nothing is written by the importer.
struct ImportReading {
    std::vector<ProgressEntry> entries;
    std::vector<ImportIssue> issues;
    qsizetype rows = 0; // data rows read (header excluded)
    QStringList headers;
    DetectedEncoding encoding = DetectedEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    QStringList unknownPeople, unknownProducts, unknownRegions; // distinct names not found
    bool ok() const { return issues.empty(); }
};

/// Reads progress entries from CSV exports of CRM/ERP systems: maps columns (guessed from English
/// and Chinese header names), decodes UTF-8/GB18030/UTF-16, parses the usual date and number
/// formats, resolves people/products/regions by path or unique name, and validates every row.
class ProgressImporter final
{
public:
    explicit ProgressImporter(const PlanService &service);

    /// Guesses the mapping from header names such as date/日期, person/销售代表, value/金额, 客户.
    static ImportMapping guessMapping(const QStringList &headers);
    /// Parses a date in `format`; invalid QDate when it is not one.
    static QDate parseDate(QByteArrayView text, ImportDateFormat format = ImportDateFormat::Auto);

    /// Reads and validates a whole file. Without `mapping` it is guessed from the header row, and
    /// date, person, metric (unless fixed) and value columns are required.
    ImportReading read(QByteArray bytes, TextEncoding encoding = TextEncoding::Auto,
                       CsvDelimiter delimiter = CsvDelimiter::Auto, const ImportMapping *mapping = nullptr,
                       ImportDateFormat dateFormat = ImportDateFormat::Auto) const;
    /// Chooses the columns from the file's header row: a saved profile, or columns named on the
    /// command line. `columnsFor` may throw DomainError (a named header the file lacks).
    using ColumnChooser = std::function<ImportMapping(const QStringList &headers)>;
    ImportReading read(QByteArray bytes, TextEncoding encoding, CsvDelimiter delimiter, const ColumnChooser &columnsFor,
                       ImportDateFormat dateFormat = ImportDateFormat::Auto) const;

    /// How read() uses threads: a text of at least `minBytes` (after decoding) is read on up to
    /// `threads` threads (1 to 64), which take its parts (8 per thread) in turn; 1 reads on the
    /// calling thread only. The result is the same either way. Default: 2 threads (1 on a single
    /// core) from 4 MiB.
    void setParallelism(int threads, qsizetype minBytes);

private:
    const PlanService &m_service;
    int m_threads;
    qsizetype m_parallelFromBytes = qsizetype(4) << 20;
};

} // namespace st
