// CliApp: `progress`, `import` and `report` commands.
#include "CliApp.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/reporting/ImportProfiles.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/reporting/ReportFormatter.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace st {

int CliApp::cmdProgress(const QString &sub, const ArgList &a)
{
    PlanService &s = service();
    if (sub == u"add") {
        const Metric &metric = metricArg(a);
        ProgressEntry e;
        e.date = dateArg(a, QStringLiteral("date"));
        e.metric = metric.id;
        try {
            e.value = Amount::parse(a.required(QStringLiteral("value")), metric.decimals);
        } catch (const DomainError &ex) {
            throw DomainError(QStringLiteral("--value: %1").arg(ex.message()));
        }
        e.person = pathArg(a, Dimension::Org, QStringLiteral("person"));
        if (a.value(QStringLiteral("product")))
            e.product = pathArg(a, Dimension::Product, QStringLiteral("product"));
        if (a.value(QStringLiteral("region")))
            e.region = pathArg(a, Dimension::Region, QStringLiteral("region"));
        e.customer = a.value(QStringLiteral("customer")).value_or(QString());
        e.ref = a.value(QStringLiteral("ref")).value_or(QString()).trimmed();
        e.note = a.value(QStringLiteral("note")).value_or(QString());
        if (e.ref.isEmpty()) {
            const EntryId id = s.addEntry(e);
            out(QStringLiteral("added entry %1\n").arg(id));
        } else {
            // With a reference the entry is idempotent: adding it again updates, never duplicates.
            const ImportOutcome o = s.importEntries({e});
            out(o.added ? QStringLiteral("added\n") : o.updated ? QStringLiteral("updated\n") : QStringLiteral("unchanged\n"));
        }
        return 0;
    }
    if (sub == u"list") {
        EntryFilter f;
        if (a.value(QStringLiteral("person")))
            f.persons = s.tree(Dimension::Org).subtree(pathArg(a, Dimension::Org, QStringLiteral("person")));
        if (a.value(QStringLiteral("metric")))
            f.metric = metricArg(a).id;
        if (a.value(QStringLiteral("from")))
            f.from = dateArg(a, QStringLiteral("from"));
        if (a.value(QStringLiteral("to")))
            f.to = dateArg(a, QStringLiteral("to"));
        f.limit = a.value(QStringLiteral("limit")).value_or(QStringLiteral("0")).toInt();
        const auto pathOr = [&](Dimension d, NodeId id) { return id == 0 ? QString() : s.tree(d).path(id); };
        out(QStringLiteral("id\tdate\tmetric\tvalue\tperson\tproduct\tregion\tcustomer\tref\tnote\n"));
        for (const ProgressEntry &e : s.repository().findEntries(f)) {
            const Metric &m = Metric::byId(e.metric);
            out(QStringList{QString::number(e.id), e.date.toString(Qt::ISODate), m.key, e.value.toDecimalString(m.decimals),
                            pathOr(Dimension::Org, e.person), pathOr(Dimension::Product, e.product),
                            pathOr(Dimension::Region, e.region), e.customer, e.ref, e.note}
                    .join(u'\t') + u'\n');
        }
        return 0;
    }
    if (sub == u"delete") {
        bool ok = false;
        const EntryId id = a.required(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            throw UsageError(QStringLiteral("--id takes an entry number"));
        s.deleteEntry(id);
        return 0;
    }
    throw UsageError(QStringLiteral("progress needs add, list or delete"));
}

int CliApp::cmdImport(const QString &sub, const ArgList &a)
{
    if (sub != u"progress" || a.words().size() != 1)
        throw UsageError(QStringLiteral("usage: import progress FILE.csv [--profile NAME] [--columns FIELD=HEADER,...] "
                                        "[--encoding E] [--delimiter D] [--date-format F] [--dry-run]"));
    const QString path = a.words().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    file.close();
    PlanService &s = service();
    const ProgressImporter importer(s);
    // A saved profile of the import wizard gives the columns and how the file is read; options
    // named on the command line win over it.
    std::optional<ImportProfile> profile;
    if (const auto name = a.value(QStringLiteral("profile"))) {
        profile = ImportProfiles().load(*name);
        if (!profile) {
            const QStringList names = ImportProfiles().names();
            throw DomainError(QStringLiteral("--profile: there is no import profile \"%1\" (saved profiles: %2)")
                                  .arg(*name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        }
    }
    TextEncoding encoding = profile ? profile->encoding : TextEncoding::Auto;
    if (const auto e = a.value(QStringLiteral("encoding"))) {
        const QString v = e->toLower().remove(u'-');
        if (v == u"utf8")
            encoding = TextEncoding::Utf8;
        else if (v == u"gb18030" || v == u"gbk")
            encoding = TextEncoding::Gb18030;
        else if (v == u"utf16")
            encoding = TextEncoding::Utf16;
        else if (v == u"auto")
            encoding = TextEncoding::Auto;
        else
            throw UsageError(QStringLiteral("--encoding takes auto, utf-8, gb18030 (gbk) or utf-16"));
    }
    CsvDelimiter delimiter = profile ? profile->delimiter : CsvDelimiter::Auto;
    if (const auto d = a.value(QStringLiteral("delimiter"))) {
        if (*d == u"comma" || *d == u",")
            delimiter = CsvDelimiter::Comma;
        else if (*d == u"semicolon" || *d == u";")
            delimiter = CsvDelimiter::Semicolon;
        else if (*d == u"tab" || *d == u"\t")
            delimiter = CsvDelimiter::Tab;
        else if (*d == u"auto")
            delimiter = CsvDelimiter::Auto;
        else
            throw UsageError(QStringLiteral("--delimiter takes auto, comma, semicolon or tab"));
    }
    ImportDateFormat dateFormat = profile ? profile->dateFormat : ImportDateFormat::Auto;
    if (const auto f = a.value(QStringLiteral("date-format"))) {
        const QString v = f->toLower();
        if (v == u"ymd")
            dateFormat = ImportDateFormat::YearMonthDay;
        else if (v == u"mdy")
            dateFormat = ImportDateFormat::MonthDayYear;
        else if (v == u"dmy")
            dateFormat = ImportDateFormat::DayMonthYear;
        else if (v == u"auto")
            dateFormat = ImportDateFormat::Auto;
        else
            throw UsageError(QStringLiteral("--date-format takes auto, ymd, mdy or dmy"));
    }
    // --columns date=日期,person=销售代表,...: header names per field; fields not named are guessed.
    std::vector<std::pair<ImportField, QString>> named;
    if (const auto c = a.value(QStringLiteral("columns"))) {
        for (const QString &part : c->split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            const QString key = part.left(eq).trimmed().toLower();
            const auto field = std::find_if(kImportFields.begin(), kImportFields.end(),
                                            [&](ImportField f) { return importFieldKey(f) == key; });
            if (eq <= 0 || field == kImportFields.end())
                throw UsageError(QStringLiteral("--columns: \"%1\" is not FIELD=HEADER with FIELD one of date, person, metric, "
                                                "value, product, region, customer, ref, note").arg(part));
            named.emplace_back(*field, part.mid(eq + 1).trimmed());
        }
    }
    const auto columnsFor = [&](const QStringList &headers) {
        ImportMapping m = profile ? profile->mappingFor(headers) : ProgressImporter::guessMapping(headers);
        if (profile) {
            if (const QStringList missing = profile->missingHeaders(headers); !missing.isEmpty())
                throw DomainError(QStringLiteral("%1: the profile \"%2\" names columns the file does not have: %3")
                                      .arg(path, profile->name, missing.join(QStringLiteral(", "))));
        }
        for (const auto &[field, header] : named) {
            const auto column = std::find_if(headers.begin(), headers.end(),
                                             [&](const QString &h) { return h.compare(header, Qt::CaseInsensitive) == 0; });
            if (column == headers.end())
                throw DomainError(QStringLiteral("%1: --columns %2=%3: the file has no column \"%3\" (its columns: %4)")
                                      .arg(path, importFieldKey(field), header, headers.join(QStringLiteral(", "))));
            mappingColumn(m, field) = int(column - headers.begin());
        }
        return m;
    };
    ImportReading reading = importer.read(std::move(bytes), encoding, delimiter, columnsFor, dateFormat);
    if (!reading.ok()) {
        for (const ImportIssue &i : reading.issues)
            err(QStringLiteral("%1: %2\n").arg(path, i.toString()));
        throw DomainError(QStringLiteral("%1: %2 problem(s) in %3 rows; nothing was imported.")
                              .arg(path).arg(reading.issues.size()).arg(reading.rows));
    }
    if (a.has(QStringLiteral("dry-run"))) {
        out(QStringLiteral("%1: %2 rows are valid (%3); nothing was written (--dry-run).\n")
                .arg(path).arg(reading.rows).arg(TextDecoding::encodingName(reading.encoding)));
        return 0;
    }
    const ImportOutcome o = s.importEntries(std::move(reading.entries), QFileInfo(path).fileName());
    out(QStringLiteral("%1: %2 rows (%3): %4 added, %5 updated, %6 unchanged.\n")
            .arg(path).arg(reading.rows).arg(TextDecoding::encodingName(reading.encoding))
            .arg(o.added).arg(o.updated).arg(o.unchanged));
    return 0;
}

int CliApp::cmdReport(const ArgList &a)
{
    if (!a.words().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(a.words().front()));
    PlanService &s = service();
    const Dimension d = dimensionArg(a);
    const Metric &metric = metricArg(a);
    const Period period = periodArg(a);
    const QDate asOf = a.value(QStringLiteral("as-of")) ? dateArg(a, QStringLiteral("as-of")) : m_today;
    const QString format = a.value(QStringLiteral("format")).value_or(QStringLiteral("table"));
    if (format != u"table" && format != u"csv" && format != u"json")
        throw UsageError(QStringLiteral("--format takes table, csv or json"));
    const auto report = s.report(d, metric.id, period, asOf);
    if (format == u"json")
        out(ReportFormatter::toJson(*report, metric));
    else if (format == u"csv")
        out(ReportFormatter::toCsv(*report, metric));
    else
        out(ReportFormatter::toTable(*report, metric, s.settings().currency));
    return 0;
}

} // namespace st
