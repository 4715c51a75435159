// Dimension: the three decompositions of the plan total and their command-line keys.
#include "salestarget/domain/Dimension.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

TEST(DimensionTest, KeysRoundTrip)
{
    ASSERT_EQ(kDimensions.size(), 3u);
    for (Dimension d : kDimensions) {
        EXPECT_EQ(dimensionFromKey(dimensionKey(d)), d);
        EXPECT_FALSE(dimensionName(d).isEmpty());
    }
    EXPECT_EQ(dimensionKey(Dimension::Product), QStringLiteral("product"));
    EXPECT_EQ(dimensionKey(Dimension::Region), QStringLiteral("region"));
    EXPECT_EQ(dimensionKey(Dimension::Org), QStringLiteral("org"));
    EXPECT_EQ(kRootId, 1);
}

TEST(DimensionTest, KeysAreForgiving)
{
    EXPECT_EQ(dimensionFromKey(QStringLiteral("organization")), Dimension::Org);
    EXPECT_EQ(dimensionFromKey(QStringLiteral(" Region ")), Dimension::Region);
    EXPECT_EQ(dimensionFromKey(QStringLiteral("PRODUCT")), Dimension::Product);
}

TEST(DimensionTest, UnknownKey)
{
    EXPECT_DOMAIN_ERROR((void)dimensionFromKey(QStringLiteral("team")),
                        "Unknown dimension \"team\": use product, region or org.");
    EXPECT_THROW((void)dimensionFromKey(QString()), DomainError);
}

} // namespace
} // namespace st
