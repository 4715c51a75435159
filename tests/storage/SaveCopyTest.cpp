// SqliteRepository::saveCopyAs: File > Save a copy as… writes a consistent, openable copy.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(SaveCopyTest, CopyOpensWithTheSameContentAndExistingFilesAreRefused)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.db"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    const AuditStamp stamp{QStringLiteral("t"), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), {}};
    {
        auto repo = SqliteRepository::open(original);
        Node n;
        n.parent = kRootId;
        n.dimension = Dimension::Region;
        n.name = QStringLiteral("华东");
        const NodeId id = repo->insertNode(n, stamp);
        repo->writeTargets(std::vector<TargetChange>{{1, id, Month(2026, 3), {}, {Amount(12345), true}}}, stamp);
        repo->saveCopyAs(copy);
        EXPECT_THROW(repo->saveCopyAs(copy), DomainError);
        EXPECT_THROW(repo->transaction([&] { repo->saveCopyAs(dir.filePath(QStringLiteral("x.db"))); }), DomainError);
    }
    auto reopened = SqliteRepository::open(copy);
    const auto nodes = reopened->loadNodes();
    ASSERT_EQ(nodes.size(), 2u);
    EXPECT_EQ(nodes[1].name, QStringLiteral("华东"));
    const auto targets = reopened->loadTargets();
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(targets[0].cell.value, Amount(12345));
    EXPECT_TRUE(targets[0].cell.locked);
}

} // namespace
} // namespace st
