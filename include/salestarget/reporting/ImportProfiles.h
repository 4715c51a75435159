#pragma once

#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/ProgressImporter.h"
#include "salestarget/reporting/TextDecoding.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QSettings;

namespace st {

/// The fields of a progress entry that a file column can feed, in the order the wizard shows them.
enum class ImportField { Date, Person, Metric, Value, Product, Region, Customer, Reference, Note };
inline constexpr std::array<ImportField, 9> kImportFields{ImportField::Date,    ImportField::Person,  ImportField::Metric,
                                                          ImportField::Value,   ImportField::Product, ImportField::Region,
                                                          ImportField::Customer, ImportField::Reference, ImportField::Note};

/// The column index of `field` in `mapping` (-1: not in the file), readable and writable.
int &mappingColumn(ImportMapping &mapping, ImportField field);
int mappingColumn(const ImportMapping &mapping, ImportField field);
/// Localised field name: Date, Sales rep, Metric, ...
QString importFieldName(ImportField field);
/// Stable key stored in settings: date, person, metric, value, product, region, customer, ref, note.
QString importFieldKey(ImportField field);

/// A saved column mapping for files of one kind (a CRM's export, a finance sheet): the header
/// name feeding each field, plus how the file is read.
struct ImportProfile {
    QString name;
    std::array<QString, kImportFields.size()> headers; // by ImportField; empty: not mapped
    MetricId fixedMetric = 0; // the metric of every row when no column holds it
    TextEncoding encoding = TextEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    ImportDateFormat dateFormat = ImportDateFormat::Auto;

    QString &header(ImportField f) { return headers[std::size_t(f)]; }
    const QString &header(ImportField f) const { return headers[std::size_t(f)]; }

    /// The profile of `mapping` over a file with `fileHeaders`.
    static ImportProfile fromMapping(const QString &name, const ImportMapping &mapping, const QStringList &fileHeaders);
    /// The mapping for a file with `fileHeaders`: each field takes the column whose header equals
    /// the saved one (case and surrounding blanks ignored); a header the file lacks maps to -1.
    ImportMapping mappingFor(const QStringList &fileHeaders) const;
    /// Saved header names the file lacks (the profile does not fit it fully).
    QStringList missingHeaders(const QStringList &fileHeaders) const;

    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;
};

/// The named import profiles, kept in QSettings group "importProfiles" (one sub-group per
/// profile, its name hex-encoded so that any name, Chinese or with slashes, is a valid key).
class ImportProfiles final
{
public:
    /// Uses `settings` (not owned), or the application's default QSettings when null.
    explicit ImportProfiles(QSettings *settings = nullptr);
    ~ImportProfiles();
    ImportProfiles(const ImportProfiles &) = delete;
    ImportProfiles &operator=(const ImportProfiles &) = delete;

    /// Profile names, sorted.
    QStringList names() const;
    std::optional<ImportProfile> load(const QString &name) const;
    /// Saves (or replaces) the profile of that name; a blank name is refused (false).
    bool save(const ImportProfile &profile);
    /// Deletes the profile; false when there was none.
    bool remove(const QString &name);

    static QString encodingKey(TextEncoding encoding);
    static TextEncoding encodingFromKey(const QString &key);
    static QString delimiterKey(CsvDelimiter delimiter);
    static CsvDelimiter delimiterFromKey(const QString &key);
    static QString dateFormatKey(ImportDateFormat format);
    static ImportDateFormat dateFormatFromKey(const QString &key);

private:
    QSettings &settings() const;

    QSettings *m_settings;
    QSettings *m_owned = nullptr;
};

} // namespace st
