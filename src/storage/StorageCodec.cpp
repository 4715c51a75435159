#include "salestarget/storage/StorageCodec.h"

#include "salestarget/domain/Metric.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace st {

namespace {

void appendInt(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendDate(std::string &out, QDate date)
{
    if (!date.isValid()) {
        out += "invalid";
        return;
    }
    // yyyy-MM-dd without going through QString: this runs once per imported entry.
    char buffer[16];
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    buffer[0] = char('0' + y / 1000 % 10);
    buffer[1] = char('0' + y / 100 % 10);
    buffer[2] = char('0' + y / 10 % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    buffer[5] = char('0' + m / 10);
    buffer[6] = char('0' + m % 10);
    buffer[7] = '-';
    buffer[8] = char('0' + d / 10);
    buffer[9] = char('0' + d % 10);
    out.append(buffer, 10);
}

const Metric *findMetric(MetricId id)
{
    for (const Metric &m : Metric::builtIns()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace

QString StorageCodec::timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime StorageCodec::timeOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Fast path for what timeText() writes (`2026-03-02T09:30:15.250Z`): QDateTime::fromString()
    // costs microseconds, and re-imports read a timestamp per existing row.
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
        && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const auto number = [&](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

void StorageCodec::appendUtf8(std::string &out, QStringView text)
{
    // Into room for the worst case (3 bytes per UTF-16 unit), then trimmed: one capacity check
    // per string instead of per byte. Imports convert millions of short strings.
    const qsizetype size = text.size();
    const std::size_t start = out.size();
    out.resize(start + std::size_t(size) * 3);
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = s[i];
        if (c < 0x80) {
            *p++ = char(c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(s[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), s[i + 1]);
            ++i; // two UTF-16 units, four bytes: within the room of six
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate cannot be encoded: replacement character, as QString::toUtf8()
        }
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    out.resize(std::size_t(p - out.data()));
}

void StorageCodec::appendDecimal(std::string &out, std::int64_t minor, int decimals)
{
    if (decimals <= 0) {
        appendInt(out, minor);
        return;
    }
    // Work on the magnitude as unsigned so that INT64_MIN does not overflow.
    const bool negative = minor < 0;
    std::uint64_t magnitude = negative ? 0 - std::uint64_t(minor) : std::uint64_t(minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    if (negative)
        out += '-';
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude / scale);
    out.append(buffer, result.ptr);
    out += '.';
    result = std::to_chars(buffer, buffer + sizeof buffer, magnitude % scale);
    out.append(std::size_t(decimals - (result.ptr - buffer)), '0');
    out.append(buffer, result.ptr);
}

void StorageCodec::appendQuoted(std::string &out, const char *field, const QString &value)
{
    out += field;
    out += "=\"";
    const std::size_t start = out.size();
    appendUtf8(out, value);
    // A quote inside is doubled (rare: only then is the tail rewritten).
    for (std::size_t i = out.find('"', start); i != std::string::npos; i = out.find('"', i + 2))
        out.insert(i, 1, '"');
    out += '"';
}

void StorageCodec::appendEntryText(std::string &out, const ProgressEntry &e)
{
    out += "date=";
    appendDate(out, e.date);
    out += "; metric=";
    out += metricKey(e.metric);
    out += "; value=";
    appendDecimal(out, e.value.minor(), metricDecimals(e.metric));
    out += "; person=";
    appendInt(out, e.person);
    if (e.product != 0) {
        out += "; product=";
        appendInt(out, e.product);
    }
    if (e.region != 0) {
        out += "; region=";
        appendInt(out, e.region);
    }
    if (!e.customer.isEmpty())
        appendQuoted(out += "; ", "customer", e.customer);
    if (!e.ref.isEmpty())
        appendQuoted(out += "; ", "ref", e.ref);
    if (!e.note.isEmpty())
        appendQuoted(out += "; ", "note", e.note);
}

QString StorageCodec::entryText(const ProgressEntry &entry)
{
    std::string out;
    appendEntryText(out, entry);
    return QString::fromStdString(out);
}

QString StorageCodec::cellText(MetricId metric, const TargetCell &cell)
{
    std::string out;
    appendDecimal(out, cell.value.minor(), metricDecimals(metric));
    if (cell.locked)
        out += " locked";
    return QString::fromStdString(out);
}

QString StorageCodec::targetKey(MetricId metric, NodeId node, Month month)
{
    return QStringLiteral("%1|%2|%3").arg(QString::fromStdString(metricKey(metric))).arg(node).arg(month.toString());
}

QString StorageCodec::nodeText(const Node &node)
{
    std::string out = "dimension=" + dimensionKey(node.dimension).toStdString();
    out += "; parent=";
    appendInt(out, node.parent);
    appendQuoted(out += "; ", "name", node.name);
    out += node.person ? "; person=1" : "; person=0";
    if (node.homeRegion != 0) {
        out += "; home_region=";
        appendInt(out, node.homeRegion);
    }
    out += "; order=";
    appendInt(out, node.sortOrder);
    return QString::fromStdString(out);
}

QString StorageCodec::settingsText(const PlanSettings &s)
{
    std::string out = "fiscal_year_start_month=";
    appendInt(out, s.fiscalYearStartMonth);
    appendQuoted(out += "; ", "currency", s.currency);
    out += "; lagging_below_bp=";
    appendInt(out, s.laggingBelowBp);
    out += "; ahead_above_bp=";
    appendInt(out, s.aheadAboveBp);
    appendQuoted(out += "; ", "company_name", s.companyName);
    return QString::fromStdString(out);
}

QString StorageCodec::calendarText(const WorkCalendar::Exception &e)
{
    std::string out = e.type == WorkCalendar::DayType::Holiday ? "holiday" : "workday";
    if (!e.name.isEmpty())
        appendQuoted(out += "; ", "name", e.name);
    return QString::fromStdString(out);
}

QString StorageCodec::actionKey(const CorrectiveAction &a)
{
    constexpr qsizetype kShown = 40;
    QString description = a.description.simplified();
    if (description.size() > kShown)
        description = description.left(kShown - 1) + QChar(0x2026); // …
    description.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("%1 \"%2\"").arg(QString::number(a.id), description);
}

QString StorageCodec::actionText(const CorrectiveAction &a)
{
    std::string out = "node=";
    appendInt(out, a.node);
    out += "; metric=";
    out += a.metric == 0 ? std::string("all") : metricKey(a.metric);
    appendQuoted(out += "; ", "description", a.description);
    if (!a.owner.isEmpty())
        appendQuoted(out += "; ", "owner", a.owner);
    if (a.due.isValid()) {
        out += "; due=";
        appendDate(out, a.due);
    }
    if (!a.expectedEffect.isEmpty())
        appendQuoted(out += "; ", "expected_effect", a.expectedEffect);
    out += "; status=";
    out += statusKey(a.status);
    if (a.reasonCategory != ReasonCategory::None) {
        out += "; reason=";
        out += reasonKey(a.reasonCategory);
    }
    if (!a.reasonNote.isEmpty())
        appendQuoted(out += "; ", "reason_note", a.reasonNote);
    return QString::fromStdString(out);
}

QString StorageCodec::reviewKey(const PeriodReview &r)
{
    const QString metric = r.metric == 0 ? QStringLiteral("all") : QString::fromStdString(metricKey(r.metric));
    return QStringLiteral("%1|%2|%3").arg(metric).arg(r.node).arg(r.period);
}

QString StorageCodec::reviewText(const PeriodReview &r)
{
    std::string out;
    appendQuoted(out, "worked", r.worked);
    appendQuoted(out += "; ", "did_not_work", r.didNotWork);
    return QString::fromStdString(out);
}

const char *StorageCodec::statusKey(ActionStatus status)
{
    return status == ActionStatus::Done ? "done" : "open";
}

ActionStatus StorageCodec::statusOf(const QString &key)
{
    return key == u"done" ? ActionStatus::Done : ActionStatus::Open;
}

const char *StorageCodec::reasonKey(ReasonCategory category)
{
    switch (category) {
    case ReasonCategory::Internal:
        return "internal";
    case ReasonCategory::External:
        return "external";
    case ReasonCategory::None:
        break;
    }
    return "none";
}

ReasonCategory StorageCodec::reasonOf(const QString &key)
{
    if (key == u"internal")
        return ReasonCategory::Internal;
    if (key == u"external")
        return ReasonCategory::External;
    return ReasonCategory::None;
}

std::string StorageCodec::metricKey(MetricId metric)
{
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const Metric &m : Metric::builtIns()) {
            k.resize(std::max<std::size_t>(k.size(), std::size_t(m.id) + 1));
            k[std::size_t(m.id)] = m.key.toStdString();
        }
        return k;
    }();
    if (metric > 0 && std::size_t(metric) < keys.size() && !keys[std::size_t(metric)].empty())
        return keys[std::size_t(metric)];
    return std::to_string(metric);
}

int StorageCodec::metricDecimals(MetricId metric)
{
    const Metric *m = findMetric(metric);
    return m ? m->decimals : 2;
}

} // namespace st
