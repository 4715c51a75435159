#include "salestarget/reporting/ImportProfiles.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace st {

namespace {

const QString kGroup = QStringLiteral("importProfiles");

QString groupOf(const QString &name)
{
    return QStringLiteral("p") + QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

int &mappingColumn(ImportMapping &mapping, ImportField field)
{
    switch (field) {
    case ImportField::Date: return mapping.date;
    case ImportField::Person: return mapping.person;
    case ImportField::Metric: return mapping.metric;
    case ImportField::Value: return mapping.value;
    case ImportField::Product: return mapping.product;
    case ImportField::Region: return mapping.region;
    case ImportField::Customer: return mapping.customer;
    case ImportField::Reference: return mapping.ref;
    case ImportField::Note: break;
    }
    return mapping.note;
}

int mappingColumn(const ImportMapping &mapping, ImportField field)
{
    return mappingColumn(const_cast<ImportMapping &>(mapping), field);
}

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Date: return QCoreApplication::translate("ImportProfiles", "Date");
    case ImportField::Person: return QCoreApplication::translate("ImportProfiles", "Sales rep");
    case ImportField::Metric: return QCoreApplication::translate("ImportProfiles", "Metric");
    case ImportField::Value: return QCoreApplication::translate("ImportProfiles", "Value");
    case ImportField::Product: return QCoreApplication::translate("ImportProfiles", "Product");
    case ImportField::Region: return QCoreApplication::translate("ImportProfiles", "Region");
    case ImportField::Customer: return QCoreApplication::translate("ImportProfiles", "Customer");
    case ImportField::Reference: return QCoreApplication::translate("ImportProfiles", "Reference");
    case ImportField::Note: break;
    }
    return QCoreApplication::translate("ImportProfiles", "Note");
}

QString importFieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Date: return QStringLiteral("date");
    case ImportField::Person: return QStringLiteral("person");
    case ImportField::Metric: return QStringLiteral("metric");
    case ImportField::Value: return QStringLiteral("value");
    case ImportField::Product: return QStringLiteral("product");
    case ImportField::Region: return QStringLiteral("region");
    case ImportField::Customer: return QStringLiteral("customer");
    case ImportField::Reference: return QStringLiteral("ref");
    case ImportField::Note: break;
    }
    return QStringLiteral("note");
}

ImportProfile ImportProfile::fromMapping(const QString &name, const ImportMapping &mapping, const QStringList &fileHeaders)
{
    ImportProfile p;
    p.name = name.trimmed();
    for (ImportField f : kImportFields) {
        const int column = mappingColumn(mapping, f);
        if (column >= 0 && column < fileHeaders.size())
            p.header(f) = fileHeaders[column].trimmed();
    }
    p.fixedMetric = mapping.fixedMetric;
    return p;
}

ImportMapping ImportProfile::mappingFor(const QStringList &fileHeaders) const
{
    ImportMapping m;
    for (ImportField f : kImportFields) {
        const QString wanted = header(f).trimmed();
        if (wanted.isEmpty())
            continue;
        for (int i = 0; i < fileHeaders.size(); ++i) {
            if (fileHeaders[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
                mappingColumn(m, f) = i;
                break;
            }
        }
    }
    m.fixedMetric = fixedMetric;
    return m;
}

QStringList ImportProfile::missingHeaders(const QStringList &fileHeaders) const
{
    const ImportMapping m = mappingFor(fileHeaders);
    QStringList missing;
    for (ImportField f : kImportFields) {
        if (!header(f).isEmpty() && mappingColumn(m, f) < 0)
            missing << header(f);
    }
    return missing;
}

ImportProfiles::ImportProfiles(QSettings *settings) : m_settings(settings)
{
    if (!m_settings)
        m_settings = m_owned = new QSettings;
}

ImportProfiles::~ImportProfiles()
{
    delete m_owned;
}

QSettings &ImportProfiles::settings() const
{
    return *m_settings;
}

QStringList ImportProfiles::names() const
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    QStringList names;
    for (const QString &group : s.childGroups()) {
        const QString name = s.value(group + QStringLiteral("/name")).toString();
        if (!name.isEmpty())
            names << name;
    }
    s.endGroup();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

std::optional<ImportProfile> ImportProfiles::load(const QString &name) const
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    s.beginGroup(groupOf(name.trimmed()));
    std::optional<ImportProfile> result;
    if (s.contains(QStringLiteral("name"))) {
        ImportProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        s.beginGroup(QStringLiteral("columns"));
        for (ImportField f : kImportFields)
            p.header(f) = s.value(importFieldKey(f)).toString();
        s.endGroup();
        p.fixedMetric = s.value(QStringLiteral("fixedMetric"), 0).toInt();
        p.encoding = encodingFromKey(s.value(QStringLiteral("encoding")).toString());
        p.delimiter = delimiterFromKey(s.value(QStringLiteral("delimiter")).toString());
        p.dateFormat = dateFormatFromKey(s.value(QStringLiteral("dateFormat")).toString());
        result = p;
    }
    s.endGroup();
    s.endGroup();
    return result;
}

bool ImportProfiles::save(const ImportProfile &profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return false;
    QSettings &s = settings();
    s.beginGroup(kGroup);
    s.remove(groupOf(name));
    s.beginGroup(groupOf(name));
    s.setValue(QStringLiteral("name"), name);
    s.beginGroup(QStringLiteral("columns"));
    for (ImportField f : kImportFields) {
        if (!profile.header(f).isEmpty())
            s.setValue(importFieldKey(f), profile.header(f));
    }
    s.endGroup();
    s.setValue(QStringLiteral("fixedMetric"), profile.fixedMetric);
    s.setValue(QStringLiteral("encoding"), encodingKey(profile.encoding));
    s.setValue(QStringLiteral("delimiter"), delimiterKey(profile.delimiter));
    s.setValue(QStringLiteral("dateFormat"), dateFormatKey(profile.dateFormat));
    s.endGroup();
    s.endGroup();
    s.sync();
    return s.status() == QSettings::NoError;
}

bool ImportProfiles::remove(const QString &name)
{
    QSettings &s = settings();
    s.beginGroup(kGroup);
    const QString group = groupOf(name.trimmed());
    const bool existed = s.childGroups().contains(group);
    s.remove(group);
    s.endGroup();
    s.sync();
    return existed;
}

QString ImportProfiles::encodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    case TextEncoding::Utf16: return QStringLiteral("utf-16");
    case TextEncoding::Auto: break;
    }
    return QStringLiteral("auto");
}

TextEncoding ImportProfiles::encodingFromKey(const QString &key)
{
    if (key == u"utf-8")
        return TextEncoding::Utf8;
    if (key == u"gb18030")
        return TextEncoding::Gb18030;
    if (key == u"utf-16")
        return TextEncoding::Utf16;
    return TextEncoding::Auto;
}

QString ImportProfiles::delimiterKey(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma: return QStringLiteral("comma");
    case CsvDelimiter::Semicolon: return QStringLiteral("semicolon");
    case CsvDelimiter::Tab: return QStringLiteral("tab");
    case CsvDelimiter::Auto: break;
    }
    return QStringLiteral("auto");
}

CsvDelimiter ImportProfiles::delimiterFromKey(const QString &key)
{
    if (key == u"comma")
        return CsvDelimiter::Comma;
    if (key == u"semicolon")
        return CsvDelimiter::Semicolon;
    if (key == u"tab")
        return CsvDelimiter::Tab;
    return CsvDelimiter::Auto;
}

QString ImportProfiles::dateFormatKey(ImportDateFormat format)
{
    switch (format) {
    case ImportDateFormat::YearMonthDay: return QStringLiteral("ymd");
    case ImportDateFormat::MonthDayYear: return QStringLiteral("mdy");
    case ImportDateFormat::DayMonthYear: return QStringLiteral("dmy");
    case ImportDateFormat::Auto: break;
    }
    return QStringLiteral("auto");
}

ImportDateFormat ImportProfiles::dateFormatFromKey(const QString &key)
{
    if (key == u"ymd")
        return ImportDateFormat::YearMonthDay;
    if (key == u"mdy")
        return ImportDateFormat::MonthDayYear;
    if (key == u"dmy")
        return ImportDateFormat::DayMonthYear;
    return ImportDateFormat::Auto;
}

} // namespace st
