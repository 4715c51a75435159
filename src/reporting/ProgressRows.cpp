#include "ProgressRows.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Tree.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace st {

namespace {

QByteArray raw(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size()); // no copy: lookups only
}

// `-1234.56` or `1,234.56`, without units or other characters: the common case, parsed without
// allocating. False for anything else (Amount::parse then decides, and words any error), also
// for what Amount::parse would reject: misplaced thousands separators, more decimals than the
// metric keeps (trailing zeros included), numbers above Amount::kMaxMinor (17 digits at most,
// so only the scaling to minor units can go above it).
bool parsePlainAmount(QByteArrayView v, int decimals, Amount &out)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < v.size() && (v[i] == '-' || v[i] == '+'))
        negative = v[i++] == '-';
    std::int64_t value = 0;
    int digits = 0, intDigits = 0, fraction = -1;
    int groupLength = -1; // digits since the last thousands separator (-1: none yet)
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (c >= '0' && c <= '9') {
            if (fraction >= 0 && ++fraction > decimals)
                return false;
            if (++digits > 17)
                return false;
            if (fraction < 0) {
                ++intDigits;
                if (groupLength >= 0 && ++groupLength > 3)
                    return false;
            }
            value = value * 10 + (c - '0');
        } else if (c == ',' && fraction < 0) {
            if (intDigits == 0 || (groupLength >= 0 ? groupLength != 3 : intDigits > 3))
                return false;
            groupLength = 0;
        } else if (c == '.' && fraction < 0) {
            if (groupLength >= 0 && groupLength != 3)
                return false;
            fraction = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || (groupLength >= 0 && groupLength != 3))
        return false;
    for (int f = std::max(fraction, 0); f < decimals; ++f) {
        if (value > Amount::kMaxMinor / 10)
            return false;
        value *= 10;
    }
    out = Amount(negative ? -value : value);
    return true;
}

const std::array<std::pair<const char *, int>, 16> kMetricAliases{{
    {"销售额", 1}, {"销售", 1}, {"签约额", 1}, {"回款额", 2}, {"回款", 2}, {"收款", 2}, {"新客户数", 3}, {"新客户", 3},
    {"客户拜访量", 4}, {"拜访", 4}, {"拜访量", 4}, {"新增商机", 5}, {"商机", 5}, {"new customers", 3},
    {"customer visits", 4}, {"new opportunities", 5}}};

} // namespace

void RowReader::readRow(const CsvRecord &record, RowsReading &result)
{
    const RowRules &rules = m_rules;
    const ImportMapping &m = rules.mapping;
    ++result.rows;
    const qsizetype line = record.line();
    const std::size_t issuesBefore = result.issues.size();
    const auto issue = [&](int column, const QString &message) {
        result.issues.push_back({line, rules.header(column), message});
    };
    ProgressEntry e;
    e.date = ProgressImporter::parseDate(record.field(m.date), rules.dateFormat);
    if (!e.date.isValid())
        issue(m.date, QCoreApplication::translate("ProgressImporter", "\"%1\" is not a date (use 2026-11-22, 2026/11/22, 2026年11月22日 or 11/22/2026).")
                          .arg(CsvReader::fieldToString(record.field(m.date))));
    if (m.metric >= 0) {
        const QByteArrayView mv = trimmedField(record.field(m.metric));
        e.metric = rules.metrics.value(raw(mv), 0);
        if (e.metric == 0)
            e.metric = rules.metrics.value(mv.toByteArray().toLower(), 0);
        if (e.metric == 0)
            issue(m.metric, QCoreApplication::translate("ProgressImporter", "unknown metric \"%1\" (sales, collected, new_customers, visits, opportunities).")
                                .arg(CsvReader::fieldToString(mv)));
    } else {
        e.metric = m.fixedMetric;
    }
    if (e.metric != 0) {
        const int decimals = Metric::byId(e.metric).decimals;
        const QByteArrayView vv = trimmedField(record.field(m.value));
        if (!parsePlainAmount(vv, decimals, e.value)) {
            try {
                e.value = Amount::parse(CsvReader::fieldToString(vv), decimals);
            } catch (const DomainError &ex) {
                issue(m.value, ex.message());
            }
        }
    }
    QString ambiguity;
    const QByteArrayView pv = record.field(m.person);
    e.person = rules.people.find(pv, &ambiguity);
    if (e.person == 0) {
        const QString name = CsvReader::fieldToString(trimmedField(pv));
        issue(m.person, name.isEmpty() ? QCoreApplication::translate("ProgressImporter", "a sales rep is required.") : QCoreApplication::translate("ProgressImporter", "no sales rep \"%1\" in the organization tree.").arg(name));
        if (!name.isEmpty())
            result.unknownPeople.insert(name);
    } else if (e.person < 0) {
        issue(m.person, QCoreApplication::translate("ProgressImporter", "\"%1\" is ambiguous: %2.").arg(CsvReader::fieldToString(trimmedField(pv)), ambiguity));
    }
    const auto optionalNode = [&](int column, const NameIndex &index, NodeId &target, QSet<QString> &unknown,
                                  const QString &tree) {
        if (column < 0 || trimmedField(record.field(column)).isEmpty())
            return;
        QString clash;
        target = index.find(record.field(column), &clash);
        if (target <= 0) {
            const QString name = CsvReader::fieldToString(trimmedField(record.field(column)));
            if (target == 0) {
                issue(column, QCoreApplication::translate("ProgressImporter", "no \"%1\" in the %2 tree.").arg(name, tree));
                unknown.insert(name);
            } else {
                issue(column, QCoreApplication::translate("ProgressImporter", "\"%1\" is ambiguous: %2.").arg(name, clash));
            }
        }
    };
    optionalNode(m.product, rules.products, e.product, result.unknownProducts, rules.productTree);
    optionalNode(m.region, rules.regions, e.region, result.unknownRegions, rules.regionTree);
    if (m.customer >= 0) {
        if (const QByteArrayView cv = trimmedField(record.field(m.customer)); !cv.isEmpty())
            e.customer = m_customers.text(cv);
    }
    if (m.note >= 0) {
        if (const QByteArrayView nv = trimmedField(record.field(m.note)); !nv.isEmpty())
            e.note = m_notes.text(nv);
    }
    if (m.ref >= 0) {
        const QByteArrayView rv = trimmedField(record.field(m.ref));
        if (!rv.isEmpty()) {
            m_refHashes.emplace_back(qHash(rv, rules.hashSeed), line);
            e.ref = CsvReader::fieldToString(rv);
        }
    }
    if (result.issues.size() == issuesBefore) {
        result.entries.push_back(std::move(e));
        result.entryLines.push_back(line);
    }
}

NameIndex::NameIndex(const Tree &tree, bool peopleOnly)
{
    for (NodeId id : tree.preorder()) {
        if (id == kRootId)
            continue;
        const Node &n = tree.node(id);
        if (peopleOnly && !n.person)
            continue;
        m_ids[tree.path(id).toUtf8()].byPath = id;
        const QByteArray name = n.name.toUtf8();
        Ids &ids = m_ids[name];
        if (ids.byName == 0) {
            ids.byName = id;
        } else {
            m_clash[name] += (m_clash[name].isEmpty() ? tree.path(ids.byName) : QString()) + QStringLiteral(", ") + tree.path(id);
            ids.byName = -1;
        }
    }
}

NodeId NameIndex::find(QByteArrayView text, QString *ambiguity) const
{
    QByteArrayView t = trimmedField(text);
    while (t.startsWith('/'))
        t = t.sliced(1);
    const Ids *ids = m_ids.find(t);
    if (!ids)
        return 0;
    if (ids->byPath != 0) // a path wins over a name
        return ids->byPath;
    if (ids->byName == -1 && ambiguity)
        *ambiguity = m_clash.value(raw(t));
    return ids->byName;
}

QString TextInterner::text(QByteArrayView utf8)
{
    if (utf8.size() > kMaxLength || m_missesWhenFull > kMaxTexts)
        return CsvReader::fieldToString(utf8);
    if (const QString *shared = m_texts.find(utf8))
        return *shared;
    QString text = CsvReader::fieldToString(utf8);
    if (m_texts.size() < kMaxTexts)
        m_texts[utf8] = text;
    else
        ++m_missesWhenFull;
    return text;
}

RowRules::RowRules(const PlanService &service, const ImportMapping &mapping, const QStringList &headers,
                   ImportDateFormat dateFormat)
    : mapping(mapping), headers(headers), dateFormat(dateFormat), people(service.tree(Dimension::Org), true),
      products(service.tree(Dimension::Product), false), regions(service.tree(Dimension::Region), false),
      productTree(dimensionName(Dimension::Product)), regionTree(dimensionName(Dimension::Region))
{
    for (const Metric &metric : Metric::builtIns()) {
        metrics.insert(metric.key.toUtf8(), metric.id);
        metrics.insert(QByteArray(metric.nameSource).toLower(), metric.id);
        metrics.insert(metric.name().toUtf8(), metric.id);
    }
    for (const auto &[alias, id] : kMetricAliases)
        metrics.insert(QByteArray(alias), id);
}

QString RowRules::header(int column) const
{
    return column >= 0 && column < headers.size() ? headers[column] : QString();
}

void RowsReading::reserve(qsizetype rows)
{
    entries.reserve(std::size_t(rows));
    entryLines.reserve(std::size_t(rows));
}

RowReader::RowReader(const RowRules &rules, qsizetype expectedRows) : m_rules(rules)
{
    if (rules.mapping.ref >= 0)
        m_refHashes.reserve(std::size_t(expectedRows));
}

bool RowReader::read(CsvReader &reader, RowsReading &out)
{
    CsvRecord record;
    while (reader.next(record))
        readRow(record, out);
    if (reader.hasError())
        out.error = reader.error();
    return !reader.hasError();
}

} // namespace st
