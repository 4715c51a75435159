// EntryImporter: upserts by ref, idempotent re-imports, input-order writing with "last row wins",
// one import_batch row per import, references checked before anything is written, packed facts.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryImporter.h"
#include "salestarget/storage/EntryStore.h"
#include "salestarget/storage/Migrations.h"

#include <gtest/gtest.h>

namespace st {
namespace {

const AuditStamp kStamp{QStringLiteral("importer"), QDateTime(QDate(2026, 3, 9), QTime(7, 0), Qt::UTC),
                        QStringLiteral("weekly CSV")};

class EntryImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Migrations::migrate(m_db);
        m_db.execute("INSERT INTO node (id, dimension, parent, name, is_person) VALUES (2, 2, 1, 'Wang', 1);"
                     "INSERT INTO node (id, dimension, parent, name) VALUES (3, 0, 1, 'Product A');");
    }

    static ProgressEntry make(QDate date, std::int64_t value, const QString &ref)
    {
        ProgressEntry e;
        e.date = date;
        e.metric = 1;
        e.value = Amount(value);
        e.person = 2;
        e.ref = ref;
        e.customer = QStringLiteral("ACME");
        e.enteredBy = QStringLiteral("importer");
        e.enteredAt = kStamp.at;
        return e;
    }

    ImportOutcome import(const std::vector<ProgressEntry> &entries, ImportAudit audit = ImportAudit::PerEntry)
    {
        ImportOutcome outcome;
        m_db.transaction([&] { outcome = EntryImporter(m_db, audit).import(entries, kStamp, QStringLiteral("w11.csv")); });
        return outcome;
    }

    std::vector<ProgressEntry> stored() { return EntryStore(m_db).find({}); }

    Database m_db{QStringLiteral(":memory:")};
};

void expectOutcome(const ImportOutcome &o, std::int64_t added, std::int64_t updated, std::int64_t unchanged)
{
    EXPECT_EQ(o.added, added);
    EXPECT_EQ(o.updated, updated);
    EXPECT_EQ(o.unchanged, unchanged);
}

TEST_F(EntryImporterTest, ReimportingTheSameRefsChangesNothing)
{
    const std::vector<ProgressEntry> batch{make(QDate(2026, 3, 2), 100, QStringLiteral("R1")),
                                           make(QDate(2026, 3, 3), 200, QStringLiteral("R2")),
                                           make(QDate(2026, 3, 4), 300, QString())};
    expectOutcome(import(batch), 3, 0, 0);
    EXPECT_EQ(AuditLog(m_db).newest(0).size(), 4U); // three inserts and the import's row
    expectOutcome(import(batch), 1, 0, 2); // the row without a ref is new every time
    EXPECT_EQ(stored().size(), 4U);
    EXPECT_EQ(AuditLog(m_db).newest(0).size(), 6U);
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM import_batch"), 2);
}

TEST_F(EntryImporterTest, ChangedRowsAreUpdatedInPlaceAndAudited)
{
    import({make(QDate(2026, 3, 2), 100, QStringLiteral("R1")), make(QDate(2026, 3, 3), 200, QStringLiteral("R2"))});
    auto changed = make(QDate(2026, 3, 2), 150, QStringLiteral("R1"));
    changed.note = QStringLiteral("corrected");
    expectOutcome(import({changed, make(QDate(2026, 3, 3), 200, QStringLiteral("R2"))}), 0, 1, 1);

    const auto rows = stored();
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].id, 1);
    EXPECT_EQ(rows[0].value, Amount(150));
    EXPECT_EQ(rows[0].note, QStringLiteral("corrected"));
    const AuditRecord last = AuditLog(m_db).newest(2).back(); // before the import's own row
    EXPECT_EQ(last.action, QStringLiteral("update"));
    EXPECT_EQ(last.key, QStringLiteral("1"));
    EXPECT_EQ(last.oldValue, QStringLiteral("date=2026-03-02; metric=sales; value=1.00; person=2; customer=\"ACME\"; ref=\"R1\""));
    EXPECT_EQ(last.newValue, QStringLiteral("date=2026-03-02; metric=sales; value=1.50; person=2; customer=\"ACME\"; "
                                            "ref=\"R1\"; note=\"corrected\""));
    EXPECT_EQ(last.user, QStringLiteral("importer"));
    EXPECT_EQ(last.reason, QStringLiteral("weekly CSV"));
}

TEST_F(EntryImporterTest, RowsGetIdsInInputOrderAndAreListedByDate)
{
    expectOutcome(import({make(QDate(2026, 3, 5), 1, QStringLiteral("late")), make(QDate(2026, 3, 1), 2, QStringLiteral("early")),
                          make(QDate(2026, 3, 5), 3, QStringLiteral("late2"))}),
                  3, 0, 0);
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].ref, QStringLiteral("early"));
    EXPECT_EQ(rows[0].id, 2);
    EXPECT_EQ(rows[1].ref, QStringLiteral("late")); // same day: by id
    EXPECT_EQ(rows[1].id, 1);
    EXPECT_EQ(rows[2].ref, QStringLiteral("late2"));
}

TEST_F(EntryImporterTest, TheLastRowWithARepeatedRefWins)
{
    import({make(QDate(2026, 3, 1), 5, QStringLiteral("OLD"))});
    // Out of date order, with repeats of a new and of an existing ref.
    expectOutcome(import({make(QDate(2026, 3, 5), 1, QStringLiteral("R1")), make(QDate(2026, 3, 1), 2, QStringLiteral("R2")),
                          make(QDate(2026, 3, 6), 6, QStringLiteral("OLD")), make(QDate(2026, 3, 2), 3, QStringLiteral("R1")),
                          make(QDate(2026, 3, 1), 7, QStringLiteral("OLD"))}),
                  2, 3, 0);
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].ref, QStringLiteral("OLD"));
    EXPECT_EQ(rows[0].value, Amount(7));
    EXPECT_EQ(rows[1].ref, QStringLiteral("R2"));
    EXPECT_EQ(rows[2].ref, QStringLiteral("R1"));
    EXPECT_EQ(rows[2].date, QDate(2026, 3, 2));
    EXPECT_EQ(rows[2].value, Amount(3));
    EXPECT_EQ(rows[2].id, 2); // added first, then updated by its repeat
}

TEST_F(EntryImporterTest, SummaryAuditWritesOneRowForTheAddedEntries)
{
    expectOutcome(import({make(QDate(2026, 3, 2), 1, QStringLiteral("A")), make(QDate(2026, 3, 3), 2, QStringLiteral("B")),
                          make(QDate(2026, 3, 4), 3, QStringLiteral("C"))},
                         ImportAudit::Summary),
                  3, 0, 0);
    const auto log = AuditLog(m_db).newest(0);
    ASSERT_EQ(log.size(), 1U);
    EXPECT_EQ(log[0].action, QStringLiteral("import"));
    EXPECT_EQ(log[0].entity, QStringLiteral("entry"));
    EXPECT_EQ(log[0].key, QStringLiteral("batch 1"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("source=\"w11.csv\"; added=3; updated=0; unchanged=0; ids=1..3"));
    EXPECT_EQ(log[0].user, QStringLiteral("importer"));
    EXPECT_EQ(log[0].reason, QStringLiteral("weekly CSV"));
    // The import's row says who, when and from where once for all of its entries.
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM import_batch WHERE id = 1 AND user = 'importer' AND source = 'w11.csv' "
                            "AND added = 3 AND updated = 0 AND unchanged = 0 AND first_id = 1 AND last_id = 3"),
              1);
    EXPECT_EQ(m_db.queryInt("SELECT count(*) FROM entry WHERE batch = 1 AND entered_by = '' AND entered_at = ''"), 3);
    for (const ProgressEntry &e : stored()) {
        EXPECT_EQ(e.enteredBy, QStringLiteral("importer"));
        EXPECT_EQ(e.enteredAt, kStamp.at);
    }
}

TEST_F(EntryImporterTest, WhoAndWhenOtherThanTheImportsAreStoredWithTheRow)
{
    auto byRep = make(QDate(2026, 3, 2), 1, QStringLiteral("A"));
    byRep.enteredBy = QStringLiteral("李雷");
    byRep.enteredAt = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    auto unknown = make(QDate(2026, 3, 3), 2, QStringLiteral("B"));
    unknown.enteredBy.clear();
    unknown.enteredAt = QDateTime();
    expectOutcome(import({byRep, make(QDate(2026, 3, 4), 3, QStringLiteral("C")), unknown}), 3, 0, 0);
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].enteredBy, QStringLiteral("李雷"));
    EXPECT_EQ(rows[0].enteredAt, byRep.enteredAt);
    EXPECT_EQ(rows[1].enteredBy, QString()); // nobody: stored as such, not the import's user
    EXPECT_EQ(rows[1].enteredAt, QDateTime());
    EXPECT_EQ(rows[2].enteredBy, QStringLiteral("importer"));
    EXPECT_EQ(rows[2].enteredAt, kStamp.at);
}

TEST_F(EntryImporterTest, ABadRowNamesItselfAndNothingIsWritten)
{
    auto bad = make(QDate(2026, 3, 3), 2, QStringLiteral("R2"));
    bad.person = 99;
    try {
        import({make(QDate(2026, 3, 2), 1, QStringLiteral("R1")), bad, make(QDate(2026, 3, 4), 3, QStringLiteral("R3"))});
        FAIL() << "no error";
    } catch (const DomainError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Entry 2 of 3 (reference \"R2\"): it refers to a member")))
            << e.message().toStdString();
    }
    auto undated = make(QDate(), 1, QStringLiteral("R4"));
    try {
        import({undated});
        FAIL() << "no error";
    } catch (const DomainError &e) {
        EXPECT_EQ(e.message(), QStringLiteral("Entry 1 of 1 (reference \"R4\"): a progress entry needs a valid date"));
    }
    EXPECT_TRUE(stored().empty());
    EXPECT_TRUE(AuditLog(m_db).newest(0).empty());
}

} // namespace
} // namespace st
