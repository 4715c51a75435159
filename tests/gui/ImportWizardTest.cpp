// ImportWizard: a GB18030 file with Chinese headers, mapped automatically; bad rows listed with
// line and column before anything is written; unknown people mapped or created; re-importing the
// same file adds nothing; import profiles saved in QSettings and read back.
#include "salestarget/domain/PlanService.h"
#include "salestarget/reporting/ImportProfiles.h"
#include "salestarget/gui/ImportWizard.h"
#include "salestarget/gui/PlanDocument.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace st {
namespace {

const MetricId kSales = 1;
const MetricId kCollected = 2;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
}

const QString kHeader = QStringLiteral("日期,销售代表,指标,金额,产品,客户,单号,备注\r\n");
const QString kGoodRows = QStringLiteral("2026-11-16,张伟,销售额,\"12,000.00\",产品线A/智能终端,宏达科技,GX-001,首单\r\n"
                                         "2026/11/17,王芳,回款,8000,,恒信贸易,GX-002,\r\n"
                                         "2026-11-18,新人甲,销售额,5000,,华宇制造,GX-003,\r\n");
const QString kBadRow = QStringLiteral("2026-11-45,张伟,销售额,abc,,金桥物流,GX-004,\r\n");

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        document.open(dir.filePath(QStringLiteral("plan.sqlite")));
        PlanService &s = document.service();
        team = s.ensurePath(Dimension::Org, QStringLiteral("销售部/华东一组"));
        zhang = s.ensurePath(Dimension::Org, QStringLiteral("销售部/华东一组/张伟"), true);
        wang = s.ensurePath(Dimension::Org, QStringLiteral("销售部/华东一组/王芳"), true);
        li = s.ensurePath(Dimension::Org, QStringLiteral("销售部/华东一组/李娜"), true);
        product = s.ensurePath(Dimension::Product, QStringLiteral("产品线A/智能终端"));
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    /// Writes `text` encoded as GB18030 (what Chinese Excel saves as "CSV").
    QString writeGbk(const QString &name, const QString &text)
    {
        QStringEncoder encoder("GB18030");
        EXPECT_TRUE(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        EXPECT_FALSE(encoder.hasError());
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::vector<ProgressEntry> entries()
    {
        return document.service().repository().findEntries(EntryFilter{});
    }

    /// Shows `wizard` on the good rows (GB18030) and walks it to the new-names page.
    void toNamesPage(ImportWizard &wizard)
    {
        ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows)));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::UnknownsPageId);
    }

    /// toNamesPage(), then 新人甲 handled by `action` under / as `node`, on to the check page.
    void toCheckPage(ImportWizard &wizard, ImportWizard::Resolution::Action action, NodeId node)
    {
        ASSERT_NO_FATAL_FAILURE(toNamesPage(wizard));
        ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), action, node));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    }

    static bool hasIssue(const ImportWizard &w, qsizetype line, const QString &column)
    {
        return std::any_of(w.issues().begin(), w.issues().end(),
                           [&](const ImportIssue &i) { return i.line == line && i.column == column; });
    }

    QTemporaryDir dir;
    PlanDocument document{fixedNow};
    std::unique_ptr<QSettings> settings;
    NodeId team = 0, zhang = 0, wang = 0, li = 0, product = 0;
};

TEST_F(ImportWizardTest, ReadsAGbkFileAndMapsTheChineseHeaders)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("gbk.csv"), kHeader + kGoodRows))) << wizard.loadError().toStdString();
    EXPECT_EQ(wizard.detectedEncoding(), DetectedEncoding::Gb18030);
    EXPECT_EQ(wizard.detectedDelimiter(), CsvDelimiter::Comma);
    ASSERT_EQ(wizard.headers().size(), 8);
    EXPECT_EQ(wizard.headers()[1], QStringLiteral("销售代表"));
    EXPECT_EQ(wizard.rowCount(), 3);
    const ImportMapping m = wizard.mapping();
    EXPECT_EQ(m.date, 0);
    EXPECT_EQ(m.person, 1);
    EXPECT_EQ(m.metric, 2);
    EXPECT_EQ(m.value, 3);
    EXPECT_EQ(m.product, 4);
    EXPECT_EQ(m.customer, 5);
    EXPECT_EQ(m.ref, 6);
    EXPECT_EQ(m.note, 7);
    EXPECT_EQ(m.region, -1);
    // The mapping page shows it.
    EXPECT_EQ(wizard.findChild<QComboBox *>(QStringLiteral("field_person"))->currentData().toInt(), 1);
    EXPECT_EQ(wizard.findChild<QComboBox *>(QStringLiteral("field_region"))->currentData().toInt(), -1);
    // Read as UTF-8 on purpose, the file is refused with the offset of the first bad byte.
    wizard.setEncoding(TextEncoding::Utf8);
    EXPECT_FALSE(wizard.loadError().isEmpty());
    EXPECT_TRUE(wizard.headers().isEmpty());
    wizard.setEncoding(TextEncoding::Auto);
    EXPECT_TRUE(wizard.loadError().isEmpty());
    EXPECT_EQ(wizard.mapping().person, 1);
}

TEST_F(ImportWizardTest, ListsEveryBadRowAndWritesNothing)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("bad.csv"), kHeader + kGoodRows + kBadRow)));
    QSignalSpy entriesChanged(&document, &PlanDocument::entriesChanged);
    EXPECT_FALSE(wizard.validate());
    EXPECT_TRUE(hasIssue(wizard, 4, QStringLiteral("销售代表"))); // 新人甲 is nobody in the plan
    EXPECT_TRUE(hasIssue(wizard, 5, QStringLiteral("日期")));
    EXPECT_TRUE(hasIssue(wizard, 5, QStringLiteral("金额")));
    EXPECT_EQ(wizard.validEntries(), 2);
    ASSERT_EQ(wizard.resolutions().size(), 1u);
    EXPECT_EQ(wizard.resolutions()[0].name, QStringLiteral("新人甲"));

    EXPECT_FALSE(wizard.commit());
    EXPECT_TRUE(wizard.lastError().contains(QStringLiteral("nothing was imported"))) << wizard.lastError().toStdString();
    EXPECT_TRUE(entries().empty());
    EXPECT_EQ(entriesChanged.count(), 0);

    // Through the pages: the problems are listed and Import stays disabled.
    wizard.show();
    for (int i = 0; i < 4; ++i)
        wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    EXPECT_EQ(wizard.findChild<QTreeView *>(QStringLiteral("issueList"))->model()->rowCount(), 3);
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    // Mapping the unknown rep fixes line 4, not line 5.
    wizard.back();
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, li));
    wizard.next();
    EXPECT_EQ(wizard.findChild<QTreeView *>(QStringLiteral("issueList"))->model()->rowCount(), 2);
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(entries().empty());
}

TEST_F(ImportWizardTest, MapsAnUnknownRepAndReimportAddsNothing)
{
    const QString path = writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows);
    {
        ImportWizard wizard(&document, settings.get());
        ASSERT_TRUE(wizard.setFilePath(path));
        EXPECT_FALSE(wizard.validate());
        ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, li));
        ASSERT_TRUE(wizard.validate()) << (wizard.issues().empty() ? std::string() : wizard.issues()[0].toString().toStdString());
        QSignalSpy entriesChanged(&document, &PlanDocument::entriesChanged);
        ASSERT_TRUE(wizard.commit()) << wizard.lastError().toStdString();
        EXPECT_EQ(entriesChanged.count(), 1);
        const ImportWizard::Reconciliation &r = wizard.reconciliation();
        EXPECT_EQ(r.rows, 3);
        EXPECT_EQ(r.outcome.added, 3);
        EXPECT_EQ(r.outcome.updated, 0);
        EXPECT_EQ(r.from, QDate(2026, 11, 16));
        EXPECT_EQ(r.to, QDate(2026, 11, 18));
        // Totals per person and metric, before and after.
        ASSERT_EQ(r.totals.size(), 3u);
        const auto total = [&](NodeId person, MetricId metric) {
            const auto it = std::find_if(r.totals.begin(), r.totals.end(),
                                         [&](const auto &t) { return t.person == person && t.metric == metric; });
            EXPECT_NE(it, r.totals.end());
            return it == r.totals.end() ? ImportWizard::Total{} : *it;
        };
        EXPECT_EQ(total(zhang, kSales).before, Amount(0));
        EXPECT_EQ(total(zhang, kSales).after, Amount(12000'00));
        EXPECT_EQ(total(wang, kCollected).after, Amount(8000'00));
        EXPECT_EQ(total(li, kSales).after, Amount(5000'00));
    }
    const std::vector<ProgressEntry> stored = entries();
    ASSERT_EQ(stored.size(), 3u);
    const auto byRef = [&](const QString &ref) {
        return *std::find_if(stored.begin(), stored.end(), [&](const ProgressEntry &e) { return e.ref == ref; });
    };
    EXPECT_EQ(byRef(QStringLiteral("GX-003")).person, li);
    EXPECT_EQ(byRef(QStringLiteral("GX-001")).product, product);
    EXPECT_EQ(byRef(QStringLiteral("GX-001")).note, QStringLiteral("首单"));

    // The same file again: every row has a reference, so nothing is added or changed.
    ImportWizard again(&document, settings.get());
    ASSERT_TRUE(again.setFilePath(path));
    EXPECT_FALSE(again.validate());
    ASSERT_TRUE(again.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, li));
    ASSERT_TRUE(again.commit()) << again.lastError().toStdString();
    EXPECT_EQ(again.reconciliation().outcome.added, 0);
    EXPECT_EQ(again.reconciliation().outcome.updated, 0);
    EXPECT_EQ(again.reconciliation().outcome.unchanged, 3);
    for (const ImportWizard::Total &t : again.reconciliation().totals)
        EXPECT_EQ(t.before, t.after);
    EXPECT_EQ(entries().size(), 3u);
}

TEST_F(ImportWizardTest, CreatesAnUnknownRepInTheSameTransaction)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows)));
    EXPECT_FALSE(wizard.validate());
    // Under a person is refused before anything is written.
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::Create, zhang));
    EXPECT_FALSE(wizard.validate());
    EXPECT_TRUE(hasIssue(wizard, 0, QString()));
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::Create, team));
    ASSERT_TRUE(wizard.validate()) << wizard.issues()[0].toString().toStdString();
    const Tree &org = document.service().tree(Dimension::Org);
    EXPECT_FALSE(org.find(QStringLiteral("销售部/华东一组/新人甲"))); // validation wrote nothing
    QSignalSpy treeChanged(&document, &PlanDocument::treeChanged);
    QSignalSpy entriesChanged(&document, &PlanDocument::entriesChanged);
    ASSERT_TRUE(wizard.commit()) << wizard.lastError().toStdString();
    EXPECT_EQ(treeChanged.count(), 1);
    EXPECT_EQ(entriesChanged.count(), 1);
    const std::optional<NodeId> created = org.find(QStringLiteral("销售部/华东一组/新人甲"));
    ASSERT_TRUE(created);
    EXPECT_TRUE(org.node(*created).person);
    EXPECT_EQ(wizard.reconciliation().outcome.added, 3);
    EXPECT_EQ(wizard.reconciliation().created.size(), 1);
    EntryFilter filter;
    filter.persons = {*created};
    ASSERT_EQ(document.service().repository().findEntries(filter).size(), 1u);
}

TEST_F(ImportWizardTest, ARefusedImportCreatesNoMember)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows)));
    EXPECT_FALSE(wizard.validate());
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::Create, team));
    ASSERT_TRUE(wizard.validate());
    // The file gains a bad row before the import: refused as a whole, the new rep included.
    writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows + kBadRow);
    ASSERT_TRUE(wizard.setFilePath(dir.filePath(QStringLiteral("good.csv"))));
    ASSERT_TRUE(wizard.resolutions().empty()); // a new file: decide again
    EXPECT_FALSE(wizard.validate());
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::Create, team));
    EXPECT_FALSE(wizard.commit());
    EXPECT_FALSE(document.service().tree(Dimension::Org).find(QStringLiteral("销售部/华东一组/新人甲")));
    EXPECT_TRUE(entries().empty());
}

TEST_F(ImportWizardTest, ProfilesRoundTripThroughQSettings)
{
    // An INI file in a temporary folder (not QSettings::setPath(), which would change every later test).
    QTemporaryDir settingsDir;
    const QString file = settingsDir.filePath(QStringLiteral("profiles.ini"));
    {
        QSettings store(file, QSettings::IniFormat);
        ImportProfiles profiles(&store);
        ImportProfile p;
        p.name = QStringLiteral("CRM 导出/周报");
        p.header(ImportField::Date) = QStringLiteral("日期");
        p.header(ImportField::Person) = QStringLiteral("销售代表");
        p.header(ImportField::Value) = QStringLiteral("金额");
        p.fixedMetric = kCollected;
        p.encoding = TextEncoding::Gb18030;
        p.delimiter = CsvDelimiter::Semicolon;
        p.dateFormat = ImportDateFormat::DayMonthYear;
        ASSERT_TRUE(profiles.save(p));
        EXPECT_FALSE(profiles.save(ImportProfile{})); // no name
        EXPECT_EQ(profiles.names(), QStringList{p.name});
        EXPECT_EQ(profiles.load(p.name), p);
        EXPECT_FALSE(profiles.load(QStringLiteral("nope")));
        const ImportMapping m = p.mappingFor({QStringLiteral("金额"), QStringLiteral(" 日期 "), QStringLiteral("x")});
        EXPECT_EQ(m.value, 0);
        EXPECT_EQ(m.date, 1);
        EXPECT_EQ(m.person, -1);
        EXPECT_EQ(m.fixedMetric, kCollected);
    }
    {
        // Another QSettings over the same file: the profile was stored.
        QSettings store(file, QSettings::IniFormat);
        EXPECT_TRUE(QFile::exists(file));
        EXPECT_TRUE(store.childGroups().contains(QStringLiteral("importProfiles")));
        ImportProfiles profiles(&store);
        const auto loaded = profiles.load(QStringLiteral("CRM 导出/周报"));
        ASSERT_TRUE(loaded);
        EXPECT_EQ(loaded->encoding, TextEncoding::Gb18030);
        EXPECT_EQ(loaded->header(ImportField::Person), QStringLiteral("销售代表"));
        EXPECT_TRUE(profiles.remove(loaded->name));
        EXPECT_FALSE(profiles.remove(loaded->name));
        EXPECT_TRUE(profiles.names().isEmpty());
    }
}

TEST_F(ImportWizardTest, WizardSavesAndAppliesAProfile)
{
    const QString path = writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows);
    {
        ImportWizard wizard(&document, settings.get());
        ASSERT_TRUE(wizard.setFilePath(path));
        ImportMapping m = wizard.mapping();
        m.note = -1;     // not wanted
        m.customer = 7;  // the remark column as the customer, on purpose
        wizard.setMapping(m);
        wizard.setDateFormat(ImportDateFormat::YearMonthDay);
        ASSERT_TRUE(wizard.saveProfile(QStringLiteral("周报导出")));
    }
    ImportWizard wizard(&document, settings.get());
    EXPECT_EQ(wizard.profiles().names(), QStringList{QStringLiteral("周报导出")});
    ASSERT_TRUE(wizard.applyProfile(QStringLiteral("周报导出")));
    ASSERT_TRUE(wizard.setFilePath(path)); // the chosen profile maps the file
    EXPECT_EQ(wizard.mapping().note, -1);
    EXPECT_EQ(wizard.mapping().customer, 7);
    EXPECT_EQ(wizard.mapping().person, 1);
    EXPECT_EQ(wizard.dateFormat(), ImportDateFormat::YearMonthDay);
    EXPECT_TRUE(wizard.deleteProfile(QStringLiteral("周报导出")));
    EXPECT_TRUE(wizard.profiles().names().isEmpty());
}

TEST_F(ImportWizardTest, ValidatesOnlyWhenSomethingItDependsOnChanged)
{
    const QString path = writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows);
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(path));
    EXPECT_FALSE(wizard.isValidated());
    wizard.show();
    for (int i = 0; i < 3; ++i)
        wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::UnknownsPageId);
    EXPECT_TRUE(wizard.isValidated());
    EXPECT_EQ(wizard.validationRuns(), 1);
    // Back to the columns and on to the check page without changing anything: no second pass.
    wizard.back();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    EXPECT_EQ(wizard.validationRuns(), 1);
    EXPECT_EQ(wizard.findChild<QTreeView *>(QStringLiteral("issueList"))->model()->rowCount(), 1); // 新人甲
    // Deciding a name the same way again changes nothing; another decision does.
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::Unresolved));
    EXPECT_TRUE(wizard.isValidated());
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, li));
    EXPECT_FALSE(wizard.isValidated());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.back();
    wizard.next();
    EXPECT_EQ(wizard.validationRuns(), 2);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());

    // Every input of a validation voids it.
    const auto voids = [&](const char *what, const std::function<void()> &change) {
        if (!wizard.isValidated())
            wizard.validate(); // some changes forget the decisions about names: problems again
        ASSERT_TRUE(wizard.isValidated()) << what;
        const int runs = wizard.validationRuns();
        change();
        EXPECT_FALSE(wizard.isValidated()) << what;
        EXPECT_EQ(wizard.validationRuns(), runs) << what; // voided, not redone at once
    };
    voids("date format", [&] { wizard.setDateFormat(ImportDateFormat::YearMonthDay); });
    voids("delimiter", [&] { wizard.setDelimiter(CsvDelimiter::Comma); });
    voids("encoding", [&] { wizard.setEncoding(TextEncoding::Gb18030); });
    voids("mapping", [&] {
        ImportMapping m = wizard.mapping();
        m.note = -1;
        wizard.setMapping(m);
    });
    voids("a column box", [&] {
        auto *box = wizard.findChild<QComboBox *>(QStringLiteral("field_customer"));
        box->setCurrentIndex(box->findData(-1));
    });
    voids("a name", [&] {
        ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, wang));
    });
    EXPECT_TRUE(wizard.validate());
    ASSERT_TRUE(wizard.saveProfile(QStringLiteral("周报"))); // saving changes no choice
    EXPECT_TRUE(wizard.isValidated());
    voids("profile", [&] { ASSERT_TRUE(wizard.applyProfile(QStringLiteral("周报"))); });
    voids("profile box", [&] {
        wizard.findChild<QComboBox *>(QStringLiteral("profileBox"))->setCurrentIndex(0);
    });
    voids("the same file again", [&] { ASSERT_TRUE(wizard.setFilePath(path)); });
    voids("a tree of the plan", [&] {
        document.changeTree(Dimension::Org,
                            [&](PlanService &s) { s.ensurePath(Dimension::Org, QStringLiteral("销售部/华东二组")); });
    });
    voids("another plan", [&] { document.open(dir.filePath(QStringLiteral("other.sqlite"))); });
    EXPECT_TRUE(wizard.resolutions().empty()); // its members are other ones
    EXPECT_TRUE(entries().empty());
}

TEST_F(ImportWizardTest, ImportReadsNoMoreThanTheCheckPage)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_NO_FATAL_FAILURE(toCheckPage(wizard, ImportWizard::Resolution::Action::MapTo, li));
    EXPECT_EQ(wizard.validationRuns(), 2);
    wizard.next(); // Import
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPageId) << wizard.lastError().toStdString();
    EXPECT_EQ(wizard.validationRuns(), 2);
    EXPECT_FALSE(wizard.isValidated()); // importing it again is a new decision
    EXPECT_EQ(wizard.reconciliation().rows, 3);
    EXPECT_EQ(wizard.reconciliation().outcome.added, 3);
    const std::vector<ProgressEntry> stored = entries();
    ASSERT_EQ(stored.size(), 3u);
    const auto byRef = [&](const QString &ref) {
        return *std::find_if(stored.begin(), stored.end(), [&](const ProgressEntry &e) { return e.ref == ref; });
    };
    EXPECT_EQ(byRef(QStringLiteral("GX-001")).person, zhang);
    EXPECT_EQ(byRef(QStringLiteral("GX-001")).value, Amount(12000'00));
    EXPECT_EQ(byRef(QStringLiteral("GX-002")).person, wang);
    EXPECT_EQ(byRef(QStringLiteral("GX-002")).metric, kCollected);
    EXPECT_EQ(byRef(QStringLiteral("GX-003")).person, li);
}

TEST_F(ImportWizardTest, WhileTheImportWritesTheCheckPageSaysSoAndTheCursorIsBusy)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_NO_FATAL_FAILURE(toCheckPage(wizard, ImportWizard::Resolution::Action::MapTo, li));
    EXPECT_EQ(QGuiApplication::overrideCursor(), nullptr);
    auto *info = wizard.findChild<QLabel *>(QStringLiteral("validationInfoLabel"));
    QString textWhileWriting;
    Qt::CursorShape cursorWhileWriting = Qt::ArrowCursor;
    QObject::connect(&document, &PlanDocument::entriesChanged, &wizard, [&] {
        textWhileWriting = info->text();
        if (const QCursor *c = QGuiApplication::overrideCursor())
            cursorWhileWriting = c->shape();
    });
    wizard.next(); // Import
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPageId) << wizard.lastError().toStdString();
    EXPECT_TRUE(textWhileWriting.startsWith(QStringLiteral("Importing 3 row"))) << textWhileWriting.toStdString();
    EXPECT_EQ(cursorWhileWriting, Qt::WaitCursor);
    EXPECT_EQ(QGuiApplication::overrideCursor(), nullptr); // restored
}

TEST_F(ImportWizardTest, CreatesAMemberThroughThePages)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_NO_FATAL_FAILURE(toNamesPage(wizard));
    auto *action = wizard.findChild<QComboBox *>(QStringLiteral("unknownAction0"));
    ASSERT_NE(action, nullptr);
    action->setCurrentIndex(action->findData(int(ImportWizard::Resolution::Action::Create)));
    auto *member = wizard.findChild<QComboBox *>(QStringLiteral("unknownMember0"));
    member->setCurrentIndex(member->findData(qint64(team)));
    ASSERT_EQ(wizard.resolutions()[0].node, team);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    ASSERT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled()) << (wizard.issues().empty() ? std::string() : wizard.issues()[0].toString().toStdString());
    const int runs = wizard.validationRuns();
    wizard.next(); // Import: the member is created, then the file is read against it
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPageId) << wizard.lastError().toStdString();
    EXPECT_EQ(wizard.validationRuns(), runs);
    const std::optional<NodeId> created = document.service().tree(Dimension::Org).find(QStringLiteral("销售部/华东一组/新人甲"));
    ASSERT_TRUE(created);
    EntryFilter filter;
    filter.persons = {*created};
    const std::vector<ProgressEntry> mine = document.service().repository().findEntries(filter);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].ref, QStringLiteral("GX-003"));
    EXPECT_EQ(entries().size(), 3u);
    const auto it = std::find_if(wizard.reconciliation().totals.begin(), wizard.reconciliation().totals.end(),
                                 [&](const ImportWizard::Total &t) { return t.person == *created; });
    ASSERT_NE(it, wizard.reconciliation().totals.end());
    EXPECT_EQ(it->after, Amount(5000'00));
}

TEST_F(ImportWizardTest, AFailedCreationLeavesTheCheckPageCurrent)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_NO_FATAL_FAILURE(toCheckPage(wizard, ImportWizard::Resolution::Action::Create, team));
    ASSERT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    // Behind the document's back (no signal), someone else adds 新人甲 where it was to be created.
    document.service().ensurePath(Dimension::Org, QStringLiteral("销售部/华东一组/新人甲"), true);
    wizard.next(); // Import: refused, everything rolled back
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    EXPECT_TRUE(wizard.lastError().startsWith(QStringLiteral("Nothing was imported"))) << wizard.lastError().toStdString();
    EXPECT_TRUE(entries().empty());
    // The page was checked again against the plan as it is now: the reason is listed.
    EXPECT_TRUE(wizard.isValidated());
    EXPECT_TRUE(hasIssue(wizard, 0, QString()));
    EXPECT_EQ(wizard.findChild<QTreeView *>(QStringLiteral("issueList"))->model()->rowCount(), 1);
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    // Mapped to the member that now exists, it imports.
    const NodeId existing = *document.service().tree(Dimension::Org).find(QStringLiteral("销售部/华东一组/新人甲"));
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, existing));
    ASSERT_TRUE(wizard.commit()) << wizard.lastError().toStdString();
    EXPECT_EQ(entries().size(), 3u);
}

TEST_F(ImportWizardTest, AFailedImportWritesNothingAndCanBeTriedAgain)
{
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("good.csv"), kHeader + kGoodRows)));
    EXPECT_FALSE(wizard.validate());
    ASSERT_TRUE(wizard.resolve(Dimension::Org, QStringLiteral("新人甲"), ImportWizard::Resolution::Action::MapTo, li));
    ASSERT_TRUE(wizard.validate());
    // Behind the document's back (no signal), 李娜 stops being a sales rep: the validated entries
    // are refused by the plan, and nothing is written.
    document.service().setPersonInfo(li, false, 0);
    EXPECT_FALSE(wizard.commit());
    EXPECT_TRUE(wizard.lastError().startsWith(QStringLiteral("Nothing was imported"))) << wizard.lastError().toStdString();
    EXPECT_TRUE(entries().empty());
    // Tried again, the file is read again against the plan as it is.
    EXPECT_FALSE(wizard.commit());
    EXPECT_TRUE(entries().empty());
    document.service().setPersonInfo(li, true, 0);
    ASSERT_TRUE(wizard.commit()) << wizard.lastError().toStdString();
    EXPECT_EQ(wizard.reconciliation().outcome.added, 3);
    EXPECT_EQ(entries().size(), 3u);
}

TEST_F(ImportWizardTest, TheCheckPageListsEveryProblem)
{
    QString rows;
    for (int i = 0; i < 1005; ++i)
        rows += QStringLiteral("2026-11-45,张伟,销售额,100,,,BAD-%1,\r\n").arg(i);
    ImportWizard wizard(&document, settings.get());
    ASSERT_TRUE(wizard.setFilePath(writeGbk(QStringLiteral("bad.csv"), kHeader + rows)));
    wizard.show();
    for (int i = 0; i < 4; ++i)
        wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    EXPECT_EQ(wizard.issues().size(), 1005u);
    // Every problem is listed (a view over the list, not an item per problem).
    const QAbstractItemModel *list = wizard.findChild<QTreeView *>(QStringLiteral("issueList"))->model();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(list), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list->rowCount(), 1005);
    EXPECT_EQ(list->index(999, 0).data().toString(), QStringLiteral("1001")); // line 1 is the header
    EXPECT_EQ(list->index(1004, 0).data().toString(), QStringLiteral("1006"));
    EXPECT_EQ(list->index(1004, 1).data().toString(), QStringLiteral("日期"));
    EXPECT_FALSE(list->index(1004, 2).data().toString().isEmpty());
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("validationInfoLabel"))->text().contains(QStringLiteral("1005 problem")));
}

// The demo plan, and a look at every page.
TEST(ImportWizardLook, EveryPage)
{
    QTemporaryDir dir;
    PlanDocument document(fixedNow);
    document.open(dir.filePath(QStringLiteral("demo.sqlite")), true);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QStringEncoder encoder("GB18030");
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(encoder.encode(text));
        return file.fileName();
    };
    const QString rows = QStringLiteral("2026-11-19,张伟,销售额,\"12,000.00\",产品线A/智能终端,宏达科技,GX-101,首单\r\n"
                                        "2026/11/19,王芳,回款,8000,,恒信贸易,GX-102,\r\n"
                                        "2026-11-20,新人甲,销售额,5000,,华宇制造,GX-103,\r\n"
                                        "2026-11-20,李娜,客户拜访量,3,,金桥物流,GX-104,电话回访\r\n");
    const auto grab = [](ImportWizard &w, const QString &name) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QStringLiteral("/tmp/reports-wizard-%1.png").arg(name)));
    };
    {
        ImportWizard wizard(&document, &settings);
        wizard.resize(1280, 800);
        wizard.show();
        ASSERT_TRUE(wizard.setFilePath(write(QStringLiteral("bad.csv"), kHeader + rows + kBadRow)));
        for (int i = 0; i < 4; ++i)
            wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
        grab(wizard, QStringLiteral("5-check-errors"));
    }
    ImportWizard wizard(&document, &settings);
    wizard.resize(1280, 800);
    wizard.show();
    ASSERT_TRUE(wizard.setFilePath(write(QStringLiteral("good.csv"), kHeader + rows)));
    grab(wizard, QStringLiteral("1-file"));
    wizard.next();
    grab(wizard, QStringLiteral("2-preview"));
    wizard.next();
    grab(wizard, QStringLiteral("3-columns"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::UnknownsPageId);
    // Map 新人甲 to 李娜 through the page's combo boxes.
    auto *action = wizard.findChild<QComboBox *>(QStringLiteral("unknownAction0"));
    ASSERT_NE(action, nullptr);
    action->setCurrentIndex(action->findData(int(ImportWizard::Resolution::Action::MapTo)));
    auto *member = wizard.findChild<QComboBox *>(QStringLiteral("unknownMember0"));
    const int liIndex = member->findText(QStringLiteral("李娜"), Qt::MatchEndsWith);
    ASSERT_GE(liIndex, 0);
    member->setCurrentIndex(liIndex);
    grab(wizard, QStringLiteral("4-names"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPageId);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    grab(wizard, QStringLiteral("5-check"));
    wizard.next(); // Import
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPageId);
    EXPECT_EQ(wizard.reconciliation().outcome.added, 4);
    EXPECT_EQ(wizard.findChild<QTableWidget *>(QStringLiteral("totalsTable"))->rowCount(), 4);
    grab(wizard, QStringLiteral("6-result"));
}

} // namespace
} // namespace st
