#include "salestarget/reporting/CalendarImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <map>

namespace st {

namespace {

struct Row {
    qsizetype line = 0;
    QStringList fields; // trimmed
};

struct Columns {
    int date = 0, type = -1, name = -1;
};

const QStringList &dateHeaders()
{
    static const QStringList names{QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("日期"),
                                   QStringLiteral("日子"), QStringLiteral("时间")};
    return names;
}

const QStringList &typeHeaders()
{
    static const QStringList names{QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("day type"),
                                   QStringLiteral("类型"), QStringLiteral("类别"), QStringLiteral("属性"),
                                   QStringLiteral("性质")};
    return names;
}

const QStringList &nameHeaders()
{
    static const QStringList names{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("remark"),
                                   QStringLiteral("note"), QStringLiteral("名称"), QStringLiteral("说明"),
                                   QStringLiteral("节日"), QStringLiteral("节日名称"), QStringLiteral("节假日名称"),
                                   QStringLiteral("备注")};
    return names;
}

QDate parseDate(const QString &text)
{
    return ProgressImporter::parseDate(text.toUtf8());
}

int indexIn(const QStringList &row, const QStringList &names)
{
    for (int i = 0; i < row.size(); ++i) {
        if (names.contains(row[i].toLower()))
            return i;
    }
    return -1;
}

// The first row names the columns unless it starts with a date; a first row that names no known
// column but starts with a digit is data with a bad date (reported), not a header (skipped).
bool isHeader(const QStringList &first)
{
    if (first.isEmpty() || parseDate(first[0]).isValid())
        return false;
    for (const QStringList *names : {&dateHeaders(), &typeHeaders(), &nameHeaders()}) {
        if (indexIn(first, *names) >= 0)
            return true;
    }
    return first[0].isEmpty() || !first[0][0].isDigit();
}

// Without a header: the date comes first; a later column whose every value is a day type is the
// type, and the first other column with any text is the name.
Columns guessColumns(const std::vector<Row> &rows)
{
    Columns c;
    qsizetype width = 0;
    for (const Row &r : rows)
        width = std::max(width, r.fields.size());
    for (int col = 1; col < width; ++col) {
        bool anyText = false, allTypes = true;
        for (const Row &r : rows) {
            const QString v = r.fields.value(col);
            if (v.isEmpty())
                continue;
            anyText = true;
            allTypes = allTypes && CalendarImporter::parseType(v).has_value();
        }
        if (!anyText)
            continue;
        if (allTypes && c.type < 0)
            c.type = col;
        else if (c.name < 0)
            c.name = col;
    }
    return c;
}

QString typeText(WorkCalendar::DayType type)
{
    return type == WorkCalendar::DayType::Holiday ? QCoreApplication::translate("CalendarImporter", "a holiday") : QCoreApplication::translate("CalendarImporter", "an extra working day");
}

} // namespace

std::optional<WorkCalendar::DayType> CalendarImporter::parseType(QStringView text)
{
    static const QStringList holiday{
        QStringLiteral("holiday"), QStringLiteral("off"), QStringLiteral("day off"),
        QStringLiteral("rest"), QStringLiteral("假日"), QStringLiteral("假"), QStringLiteral("休"),
        QStringLiteral("休息"), QStringLiteral("休息日"), QStringLiteral("节假日"), QStringLiteral("放假"),
        QStringLiteral("假期"), QStringLiteral("法定节假日")};
    static const QStringList workday{
        QStringLiteral("workday"), QStringLiteral("work"), QStringLiteral("working day"),
        QStringLiteral("extra working day"), QStringLiteral("extra workday"), QStringLiteral("班"),
        QStringLiteral("上班"), QStringLiteral("补班"), QStringLiteral("调休"), QStringLiteral("调休上班"),
        QStringLiteral("工作日")};
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || holiday.contains(t))
        return WorkCalendar::DayType::Holiday;
    if (workday.contains(t))
        return WorkCalendar::DayType::ExtraWorkingDay;
    return std::nullopt;
}

CalendarReading CalendarImporter::read(QByteArray bytes, TextEncoding encoding, CsvDelimiter delimiter)
{
    CalendarReading result;
    DecodedText text = TextDecoding::decode(std::move(bytes), encoding);
    result.encoding = text.encoding;
    if (!text.ok()) {
        result.issues.push_back({0, {}, text.error->message});
        return result;
    }
    CsvReader reader(std::move(text.utf8), delimiter);
    result.delimiter = reader.delimiter();
    std::vector<Row> rows; // calendar files are small: keep them as text to look at columns twice
    CsvRecord record;
    while (reader.next(record)) {
        Row row{record.line(), {}};
        bool blank = true;
        for (QByteArrayView f : record) {
            row.fields << CsvReader::fieldToString(f).trimmed();
            blank = blank && row.fields.back().isEmpty();
        }
        if (!blank)
            rows.push_back(std::move(row));
    }
    if (reader.hasError()) {
        result.issues.push_back({reader.error().line, {}, reader.error().message});
        return result;
    }
    if (rows.empty()) {
        result.issues.push_back({0, {}, QCoreApplication::translate("CalendarImporter", "The file is empty.")});
        return result;
    }

    QStringList headers;
    Columns c;
    result.hasHeader = isHeader(rows.front().fields);
    if (result.hasHeader) {
        headers = rows.front().fields;
        rows.erase(rows.begin());
        c.date = std::max(indexIn(headers, dateHeaders()), 0);
        c.type = indexIn(headers, typeHeaders());
        c.name = indexIn(headers, nameHeaders());
    } else {
        c = guessColumns(rows);
    }
    result.rows = qsizetype(rows.size());
    if (rows.empty()) {
        result.issues.push_back({0, {}, QCoreApplication::translate("CalendarImporter", "The file lists no dates.")});
        return result;
    }

    struct Seen {
        qsizetype line;
        WorkCalendar::Exception exception;
    };
    std::map<qint64, Seen> byDay;
    for (const Row &row : rows) {
        const auto issue = [&](int column, const QString &message) {
            result.issues.push_back({row.line, headers.value(column), message});
        };
        const QString dateText = row.fields.value(c.date);
        const QDate date = parseDate(dateText);
        if (dateText.isEmpty())
            issue(c.date, QCoreApplication::translate("CalendarImporter", "a date is required."));
        else if (!date.isValid())
            issue(c.date, QCoreApplication::translate("CalendarImporter", "\"%1\" is not a date (use 2026-10-01, 2026/10/01, 2026年10月1日 or 10/01/2026).").arg(dateText));
        const QString typeValue = c.type >= 0 ? row.fields.value(c.type) : QString();
        const auto type = parseType(typeValue);
        if (!type)
            issue(c.type, QCoreApplication::translate("CalendarImporter", "\"%1\" is not a day type (use holiday/休 or workday/班).").arg(typeValue));
        if (!date.isValid() || !type)
            continue;
        const QString name = c.name >= 0 ? row.fields.value(c.name) : QString();
        const auto [it, inserted] = byDay.try_emplace(date.toJulianDay(), Seen{row.line, {date, *type, name}});
        if (inserted)
            continue;
        if (it->second.exception.type != *type)
            issue(c.date, QCoreApplication::translate("CalendarImporter", "%1 is also on line %2 as %3.")
                              .arg(date.toString(Qt::ISODate))
                              .arg(it->second.line)
                              .arg(typeText(it->second.exception.type)));
        else if (it->second.exception.name.isEmpty())
            it->second.exception.name = name; // the same day twice: harmless, keep a name
    }
    if (!result.ok())
        return result;
    result.exceptions.reserve(byDay.size());
    for (const auto &[day, seen] : byDay)
        result.exceptions.push_back(seen.exception);
    return result;
}

} // namespace st
