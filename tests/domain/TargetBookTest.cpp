// TargetBook: monthly target cells per (metric, node, month); longer periods are sums of months
// (design.md §2 "Target grain").
#include "salestarget/domain/TargetBook.h"

#include "salestarget/domain/Period.h"

#include "domain/DomainTestSupport.h"

#include <algorithm>
#include <tuple>

namespace st {
namespace {

using test::wan;

constexpr MetricId kSales = 1;
constexpr MetricId kVisits = 4;

TEST(TargetBookTest, AbsentCellsAreZeroAndUnlocked)
{
    const TargetBook book;
    EXPECT_EQ(book.cell(kSales, 10, Month(2026, 1)), TargetCell{});
    EXPECT_EQ(book.value(kSales, 10, Month(2026, 1)), Amount());
    EXPECT_FALSE(book.isLocked(kSales, 10, Month(2026, 1)));
    EXPECT_FALSE(book.hasTargets(10));
    EXPECT_EQ(book.cellCount(), 0u);
}

TEST(TargetBookTest, SeedYearQuarterMonth)
{
    // annual 1200万 → quarter 300万 → month 100万
    TargetBook book;
    for (Month m : Period::year(2026).months())
        book.setCell(kSales, kRootId, m, {wan(100), false});
    EXPECT_EQ(book.sum(kSales, kRootId, Month(2026, 1), Month(2026, 12)), wan(1200));
    for (int q = 1; q <= 4; ++q) {
        const auto months = Period::quarter(2026, q).months();
        EXPECT_EQ(book.sum(kSales, kRootId, months.front(), months.back()), wan(300)) << "Q" << q;
    }
    EXPECT_EQ(book.sum(kSales, kRootId, Month(2026, 11), Month(2026, 11)), wan(100));
    EXPECT_EQ(book.sum(kSales, kRootId, Month(2026, 12), Month(2027, 2)), wan(100)); // 2027 is empty
    EXPECT_EQ(book.sum(kSales, kRootId, Month(2026, 3), Month(2026, 1)), Amount());  // empty range
    EXPECT_EQ(book.cellCount(), 12u);
}

TEST(TargetBookTest, ZeroUnlockedCellsAreForgottenLockedOnesKept)
{
    TargetBook book;
    book.setCell(kSales, 10, Month(2026, 1), {Amount(5), false});
    book.setCell(kSales, 10, Month(2026, 1), {Amount(), false});
    EXPECT_EQ(book.cellCount(), 0u);
    EXPECT_FALSE(book.hasTargets(10));
    book.setCell(kSales, 10, Month(2026, 2), {Amount(), true}); // locked at zero: a real cell
    EXPECT_EQ(book.cellCount(), 1u);
    EXPECT_TRUE(book.isLocked(kSales, 10, Month(2026, 2)));
    EXPECT_TRUE(book.hasTargets(10));
}

TEST(TargetBookTest, KeysKeepMetricsNodesAndMonthsApart)
{
    TargetBook book;
    const NodeId bigNode = (NodeId(1) << 35) + 7; // ids far beyond any seed still fit the key
    book.setCell(kSales, 10, Month(2026, 1), {Amount(1), false});
    book.setCell(kVisits, 10, Month(2026, 1), {Amount(2), false});
    book.setCell(kSales, 11, Month(2026, 1), {Amount(3), false});
    book.setCell(kSales, 10, Month(2027, 1), {Amount(4), true});
    book.setCell(kSales, bigNode, Month(2026, 1), {Amount(5), false});
    book.setCell(5, 10, Month(9999, 12), {Amount(6), false});
    EXPECT_EQ(book.value(kSales, 10, Month(2026, 1)), Amount(1));
    EXPECT_EQ(book.value(kVisits, 10, Month(2026, 1)), Amount(2));
    EXPECT_EQ(book.value(kSales, 11, Month(2026, 1)), Amount(3));
    EXPECT_EQ(book.cell(kSales, 10, Month(2027, 1)), (TargetCell{Amount(4), true}));
    EXPECT_EQ(book.value(kSales, bigNode, Month(2026, 1)), Amount(5));
    EXPECT_EQ(book.value(5, 10, Month(9999, 12)), Amount(6));
    EXPECT_EQ(book.cellCount(), 6u);

    std::vector<TargetRecord> cells = book.cellsOf(10);
    std::sort(cells.begin(), cells.end(), [](const TargetRecord &a, const TargetRecord &b) {
        return std::tie(a.metric, a.month) < std::tie(b.metric, b.month);
    });
    ASSERT_EQ(cells.size(), 4u);
    EXPECT_EQ(cells[0].metric, kSales);
    EXPECT_EQ(cells[0].node, 10);
    EXPECT_EQ(cells[0].month, Month(2026, 1));
    EXPECT_EQ(cells[0].cell, (TargetCell{Amount(1), false}));
    EXPECT_EQ(cells[1].month, Month(2027, 1));
    EXPECT_TRUE(cells[1].cell.locked);
    EXPECT_EQ(cells[2].metric, kVisits);
    EXPECT_EQ(cells[3].metric, 5);
    EXPECT_EQ(cells[3].month, Month(9999, 12));
    ASSERT_EQ(book.cellsOf(bigNode).size(), 1u);
    EXPECT_EQ(book.cellsOf(bigNode)[0].node, bigNode);

    book.removeNode(10);
    EXPECT_FALSE(book.hasTargets(10));
    EXPECT_TRUE(book.cellsOf(10).empty());
    EXPECT_TRUE(book.hasTargets(11));
    EXPECT_TRUE(book.hasTargets(bigNode));
    EXPECT_EQ(book.cellCount(), 2u);
    book.clear();
    EXPECT_EQ(book.cellCount(), 0u);
}

TEST(TargetBookTest, ApplyAndRevertAreInverse)
{
    TargetBook book;
    book.setCell(kSales, 10, Month(2026, 1), {Amount(100), false});
    book.setCell(kSales, 10, Month(2026, 2), {Amount(200), true});
    const TargetBook before = book;
    const std::vector<TargetChange> changes{
        {kSales, 10, Month(2026, 1), {Amount(100), false}, {Amount(150), false}},
        {kSales, 10, Month(2026, 2), {Amount(200), true}, {Amount(200), false}},
        {kSales, 10, Month(2026, 3), {}, {Amount(50), false}},
        // the same cell twice: revert must undo in reverse order
        {kSales, 10, Month(2026, 1), {Amount(150), false}, {Amount(0), false}},
    };
    book.apply(changes);
    EXPECT_EQ(book.cell(kSales, 10, Month(2026, 1)), TargetCell{});
    EXPECT_EQ(book.cell(kSales, 10, Month(2026, 2)), (TargetCell{Amount(200), false}));
    EXPECT_EQ(book.value(kSales, 10, Month(2026, 3)), Amount(50));
    EXPECT_EQ(book.cellCount(), 2u);

    book.revert(changes);
    for (int m = 1; m <= 3; ++m)
        EXPECT_EQ(book.cell(kSales, 10, Month(2026, m)), before.cell(kSales, 10, Month(2026, m))) << m;
    EXPECT_EQ(book.cellCount(), 2u);
}

} // namespace
} // namespace st
