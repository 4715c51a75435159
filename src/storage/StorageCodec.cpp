#include "salestarget/storage/StorageCodec.h"

#include "salestarget/domain/Metric.h"

#include <charconv>

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
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
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
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        if (c == '"')
            out += '"'; // a quote inside is doubled
        out += c;
    }
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

std::string StorageCodec::metricKey(MetricId metric)
{
    if (const Metric *m = findMetric(metric))
        return m->key.toStdString();
    return std::to_string(metric);
}

int StorageCodec::metricDecimals(MetricId metric)
{
    const Metric *m = findMetric(metric);
    return m ? m->decimals : 2;
}

} // namespace st
