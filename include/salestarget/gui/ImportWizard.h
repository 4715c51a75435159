#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Dimension.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Repository.h"
#include "salestarget/reporting/ImportProfiles.h"
#include "salestarget/reporting/ProgressImporter.h"

#include <QByteArray>
#include <QDate>
#include <QWizard>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableWidget;
class QTreeView;

namespace st {

class PlanDocument;
class PlanService;

/// The progress-import wizard: choose a CSV file (encoding, delimiter, date format), look at its
/// first rows, map its columns to entry fields (guessed from English and Chinese headers, or from a
/// saved profile), decide what to do with people, products and regions the plan does not know
/// (create them under a chosen parent, or map them to existing members), see every bad row before
/// anything is written, then import everything in one transaction and compare totals before and
/// after. Reading and validation are ProgressImporter's, storing is PlanService::importEntries(),
/// both as `salestarget-cli import progress` does; entries with a reference are upserted, so
/// importing the same file again adds nothing.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, UnknownsPageId, ValidationPageId, ResultPageId };

    /// What to do with a name in the file that no member of its tree has.
    struct Resolution {
        enum class Action { Unresolved, Create, MapTo };
        Dimension dimension = Dimension::Org;
        QString name;
        Action action = Action::Unresolved;
        NodeId node = 0; // Create: the parent; MapTo: the existing member
    };

    /// One person and metric before and after the import, over the file's dates.
    struct Total {
        NodeId person = 0;
        QString personPath;
        MetricId metric = 0;
        Amount before;
        Amount after;
    };

    /// What the import did.
    struct Reconciliation {
        ImportOutcome outcome;
        qsizetype rows = 0;
        QDate from, to;                  // the dates of the imported entries
        QStringList created;             // paths of members created for the import
        std::vector<Total> totals;       // by person path, then metric
    };

    /// `settings` keeps the import profiles (the application's QSettings when null).
    explicit ImportWizard(PlanDocument *document, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // --- the file ------------------------------------------------------------------------
    /// Reads the file (false with loadError() when it cannot be read or decoded) and guesses the
    /// mapping from its header row, unless a profile was chosen.
    bool setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    QString loadError() const { return m_loadError; }
    void setEncoding(TextEncoding encoding);
    TextEncoding encoding() const;
    void setDelimiter(CsvDelimiter delimiter);
    CsvDelimiter delimiter() const;
    void setDateFormat(ImportDateFormat format);
    ImportDateFormat dateFormat() const;
    /// The encoding and delimiter the file was actually read with.
    DetectedEncoding detectedEncoding() const { return m_detectedEncoding; }
    CsvDelimiter detectedDelimiter() const { return m_detectedDelimiter; }
    /// The header row of the file.
    QStringList headers() const { return m_headers; }
    /// Data rows in the file (the header excluded).
    qsizetype rowCount() const { return m_rowCount; }

    // --- mapping and profiles ---------------------------------------------------------------
    ImportMapping mapping() const;
    void setMapping(const ImportMapping &mapping);
    ImportProfiles &profiles() { return *m_profiles; }
    /// Saves the current mapping, encoding, delimiter and date format as profile `name`.
    bool saveProfile(const QString &name);
    /// Applies a saved profile to the file (its encoding, delimiter, date format and columns).
    bool applyProfile(const QString &name);
    bool deleteProfile(const QString &name);

    // --- unknown names --------------------------------------------------------------------
    /// Every name found unknown so far for this file and mapping, with what to do about it.
    const std::vector<Resolution> &resolutions() const { return m_resolutions; }
    /// Decides what happens to `name` of tree `d` (false when that name is not one of them).
    bool resolve(Dimension d, const QString &name, Resolution::Action action, NodeId node = 0);

    // --- validation and import ------------------------------------------------------------
    /// Reads the whole file with the current choices and validates every row; nothing is written.
    /// True when there is no problem and at least one entry.
    bool validate();
    /// True while the last validate() still holds: no choice (file, encoding, delimiter, date
    /// format, profile, mapping, what to do with a name) and no tree of the plan changed since.
    /// The pages and commit() validate only when it is false (a validation reads the whole file).
    bool isValidated() const { return m_validated; }
    /// How many times validate() has run (each run is a full pass over the file).
    int validationRuns() const { return m_validationRuns; }
    /// The problems found by the last validate(), by line.
    const std::vector<ImportIssue> &issues() const { return m_issues; }
    /// Entries the last validate() found valid.
    qsizetype validEntries() const { return m_validEntries; }
    /// Validates unless isValidated(), then creates the chosen members and imports every entry in
    /// one transaction (all or nothing). False with lastError() on failure, in which case nothing
    /// was written.
    bool commit();
    const Reconciliation &reconciliation() const { return m_reconciliation; }
    QString lastError() const { return m_lastError; }

private:
    QWizardPage *createFilePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createMappingPage();
    QWizardPage *createUnknownsPage();
    QWizardPage *createValidationPage();
    QWizardPage *createResultPage();
    /// Decodes the bytes with the chosen encoding and reads the header and the first rows.
    void reload(bool guessMapping);
    void refreshProfileBox();
    void showMappingInBoxes();
    void mappingBoxChanged();
    void fillPreview();
    void fillUnknowns();
    void fillIssues();
    void fillResult();
    void mappingChanged();
    /// Forgets the last validation (something it depended on changed).
    void invalidate();
    /// validate() unless isValidated(); the result of the current validation.
    bool ensureValidated();
    /// Reads the file against `service` with the current choices and the name rewrites.
    ImportReading read(const PlanService &service) const;
    /// The UTF-8 text with every cell of a mapped name replaced by its member's path.
    QByteArray rewrittenText() const;
    /// Actuals of every (person path, metric) the file touches, over its dates.
    std::vector<Total> currentTotals();

    PlanDocument *m_document;
    std::unique_ptr<ImportProfiles> m_profiles;
    QString m_path;
    QByteArray m_bytes;
    QByteArray m_utf8;
    QString m_loadError;
    DetectedEncoding m_detectedEncoding = DetectedEncoding::Utf8;
    CsvDelimiter m_detectedDelimiter = CsvDelimiter::Comma;
    QStringList m_headers;
    std::vector<QStringList> m_firstRows;
    qsizetype m_rowCount = 0;
    ImportMapping m_mapping;
    std::vector<Resolution> m_resolutions;
    std::vector<ImportIssue> m_issues;
    qsizetype m_validEntries = 0;
    bool m_validated = false;
    int m_validationRuns = 0;
    // The entries of a successful validation against the plan's own trees (none to create), ready
    // to import as they are; empty otherwise.
    std::vector<ProgressEntry> m_entries;
    qsizetype m_readRows = 0; // data rows read by the last validation
    std::vector<std::pair<QString, MetricId>> m_touched; // (person path, metric) of the valid entries
    QDate m_from, m_to;                                  // their dates
    Reconciliation m_reconciliation;
    QString m_lastError;
    bool m_updating = false;

    // widgets
    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_encodingBox = nullptr;
    QComboBox *m_delimiterBox = nullptr;
    QComboBox *m_dateFormatBox = nullptr;
    QComboBox *m_profileBox = nullptr;
    QPushButton *m_deleteProfileButton = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewInfo = nullptr;
    std::vector<QComboBox *> m_fieldBoxes;
    QComboBox *m_fixedMetricBox = nullptr;
    QLineEdit *m_profileNameEdit = nullptr;
    QLabel *m_mappingInfo = nullptr;
    QTableWidget *m_unknownTable = nullptr;
    QLabel *m_unknownInfo = nullptr;
    QTreeView *m_issueList = nullptr;
    QLabel *m_validationInfo = nullptr;
    QLabel *m_resultInfo = nullptr;
    QTableWidget *m_totalsTable = nullptr;
};

} // namespace st
