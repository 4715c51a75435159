// Migrations: genuine old files are upgraded step by step with their data; foreign, newer and
// damaged files are refused with a message naming the file.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/Migrations.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace st {
namespace {

template <typename Call>
QString errorOf(Call &&call)
{
    try {
        call();
    } catch (const DomainError &e) {
        return e.message();
    }
    return QStringLiteral("<no error>");
}

class MigrationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("old.salestarget"));
    }

    std::int64_t count(const char *sql)
    {
        Database db(m_path);
        return db.queryInt(sql);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

// A version-1 file as an older build left it, filled with plain SQL.
void fillVersion1(const QString &path, int badTargetMonth = 0)
{
    Database db(path);
    ASSERT_EQ(db.userVersion(), 1);
    ASSERT_EQ(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'plan_year'"), 0);
    const qint64 day = QDate(2026, 3, 2).toJulianDay();
    const QString sql = QStringLiteral(
        "UPDATE settings SET fiscal_year_start_month = 4, company_name = 'Acme';"
        "UPDATE node SET name = 'Acme' WHERE id = 1;"
        "INSERT INTO node (id, dimension, parent, name) VALUES (2, 0, 1, 'Product A');"
        "INSERT INTO node (id, dimension, parent, name, is_person) VALUES (3, 2, 1, 'Wang', 1);"
        "INSERT INTO target VALUES (1, 2, %1, 500000, 0);"
        "INSERT INTO target VALUES (1, 2, %2, 600000, 1);"
        "INSERT INTO entry (day, metric, person, product, value, customer, ref, entered_by, entered_at)"
        "  VALUES (%3, 1, 3, 2, 12345, 'ACME', 'SO-9', 'wang', '2026-03-02T09:30:15.250Z');"
        "INSERT INTO audit (at, user, action, entity, key, new)"
        "  VALUES ('2026-03-02T09:30:15.250Z', 'wang', 'insert', 'entry', '1', 'old row');")
                            .arg(Month(2026, 3).index())
                            .arg(badTargetMonth != 0 ? badTargetMonth : Month(2026, 4).index())
                            .arg(day);
    db.execute(sql.toUtf8().constData());
}

TEST_F(MigrationsTest, Version1FileIsUpgradedWithItsDataIntact)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_metric_day'"), 1);

    auto repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->schemaVersion(), Migrations::kLatestVersion);
    const PlanSettings settings = repo->loadSettings();
    EXPECT_EQ(settings.fiscalYearStartMonth, 4);
    EXPECT_EQ(settings.companyName, QStringLiteral("Acme"));
    const auto nodes = repo->loadNodes();
    ASSERT_EQ(nodes.size(), 3U);
    EXPECT_EQ(nodes[0].name, QStringLiteral("Acme"));
    EXPECT_EQ(nodes[2], (Node{3, 1, Dimension::Org, QStringLiteral("Wang"), true, 0, 0}));
    EXPECT_EQ(repo->loadTargets().size(), 2U);
    // March 2026 belongs to FY2025 and April to FY2026 when the year starts in April.
    EXPECT_EQ(repo->planYears(), (std::vector<int>{2025, 2026}));
    const ProgressEntry e = repo->entry(1);
    EXPECT_EQ(e.date, QDate(2026, 3, 2));
    EXPECT_EQ(e.value, Amount(12345));
    EXPECT_EQ(e.ref, QStringLiteral("SO-9"));
    EXPECT_EQ(e.enteredAt, QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC));
    std::int64_t facts = 0;
    repo->scanFacts(1, QDate(2026, 3, 1), QDate(2026, 3, 31), [&](const EntryFact &f) { facts += f.value; });
    EXPECT_EQ(facts, 12345);
    ASSERT_EQ(repo->auditLog(0).size(), 1U);
    EXPECT_EQ(repo->auditLog(0).front().newValue, QStringLiteral("old row"));
    repo.reset();

    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_metric_day'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_fact'"), 0); // replaced in version 4
    EXPECT_EQ(count("SELECT count(*) FROM fact_part"), 1);
}

TEST_F(MigrationsTest, Version2FileGainsActionsAndReviewsWithItsDataIntact)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path);
    SqliteRepository::migrateTo(m_path, 2);
    EXPECT_EQ(count("PRAGMA user_version"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name IN ('corrective_action', 'period_review')"), 0);

    auto repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->schemaVersion(), Migrations::kLatestVersion);
    EXPECT_EQ(repo->loadNodes().size(), 3U);
    EXPECT_EQ(repo->loadTargets().size(), 2U);
    EXPECT_EQ(repo->entry(1).ref, QStringLiteral("SO-9"));
    EXPECT_EQ(repo->auditLog(0).size(), 1U);
    EXPECT_TRUE(repo->loadActions().empty());
    EXPECT_TRUE(repo->loadReviews().empty());

    const AuditStamp stamp{QStringLiteral("wang"), QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC), {}};
    CorrectiveAction action;
    action.node = 2;
    action.description = QStringLiteral("Promote bundles");
    action.id = repo->insertAction(action, stamp);
    const PeriodReview review{3, 1, QStringLiteral("2026-03"), QStringLiteral("visits"), QString()};
    repo->saveReview(std::nullopt, review, stamp);
    repo.reset();
    repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->loadActions(), (std::vector<CorrectiveAction>{action}));
    EXPECT_EQ(repo->loadReviews(), (std::vector<PeriodReview>{review}));
}

TEST_F(MigrationsTest, Version3FileGetsPackedFactsForEveryEntry)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path);
    SqliteRepository::migrateTo(m_path, 3);
    {
        // 300 more entries over three days and two metrics, some without product or region, with
        // negative values (cancellations), written as an old build did: with entered_by/at.
        Database db(m_path);
        std::string sql;
        for (int i = 0; i < 300; ++i) {
            const qint64 day = QDate(2026, 3, 1 + i % 3).toJulianDay();
            sql += "INSERT INTO entry (day, metric, person, product, region, value, ref, entered_by, entered_at) VALUES ("
                 + std::to_string(day) + ", " + std::to_string(i % 2 == 0 ? 1 : 4) + ", 3, "
                 + (i % 5 == 0 ? std::string("NULL") : std::string("2")) + ", NULL, " + std::to_string(i % 7 == 0 ? -i : i)
                 + ", 'M-" + std::to_string(i) + "', 'wang', '2026-03-02T09:30:15.250Z');";
        }
        db.execute(sql.c_str());
    }
    auto repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->schemaVersion(), Migrations::kLatestVersion);
    repo.reset();
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_fact'"), 0);
    EXPECT_EQ(count("SELECT sum(count) FROM fact_part"), 301);
    EXPECT_EQ(count("SELECT count(*) FROM fact_part WHERE metric = 4 AND day = 2461102 AND part = 0"), 1); // 2026-03-02
    repo = SqliteRepository::open(m_path);

    // Every fact of the table comes back from the packed facts, per metric and date range.
    for (MetricId metric : {1, 4}) {
        std::int64_t fromTable = 0;
        std::int64_t rows = 0;
        for (const ProgressEntry &e : repo->findEntries({})) {
            if (e.metric == metric && e.date >= QDate(2026, 3, 2) && e.date <= QDate(2026, 3, 3)) {
                fromTable += e.value.minor() * 7 + e.product * 3 + e.person;
                ++rows;
            }
        }
        std::int64_t fromFacts = 0;
        std::int64_t facts = 0;
        repo->scanFacts(metric, QDate(2026, 3, 2), QDate(2026, 3, 3), [&](const EntryFact &f) {
            fromFacts += f.value * 7 + f.product * 3 + f.person;
            ++facts;
        });
        EXPECT_GT(rows, 50);
        EXPECT_EQ(facts, rows);
        EXPECT_EQ(fromFacts, fromTable);
    }
    // Entries written before version 4 keep who entered them and when.
    const ProgressEntry old = repo->findEntries({}).back();
    EXPECT_EQ(old.enteredBy, QStringLiteral("wang"));
    EXPECT_EQ(old.enteredAt, QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC));
}

TEST_F(MigrationsTest, Version4FileKeepsItsRefsUniqueWithoutTheIndex)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path); // entry 1 has the ref SO-9
    SqliteRepository::migrateTo(m_path, 4);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_ref'"), 1);
    auto repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->schemaVersion(), Migrations::kLatestVersion);
    repo.reset();
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_ref'"), 0);
    EXPECT_EQ(count("SELECT sum(count) FROM ref_block"), 1);
    repo = SqliteRepository::open(m_path);

    // The old ref is still taken: adding it again is refused, importing it updates entry 1.
    ProgressEntry again = repo->entry(1);
    again.id = 0;
    EXPECT_THROW(repo->insertEntry(again, AuditStamp{}), DomainError);
    again.value = Amount(999);
    const ImportOutcome o = repo->upsertEntries(std::vector<ProgressEntry>{again}, AuditStamp{}, QString());
    EXPECT_EQ(o.updated, 1);
    EXPECT_EQ(repo->entry(1).value, Amount(999));
    EXPECT_EQ(repo->findEntries({}).size(), 1U);
}

TEST_F(MigrationsTest, Version5FileGetsItsFactBlobsMovedOutOfThePartRows)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path); // entry 1: sales on 2026-03-02
    SqliteRepository::migrateTo(m_path, 5);
    const qint64 day = QDate(2026, 3, 2).toJulianDay();
    {
        // An import of an old build: 100 more entries on the same day and their facts as a new
        // part 1 of the day in fact_block.
        Database db(m_path);
        ASSERT_EQ(db.queryInt("SELECT count(*) FROM fact_block"), 1);
        std::string sql;
        std::vector<FactRecord> facts;
        for (int i = 0; i < 100; ++i) {
            const int value = i % 7 == 0 ? -i : i * 1000;
            sql += "INSERT INTO entry (id, day, metric, person, product, value) VALUES (" + std::to_string(10 + i) + ", "
                 + std::to_string(day) + ", 1, 3, " + (i % 2 == 0 ? "2" : "NULL") + ", " + std::to_string(value) + ");";
            facts.push_back(FactRecord{10 + i, 3, i % 2 == 0 ? 2 : 0, 0, value});
        }
        std::vector<unsigned char> blob;
        FactStore::encode(facts, blob);
        sql += "INSERT INTO fact_block (key, count, facts) VALUES (" + std::to_string(FactStore::key(1, day, 1)) + ", 100, x'"
             + QByteArray(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size())).toHex().toStdString() + "');";
        db.execute(sql.c_str());
    }
    auto repo = SqliteRepository::open(m_path);
    EXPECT_EQ(repo->schemaVersion(), Migrations::kLatestVersion);
    repo.reset();
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'fact_block'"), 0);
    // The same parts, each with its blob, in key order.
    EXPECT_EQ(count("SELECT count(*) FROM fact_part"), 2);
    EXPECT_EQ(count("SELECT sum(count) FROM fact_part WHERE metric = 1 AND day = 2461102"), 101);
    EXPECT_EQ(count("SELECT count(*) FROM fact_part AS p JOIN fact_blob AS b ON b.id = p.blob AND b.id = p.part + 1"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM fact_blob"), 2);

    repo = SqliteRepository::open(m_path);
    const auto sumOfFacts = [&] {
        std::int64_t sum = 0;
        repo->scanFacts(1, QDate(2026, 3, 1), QDate(2026, 3, 31), [&](const EntryFact &f) { sum += f.value * 7 + f.product; });
        return sum;
    };
    const auto sumOfEntries = [&] {
        std::int64_t sum = 0;
        for (const ProgressEntry &e : repo->findEntries({}))
            sum += e.value.minor() * 7 + e.product;
        return sum;
    };
    EXPECT_EQ(repo->findEntries({}).size(), 101U);
    EXPECT_EQ(sumOfFacts(), sumOfEntries());
    // Single writes change the migrated parts: a delete from part 0, an edit in part 1, an insert.
    repo->deleteEntry(repo->entry(1), AuditStamp{});
    ProgressEntry changed = repo->entry(50);
    const ProgressEntry before = changed;
    changed.value = Amount(777);
    repo->updateEntry(before, changed, AuditStamp{});
    ProgressEntry added = before;
    added.id = 0;
    added.value = Amount(5);
    repo->insertEntry(added, AuditStamp{});
    EXPECT_EQ(repo->findEntries({}).size(), 101U);
    EXPECT_EQ(sumOfFacts(), sumOfEntries());
    repo.reset();
    EXPECT_EQ(count("SELECT count(*) FROM fact_part"), 1); // part 0 emptied, blob and all
    EXPECT_EQ(count("SELECT count(*) FROM fact_blob"), 1);
}

TEST_F(MigrationsTest, AFailedStepLeavesTheFileAtItsPreviousVersion)
{
    SqliteRepository::migrateTo(m_path, 1);
    fillVersion1(m_path, 5); // a target in month 5 of year 0: no valid fiscal year for plan_year
    const QString error = errorOf([&] { SqliteRepository::open(m_path); });
    EXPECT_TRUE(error.contains(QStringLiteral("schema version 2"))) << error.toStdString();
    EXPECT_EQ(count("PRAGMA user_version"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'plan_year'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'entry_metric_day'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM entry"), 1);
}

TEST_F(MigrationsTest, NewFileIsMarkedAndAtTheLatestVersion)
{
    SqliteRepository::open(m_path);
    EXPECT_EQ(count("PRAGMA user_version"), Migrations::kLatestVersion);
    EXPECT_EQ(count("PRAGMA application_id"), Migrations::kApplicationId);
    EXPECT_EQ(count("SELECT count(*) FROM metric"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM node WHERE id = 1 AND parent IS NULL"), 1);
}

TEST_F(MigrationsTest, ANewerFileIsRefused)
{
    SqliteRepository::open(m_path);
    {
        Database db(m_path);
        db.setUserVersion(Migrations::kLatestVersion + 1);
    }
    const QString error = errorOf([&] { SqliteRepository::open(m_path); });
    EXPECT_TRUE(error.contains(m_path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("newer SalesTarget (schema version %1").arg(Migrations::kLatestVersion + 1)))
        << error.toStdString();
    EXPECT_EQ(count("PRAGMA user_version"), Migrations::kLatestVersion + 1); // untouched
}

TEST_F(MigrationsTest, DowngradingIsRefused)
{
    SqliteRepository::open(m_path);
    EXPECT_THROW(SqliteRepository::migrateTo(m_path, 1), DomainError);
}

TEST_F(MigrationsTest, AFileThatIsNotADatabaseIsRefused)
{
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("date,metric,value\n2026-03-02,sales,100\n").repeated(20));
    file.close();
    const QString error = errorOf([&] { SqliteRepository::open(m_path); });
    EXPECT_EQ(error, QStringLiteral("Cannot open \"%1\": the file is not a SalesTarget database (it is not an "
                                    "SQLite file).")
                         .arg(m_path));
}

TEST_F(MigrationsTest, AnotherApplicationsDatabaseIsRefused)
{
    {
        Database db(m_path);
        db.execute("CREATE TABLE customers (name TEXT)");
    }
    const QString error = errorOf([&] { SqliteRepository::open(m_path); });
    EXPECT_EQ(error, QStringLiteral("Cannot open \"%1\": the file is an SQLite database but not a SalesTarget "
                                    "database.")
                         .arg(m_path));
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema"), 1); // nothing was added to it
}

TEST_F(MigrationsTest, AnUnreachablePathIsRefused)
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/plan.salestarget"));
    const QString error = errorOf([&] { SqliteRepository::open(path); });
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot open \"%1\": ").arg(path))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be opened or created"))) << error.toStdString();
}

} // namespace
} // namespace st
