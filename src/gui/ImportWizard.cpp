#include "salestarget/gui/ImportWizard.h"

#include "salestarget/domain/ActualRollup.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/reporting/CsvReader.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QAbstractTableModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace st {

namespace {

constexpr int kPreviewRows = 20;
/// The problems of a validation as a table (line, column, problem): a view over the wizard's
/// list, so that a file read with the wrong date format lists its million problems at once.
class IssuesModel final : public QAbstractTableModel
{
public:
    explicit IssuesModel(const std::vector<ImportIssue> &issues, QObject *parent)
        : QAbstractTableModel(parent), m_issues(issues)
    {
    }
    /// The list changed (a new validation).
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_issues.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || std::size_t(index.row()) >= m_issues.size())
            return {};
        const ImportIssue &i = m_issues[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0   ? (i.line > 0 ? QVariant(QString::number(i.line)) : QVariant())
                 : index.column() == 1 ? QVariant(i.column)
                                       : QVariant(i.message);
        case Qt::TextAlignmentRole:
            return index.column() == 0 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case Qt::ForegroundRole:
            return index.column() == 2 ? QVariant(QColor(0x9C, 0x00, 0x06)) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? ImportWizard::tr("Line") : section == 1 ? ImportWizard::tr("Column") : ImportWizard::tr("Problem");
    }

private:
    const std::vector<ImportIssue> &m_issues;
};

/// A wizard page whose behaviour is given as functions (the wizard holds all the state).
class Page final : public QWizardPage
{
public:
    explicit Page(QWidget *parent = nullptr) : QWizardPage(parent) {}

    std::function<void()> onInit;
    std::function<bool()> complete;
    std::function<bool()> onValidate;

    void initializePage() override
    {
        if (onInit)
            onInit();
    }
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return onValidate ? onValidate() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

/// The plan's trees with members yet to be created, for validating before anything is written:
/// a read-only Repository that a throwaway PlanService loads, so that ProgressImporter resolves
/// the new names exactly as it will once they exist.
class ShadowRepository final : public Repository
{
public:
    ShadowRepository(const PlanService &real, const std::vector<Node> &extra) : m_settings(real.settings())
    {
        const Tree &any = real.tree(Dimension::Org);
        Node root = any.node(kRootId);
        m_nodes.push_back(root);
        for (Dimension d : kDimensions) {
            const Tree &t = real.tree(d);
            for (NodeId id : t.preorder()) {
                if (id != kRootId)
                    m_nodes.push_back(t.node(id));
            }
        }
        m_nodes.insert(m_nodes.end(), extra.begin(), extra.end());
    }

    void transaction(const std::function<void()> &work) override { work(); }
    PlanSettings loadSettings() override { return m_settings; }
    void saveSettings(const PlanSettings &, const AuditStamp &) override { refuse(); }
    std::vector<int> planYears() override { return {}; }
    void addPlanYear(int, const AuditStamp &) override { refuse(); }
    std::vector<Node> loadNodes() override { return m_nodes; }
    NodeId insertNode(const Node &, const AuditStamp &) override { refuse(); }
    void updateNode(const Node &, const Node &, const AuditStamp &) override { refuse(); }
    void deleteNodes(std::span<const NodeId>, const AuditStamp &) override { refuse(); }
    std::vector<TargetRecord> loadTargets() override { return {}; }
    void writeTargets(std::span<const TargetChange>, const AuditStamp &) override { refuse(); }
    std::int64_t countEntriesReferencing(std::span<const NodeId>) override { return 0; }
    EntryId insertEntry(const ProgressEntry &, const AuditStamp &) override { refuse(); }
    void updateEntry(const ProgressEntry &, const ProgressEntry &, const AuditStamp &) override { refuse(); }
    void deleteEntry(const ProgressEntry &, const AuditStamp &) override { refuse(); }
    ImportOutcome upsertEntries(std::span<const ProgressEntry>, const AuditStamp &, const QString &) override { refuse(); }
    ProgressEntry entry(EntryId) override { refuse(); }
    std::vector<ProgressEntry> findEntries(const EntryFilter &) override { return {}; }
    void scanFacts(MetricId, QDate, QDate, const std::function<void(const EntryFact &)> &) override {}
    std::vector<CorrectiveAction> loadActions() override { return {}; }
    std::int64_t insertAction(const CorrectiveAction &, const AuditStamp &) override { refuse(); }
    void updateAction(const CorrectiveAction &, const CorrectiveAction &, const AuditStamp &) override { refuse(); }
    void deleteAction(const CorrectiveAction &, const AuditStamp &) override { refuse(); }
    std::vector<PeriodReview> loadReviews() override { return {}; }
    void saveReview(const std::optional<PeriodReview> &, const PeriodReview &, const AuditStamp &) override { refuse(); }
    std::vector<AuditRecord> auditLog(int) override { return {}; }

private:
    [[noreturn]] static void refuse()
    {
        throw DomainError(QStringLiteral("The validation copy of the plan cannot be written."));
    }

    PlanSettings m_settings;
    std::vector<Node> m_nodes;
};

/// The wait cursor while the GUI thread reads or writes a big file (no event is handled meanwhile,
/// so nothing else can be started).
class BusyCursor final
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QString trimmedText(QByteArrayView field)
{
    return CsvReader::fieldToString(field).trimmed();
}

/// Number of line breaks in `text`, a CR LF pair counting once (as CsvReader counts lines).
int lineBreaks(QByteArrayView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        n += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
    return n;
}

QString nodeLabel(const Tree &tree, NodeId id)
{
    return id == kRootId ? ImportWizard::tr("(top level)") : tree.path(id);
}

} // namespace

ImportWizard::ImportWizard(PlanDocument *document, QSettings *settings, QWidget *parent)
    : QWizard(parent), m_document(document), m_profiles(std::make_unique<ImportProfiles>(settings))
{
    setWindowTitle(tr("Import progress"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setMinimumSize(860, 560);
    setPage(FilePageId, createFilePage());
    setPage(PreviewPageId, createPreviewPage());
    setPage(MappingPageId, createMappingPage());
    setPage(UnknownsPageId, createUnknownsPage());
    setPage(ValidationPageId, createValidationPage());
    setPage(ResultPageId, createResultPage());
    setStartId(FilePageId);
    // A validation resolves names against the plan's trees: a change of them voids it, another
    // file voids the decisions about names too (their members are other ones there).
    connect(m_document, &PlanDocument::treeChanged, this, [this] { invalidate(); });
    connect(m_document, &PlanDocument::opened, this, [this] { mappingChanged(); });
}

ImportWizard::~ImportWizard() = default;

// --- pages ------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV export with one progress entry per row and a header row."));
    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setPlaceholderText(tr("Path of a .csv file"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);

    m_encodingBox = new QComboBox(page);
    m_encodingBox->setObjectName(QStringLiteral("encodingBox"));
    m_encodingBox->addItem(tr("Automatic (UTF-8, else GB18030)"), int(TextEncoding::Auto));
    m_encodingBox->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encodingBox->addItem(tr("GB18030 (GBK, Chinese Excel)"), int(TextEncoding::Gb18030));
    m_encodingBox->addItem(QStringLiteral("UTF-16"), int(TextEncoding::Utf16));
    form->addRow(tr("Encoding:"), m_encodingBox);
    m_delimiterBox = new QComboBox(page);
    m_delimiterBox->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiterBox->addItem(tr("Automatic"), int(CsvDelimiter::Auto));
    m_delimiterBox->addItem(tr("Comma ,"), int(CsvDelimiter::Comma));
    m_delimiterBox->addItem(tr("Semicolon ;"), int(CsvDelimiter::Semicolon));
    m_delimiterBox->addItem(tr("Tab"), int(CsvDelimiter::Tab));
    form->addRow(tr("Delimiter:"), m_delimiterBox);
    m_dateFormatBox = new QComboBox(page);
    m_dateFormatBox->setObjectName(QStringLiteral("dateFormatBox"));
    m_dateFormatBox->addItem(tr("Automatic (year first, else month/day/year)"), int(ImportDateFormat::Auto));
    m_dateFormatBox->addItem(tr("Year-month-day (2026-11-22)"), int(ImportDateFormat::YearMonthDay));
    m_dateFormatBox->addItem(tr("Month/day/year (11/22/2026)"), int(ImportDateFormat::MonthDayYear));
    m_dateFormatBox->addItem(tr("Day/month/year (22/11/2026)"), int(ImportDateFormat::DayMonthYear));
    form->addRow(tr("Dates:"), m_dateFormatBox);

    auto *profileRow = new QHBoxLayout;
    m_profileBox = new QComboBox(page);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_deleteProfileButton = new QPushButton(tr("&Delete profile"), page);
    m_deleteProfileButton->setObjectName(QStringLiteral("deleteProfileButton"));
    profileRow->addWidget(m_profileBox, 1);
    profileRow->addWidget(m_deleteProfileButton);
    form->addRow(tr("Profile:"), profileRow);

    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("fileInfoLabel"));
    m_fileInfo->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addStretch(1);
    refreshProfileBox();

    page->complete = [this] { return !m_path.isEmpty() && m_loadError.isEmpty() && !m_headers.isEmpty(); };
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import progress"), QFileInfo(m_path).absolutePath(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFilePath(path);
    });
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_pathEdit->text().trimmed() != m_path)
            setFilePath(m_pathEdit->text().trimmed());
    });
    const auto readAgain = [this] {
        if (m_updating)
            return;
        // A chosen profile keeps deciding the columns; otherwise they are guessed again.
        const std::optional<ImportProfile> profile = m_profiles->load(m_profileBox->currentData().toString());
        reload(!profile);
        if (profile)
            setMapping(profile->mappingFor(m_headers));
    };
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this, readAgain);
    connect(m_delimiterBox, &QComboBox::currentIndexChanged, this, readAgain);
    connect(m_dateFormatBox, &QComboBox::currentIndexChanged, this, [this] { mappingChanged(); });
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString name = m_profileBox->currentData().toString();
        m_deleteProfileButton->setEnabled(!name.isEmpty());
        if (!name.isEmpty())
            applyProfile(name);
        else
            reload(true);
    });
    connect(m_deleteProfileButton, &QPushButton::clicked, this, [this] {
        const QString name = m_profileBox->currentData().toString();
        if (!name.isEmpty()
            && QMessageBox::question(this, tr("Delete profile"), tr("Delete the import profile \"%1\"?").arg(name))
                   == QMessageBox::Yes)
            deleteProfile(name);
    });
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows of the file as they were read. If the text looks garbled, go back and "
                         "choose another encoding; if everything is in one column, another delimiter."));
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_previewInfo = new QLabel(page);
    m_previewInfo->setObjectName(QStringLiteral("previewInfoLabel"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewInfo);
    layout->addWidget(m_preview, 1);
    page->onInit = [this] { fillPreview(); };
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column holds each field. Fields marked * are required; the guess comes from the "
                         "header names (English or Chinese)."));
    auto *form = new QFormLayout;
    for (ImportField f : kImportFields) {
        auto *box = new QComboBox(page);
        box->setObjectName(QStringLiteral("field_") + importFieldKey(f));
        m_fieldBoxes.push_back(box);
        const bool required = f == ImportField::Date || f == ImportField::Person || f == ImportField::Value;
        form->addRow(importFieldName(f) + (required ? QStringLiteral(" *:") : QStringLiteral(":")), box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { mappingBoxChanged(); });
    }
    m_fixedMetricBox = new QComboBox(page);
    m_fixedMetricBox->setObjectName(QStringLiteral("fixedMetricBox"));
    m_fixedMetricBox->addItem(tr("(choose)"), 0);
    for (const Metric &m : Metric::builtIns())
        m_fixedMetricBox->addItem(m.name(), m.id);
    form->addRow(tr("Without a metric column, every row is:"), m_fixedMetricBox);
    connect(m_fixedMetricBox, &QComboBox::currentIndexChanged, this, [this] { mappingBoxChanged(); });

    auto *profileRow = new QHBoxLayout;
    m_profileNameEdit = new QLineEdit(page);
    m_profileNameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileNameEdit->setPlaceholderText(tr("e.g. CRM weekly export"));
    auto *save = new QPushButton(tr("&Save as profile"), page);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    profileRow->addWidget(m_profileNameEdit, 1);
    profileRow->addWidget(save);
    form->addRow(tr("Profile name:"), profileRow);
    m_mappingInfo = new QLabel(page);
    m_mappingInfo->setObjectName(QStringLiteral("mappingInfoLabel"));
    m_mappingInfo->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_mappingInfo);
    layout->addStretch(1);

    page->onInit = [this] { showMappingInBoxes(); };
    page->complete = [this] {
        return m_mapping.date >= 0 && m_mapping.person >= 0 && m_mapping.value >= 0
            && (m_mapping.metric >= 0 || m_mapping.fixedMetric != 0);
    };
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = m_profileNameEdit->text().trimmed();
        if (name.isEmpty()) {
            m_mappingInfo->setText(tr("Give the profile a name first."));
            return;
        }
        if (m_profiles->load(name)
            && QMessageBox::question(this, tr("Save profile"), tr("Replace the import profile \"%1\"?").arg(name))
                   != QMessageBox::Yes)
            return;
        if (saveProfile(name))
            m_mappingInfo->setText(tr("Saved the profile \"%1\".").arg(name));
        else
            m_mappingInfo->setText(tr("The profile \"%1\" could not be saved.").arg(name));
    });
    return page;
}

QWizardPage *ImportWizard::createUnknownsPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("New names"));
    page->setSubTitle(tr("Sales reps, products and regions in the file that the plan does not have. Create each "
                         "under a member you choose, or map it to an existing one."));
    m_unknownInfo = new QLabel(page);
    m_unknownInfo->setObjectName(QStringLiteral("unknownInfoLabel"));
    m_unknownInfo->setWordWrap(true);
    m_unknownTable = new QTableWidget(0, 4, page);
    m_unknownTable->setObjectName(QStringLiteral("unknownTable"));
    m_unknownTable->setHorizontalHeaderLabels({tr("Tree"), tr("Name in the file"), tr("What to do"), tr("Member")});
    m_unknownTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_unknownTable->verticalHeader()->setVisible(false);
    m_unknownTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_unknownInfo);
    layout->addWidget(m_unknownTable, 1);
    page->onInit = [this] {
        {
            const BusyCursor busy;
            ensureValidated();
        }
        fillUnknowns();
    };
    return page;
}

QWizardPage *ImportWizard::createValidationPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row is checked before anything is written. Nothing is imported while a row has a "
                         "problem: correct the file and choose it again, or go back and change the choices."));
    page->setCommitPage(true);
    m_validationInfo = new QLabel(page);
    m_validationInfo->setObjectName(QStringLiteral("validationInfoLabel"));
    m_validationInfo->setWordWrap(true);
    m_issueList = new QTreeView(page);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setRootIsDecorated(false);
    m_issueList->setUniformRowHeights(true); // a million rows scroll as fast as ten
    m_issueList->setAlternatingRowColors(true);
    m_issueList->setModel(new IssuesModel(m_issues, m_issueList));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_validationInfo);
    layout->addWidget(m_issueList, 1);
    layout->addStretch(0);
    page->onInit = [this] {
        {
            const BusyCursor busy;
            ensureValidated();
        }
        fillIssues();
    };
    page->complete = [this] { return m_validated && m_issues.empty() && m_validEntries > 0; };
    page->onValidate = [this] {
        // The import blocks the window until it is done: say so before it starts.
        const BusyCursor busy;
        m_validationInfo->setStyleSheet(QString());
        m_validationInfo->setText(tr("Importing %n row(s)…", nullptr, int(m_validEntries)));
        m_validationInfo->repaint();
        if (commit())
            return true;
        ensureValidated(); // a failure that re-read a tree voided the validation: the page stays current
        fillIssues();
        m_validationInfo->setText(m_lastError);
        return false;
    };
    return page;
}

QWizardPage *ImportWizard::createResultPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Imported"));
    page->setSubTitle(tr("What the import changed: actuals of each sales rep and metric over the file's dates, "
                         "before and after."));
    m_resultInfo = new QLabel(page);
    m_resultInfo->setObjectName(QStringLiteral("resultInfoLabel"));
    m_resultInfo->setWordWrap(true);
    m_totalsTable = new QTableWidget(0, 5, page);
    m_totalsTable->setObjectName(QStringLiteral("totalsTable"));
    m_totalsTable->setHorizontalHeaderLabels({tr("Sales rep"), tr("Metric"), tr("Before"), tr("After"), tr("Change")});
    m_totalsTable->verticalHeader()->setVisible(false);
    m_totalsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultInfo);
    layout->addWidget(m_totalsTable, 1);
    page->onInit = [this] { fillResult(); };
    return page;
}

// --- the file ---------------------------------------------------------------------------------

bool ImportWizard::setFilePath(const QString &path)
{
    m_path = path;
    m_bytes.clear();
    {
        const QSignalBlocker block(m_pathEdit);
        m_pathEdit->setText(QDir::toNativeSeparators(path));
    }
    QFile file(path);
    if (path.isEmpty()) {
        m_loadError = tr("Choose a file.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        m_bytes = file.readAll();
        m_loadError.clear();
    }
    if (!m_loadError.isEmpty()) {
        m_headers.clear();
        m_firstRows.clear();
        m_rowCount = 0;
        m_fileInfo->setText(m_loadError);
        static_cast<Page *>(page(FilePageId))->changed();
        return false;
    }
    const QString profile = m_profileBox->currentData().toString();
    if (!profile.isEmpty() && applyProfile(profile))
        return m_loadError.isEmpty();
    reload(true);
    return m_loadError.isEmpty();
}

void ImportWizard::setEncoding(TextEncoding encoding)
{
    m_encodingBox->setCurrentIndex(m_encodingBox->findData(int(encoding)));
}

TextEncoding ImportWizard::encoding() const
{
    return TextEncoding(m_encodingBox->currentData().toInt());
}

void ImportWizard::setDelimiter(CsvDelimiter delimiter)
{
    m_delimiterBox->setCurrentIndex(m_delimiterBox->findData(int(delimiter)));
}

CsvDelimiter ImportWizard::delimiter() const
{
    return CsvDelimiter(m_delimiterBox->currentData().toInt());
}

void ImportWizard::setDateFormat(ImportDateFormat format)
{
    m_dateFormatBox->setCurrentIndex(m_dateFormatBox->findData(int(format)));
}

ImportDateFormat ImportWizard::dateFormat() const
{
    return ImportDateFormat(m_dateFormatBox->currentData().toInt());
}

void ImportWizard::reload(bool guessMapping)
{
    m_headers.clear();
    m_firstRows.clear();
    m_rowCount = 0;
    m_utf8.clear();
    if (!m_path.isEmpty() && !m_bytes.isNull()) {
        DecodedText text = TextDecoding::decode(m_bytes, encoding());
        m_detectedEncoding = text.encoding;
        if (!text.ok()) {
            m_loadError = tr("%1: %2").arg(QFileInfo(m_path).fileName(), text.error->message);
        } else {
            m_loadError.clear();
            m_utf8 = std::move(text.utf8);
            CsvReader reader(m_utf8, delimiter());
            m_detectedDelimiter = reader.delimiter();
            CsvRecord record;
            if (!reader.next(record)) {
                m_loadError = reader.hasError() ? reader.error().message : tr("The file is empty.");
            } else {
                for (QByteArrayView f : record)
                    m_headers << trimmedText(f);
                while (reader.next(record)) {
                    ++m_rowCount;
                    if (m_firstRows.size() < std::size_t(kPreviewRows)) {
                        QStringList row;
                        for (QByteArrayView f : record)
                            row << CsvReader::fieldToString(f);
                        m_firstRows.push_back(row);
                    }
                }
            }
        }
    }
    if (guessMapping) {
        const MetricId fixed = m_mapping.fixedMetric;
        m_mapping = ProgressImporter::guessMapping(m_headers);
        m_mapping.fixedMetric = m_mapping.metric >= 0 ? 0 : fixed;
    }
    // Columns that the file does not have are not mapped.
    for (ImportField f : kImportFields) {
        if (mappingColumn(m_mapping, f) >= m_headers.size())
            mappingColumn(m_mapping, f) = -1;
    }
    if (m_loadError.isEmpty() && !m_path.isEmpty()) {
        const QString delimiterName = m_detectedDelimiter == CsvDelimiter::Semicolon ? tr("semicolons")
                                    : m_detectedDelimiter == CsvDelimiter::Tab       ? tr("tabs")
                                                                                     : tr("commas");
        m_fileInfo->setText(tr("%1: %2, columns separated by %3; %n data row(s) under a header of %4 column(s).", nullptr,
                               int(m_rowCount))
                                .arg(QFileInfo(m_path).fileName(), TextDecoding::encodingName(m_detectedEncoding),
                                     delimiterName)
                                .arg(m_headers.size()));
        m_fileInfo->setStyleSheet(QString());
    } else {
        m_fileInfo->setText(m_loadError);
        m_fileInfo->setStyleSheet(QStringLiteral("color: #9C0006;"));
    }
    showMappingInBoxes();
    mappingChanged();
    static_cast<Page *>(page(FilePageId))->changed();
}

// --- mapping and profiles -----------------------------------------------------------------------

ImportMapping ImportWizard::mapping() const
{
    return m_mapping;
}

void ImportWizard::setMapping(const ImportMapping &mapping)
{
    m_mapping = mapping;
    showMappingInBoxes();
    mappingChanged();
}

void ImportWizard::showMappingInBoxes()
{
    m_updating = true;
    for (std::size_t i = 0; i < kImportFields.size(); ++i) {
        QComboBox *box = m_fieldBoxes[i];
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_headers.size(); ++c)
            box->addItem(tr("Column %1: %2").arg(c + 1).arg(m_headers[c]), c);
        box->setCurrentIndex(std::max(0, box->findData(mappingColumn(m_mapping, kImportFields[i]))));
    }
    m_fixedMetricBox->setCurrentIndex(std::max(0, m_fixedMetricBox->findData(m_mapping.fixedMetric)));
    m_fixedMetricBox->setEnabled(m_mapping.metric < 0);
    m_updating = false;
    QStringList notes;
    QStringList missing;
    if (m_mapping.date < 0)
        missing << importFieldName(ImportField::Date);
    if (m_mapping.person < 0)
        missing << importFieldName(ImportField::Person);
    if (m_mapping.value < 0)
        missing << importFieldName(ImportField::Value);
    if (m_mapping.metric < 0 && m_mapping.fixedMetric == 0)
        missing << importFieldName(ImportField::Metric);
    if (!missing.isEmpty())
        notes << tr("Still to choose: %1.").arg(missing.join(QStringLiteral(", ")));
    if (m_mapping.ref < 0)
        notes << tr("Without a reference column, importing the same file again adds its rows again.");
    m_mappingInfo->setText(notes.join(u'\n'));
}

void ImportWizard::mappingBoxChanged()
{
    if (m_updating)
        return;
    for (std::size_t i = 0; i < kImportFields.size(); ++i)
        mappingColumn(m_mapping, kImportFields[i]) = m_fieldBoxes[i]->currentData().toInt();
    m_mapping.fixedMetric = m_mapping.metric < 0 ? m_fixedMetricBox->currentData().toInt() : 0;
    showMappingInBoxes();
    mappingChanged();
}

void ImportWizard::mappingChanged()
{
    m_resolutions.clear();
    m_issues.clear();
    m_validEntries = 0;
    static_cast<Page *>(page(MappingPageId))->changed();
    invalidate();
}

void ImportWizard::invalidate()
{
    m_validated = false;
    m_entries = {}; // a million entries are worth giving back
    if (auto *p = static_cast<Page *>(page(ValidationPageId)))
        p->changed();
}

bool ImportWizard::ensureValidated()
{
    if (m_validated)
        return m_issues.empty() && m_validEntries > 0;
    return validate();
}

void ImportWizard::refreshProfileBox()
{
    const QString current = m_profileBox->currentData().toString();
    m_updating = true;
    m_profileBox->clear();
    m_profileBox->addItem(tr("(none: guess the columns from the header)"), QString());
    for (const QString &name : m_profiles->names())
        m_profileBox->addItem(name, name);
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(current)));
    m_deleteProfileButton->setEnabled(m_profileBox->currentIndex() > 0);
    m_updating = false;
}

bool ImportWizard::saveProfile(const QString &name)
{
    ImportProfile p = ImportProfile::fromMapping(name, m_mapping, m_headers);
    p.encoding = encoding();
    p.delimiter = delimiter();
    p.dateFormat = dateFormat();
    if (!m_profiles->save(p))
        return false;
    refreshProfileBox();
    m_updating = true;
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(p.name)));
    m_deleteProfileButton->setEnabled(m_profileBox->currentIndex() > 0);
    m_updating = false;
    return true;
}

bool ImportWizard::applyProfile(const QString &name)
{
    const std::optional<ImportProfile> p = m_profiles->load(name);
    if (!p)
        return false;
    m_updating = true;
    setEncoding(p->encoding);
    setDelimiter(p->delimiter);
    setDateFormat(p->dateFormat);
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(p->name)));
    m_deleteProfileButton->setEnabled(m_profileBox->currentIndex() > 0);
    m_profileNameEdit->setText(p->name);
    m_updating = false;
    reload(false);
    m_mapping = p->mappingFor(m_headers);
    showMappingInBoxes();
    mappingChanged();
    if (const QStringList missing = p->missingHeaders(m_headers); !missing.isEmpty() && !m_headers.isEmpty())
        m_fileInfo->setText(m_fileInfo->text() + u'\n'
                            + tr("The profile \"%1\" names columns this file does not have: %2.")
                                  .arg(p->name, missing.join(QStringLiteral(", "))));
    return true;
}

bool ImportWizard::deleteProfile(const QString &name)
{
    const bool removed = m_profiles->remove(name);
    if (m_profileBox->currentData().toString() == name)
        m_profileBox->setCurrentIndex(0);
    refreshProfileBox();
    return removed;
}

// --- unknown names ------------------------------------------------------------------------------

bool ImportWizard::resolve(Dimension d, const QString &name, Resolution::Action action, NodeId node)
{
    for (Resolution &r : m_resolutions) {
        if (r.dimension == d && r.name == name) {
            const NodeId target = action == Resolution::Action::Unresolved ? 0 : node;
            if (r.action != action || r.node != target) {
                r.action = action;
                r.node = target;
                invalidate();
            }
            return true;
        }
    }
    return false;
}

void ImportWizard::fillUnknowns()
{
    m_unknownTable->setRowCount(0);
    const PlanService &service = m_document->service();
    if (m_resolutions.empty()) {
        m_unknownInfo->setText(m_issues.empty() || m_validEntries > 0
                                   ? tr("Every sales rep, product and region in the file is in the plan.")
                                   : tr("No names to decide on."));
        return;
    }
    m_unknownInfo->setText(tr("%n name(s) in the file are not in the plan. Rows with a name left as it is are "
                              "listed as problems on the next page.", nullptr, int(m_resolutions.size())));
    m_unknownTable->setRowCount(int(m_resolutions.size()));
    for (int row = 0; row < int(m_resolutions.size()); ++row) {
        const Resolution r = m_resolutions[std::size_t(row)];
        const Tree &tree = service.tree(r.dimension);
        m_unknownTable->setItem(row, 0, new QTableWidgetItem(dimensionName(r.dimension)));
        m_unknownTable->setItem(row, 1, new QTableWidgetItem(r.name));
        auto *action = new QComboBox(m_unknownTable);
        action->setObjectName(QStringLiteral("unknownAction%1").arg(row));
        action->addItem(tr("Leave it (rows are problems)"), int(Resolution::Action::Unresolved));
        action->addItem(tr("Create under…"), int(Resolution::Action::Create));
        action->addItem(tr("Map to…"), int(Resolution::Action::MapTo));
        action->setCurrentIndex(action->findData(int(r.action)));
        auto *member = new QComboBox(m_unknownTable);
        member->setObjectName(QStringLiteral("unknownMember%1").arg(row));
        m_unknownTable->setCellWidget(row, 2, action);
        m_unknownTable->setCellWidget(row, 3, member);
        const Dimension d = r.dimension;
        const QString name = r.name;
        const Tree *treePtr = &tree;
        const auto fillMembers = [member, d, treePtr](Resolution::Action a, NodeId selected) {
            const Tree &tree = *treePtr;
            const QSignalBlocker block(member);
            member->clear();
            for (NodeId id : tree.preorder()) {
                const Node &n = tree.node(id);
                const bool fits = a == Resolution::Action::Create ? !(d == Dimension::Org && n.person)
                                : a == Resolution::Action::MapTo  ? id != kRootId && (d != Dimension::Org || n.person)
                                                                  : false;
                if (fits)
                    member->addItem(nodeLabel(tree, id), qint64(id));
            }
            member->setEnabled(a != Resolution::Action::Unresolved);
            member->setCurrentIndex(std::max(0, member->findData(qint64(selected))));
        };
        fillMembers(r.action, r.node);
        connect(action, &QComboBox::currentIndexChanged, this, [this, action, member, d, name, fillMembers] {
            const auto a = Resolution::Action(action->currentData().toInt());
            fillMembers(a, 0);
            resolve(d, name, a, member->currentData().toLongLong());
        });
        connect(member, &QComboBox::currentIndexChanged, this, [this, action, member, d, name] {
            resolve(d, name, Resolution::Action(action->currentData().toInt()), member->currentData().toLongLong());
        });
    }
    m_unknownTable->resizeColumnsToContents();
    m_unknownTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

// --- validation and import -----------------------------------------------------------------------

QByteArray ImportWizard::rewrittenText() const
{
    const PlanService &service = m_document->service();
    std::map<int, QHash<QString, QByteArray>> byColumn; // column -> (name in the file -> member path)
    for (const Resolution &r : m_resolutions) {
        if (r.action != Resolution::Action::MapTo || !service.tree(r.dimension).contains(r.node))
            continue;
        const int column = r.dimension == Dimension::Org       ? m_mapping.person
                         : r.dimension == Dimension::Product ? m_mapping.product
                                                             : m_mapping.region;
        if (column >= 0)
            byColumn[column].insert(r.name, service.tree(r.dimension).path(r.node).toUtf8());
    }
    if (byColumn.empty())
        return m_utf8;
    // The same records with those cells replaced, on the same lines (so problems name the file's lines).
    CsvReader reader(m_utf8, m_detectedDelimiter);
    const char delimiter = char(reader.delimiter());
    QByteArray out;
    out.reserve(m_utf8.size() + m_utf8.size() / 8);
    CsvRecord record;
    qsizetype line = 1;
    while (reader.next(record)) {
        for (; line < record.line(); ++line)
            out += '\n';
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                out += delimiter;
            QByteArray value = record[i].toByteArray();
            if (record.line() > 1) {
                if (const auto it = byColumn.find(int(i)); it != byColumn.end()) {
                    if (const auto hit = it->second.constFind(trimmedText(record[i])); hit != it->second.constEnd())
                        value = hit.value();
                }
            }
            line += lineBreaks(value);
            if (value.contains(delimiter) || value.contains('"') || value.contains('\n') || value.contains('\r'))
                out += '"' + value.replace("\"", "\"\"") + '"';
            else
                out += value;
        }
        out += '\n';
        ++line;
    }
    return reader.hasError() ? m_utf8 : out; // a malformed file is reported by the importer as it is
}

ImportReading ImportWizard::read(const PlanService &service) const
{
    const ProgressImporter importer(service);
    return importer.read(rewrittenText(), TextEncoding::Utf8, m_detectedDelimiter, &m_mapping, dateFormat());
}

bool ImportWizard::validate()
{
    ++m_validationRuns;
    m_issues.clear();
    m_validEntries = 0;
    m_entries = {};
    m_touched.clear();
    m_from = QDate();
    m_to = QDate();
    m_validated = true;
    const auto done = [this](bool ok) {
        static_cast<Page *>(page(ValidationPageId))->changed();
        return ok;
    };
    if (m_path.isEmpty() || !m_loadError.isEmpty() || m_headers.isEmpty()) {
        m_issues.push_back({0, {}, m_loadError.isEmpty() ? tr("Choose a file to import.") : m_loadError});
        return done(false);
    }
    const PlanService &service = m_document->service();
    // Members to create: checked as PlanService::addNode() will, then added to a copy of the trees.
    std::vector<Node> extra;
    NodeId nextId = 1;
    for (Dimension d : kDimensions) {
        for (NodeId id : service.tree(d).preorder())
            nextId = std::max(nextId, id + 1);
    }
    for (const Resolution &r : m_resolutions) {
        if (r.action != Resolution::Action::Create)
            continue;
        const Tree &tree = service.tree(r.dimension);
        try {
            Tree::validateName(r.name);
            if (!tree.contains(r.node))
                throw DomainError(tr("choose the member to create it under."));
            if (r.dimension == Dimension::Org && r.node != kRootId && tree.node(r.node).person)
                throw DomainError(tr("\"%1\" is a person and cannot have members under it.").arg(tree.path(r.node)));
            if (tree.childNamed(r.node, r.name))
                throw DomainError(tr("\"%1\" already has a member named \"%2\".").arg(nodeLabel(tree, r.node), r.name));
            for (const Node &n : extra) {
                if (n.dimension == r.dimension && n.parent == r.node && n.name == r.name)
                    throw DomainError(tr("\"%1\" is to be created twice.").arg(r.name));
            }
        } catch (const DomainError &e) {
            m_issues.push_back({0, {}, tr("Cannot create \"%1\" (%2): %3").arg(r.name, dimensionName(r.dimension), e.message())});
            continue;
        }
        Node n;
        n.id = nextId++;
        n.parent = r.node;
        n.dimension = r.dimension;
        n.name = r.name;
        n.person = r.dimension == Dimension::Org;
        n.sortOrder = 1 << 20;
        extra.push_back(n);
    }
    ImportReading reading;
    try {
        const auto collect = [&](const PlanService &s) {
            reading = read(s);
            // The people and metrics the file touches (a few thousand pairs for a million rows),
            // by path: the ids of members yet to be created are the shadow's, not the real ones.
            QSet<std::pair<NodeId, MetricId>> touched;
            for (const ProgressEntry &e : reading.entries) {
                touched.insert({e.person, e.metric});
                if (!m_from.isValid() || e.date < m_from)
                    m_from = e.date;
                if (!m_to.isValid() || e.date > m_to)
                    m_to = e.date;
            }
            const Tree &org = s.tree(Dimension::Org);
            m_touched.reserve(std::size_t(touched.size()));
            for (const auto &[person, metric] : touched)
                m_touched.emplace_back(org.path(person), metric);
            std::sort(m_touched.begin(), m_touched.end());
        };
        if (extra.empty()) {
            collect(service);
        } else {
            ShadowRepository shadowRepository(service, extra);
            PlanService shadow(shadowRepository, [] { return QDateTime(); }, m_document->user());
            shadow.load();
            collect(shadow);
        }
    } catch (const DomainError &e) {
        m_issues.push_back({0, {}, e.message()});
        return done(false);
    }
    // Names still unknown join the list to decide on.
    QSet<std::pair<int, QString>> decided;
    for (const Resolution &r : m_resolutions)
        decided.insert({int(r.dimension), r.name});
    const auto remember = [&](Dimension d, const QStringList &names) {
        for (const QString &name : names) {
            if (!decided.contains({int(d), name}))
                m_resolutions.push_back({d, name, Resolution::Action::Unresolved, 0});
        }
    };
    remember(Dimension::Org, reading.unknownPeople);
    remember(Dimension::Product, reading.unknownProducts);
    remember(Dimension::Region, reading.unknownRegions);
    m_issues.insert(m_issues.end(), reading.issues.begin(), reading.issues.end());
    m_validEntries = qsizetype(reading.entries.size());
    m_readRows = reading.rows;
    if (m_issues.empty() && m_validEntries == 0)
        m_issues.push_back({0, {}, tr("The file has no rows to import.")});
    // Resolved against the plan's own trees, the entries can be imported as they are.
    if (m_issues.empty() && extra.empty())
        m_entries = std::move(reading.entries);
    return done(m_issues.empty());
}

std::vector<ImportWizard::Total> ImportWizard::currentTotals()
{
    PlanService &service = m_document->service();
    std::vector<Total> totals;
    std::map<MetricId, std::unique_ptr<ActualRollup>> rollups;
    const Tree &org = service.tree(Dimension::Org);
    for (const auto &[path, metric] : m_touched) {
        auto &rollup = rollups[metric];
        if (!rollup)
            rollup = service.actuals(Dimension::Org, metric, m_from, m_to);
        Total t;
        t.personPath = path;
        t.metric = metric;
        if (const std::optional<NodeId> id = org.find(path)) {
            t.person = *id;
            t.before = rollup->total(*id);
        }
        totals.push_back(t);
    }
    return totals;
}

bool ImportWizard::commit()
{
    m_lastError.clear();
    if (!ensureValidated()) {
        m_lastError = tr("%n problem(s) in the file; nothing was imported.", nullptr, int(m_issues.size()));
        return false;
    }
    std::vector<Resolution> creations;
    std::set<Dimension> trees;
    for (const Resolution &r : m_resolutions) {
        if (r.action == Resolution::Action::Create) {
            creations.push_back(r);
            trees.insert(r.dimension);
        }
    }
    std::vector<Total> totals = currentTotals();
    Reconciliation result;
    result.from = m_from;
    result.to = m_to;
    // The validation's entries when nothing is to be created (no tree changed since, or it would
    // not be current); they are used up by the import, so a failed one reads the file again.
    std::vector<ProgressEntry> validated;
    if (creations.empty())
        validated.swap(m_entries);
    const auto importWork = [&](PlanService &s) {
        try {
            // One transaction: the new members and every entry, or nothing.
            s.repository().transaction([&] {
                for (const Resolution &r : creations) {
                    const NodeId id = s.addNode(r.dimension, r.node, r.name, r.dimension == Dimension::Org);
                    result.created << QStringLiteral("%1: %2").arg(dimensionName(r.dimension), s.tree(r.dimension).path(id));
                }
                if (!validated.empty()) {
                    result.rows = m_readRows;
                    result.outcome = s.importEntries(std::move(validated), QFileInfo(m_path).fileName());
                    return;
                }
                // The names of the new members resolve to their ids only now.
                ImportReading reading = read(s);
                if (!reading.ok())
                    throw DomainError(tr("The file changed while importing: %1").arg(reading.issues.front().toString()));
                result.rows = reading.rows;
                result.outcome = s.importEntries(std::move(reading.entries), QFileInfo(m_path).fileName());
            });
        } catch (...) {
            if (!creations.empty())
                s.load(); // the new members were rolled back with the rest: re-read the trees
            throw;
        }
    };
    std::function<void()> work = [&] { m_document->changeEntries(importWork); };
    for (Dimension d : trees)
        work = [this, d, inner = std::move(work)] { m_document->changeTree(d, [&inner](PlanService &) { inner(); }); };
    try {
        work();
    } catch (const DomainError &e) {
        m_lastError = tr("Nothing was imported: %1").arg(e.message());
        return false;
    } catch (const std::exception &e) {
        m_lastError = tr("Nothing was imported: %1").arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    const std::vector<Total> after = currentTotals();
    for (std::size_t i = 0; i < totals.size(); ++i) {
        totals[i].person = after[i].person;
        totals[i].after = after[i].before;
    }
    result.totals = std::move(totals);
    m_reconciliation = std::move(result);
    invalidate(); // importing the same file again is a new decision
    return true;
}

// --- filling the pages ---------------------------------------------------------------------------

void ImportWizard::fillPreview()
{
    m_preview->clear();
    m_preview->setColumnCount(int(m_headers.size()));
    m_preview->setHorizontalHeaderLabels(m_headers);
    m_preview->setRowCount(int(m_firstRows.size()));
    for (int r = 0; r < int(m_firstRows.size()); ++r) {
        const QStringList &row = m_firstRows[std::size_t(r)];
        for (int c = 0; c < row.size() && c < m_headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row[c]));
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(r + 1)));
    }
    m_preview->resizeColumnsToContents();
    m_previewInfo->setText(tr("The first %1 of %n data row(s), read as %2.", nullptr, int(m_rowCount))
                               .arg(m_firstRows.size())
                               .arg(TextDecoding::encodingName(m_detectedEncoding)));
}

void ImportWizard::fillIssues()
{
    static_cast<IssuesModel *>(m_issueList->model())->reset();
    m_issueList->setVisible(!m_issues.empty());
    m_issueList->resizeColumnToContents(0); // from the rows in view
    m_issueList->resizeColumnToContents(1);
    QStringList plan;
    for (const Resolution &r : m_resolutions) {
        const Tree &tree = m_document->service().tree(r.dimension);
        if (r.action == Resolution::Action::Create && tree.contains(r.node))
            plan << tr("create \"%1\" under %2").arg(r.name, nodeLabel(tree, r.node));
        else if (r.action == Resolution::Action::MapTo && tree.contains(r.node))
            plan << tr("\"%1\" is %2").arg(r.name, tree.path(r.node));
    }
    QString text = m_issues.empty()
                       ? tr("All %n row(s) are valid. Import writes them in one step.", nullptr, int(m_validEntries))
                       : tr("%n problem(s) must be fixed before anything is imported", nullptr, int(m_issues.size()))
                             + tr(" (%n row(s) are valid).", nullptr, int(m_validEntries));
    if (!plan.isEmpty())
        text += u'\n' + tr("Then: %1.").arg(plan.join(QStringLiteral("; ")));
    if (m_mapping.ref < 0 && m_issues.empty())
        text += u'\n' + tr("The file has no reference column: importing it again would add its rows again.");
    m_validationInfo->setText(text);
    m_validationInfo->setStyleSheet(m_issues.empty() ? QString() : QStringLiteral("color: #9C0006;"));
}

void ImportWizard::fillResult()
{
    const Reconciliation &r = m_reconciliation;
    QString text = tr("%n row(s) imported in one step: ", nullptr, int(r.rows))
                 + tr("%1 added, %2 updated, %3 unchanged.").arg(r.outcome.added).arg(r.outcome.updated).arg(r.outcome.unchanged);
    if (!r.created.isEmpty())
        text += u'\n' + tr("Created: %1.").arg(r.created.join(QStringLiteral(", ")));
    if (r.from.isValid())
        text += u'\n' + tr("Actuals from %1 to %2:").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    m_resultInfo->setText(text);
    m_totalsTable->setRowCount(int(r.totals.size()));
    for (int row = 0; row < int(r.totals.size()); ++row) {
        const Total &t = r.totals[std::size_t(row)];
        const Metric &metric = Metric::byId(t.metric);
        const auto number = [](const QString &s) {
            auto *item = new QTableWidgetItem(s);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_totalsTable->setItem(row, 0, new QTableWidgetItem(t.personPath));
        m_totalsTable->setItem(row, 1, new QTableWidgetItem(metric.name()));
        m_totalsTable->setItem(row, 2, number(DisplayFormat::amount(t.before, metric, DisplayUnit::Yuan)));
        m_totalsTable->setItem(row, 3, number(DisplayFormat::amount(t.after, metric, DisplayUnit::Yuan)));
        m_totalsTable->setItem(row, 4, number(DisplayFormat::signedAmount(t.after - t.before, metric, DisplayUnit::Yuan)));
    }
    m_totalsTable->resizeColumnsToContents();
}

} // namespace st
