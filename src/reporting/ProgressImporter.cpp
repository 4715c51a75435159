#include "salestarget/reporting/ProgressImporter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Tree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace st {

namespace {

QByteArray raw(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size()); // no copy: lookups only
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Plain `-1234.56` without separators or units: the common case, parsed without allocating.
bool parseSimpleAmount(QByteArrayView v, int decimals, Amount &out)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < v.size() && (v[i] == '-' || v[i] == '+'))
        negative = v[i++] == '-';
    std::int64_t value = 0;
    int digits = 0, fraction = -1;
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (c >= '0' && c <= '9') {
            if (fraction >= 0 && ++fraction > decimals)
                return false;
            if (++digits > 17)
                return false;
            value = value * 10 + (c - '0');
        } else if (c == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    for (int f = std::max(fraction, 0); f < decimals; ++f)
        value *= 10;
    out = Amount(negative ? -value : value);
    return true;
}

const std::array<std::pair<const char *, int>, 16> kMetricAliases{{
    {"销售额", 1}, {"销售", 1}, {"签约额", 1}, {"回款额", 2}, {"回款", 2}, {"收款", 2}, {"新客户数", 3}, {"新客户", 3},
    {"客户拜访量", 4}, {"拜访", 4}, {"拜访量", 4}, {"新增商机", 5}, {"商机", 5}, {"new customers", 3},
    {"customer visits", 4}, {"new opportunities", 5}}};

} // namespace

QString ImportIssue::toString() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return QCoreApplication::translate("ProgressImporter", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("ProgressImporter", "line %1, column %2: %3").arg(line).arg(column, message);
}

ProgressImporter::ProgressImporter(const PlanService &service) : m_service(service) {}

ProgressImporter::NameIndex::NameIndex(const Tree &tree, bool peopleOnly)
{
    for (NodeId id : tree.preorder()) {
        if (id == kRootId)
            continue;
        const Node &n = tree.node(id);
        if (peopleOnly && !n.person)
            continue;
        const QByteArray path = tree.path(id).toUtf8();
        m_byPath.insert(path, id);
        const QByteArray name = n.name.toUtf8();
        const auto it = m_byName.find(name);
        if (it == m_byName.end()) {
            m_byName.insert(name, id);
        } else {
            m_clash[name] += (m_clash[name].isEmpty() ? tree.path(it.value()) : QString()) + QStringLiteral(", ") + tree.path(id);
            it.value() = -1;
        }
    }
}

NodeId ProgressImporter::NameIndex::find(QByteArrayView text, QString *ambiguity) const
{
    QByteArrayView t = trimmed(text);
    while (t.startsWith('/'))
        t = t.sliced(1);
    const QByteArray key = raw(t);
    if (const auto it = m_byPath.constFind(key); it != m_byPath.constEnd())
        return it.value();
    if (const auto it = m_byName.constFind(key); it != m_byName.constEnd()) {
        if (it.value() == -1 && ambiguity)
            *ambiguity = m_clash.value(key);
        return it.value();
    }
    return 0;
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
    const QByteArrayView t = trimmed(text);
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

void ProgressImporter::reportDuplicateRefs(ImportReading &result, std::vector<std::pair<std::size_t, qsizetype>> &refHashes,
                                           const std::vector<qsizetype> &entryLines, const QString &column)
{
    std::sort(refHashes.begin(), refHashes.end());
    bool anyCollision = false;
    for (std::size_t i = 1; i < refHashes.size() && !anyCollision; ++i)
        anyCollision = refHashes[i].first == refHashes[i - 1].first;
    if (!anyCollision)
        return;
    // Rare: compare the actual texts of the rows whose hashes collide.
    QHash<qsizetype, const ProgressEntry *> byLine;
    for (std::size_t i = 0; i < result.entries.size(); ++i)
        byLine.insert(entryLines[i], &result.entries[i]);
    std::vector<qsizetype> dropLines;
    for (std::size_t i = 0; i < refHashes.size();) {
        std::size_t j = i + 1;
        while (j < refHashes.size() && refHashes[j].first == refHashes[i].first)
            ++j;
        for (std::size_t a = i; a < j; ++a) {
            for (std::size_t b = i; b < a; ++b) {
                const ProgressEntry *ea = byLine.value(refHashes[a].second);
                const ProgressEntry *eb = byLine.value(refHashes[b].second);
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
        result.headers << CsvReader::fieldToString(trimmed(f));
    const ImportMapping m = columnsFor(result.headers);
    const auto header = [&](int column) { return column >= 0 && column < result.headers.size() ? result.headers[column] : QString(); };
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

    const NameIndex people(m_service.tree(Dimension::Org), true);
    const NameIndex products(m_service.tree(Dimension::Product), false);
    const NameIndex regions(m_service.tree(Dimension::Region), false);
    QHash<QByteArray, MetricId> metrics;
    for (const Metric &metric : Metric::builtIns()) {
        metrics.insert(metric.key.toUtf8(), metric.id);
        metrics.insert(QByteArray(metric.nameSource).toLower(), metric.id);
        metrics.insert(metric.name().toUtf8(), metric.id);
    }
    for (const auto &[alias, id] : kMetricAliases)
        metrics.insert(QByteArray(alias), id);
    QSet<QString> unknownPeople, unknownProducts, unknownRegions;
    const QString productTree = dimensionName(Dimension::Product);
    const QString regionTree = dimensionName(Dimension::Region);
    // Duplicate references are found after the loop by sorting hashes: no allocation per row.
    std::vector<std::pair<std::size_t, qsizetype>> refHashes; // (hash, line)
    std::vector<qsizetype> entryLines;
    const qsizetype expectedRows = reader.size() / 48 + 16;
    result.entries.reserve(std::size_t(expectedRows));
    entryLines.reserve(std::size_t(expectedRows));
    if (m.ref >= 0)
        refHashes.reserve(std::size_t(expectedRows));

    while (reader.next(record)) {
        ++result.rows;
        const qsizetype line = record.line();
        const std::size_t issuesBefore = result.issues.size();
        const auto issue = [&](int column, const QString &message) {
            result.issues.push_back({line, header(column), message});
        };
        ProgressEntry e;
        e.date = parseDate(record.field(m.date), dateFormat);
        if (!e.date.isValid())
            issue(m.date, QCoreApplication::translate("ProgressImporter", "\"%1\" is not a date (use 2026-11-22, 2026/11/22, 2026年11月22日 or 11/22/2026).")
                              .arg(CsvReader::fieldToString(record.field(m.date))));
        if (m.metric >= 0) {
            const QByteArrayView mv = trimmed(record.field(m.metric));
            e.metric = metrics.value(raw(mv), 0);
            if (e.metric == 0)
                e.metric = metrics.value(mv.toByteArray().toLower(), 0);
            if (e.metric == 0)
                issue(m.metric, QCoreApplication::translate("ProgressImporter", "unknown metric \"%1\" (sales, collected, new_customers, visits, opportunities).")
                                    .arg(CsvReader::fieldToString(mv)));
        } else {
            e.metric = m.fixedMetric;
        }
        if (e.metric != 0) {
            const int decimals = Metric::byId(e.metric).decimals;
            const QByteArrayView vv = trimmed(record.field(m.value));
            if (!parseSimpleAmount(vv, decimals, e.value)) {
                try {
                    e.value = Amount::parse(CsvReader::fieldToString(vv), decimals);
                } catch (const DomainError &ex) {
                    issue(m.value, ex.message());
                }
            }
        }
        QString ambiguity;
        const QByteArrayView pv = record.field(m.person);
        e.person = people.find(pv, &ambiguity);
        if (e.person == 0) {
            const QString name = CsvReader::fieldToString(trimmed(pv));
            issue(m.person, name.isEmpty() ? QCoreApplication::translate("ProgressImporter", "a sales rep is required.") : QCoreApplication::translate("ProgressImporter", "no sales rep \"%1\" in the organization tree.").arg(name));
            if (!name.isEmpty())
                unknownPeople.insert(name);
        } else if (e.person < 0) {
            issue(m.person, QCoreApplication::translate("ProgressImporter", "\"%1\" is ambiguous: %2.").arg(CsvReader::fieldToString(trimmed(pv)), ambiguity));
        }
        const auto optionalNode = [&](int column, const NameIndex &index, NodeId &target, QSet<QString> &unknown,
                                      const QString &tree) {
            if (column < 0 || trimmed(record.field(column)).isEmpty())
                return;
            QString clash;
            target = index.find(record.field(column), &clash);
            if (target <= 0) {
                const QString name = CsvReader::fieldToString(trimmed(record.field(column)));
                if (target == 0) {
                    issue(column, QCoreApplication::translate("ProgressImporter", "no \"%1\" in the %2 tree.").arg(name, tree));
                    unknown.insert(name);
                } else {
                    issue(column, QCoreApplication::translate("ProgressImporter", "\"%1\" is ambiguous: %2.").arg(name, clash));
                }
            }
        };
        optionalNode(m.product, products, e.product, unknownProducts, productTree);
        optionalNode(m.region, regions, e.region, unknownRegions, regionTree);
        if (m.customer >= 0) {
            if (const QByteArrayView cv = trimmed(record.field(m.customer)); !cv.isEmpty())
                e.customer = CsvReader::fieldToString(cv);
        }
        if (m.note >= 0) {
            if (const QByteArrayView nv = trimmed(record.field(m.note)); !nv.isEmpty())
                e.note = CsvReader::fieldToString(nv);
        }
        if (m.ref >= 0) {
            const QByteArrayView rv = trimmed(record.field(m.ref));
            if (!rv.isEmpty()) {
                refHashes.emplace_back(qHash(rv), line);
                e.ref = CsvReader::fieldToString(rv);
            }
        }
        if (result.issues.size() == issuesBefore) {
            result.entries.push_back(std::move(e));
            entryLines.push_back(line);
        }
    }
    if (reader.hasError())
        result.issues.push_back({reader.error().line, {}, reader.error().message});
    reportDuplicateRefs(result, refHashes, entryLines, header(m.ref));
    result.unknownPeople = unknownPeople.values();
    result.unknownProducts = unknownProducts.values();
    result.unknownRegions = unknownRegions.values();
    result.unknownPeople.sort();
    result.unknownProducts.sort();
    result.unknownRegions.sort();
    return result;
}

} // namespace st
