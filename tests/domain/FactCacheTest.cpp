// FactCache: the in-memory, day-ordered facts of one metric the dashboard recomputes from.

#include "salestarget/domain/FactCache.h"

#include <gtest/gtest.h>

namespace st {
namespace {

EntryFact fact(QDate d, int person, std::int64_t value)
{
    EntryFact f;
    f.day = std::int32_t(d.toJulianDay());
    f.person = person;
    f.value = value;
    return f;
}

TEST(FactCacheTest, RangesAddAndRemoveKeepDayOrder)
{
    FactCache cache;
    cache.add(fact(QDate(2026, 11, 3), 7, 30));
    cache.add(fact(QDate(2026, 11, 1), 7, 10));
    cache.add(fact(QDate(2026, 11, 2), 8, 20));
    cache.add(fact(QDate(2026, 11, 2), 7, 21));
    auto span = cache.between(QDate(2026, 11, 2), QDate(2026, 11, 2));
    ASSERT_EQ(span.size(), 2u);
    EXPECT_EQ(span[0].value, 20); // same day: in the order they were added
    EXPECT_EQ(span[1].value, 21);
    EXPECT_EQ(cache.between(QDate(2026, 10, 1), QDate(2026, 12, 31)).size(), 4u);
    EXPECT_TRUE(cache.between(QDate(2026, 11, 4), QDate(2026, 11, 1)).empty());
    EXPECT_TRUE(cache.remove(fact(QDate(2026, 11, 2), 8, 20)));
    EXPECT_FALSE(cache.remove(fact(QDate(2026, 11, 2), 8, 20)));
    EXPECT_EQ(cache.between(QDate(2026, 11, 2), QDate(2026, 11, 2)).size(), 1u);
}

TEST(FactCacheTest, FactOfAnEntry)
{
    ProgressEntry e;
    e.date = QDate(2026, 11, 22);
    e.person = 12;
    e.product = 34;
    e.region = 56;
    e.value = Amount(789);
    const EntryFact f = FactCache::factOf(e);
    EXPECT_EQ(f.day, QDate(2026, 11, 22).toJulianDay());
    EXPECT_EQ(f.person, 12);
    EXPECT_EQ(f.product, 34);
    EXPECT_EQ(f.region, 56);
    EXPECT_EQ(f.value, 789);
}

} // namespace
} // namespace st
