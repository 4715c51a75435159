// FactStore and the facts behind the repository: packing round trips, parts made by imports and
// single entries, every entry write keeping the facts equal to the table, and the import's
// foreign-key handling.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/Migrations.h"
#include "salestarget/storage/RefStore.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace st {
namespace {

const AuditStamp kStamp{QStringLiteral("manager"), QDateTime(QDate(2026, 3, 9), QTime(7, 0), Qt::UTC), {}};

TEST(FactStorePacking, RoundTripsExtremeValues)
{
    const std::vector<FactRecord> facts{
        {1, 2, 0, 0, 0},
        {2, 2147483647, 7, 9, -1},
        {1000000000000, 5, 6, 7, std::numeric_limits<std::int64_t>::max()},
        {1000000000001, 5, 6, 7, std::numeric_limits<std::int64_t>::min()},
    };
    std::vector<unsigned char> blob;
    FactStore::encode(facts, blob);
    std::vector<FactRecord> back;
    ASSERT_TRUE(FactStore::decode(blob.data(), blob.size(), back));
    EXPECT_EQ(back, facts);
    // A truncated blob is refused, not misread.
    back.clear();
    EXPECT_FALSE(FactStore::decode(blob.data(), blob.size() - 1, back));
}

class FactStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { Migrations::migrate(m_db); }

    std::vector<FactRecord> day(MetricId metric, std::int64_t d)
    {
        std::vector<FactRecord> out;
        FactStore(m_db).scan(metric, d, d, [&](std::int64_t, const FactRecord &f) { out.push_back(f); });
        std::sort(out.begin(), out.end(), [](const FactRecord &a, const FactRecord &b) { return a.id < b.id; });
        return out;
    }
    std::int64_t parts(MetricId metric, std::int64_t d)
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM fact_part WHERE metric = %1 AND day = %2").arg(metric).arg(d);
        return m_db.queryInt(sql.toUtf8().constData());
    }
    /// Every part names a blob of its own and every blob belongs to a part.
    void expectBlobsMatchParts()
    {
        EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM fact_blob"), m_db.queryInt("SELECT count(*) FROM fact_part"));
        EXPECT_EQ(m_db.queryInt("SELECT count(DISTINCT p.blob) FROM fact_part AS p JOIN fact_blob AS b ON b.id = p.blob"),
                  m_db.queryInt("SELECT count(*) FROM fact_part"));
    }
    /// `n` entries of metric 1 from id `firstId` on: `perDay` on each day from `from` on.
    static std::vector<ProgressEntry> entries(int n, QDate from, int perDay)
    {
        std::vector<ProgressEntry> out;
        for (int i = 0; i < n; ++i) {
            ProgressEntry e;
            e.date = from.addDays(i / perDay);
            e.metric = 1;
            e.value = Amount(i);
            e.person = 2 + i % 3;
            out.push_back(e);
        }
        return out;
    }
    void addAll(const std::vector<ProgressEntry> &rows, EntryId firstId)
    {
        std::vector<std::uint32_t> order(rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k)
            order[k] = std::uint32_t(k);
        m_db.transaction([&] { FactStore(m_db).addAll(rows, order, firstId); });
    }
    std::vector<FactRecord> facts(const std::vector<ProgressEntry> &rows, EntryId firstId, QDate date)
    {
        std::vector<FactRecord> out;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            if (rows[k].date == date)
                out.push_back(FactRecord{firstId + EntryId(k), std::int32_t(rows[k].person), 0, 0, rows[k].value.minor()});
        }
        return out;
    }

    Database m_db{QStringLiteral(":memory:")};
};

TEST_F(FactStoreTest, ImportsAddPartsAndSingleFactsJoinTheLastPart)
{
    FactStore store(m_db);
    std::vector<FactRecord> expected;
    for (int round = 0; round < 3; ++round) {
        FactStore::Changes bulk;
        for (int i = 0; i < 100; ++i) {
            const FactRecord f{EntryId(round * 1000 + i + 1), 2, i % 3, 0, i};
            bulk.add(1, 2461000, f);
            expected.push_back(f);
        }
        bulk.add(1, 2461001, FactRecord{EntryId(round * 1000 + 999), 2, 0, 0, 5}); // another day: a single fact
        m_db.transaction([&] { store.apply(bulk); });
    }
    EXPECT_EQ(parts(1, 2461000), 3); // one part per import
    EXPECT_EQ(parts(1, 2461001), 1); // single facts share one part
    EXPECT_EQ(day(1, 2461000), expected);
    EXPECT_EQ(day(1, 2461001).size(), 3U);
    EXPECT_TRUE(day(2, 2461000).empty());

    // Removing facts from several parts and adding one.
    FactStore::Changes edit;
    edit.remove(1, 2461000, 1);
    edit.remove(1, 2461000, 2050);
    edit.add(1, 2461000, FactRecord{5000, 3, 0, 0, 77});
    m_db.transaction([&] { store.apply(edit); });
    std::erase_if(expected, [](const FactRecord &f) { return f.id == 1 || f.id == 2050; });
    expected.push_back(FactRecord{5000, 3, 0, 0, 77});
    EXPECT_EQ(day(1, 2461000), expected);

    // Removing what is not there: the facts no longer match the entries, nothing is changed.
    FactStore::Changes missing;
    missing.remove(1, 2461000, 424242);
    EXPECT_THROW(m_db.transaction([&] { store.apply(missing); }), DomainError);
    EXPECT_EQ(day(1, 2461000), expected);
}

TEST_F(FactStoreTest, ADayOutOfPartNumbersIsMergedIntoOnePart)
{
    FactStore store(m_db);
    std::vector<FactRecord> expected;
    m_db.transaction([&] {
        for (int part = 0; part <= FactStore::kMaxPart + 3; ++part) {
            FactStore::Changes bulk;
            for (int i = 0; i < 64; ++i) {
                const FactRecord f{EntryId(part * 100 + i + 1), 2, 0, 0, 1};
                bulk.add(1, 2461000, f);
                expected.push_back(f);
            }
            store.apply(bulk);
        }
    });
    // The imports after the 256th join the last part...
    EXPECT_EQ(parts(1, 2461000), FactStore::kMaxPart + 1);
    EXPECT_EQ(day(1, 2461000), expected);
    // ...until it is full: then the day's facts are merged into its first part.
    FactStore::Changes big;
    for (int i = 0; i < 9000; ++i) {
        const FactRecord f{EntryId(100000 + i), 2, 0, 0, i};
        big.add(1, 2461000, f);
        expected.push_back(f);
    }
    m_db.transaction([&] { store.apply(big); });
    EXPECT_LE(parts(1, 2461000), 2);
    EXPECT_EQ(day(1, 2461000), expected);
    EXPECT_EQ(m_db.queryInt("SELECT sum(count) FROM fact_part"), std::int64_t(expected.size()));
    expectBlobsMatchParts();
}

TEST_F(FactStoreTest, AnImportAppendsItsBlobsAndLeavesTheStoredOnesAlone)
{
    // A first import: days of 100 facts, then a day of 3 (a weekend).
    const QDate first(2026, 3, 2);
    std::vector<ProgressEntry> a = entries(1003, first, 100);
    addAll(a, 1);
    EXPECT_EQ(parts(1, first.toJulianDay()), 1);
    EXPECT_EQ(parts(1, first.addDays(10).toJulianDay()), 1);
    const std::int64_t lastBlob = m_db.queryInt("SELECT max(id) FROM fact_blob");

    // A small import joins the days' last parts when it has fewer than 64 facts of a day...
    std::vector<ProgressEntry> b = entries(10, first.addDays(10), 100);
    addAll(b, 5000);
    EXPECT_EQ(parts(1, first.addDays(10).toJulianDay()), 1);
    EXPECT_EQ(m_db.queryInt("SELECT max(id) FROM fact_blob"), lastBlob);

    // ...a large one makes a new part for every day, however few of its facts are on it: the
    // stored blobs keep their ids and bytes, the new ones come after them.
    m_db.execute("CREATE TEMP TABLE stored AS SELECT id, facts FROM fact_blob");
    std::vector<ProgressEntry> c = entries(10000, first, 1000);
    c.back().date = first.addDays(10); // one fact on the small day
    addAll(c, 10000);
    EXPECT_EQ(parts(1, first.toJulianDay()), 2);
    EXPECT_EQ(parts(1, first.addDays(10).toJulianDay()), 2);
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM stored AS s JOIN fact_blob AS b ON b.id = s.id AND b.facts = s.facts"),
              m_db.queryInt("SELECT count(*) FROM stored"));
    EXPECT_GT(m_db.queryInt("SELECT min(blob) FROM fact_part WHERE part = 1"), lastBlob);
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM fact_part WHERE part = 1"), 11);

    std::vector<FactRecord> expected = facts(a, 1, first.addDays(10));
    const std::vector<FactRecord> small = facts(b, 5000, first.addDays(10));
    expected.insert(expected.end(), small.begin(), small.end());
    expected.push_back(facts(c, 10000, first.addDays(10)).back());
    EXPECT_EQ(day(1, first.addDays(10).toJulianDay()), expected);
    expected = facts(a, 1, first);
    const std::vector<FactRecord> big = facts(c, 10000, first);
    expected.insert(expected.end(), big.begin(), big.end());
    EXPECT_EQ(day(1, first.toJulianDay()), expected);
    expectBlobsMatchParts();
}

TEST_F(FactStoreTest, RebuildPacksTheEntryTableAndDropsWhatWasThere)
{
    FactStore store(m_db);
    FactStore::Changes stale;
    for (int i = 0; i < 100; ++i)
        stale.add(2, 2461000, FactRecord{EntryId(9000 + i), 2, 0, 0, 1});
    m_db.transaction([&] { store.apply(stale); });
    m_db.execute("INSERT INTO node (id, dimension, parent, name, is_person) VALUES (2, 2, 1, 'Li', 1);"
                 "INSERT INTO node (id, dimension, parent, name) VALUES (3, 0, 1, 'A');"
                 "INSERT INTO entry (id, day, metric, person, product, value) VALUES"
                 " (7, 2461001, 1, 2, 3, -5), (3, 2461001, 1, 2, NULL, 12), (4, 2461000, 1, 2, NULL, 1), (5, 2461001, 4, 2, 3, 9)");
    m_db.transaction([&] { store.rebuild(); });
    EXPECT_TRUE(day(2, 2461000).empty());
    EXPECT_EQ(day(1, 2461000), (std::vector<FactRecord>{{4, 2, 0, 0, 1}}));
    EXPECT_EQ(day(1, 2461001), (std::vector<FactRecord>{{3, 2, 0, 0, 12}, {7, 2, 3, 0, -5}}));
    EXPECT_EQ(day(4, 2461001), (std::vector<FactRecord>{{5, 2, 3, 0, 9}}));
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM fact_part"), 3);
    expectBlobsMatchParts();
}

TEST_F(FactStoreTest, ADamagedOrMissingBlobIsReported)
{
    FactStore store(m_db);
    FactStore::Changes bulk;
    for (int i = 0; i < 100; ++i)
        bulk.add(1, 2461000 + i % 2, FactRecord{EntryId(i + 1), 2, 0, 0, i});
    m_db.transaction([&] { store.apply(bulk); });
    const auto error = [&](const std::function<void()> &call) {
        try {
            call();
        } catch (const DomainError &e) {
            return e.message();
        }
        return QStringLiteral("<no error>");
    };
    const auto scan = [&] { day(1, 2461000); };
    const auto edit = [&] {
        FactStore::Changes one;
        one.add(1, 2461000, FactRecord{500, 2, 0, 0, 1});
        m_db.transaction([&] { store.apply(one); });
    };
    const QString damaged = QStringLiteral("the summary of the progress entries is damaged; restore a backup copy");
    const std::string blobOfDay = "(SELECT blob FROM fact_part WHERE day = 2461000)";

    // A truncated blob (its last value cut in the middle of a varint).
    m_db.execute(("UPDATE fact_blob SET facts = CAST(substr(facts, 1, length(facts) - 1) || x'80' AS BLOB) WHERE id = " + blobOfDay).c_str());
    EXPECT_EQ(error(scan), damaged);
    EXPECT_EQ(error(edit), damaged);
    // A blob that decodes but holds fewer facts than its part says.
    m_db.execute(("UPDATE fact_blob SET facts = x'0102000000' WHERE id = " + blobOfDay).c_str());
    EXPECT_EQ(error(scan), damaged);
    // A part whose blob is gone.
    m_db.execute(("DELETE FROM fact_blob WHERE id = " + blobOfDay).c_str());
    EXPECT_EQ(error(scan), damaged);
    EXPECT_EQ(error(edit), damaged);
    // The other day is untouched.
    EXPECT_EQ(day(1, 2461001).size(), 50U);
}

// Through the repository: whatever writes entries, the facts stay what the table says.
class FactConsistencyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_repo = SqliteRepository::open(m_dir.filePath(QStringLiteral("plan.salestarget")));
        m_product = m_repo->insertNode(Node{0, kRootId, Dimension::Product, QStringLiteral("A"), false, 0, 0}, kStamp);
        m_region = m_repo->insertNode(Node{0, kRootId, Dimension::Region, QStringLiteral("East"), false, 0, 0}, kStamp);
        m_rep = m_repo->insertNode(Node{0, kRootId, Dimension::Org, QStringLiteral("Li"), true, m_region, 0}, kStamp);
    }

    ProgressEntry entry(QDate date, MetricId metric, std::int64_t value, const QString &ref = {}) const
    {
        ProgressEntry e;
        e.date = date;
        e.metric = metric;
        e.value = Amount(value);
        e.person = m_rep;
        e.product = value % 2 == 0 ? m_product : 0;
        e.region = m_region;
        e.ref = ref;
        e.enteredBy = kStamp.user;
        e.enteredAt = kStamp.at;
        return e;
    }

    /// (metric, day, person, product, region, value) of every entry, from the table and from the facts.
    void expectFactsMatchTable()
    {
        using Row = std::tuple<MetricId, std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
        std::vector<Row> table;
        for (const ProgressEntry &e : m_repo->findEntries({}))
            table.emplace_back(e.metric, e.date.toJulianDay(), e.person, e.product, e.region, e.value.minor());
        std::vector<Row> facts;
        for (MetricId metric = 1; metric <= 5; ++metric) {
            m_repo->scanFacts(metric, QDate(2000, 1, 1), QDate(2100, 1, 1), [&](const EntryFact &f) {
                facts.emplace_back(metric, f.day, f.person, f.product, f.region, f.value);
            });
        }
        std::sort(table.begin(), table.end());
        std::sort(facts.begin(), facts.end());
        EXPECT_EQ(facts, table);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    NodeId m_product = 0;
    NodeId m_region = 0;
    NodeId m_rep = 0;
};

TEST_F(FactConsistencyTest, SingleInsertsUpdatesAndDeletes)
{
    ProgressEntry a = entry(QDate(2026, 3, 2), 1, 100);
    a.id = m_repo->insertEntry(a, kStamp);
    ProgressEntry b = entry(QDate(2026, 3, 2), 1, 201);
    b.id = m_repo->insertEntry(b, kStamp);
    expectFactsMatchTable();

    ProgressEntry moved = a; // another day and metric
    moved.date = QDate(2026, 4, 1);
    moved.metric = 4;
    moved.value = Amount(-7);
    m_repo->updateEntry(a, moved, kStamp);
    expectFactsMatchTable();
    ProgressEntry stale = a; // a caller's outdated "before" does not matter: the stored row does
    stale.value = Amount(1);
    moved.value = Amount(9);
    m_repo->updateEntry(stale, moved, kStamp);
    expectFactsMatchTable();

    m_repo->deleteEntry(b, kStamp);
    expectFactsMatchTable();
    m_repo->insertEntry(b, kStamp); // undo of the delete: same id
    expectFactsMatchTable();
    // A failed write leaves table and facts as they were.
    ProgressEntry clash = entry(QDate(2026, 3, 3), 1, 5);
    clash.id = b.id;
    EXPECT_THROW(m_repo->insertEntry(clash, kStamp), DomainError);
    EXPECT_THROW(m_repo->transaction([&] {
        m_repo->deleteEntry(b, kStamp);
        m_repo->insertEntry(clash, kStamp);
        m_repo->insertEntry(entry(QDate(), 1, 1), kStamp); // invalid: rolls everything back
    }),
                 DomainError);
    expectFactsMatchTable();
    EXPECT_EQ(m_repo->findEntries({}).size(), 2U);
}

TEST_F(FactConsistencyTest, ImportsWithUpdatesAndRepeatedRefs)
{
    std::vector<ProgressEntry> rows;
    for (int i = 0; i < 500; ++i)
        rows.push_back(entry(QDate(2026, 3, 1 + i % 4), 1 + i % 2, i, QStringLiteral("R%1").arg(i)));
    EXPECT_EQ(m_repo->upsertEntries(rows, kStamp, QStringLiteral("a.csv")).added, 500);
    expectFactsMatchTable();

    // Re-import: some rows change day, metric or value, one ref repeats, some are new.
    for (int i = 0; i < 500; i += 7) {
        rows[std::size_t(i)].date = QDate(2026, 5, 1);
        rows[std::size_t(i)].metric = 3;
    }
    rows.push_back(entry(QDate(2026, 3, 9), 1, 3, QStringLiteral("R1")));
    rows.push_back(entry(QDate(2026, 3, 9), 1, 4, QStringLiteral("NEW")));
    rows.push_back(entry(QDate(2026, 3, 10), 1, 6, QStringLiteral("NEW")));
    const ImportOutcome o = m_repo->upsertEntries(rows, kStamp, QStringLiteral("b.csv"));
    EXPECT_EQ(o.added, 1);
    EXPECT_EQ(o.updated, 72 + 1 + 1);
    expectFactsMatchTable();
    // Single edits of imported entries work on the import's parts.
    const ProgressEntry imported = m_repo->findEntries({}).front();
    m_repo->deleteEntry(imported, kStamp);
    expectFactsMatchTable();
}

TEST_F(FactConsistencyTest, AnImportChecksReferencesAndLeavesForeignKeysOn)
{
    std::vector<ProgressEntry> rows{entry(QDate(2026, 3, 2), 1, 2, QStringLiteral("A"))};
    ProgressEntry orphan = entry(QDate(2026, 3, 2), 1, 3, QStringLiteral("B"));
    orphan.product = 9999;
    rows.push_back(orphan);
    try {
        m_repo->upsertEntries(rows, kStamp, {});
        FAIL() << "no error";
    } catch (const DomainError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Entry 2 of 2 (reference \"B\"): it refers to a member")))
            << e.message().toStdString();
    }
    EXPECT_TRUE(m_repo->findEntries({}).empty());
    ProgressEntry badMetric = entry(QDate(2026, 3, 2), 42, 3);
    EXPECT_THROW(m_repo->upsertEntries(std::vector<ProgressEntry>{badMetric}, kStamp, {}), DomainError);

    m_repo->upsertEntries(std::vector<ProgressEntry>{rows.front()}, kStamp, {});
    // After an import the foreign keys are checked again for single writes.
    ProgressEntry single = entry(QDate(2026, 3, 2), 1, 3);
    single.region = 8888;
    EXPECT_THROW(m_repo->insertEntry(single, kStamp), DomainError);
    EXPECT_EQ(m_repo->findEntries({}).size(), 1U);
    // Inside an enclosing transaction they stay on during the import too.
    EXPECT_THROW(m_repo->transaction([&] { m_repo->upsertEntries(rows, kStamp, {}); }), DomainError);
    expectFactsMatchTable();
}

// Imports large enough for ref blocks (RefStore::kMinBlock): refs stay unique whichever way an
// entry got its ref, and re-imports find every stored ref.
TEST_F(FactConsistencyTest, RefsOfLargeImportsStayUniqueAndFound)
{
    const int n = 3000;
    std::vector<ProgressEntry> rows;
    for (int i = 0; i < n; ++i)
        rows.push_back(entry(QDate(2026, 3, 1 + i % 28), 1 + i % 5, i, QStringLiteral("CRM-%1").arg(i)));
    rows.push_back(entry(QDate(2026, 3, 1), 1, 7, QStringLiteral("CRM-5"))); // a repeat: updates the first
    ImportOutcome o = m_repo->upsertEntries(rows, kStamp, QStringLiteral("a.csv"));
    EXPECT_EQ(o.added, n);
    EXPECT_EQ(o.updated, 1);
    EXPECT_EQ(m_repo->findEntries({}).size(), std::size_t(n));
    expectFactsMatchTable();

    // A second large import: half the refs again (changed values), half new.
    std::vector<ProgressEntry> second;
    for (int i = n / 2; i < n + n / 2; ++i)
        second.push_back(entry(QDate(2026, 4, 1 + i % 28), 1, i + 1, QStringLiteral("CRM-%1").arg(i)));
    o = m_repo->upsertEntries(second, kStamp, QStringLiteral("b.csv"));
    EXPECT_EQ(o.added, n / 2);
    EXPECT_EQ(o.updated, n / 2);
    EXPECT_EQ(m_repo->findEntries({}).size(), std::size_t(n + n / 2));
    expectFactsMatchTable();
    // The same file again changes nothing.
    o = m_repo->upsertEntries(second, kStamp, QStringLiteral("b.csv"));
    EXPECT_EQ(o.unchanged, n);

    // Single writes see the imported refs...
    EXPECT_THROW(m_repo->insertEntry(entry(QDate(2026, 5, 1), 1, 1, QStringLiteral("CRM-10")), kStamp), DomainError);
    ProgressEntry imported;
    for (const ProgressEntry &e : m_repo->findEntries({})) {
        if (e.ref == QStringLiteral("CRM-20"))
            imported = e;
    }
    ASSERT_NE(imported.id, 0);
    ProgressEntry renamed = imported;
    renamed.ref = QStringLiteral("CRM-21"); // taken
    EXPECT_THROW(m_repo->updateEntry(imported, renamed, kStamp), DomainError);
    renamed.ref = QStringLiteral("MANUAL-1");
    m_repo->updateEntry(imported, renamed, kStamp);
    // ...the freed ref can be used again, the new one is taken.
    const EntryId reused = m_repo->insertEntry(entry(QDate(2026, 5, 1), 1, 1, QStringLiteral("CRM-20")), kStamp);
    EXPECT_THROW(m_repo->insertEntry(entry(QDate(2026, 5, 1), 1, 1, QStringLiteral("MANUAL-1")), kStamp), DomainError);
    // A deleted entry's ref is free; undoing the delete takes it back.
    const ProgressEntry gone = m_repo->entry(reused);
    m_repo->deleteEntry(gone, kStamp);
    const EntryId other = m_repo->insertEntry(entry(QDate(2026, 5, 2), 1, 1, QStringLiteral("CRM-20")), kStamp);
    m_repo->deleteEntry(m_repo->entry(other), kStamp);
    EXPECT_EQ(m_repo->insertEntry(gone, kStamp), reused);

    // A third import with the changed refs updates the entries that have them now.
    std::vector<ProgressEntry> third;
    for (int i = 0; i < 1500; ++i)
        third.push_back(entry(QDate(2026, 6, 1), 2, 5, QStringLiteral("NEW-%1").arg(i)));
    third.push_back(entry(QDate(2026, 6, 2), 2, 5, QStringLiteral("CRM-20")));
    third.push_back(entry(QDate(2026, 6, 2), 2, 5, QStringLiteral("MANUAL-1")));
    o = m_repo->upsertEntries(third, kStamp, {});
    EXPECT_EQ(o.added, 1500);
    EXPECT_EQ(o.updated, 2);
    EXPECT_EQ(m_repo->entry(reused).metric, 2);
    EXPECT_EQ(m_repo->entry(imported.id).ref, QStringLiteral("MANUAL-1"));
    EXPECT_EQ(m_repo->entry(imported.id).metric, 2);
    // No ref is stored twice.
    std::map<QString, int> refs;
    for (const ProgressEntry &e : m_repo->findEntries({}))
        ++refs[e.ref];
    for (const auto &[ref, times] : refs)
        EXPECT_EQ(times, 1) << ref.toStdString();
    expectFactsMatchTable();
}

TEST_F(FactConsistencyTest, ManyImportsMergeTheirRefBlocks)
{
    std::vector<ProgressEntry> all;
    for (int import = 0; import < RefStore::kMaxBlocks + 3; ++import) {
        std::vector<ProgressEntry> rows;
        for (int i = 0; i < int(RefStore::kMinBlock); ++i)
            rows.push_back(entry(QDate(2026, 3, 1 + i % 28), 1, i, QStringLiteral("B%1-%2").arg(import).arg(i)));
        EXPECT_EQ(m_repo->upsertEntries(rows, kStamp, {}).added, std::int64_t(rows.size()));
        all.insert(all.end(), rows.begin(), rows.end());
    }
    Database db(m_dir.filePath(QStringLiteral("plan.salestarget")));
    EXPECT_LE(db.queryInt("SELECT count(*) FROM ref_block"), RefStore::kMaxBlocks);
    EXPECT_EQ(db.queryInt("SELECT sum(count) FROM ref_block"), std::int64_t(all.size()));
    // Every ref is still found: importing everything again changes nothing.
    const ImportOutcome o = m_repo->upsertEntries(all, kStamp, {});
    EXPECT_EQ(o.unchanged, std::int64_t(all.size()));
    EXPECT_EQ(o.added, 0);
}

} // namespace
} // namespace st
