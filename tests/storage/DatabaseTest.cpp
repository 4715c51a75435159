// Database: PRAGMAs, nestable savepoints, statement cache and error messages.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/Database.h"

#include <QTemporaryDir>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <gtest/gtest.h>

namespace st {
namespace {

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("t.db")));
        m_db->execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
    }

    void add(const char *name)
    {
        auto insert = m_db->prepare("INSERT INTO item (name) VALUES (?1)");
        insert->bind(1, name);
        insert->exec();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(DatabaseTest, FilesUseWalForeignKeysAndNormalSync)
{
    auto mode = m_db->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode->executeStep());
    EXPECT_STREQ(mode->getColumn(0).getText(), "wal");
    EXPECT_EQ(m_db->queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(m_db->queryInt("PRAGMA synchronous"), 1); // NORMAL
    EXPECT_EQ(m_db->queryInt("PRAGMA cache_size"), -65536);
}

TEST_F(DatabaseTest, InnerRollbackKeepsOuterWork)
{
    m_db->transaction([&] {
        add("outer");
        EXPECT_TRUE(m_db->inTransaction());
        EXPECT_THROW(m_db->transaction([&] {
            add("inner");
            throw std::runtime_error("stop");
        }),
                     std::runtime_error);
        add("after");
    });
    EXPECT_FALSE(m_db->inTransaction());
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM item"), 2);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM item WHERE name = 'inner'"), 0);
}

TEST_F(DatabaseTest, OuterFailureRollsBackCommittedInnerWork)
{
    EXPECT_THROW(m_db->transaction([&] {
        m_db->transaction([&] { add("inner"); });
        add("inner"); // UNIQUE violation
    }),
                 DomainError);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM item"), 0);
}

TEST_F(DatabaseTest, SqliteErrorsBecomeDomainErrorsWithContext)
{
    add("x");
    try {
        m_db->transaction([&] { add("x"); }, QStringLiteral("Adding x"));
        FAIL() << "no error";
    } catch (const DomainError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Adding x: it would duplicate an existing record")))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("item.name")));
    }
    EXPECT_THROW(m_db->execute("SELECT * FROM nowhere"), DomainError);
}

TEST_F(DatabaseTest, AStatementInUseIsNotResetByANestedUse)
{
    add("a");
    add("b");
    const char *sql = "SELECT name FROM item ORDER BY id";
    std::string seen;
    auto outer = m_db->prepare(sql);
    while (outer->executeStep()) {
        seen += outer->getColumn(0).getText();
        auto inner = m_db->prepare(sql); // the cached one is busy: a private copy
        ASSERT_TRUE(inner->executeStep());
        seen += inner->getColumn(0).getText();
    }
    EXPECT_EQ(seen, "aaba");
}

TEST(DatabaseMemoryTest, MemoryDatabaseHasNoWal)
{
    Database db(QStringLiteral(":memory:"));
    auto mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode->executeStep());
    EXPECT_STREQ(mode->getColumn(0).getText(), "memory");
    EXPECT_EQ(db.userVersion(), 0);
    db.setUserVersion(7);
    EXPECT_EQ(db.userVersion(), 7);
}

} // namespace
} // namespace st
