// Metric: the five built-in metrics of design.md §2, their kinds, units and lookups.
#include "salestarget/domain/Metric.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

struct MetricCase {
    MetricId id;
    const char *key;
    MetricKind kind;
    MetricUnit unit;
    int decimals;
};

void PrintTo(const MetricCase &c, std::ostream *os)
{
    *os << c.key;
}

class BuiltInMetricTest : public ::testing::TestWithParam<MetricCase> {};

TEST_P(BuiltInMetricTest, IsDefinedAsInTheDesign)
{
    const MetricCase &c = GetParam();
    const Metric &m = Metric::byId(c.id);
    EXPECT_EQ(m.key, QString::fromUtf8(c.key));
    EXPECT_EQ(m.kind, c.kind);
    EXPECT_EQ(m.unit, c.unit);
    EXPECT_EQ(m.decimals, c.decimals); // money in fen, counts in units: never a double
    EXPECT_EQ(&Metric::byKey(m.key), &m);
    EXPECT_EQ(&Metric::byKey(QStringLiteral(" %1 ").arg(m.key)), &m);
    EXPECT_FALSE(m.name().isEmpty());
    EXPECT_FALSE(m.definition().isEmpty()); // 统计口径 is shown wherever the metric is
    EXPECT_FALSE(m.unitLabel(QStringLiteral("CNY")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    BuiltIns, BuiltInMetricTest,
    ::testing::Values(MetricCase{1, "sales", MetricKind::Result, MetricUnit::Currency, 2},
                      MetricCase{2, "collected", MetricKind::Result, MetricUnit::Currency, 2},
                      MetricCase{3, "new_customers", MetricKind::Result, MetricUnit::Count, 0},
                      MetricCase{4, "visits", MetricKind::Process, MetricUnit::Count, 0},
                      MetricCase{5, "opportunities", MetricKind::Process, MetricUnit::Count, 0}));

TEST(MetricTest, BuiltInsInDesignOrder)
{
    const auto &all = Metric::builtIns();
    ASSERT_EQ(all.size(), 5u);
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(all[i].id, MetricId(i + 1));
    EXPECT_EQ(Metric::byKey(QStringLiteral("sales")).unitLabel(QStringLiteral("USD")), QStringLiteral("USD"));
}

TEST(MetricTest, UnknownMetrics)
{
    EXPECT_DOMAIN_ERROR((void)Metric::byKey(QStringLiteral("revenue")),
                        "Unknown metric \"revenue\": use one of sales, collected, new_customers, visits, opportunities.");
    EXPECT_DOMAIN_ERROR((void)Metric::byId(0), "Unknown metric id 0.");
    EXPECT_DOMAIN_ERROR((void)Metric::byId(6), "Unknown metric id 6.");
}

} // namespace
} // namespace st
