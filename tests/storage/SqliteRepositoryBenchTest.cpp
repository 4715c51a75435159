// SqliteRepository at scale: prints how long a million-entry import and a 500,000-row fact scan
// take. Disabled by default (they take minutes on a busy machine); run them with
//   build/tests/storage_tests --gtest_also_run_disabled_tests --gtest_filter='SqliteRepositoryBench*'
// They assert what was written, never a time: timings depend on the machine and its load.
#include "salestarget/storage/SqliteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

namespace st {
namespace {

const AuditStamp kStamp{QStringLiteral("bench"), QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC),
                        QStringLiteral("import")};

struct Timer {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
    void print(const char *what) const
    {
        const double wallMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall).count();
        const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::printf("[ timing   ] %s: wall %.0f ms, cpu %.0f ms\n", what, wallMs, cpuMs);
    }
};

class SqliteRepositoryBench : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_repo = SqliteRepository::open(m_dir.filePath(QStringLiteral("bench.salestarget")));
        for (int i = 0; i < 20; ++i)
            m_regions.push_back(m_repo->insertNode({0, kRootId, Dimension::Region, QStringLiteral("R%1").arg(i), false, 0, i}, kStamp));
        for (int i = 0; i < 30; ++i)
            m_products.push_back(m_repo->insertNode({0, kRootId, Dimension::Product, QStringLiteral("P%1").arg(i), false, 0, i}, kStamp));
        for (int i = 0; i < 50; ++i)
            m_persons.push_back(m_repo->insertNode({0, kRootId, Dimension::Org, QStringLiteral("Rep %1").arg(i), true, m_regions[std::size_t(i) % 20], i}, kStamp));
    }

    /// `count` entries with distinct refs `firstRef...` over `days` days from 2024-01-01, in date
    /// order (as an ERP export lists them) or in random order.
    std::vector<ProgressEntry> make(std::size_t count, std::size_t firstRef, int days, bool dateOrder)
    {
        std::vector<ProgressEntry> entries(count);
        for (std::size_t i = 0; i < count; ++i) {
            ProgressEntry &e = entries[i];
            e.date = QDate(2024, 1, 1).addDays(dateOrder ? qint64(i * std::size_t(days) / count) : qint64(m_rng() % unsigned(days)));
            e.metric = int(1 + m_rng() % 5);
            e.value = Amount(m_rng() % 10000000);
            e.person = m_persons[m_rng() % m_persons.size()];
            e.product = m_products[m_rng() % m_products.size()];
            e.region = m_regions[m_rng() % m_regions.size()];
            e.customer = QStringLiteral("Customer %1").arg(m_rng() % 5000);
            e.ref = QStringLiteral("ERP-%1").arg(firstRef + i, 9, 10, QLatin1Char('0'));
            e.enteredBy = QStringLiteral("import");
            e.enteredAt = kStamp.at;
        }
        return entries;
    }

    void importMillion(ImportAudit audit, bool dateOrder, const char *what)
    {
        m_repo->setImportAudit(audit);
        const auto entries = make(1000000, 0, 730, dateOrder);
        Timer timer;
        const ImportOutcome outcome = m_repo->upsertEntries(entries, kStamp);
        timer.print(what);
        EXPECT_EQ(outcome.added, 1000000);
        Timer again;
        const ImportOutcome repeat = m_repo->upsertEntries(entries, kStamp);
        again.print("the same 1,000,000 entries again (all unchanged)");
        EXPECT_EQ(repeat.unchanged, 1000000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    std::vector<NodeId> m_regions;
    std::vector<NodeId> m_products;
    std::vector<NodeId> m_persons;
    std::mt19937 m_rng{42};
};

TEST_F(SqliteRepositoryBench, DISABLED_ImportMillionPerEntryAudit)
{
    importMillion(ImportAudit::PerEntry, true, "1,000,000 new entries in date order, one audit row each");
}

TEST_F(SqliteRepositoryBench, DISABLED_ImportMillionSummaryAudit)
{
    importMillion(ImportAudit::Summary, true, "1,000,000 new entries in date order, one summary audit row");
}

TEST_F(SqliteRepositoryBench, DISABLED_ImportMillionRandomOrder)
{
    importMillion(ImportAudit::PerEntry, false, "1,000,000 new entries in random date order, one audit row each");
}

TEST_F(SqliteRepositoryBench, DISABLED_ScanHalfMillionOfFiveMillion)
{
    m_repo->setImportAudit(ImportAudit::Summary); // only the scan is measured
    for (std::size_t done = 0; done < 5000000; done += 1000000)
        m_repo->upsertEntries(make(1000000, done, 2000, true), kStamp);
    // Metric 1 (a fifth of the rows) over half of the 2,000 days: about 500,000 rows.
    for (int round = 0; round < 3; ++round) {
        std::int64_t rows = 0;
        std::int64_t sum = 0;
        Timer timer;
        m_repo->scanFacts(1, QDate(2024, 1, 1), QDate(2024, 1, 1).addDays(999), [&](const EntryFact &f) {
            ++rows;
            sum += f.value;
        });
        timer.print("scanFacts over 5,000,000 entries");
        std::printf("[ timing   ] ... %lld rows matched\n", static_cast<long long>(rows));
        EXPECT_GT(rows, 450000);
        EXPECT_LT(rows, 550000);
    }
}

} // namespace
} // namespace st
