#include "salestarget/reporting/ProgressImporter.h"

#include "ProgressRows.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <exception>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>

namespace st {

namespace {

constexpr int kPartsPerThread = 8; // parts taken one at a time: the threads end about together

} // namespace

QString ImportIssue::toString() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return QCoreApplication::translate("ProgressImporter", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("ProgressImporter", "line %1, column %2: %3").arg(line).arg(column, message);
}

ProgressImporter::ProgressImporter(const PlanService &service)
    : m_service(service), m_threads(std::thread::hardware_concurrency() == 1 ? 1 : 2)
{
}

ImportMapping ProgressImporter::guessMapping(const QStringList &headers)
{
    static const std::array<std::pair<int ImportMapping::*, QStringList>, 9> names{{
        {&ImportMapping::date, {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("日期"), QStringLiteral("业务日期"),
                                QStringLiteral("签约日期"), QStringLiteral("回款日期"), QStringLiteral("时间")}},
        {&ImportMapping::person, {QStringLiteral("person"), QStringLiteral("rep"), QStringLiteral("sales rep"),
                                  QStringLiteral("salesperson"), QStringLiteral("owner"), QStringLiteral("销售代表"),
                                  QStringLiteral("销售员"), QStringLiteral("业务员"), QStringLiteral("负责人"),
                                  QStringLiteral("销售"), QStringLiteral("姓名"), QStringLiteral("人员")}},
        {&ImportMapping::metric, {QStringLiteral("metric"), QStringLiteral("指标"), QStringLiteral("类型")}},
        {&ImportMapping::value, {QStringLiteral("value"), QStringLiteral("amount"), QStringLiteral("quantity"),
                                 QStringLiteral("金额"), QStringLiteral("数量"), QStringLiteral("数值"), QStringLiteral("值"),
                                 QStringLiteral("签约金额"), QStringLiteral("回款金额")}},
        {&ImportMapping::product, {QStringLiteral("product"), QStringLiteral("product line"), QStringLiteral("产品"),
                                   QStringLiteral("产品线"), QStringLiteral("产品名称")}},
        {&ImportMapping::region, {QStringLiteral("region"), QStringLiteral("area"), QStringLiteral("city"),
                                  QStringLiteral("区域"), QStringLiteral("地区"), QStringLiteral("城市")}},
        {&ImportMapping::customer, {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("account"),
                                    QStringLiteral("客户"), QStringLiteral("客户名称")}},
        {&ImportMapping::ref, {QStringLiteral("ref"), QStringLiteral("reference"), QStringLiteral("id"),
                               QStringLiteral("external id"), QStringLiteral("单号"), QStringLiteral("编号"),
                               QStringLiteral("订单号"), QStringLiteral("合同号"), QStringLiteral("参考号")}},
        {&ImportMapping::note, {QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("remark"),
                                QStringLiteral("comment"), QStringLiteral("备注"), QStringLiteral("说明")}},
    }};
    ImportMapping m;
    for (const auto &[field, candidates] : names) {
        for (int i = 0; i < headers.size() && m.*field < 0; ++i) {
            const QString h = headers[i].trimmed().toLower();
            if (candidates.contains(h))
                m.*field = i;
        }
    }
    return m;
}

QDate ProgressImporter::parseDate(QByteArrayView text, ImportDateFormat format)
{
    const QByteArrayView t = trimmedField(text);
    std::array<int, 3> n{};
    std::array<int, 3> len{};
    int count = 0;
    qsizetype i = 0;
    while (i < t.size() && count < 3) {
        if (t[i] >= '0' && t[i] <= '9') {
            int v = 0, l = 0;
            for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && l < 9; ++i, ++l)
                v = v * 10 + (t[i] - '0');
            n[std::size_t(count)] = v;
            len[std::size_t(count++)] = l;
        } else {
            if (count == 0)
                return {}; // must start with a digit
            // Between the numbers only a date separator: - / . or 年 / 月 (3 bytes each in UTF-8).
            const QByteArrayView rest = t.sliced(i);
            if (rest.front() == '-' || rest.front() == '/' || rest.front() == '.')
                ++i;
            else if (rest.startsWith("年") || rest.startsWith("月"))
                i += 3;
            else if (count == 3 || (count == 1 && len[0] == 8))
                break; // a time of day or 日 may follow a complete date
            else
                return {};
        }
    }
    if (count == 1 && len[0] == 8) // 20261122
        return QDate(n[0] / 10000, n[0] / 100 % 100, n[0] % 100);
    if (count != 3)
        return {};
    // What follows the date may only be a time of day.
    if (i < t.size()) {
        const QByteArrayView rest = t.sliced(i);
        const bool chineseDay = rest.startsWith("日");
        if (!chineseDay && rest.front() != ' ' && rest.front() != 'T')
            return {};
    }
    if (format == ImportDateFormat::Auto)
        format = len[0] == 4 ? ImportDateFormat::YearMonthDay
               : len[2] == 4 ? (n[0] > 12 ? ImportDateFormat::DayMonthYear : ImportDateFormat::MonthDayYear)
                             : ImportDateFormat::Auto;
    switch (format) {
    case ImportDateFormat::YearMonthDay:
        return len[0] == 4 ? QDate(n[0], n[1], n[2]) : QDate();
    case ImportDateFormat::MonthDayYear:
        return len[2] == 4 ? QDate(n[2], n[0], n[1]) : QDate();
    case ImportDateFormat::DayMonthYear:
        return len[2] == 4 ? QDate(n[2], n[1], n[0]) : QDate();
    case ImportDateFormat::Auto:
        break;
    }
    return {};
}

namespace {

/// Adds an issue for every row whose reference an earlier row already used, and drops its entry.
/// `refHashes` is sorted; `entryLines` (ascending) is the line of each entry.
void reportDuplicateRefs(ImportReading &result, const RefHashes &refHashes, const std::vector<qsizetype> &entryLines,
                         const QString &column)
{
    const auto entryOn = [&](qsizetype line) -> const ProgressEntry * {
        const auto it = std::lower_bound(entryLines.begin(), entryLines.end(), line);
        return it != entryLines.end() && *it == line ? &result.entries[std::size_t(it - entryLines.begin())] : nullptr;
    };
    std::vector<qsizetype> dropLines;
    for (std::size_t i = 0; i < refHashes.size();) {
        std::size_t j = i + 1;
        while (j < refHashes.size() && refHashes[j].first == refHashes[i].first)
            ++j;
        for (std::size_t a = i; a < j; ++a) {
            for (std::size_t b = i; b < a; ++b) {
                const ProgressEntry *ea = entryOn(refHashes[a].second);
                const ProgressEntry *eb = entryOn(refHashes[b].second);
                if (ea && eb && ea->ref == eb->ref) {
                    result.issues.push_back({refHashes[a].second, column,
                                             QCoreApplication::translate("ProgressImporter", "reference \"%1\" is also on line %2.").arg(ea->ref).arg(refHashes[b].second)});
                    dropLines.push_back(refHashes[a].second);
                    break;
                }
            }
        }
        i = j;
    }
    if (dropLines.empty())
        return;
    std::stable_sort(result.issues.begin(), result.issues.end(),
                     [](const ImportIssue &x, const ImportIssue &y) { return x.line < y.line; });
    std::sort(dropLines.begin(), dropLines.end());
    std::vector<ProgressEntry> kept;
    kept.reserve(result.entries.size());
    for (std::size_t i = 0; i < result.entries.size(); ++i) {
        if (!std::binary_search(dropLines.begin(), dropLines.end(), entryLines[i]))
            kept.push_back(std::move(result.entries[i]));
    }
    result.entries = std::move(kept);
}

/// True when two of the (each sorted) hash lists, or one of them, hold the same hash twice: only
/// then are the references compared (hash collisions without equal texts are rare).
bool anyHashTwice(const std::vector<RefHashes> &lists)
{
    for (std::size_t a = 0; a < lists.size(); ++a) {
        const RefHashes &x = lists[a];
        for (std::size_t i = 1; i < x.size(); ++i) {
            if (x[i].first == x[i - 1].first)
                return true;
        }
        for (std::size_t b = a + 1; b < lists.size(); ++b) {
            const RefHashes &y = lists[b];
            for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
                if (x[i].first == y[j].first)
                    return true;
                x[i].first < y[j].first ? ++i : ++j;
            }
        }
    }
    return false;
}

template<typename T>
void append(std::vector<T> &to, std::vector<T> &&from)
{
    if (to.empty())
        to = std::move(from);
    else
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

/// The parts of a file read on several threads: readings in file order, reference hashes by thread.
struct PartsReading {
    std::vector<RowsReading> readings;
    std::vector<RefHashes> refHashes; // each sorted
};

/// Reads the parts on `threads` threads. The calling thread takes parts from the front, all into
/// one reading that starts the result (its entries stay in place); the others take them from the
/// back, one reading each, until they meet: a slower thread takes fewer parts.
///
/// The large vectors are allocated by the calling thread, also for the back half of the parts:
/// glibc's malloc gives huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, as the CLI runs) to the
/// main arena and to mmapped blocks only, while the arena of a new thread grows 4 KiB page by page,
/// and in the benchmark VM the first touch of each page costs 5-7 us.
PartsReading readParts(std::vector<CsvReader> &parts, int threads, const RowRules &rules, qsizetype expectedRows)
{
    const int helpers = std::min(threads, int(parts.size())) - 1;
    RowsReading frontReading; // parts [0, frontTaken)
    frontReading.reserve(expectedRows);
    std::vector<std::unique_ptr<RowReader>> readers; // one per thread, the calling thread's first
    for (int t = 0; t <= helpers; ++t)
        readers.push_back(std::make_unique<RowReader>(rules, expectedRows));
    std::vector<RowsReading> byPart(parts.size()); // the parts read from the back
    const auto reserve = [&](std::size_t part) { byPart[part].reserve(parts[part].size() / 48 + 16); };
    for (std::size_t part = parts.size() / 2; helpers > 0 && part < parts.size(); ++part)
        reserve(part);
    std::mutex mutex;
    std::size_t front = 0, back = parts.size(); // the parts not taken yet
    std::size_t frontTaken = 0;
    std::vector<std::exception_ptr> failures(std::size_t(helpers + 1));
    const auto run = [&](int thread, bool fromFront) {
        try {
            RowReader &reader = *readers[std::size_t(thread)];
            for (;;) {
                std::size_t part = 0;
                {
                    const std::lock_guard lock(mutex);
                    if (front >= back)
                        break;
                    part = fromFront ? front++ : --back;
                }
                if (!fromFront) {
                    if (byPart[part].entries.capacity() == 0)
                        reserve(part);
                    reader.read(parts[part], byPart[part]);
                    continue;
                }
                ++frontTaken;
                if (!reader.read(parts[part], frontReading)) {
                    const std::lock_guard lock(mutex);
                    back = front; // what follows malformed CSV is not read
                    break;
                }
            }
            std::sort(reader.refHashes().begin(), reader.refHashes().end());
        } catch (...) {
            failures[std::size_t(thread)] = std::current_exception();
            const std::lock_guard lock(mutex);
            back = front;
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int w = 1; w <= helpers; ++w)
            workers.emplace_back(run, w, false);
        run(0, true);
    } // the workers join here
    for (const std::exception_ptr &failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }
    PartsReading result;
    if (frontTaken > 0)
        result.readings.push_back(std::move(frontReading));
    for (std::size_t part = frontTaken; part < byPart.size(); ++part)
        result.readings.push_back(std::move(byPart[part]));
    for (const std::unique_ptr<RowReader> &reader : readers)
        result.refHashes.push_back(std::move(reader->refHashes()));
    return result;
}

} // namespace

ImportReading ProgressImporter::read(QByteArray bytes, TextEncoding encoding, CsvDelimiter delimiter,
                                     const ImportMapping *mapping, ImportDateFormat dateFormat) const
{
    return read(std::move(bytes), encoding, delimiter,
                [mapping](const QStringList &headers) { return mapping ? *mapping : guessMapping(headers); }, dateFormat);
}

ImportReading ProgressImporter::read(QByteArray bytes, TextEncoding encoding, CsvDelimiter delimiter,
                                     const ColumnChooser &columnsFor, ImportDateFormat dateFormat) const
{
    ImportReading result;
    DecodedText text = TextDecoding::decode(std::move(bytes), encoding);
    result.encoding = text.encoding;
    if (!text.ok()) {
        result.issues.push_back({0, {}, text.error->message});
        return result;
    }
    CsvReader reader(std::move(text.utf8), delimiter);
    result.delimiter = reader.delimiter();
    CsvRecord record;
    if (!reader.next(record)) {
        result.issues.push_back({reader.hasError() ? reader.error().line : 0, {},
                                 reader.hasError() ? reader.error().message : QCoreApplication::translate("ProgressImporter", "The file is empty.")});
        return result;
    }
    for (QByteArrayView f : record)
        result.headers << CsvReader::fieldToString(trimmedField(f));
    const ImportMapping m = columnsFor(result.headers);
    const auto requireColumn = [&](int column, const QString &what) {
        if (column < 0)
            result.issues.push_back({1, {}, QCoreApplication::translate("ProgressImporter", "The file has no %1 column (see docs/cli.md for the header names).").arg(what)});
    };
    requireColumn(m.date, QStringLiteral("date"));
    requireColumn(m.person, QStringLiteral("person"));
    if (m.fixedMetric == 0)
        requireColumn(m.metric, QStringLiteral("metric"));
    requireColumn(m.value, QStringLiteral("value"));
    if (!result.issues.empty())
        return result;

    const RowRules rules(m_service, m, result.headers, dateFormat);
    const int threads = reader.size() >= m_parallelFromBytes ? m_threads : 1;
    std::vector<CsvReader> parts = reader.split(threads > 1 ? threads * kPartsPerThread : 1);
    PartsReading read = readParts(parts, threads, rules, reader.size() / 48 + 16);

    // Merged in file order as one reader would have given them: the first reading that stopped on
    // malformed CSV is the last one (CsvReader::split).
    std::size_t used = 0;
    QSet<QString> unknownPeople, unknownProducts, unknownRegions;
    for (RowsReading &part : read.readings) {
        ++used;
        result.rows += part.rows;
        append(result.entries, std::move(part.entries));
        append(result.issues, std::move(part.issues));
        unknownPeople.unite(part.unknownPeople);
        unknownProducts.unite(part.unknownProducts);
        unknownRegions.unite(part.unknownRegions);
        if (part.error) {
            result.issues.push_back({part.error->line, {}, part.error->message});
            break;
        }
    }
    // Hashes of rows that other threads read after malformed CSV may be there too: those rows
    // have no entry in the result, so they clash with nothing.
    if (anyHashTwice(read.refHashes)) { // rare: references used twice, or a hash collision
        RefHashes refHashes;
        for (RefHashes &hashes : read.refHashes) {
            const auto middle = qsizetype(refHashes.size());
            append(refHashes, std::move(hashes));
            std::inplace_merge(refHashes.begin(), refHashes.begin() + middle, refHashes.end());
        }
        std::vector<qsizetype> entryLines;
        for (std::size_t i = 0; i < used; ++i)
            append(entryLines, std::move(read.readings[i].entryLines));
        reportDuplicateRefs(result, refHashes, entryLines, rules.header(m.ref));
    }
    result.unknownPeople = unknownPeople.values();
    result.unknownProducts = unknownProducts.values();
    result.unknownRegions = unknownRegions.values();
    result.unknownPeople.sort();
    result.unknownProducts.sort();
    result.unknownRegions.sort();
    return result;
}

void ProgressImporter::setParallelism(int threads, qsizetype minBytes)
{
    m_threads = std::clamp(threads, 1, 64);
    m_parallelFromBytes = minBytes;
}

} // namespace st
