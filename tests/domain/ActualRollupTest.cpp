// ActualRollup: entries roll up along every tree; entries naming no member go to "(unassigned)" so
// every tree reconciles to the same company total (design.md §2 "Actuals").
#include "salestarget/domain/ActualRollup.h"

#include "salestarget/domain/Tree.h"

#include "domain/DomainTestSupport.h"

#include <limits>

namespace st {
namespace {

Node makeNode(NodeId id, NodeId parent, const char *name)
{
    Node n;
    n.id = id;
    n.parent = parent;
    n.name = QString::fromUtf8(name);
    return n;
}

EntryFact fact(std::int32_t person, std::int32_t product, std::int32_t region, std::int64_t value)
{
    EntryFact f;
    f.day = std::int32_t(QDate(2026, 11, 18).toJulianDay());
    f.person = person;
    f.product = product;
    f.region = region;
    f.value = value;
    return f;
}

/// Seed trees with disjoint ids, as the repository hands them out:
/// product / → A(10) → A1(11), A2(12); B(20); services(30)
/// region  / → East(40) → Shanghai(41); South(50); North(60); other(70)
/// org     / → Sales(80) → Team1(81) → Wang(82), Li(83)
class ActualRollupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        product.add(makeNode(10, kRootId, "A"));
        product.add(makeNode(11, 10, "A1"));
        product.add(makeNode(12, 10, "A2"));
        product.add(makeNode(20, kRootId, "B"));
        product.add(makeNode(30, kRootId, "services"));
        region.add(makeNode(40, kRootId, "East"));
        region.add(makeNode(41, 40, "Shanghai"));
        region.add(makeNode(50, kRootId, "South"));
        region.add(makeNode(60, kRootId, "North"));
        region.add(makeNode(70, kRootId, "other"));
        org.add(makeNode(80, kRootId, "Sales"));
        org.add(makeNode(81, 80, "Team1"));
        org.add(makeNode(82, 81, "Wang"));
        org.add(makeNode(83, 81, "Li"));
        facts = {
            fact(82, 11, 41, 1000), // Wang, A1, Shanghai
            fact(82, 12, 40, 200),  // Wang, A2, East
            fact(83, 20, 50, 30),   // Li, B, South
            fact(83, 0, 60, 4),     // Li, no product, North
            fact(82, 30, 0, 5000),  // Wang, services, no region
            fact(83, 0, 0, -7),     // Li, nothing else (a cancellation)
        };
    }

    ActualRollup rolled(const Tree &tree) const
    {
        ActualRollup r(tree);
        for (const EntryFact &f : facts)
            r.addFact(f);
        r.finish();
        return r;
    }

    Tree product{Dimension::Product};
    Tree region{Dimension::Region};
    Tree org{Dimension::Org};
    std::vector<EntryFact> facts;
};

TEST_F(ActualRollupTest, MemberOfFollowsTheDimension)
{
    const EntryFact f = fact(82, 11, 41, 1);
    EXPECT_EQ(ActualRollup(product).memberOf(f), 11);
    EXPECT_EQ(ActualRollup(region).memberOf(f), 41);
    EXPECT_EQ(ActualRollup(org).memberOf(f), 82);
}

TEST_F(ActualRollupTest, ProductTree)
{
    const ActualRollup r = rolled(product);
    EXPECT_EQ(r.total(11).minor(), 1000);
    EXPECT_EQ(r.total(12).minor(), 200);
    EXPECT_EQ(r.total(10).minor(), 1200);
    EXPECT_EQ(r.total(20).minor(), 30);
    EXPECT_EQ(r.total(30).minor(), 5000);
    EXPECT_EQ(r.unassigned().minor(), 4 - 7);
    EXPECT_EQ(r.unassignedCount(), 2);
    EXPECT_EQ(r.total(kRootId).minor(), 6227);
    EXPECT_EQ(r.totalAt(0).minor(), 6227);
    EXPECT_EQ(r.totalAt(product.preorderIndex(10)).minor(), 1200);
    EXPECT_EQ(r.total(999), Amount()); // not a member of this tree
    EXPECT_EQ(r.total(40), Amount());  // a member of another tree
}

TEST_F(ActualRollupTest, EveryTreeReconcilesToTheSameCompanyTotal)
{
    const ActualRollup p = rolled(product);
    const ActualRollup g = rolled(region);
    const ActualRollup o = rolled(org);
    EXPECT_EQ(p.total(kRootId).minor(), 6227);
    EXPECT_EQ(g.total(kRootId).minor(), 6227);
    EXPECT_EQ(o.total(kRootId).minor(), 6227);

    EXPECT_EQ(g.total(40).minor(), 1200); // East includes Shanghai
    EXPECT_EQ(g.total(41).minor(), 1000);
    EXPECT_EQ(g.total(50).minor(), 30);
    EXPECT_EQ(g.total(60).minor(), 4);
    EXPECT_EQ(g.unassigned().minor(), 4993);
    EXPECT_EQ(g.unassignedCount(), 2);

    EXPECT_EQ(o.total(82).minor(), 6200);
    EXPECT_EQ(o.total(83).minor(), 27);
    EXPECT_EQ(o.total(80).minor(), 6227);
    EXPECT_EQ(o.unassigned(), Amount());
    EXPECT_EQ(o.unassignedCount(), 0);
}

TEST_F(ActualRollupTest, RootUnknownAndForeignMembersAreUnassigned)
{
    ActualRollup r(product);
    r.add(kRootId, 1);  // the root is never a member
    r.add(999, 10);     // unknown id beyond the tree
    r.add(40, 100);     // a region id in the product tree
    r.add(-5, 1000);    // nonsense
    r.add(0, 10000);
    r.finish();
    EXPECT_EQ(r.unassigned().minor(), 11111);
    EXPECT_EQ(r.unassignedCount(), 5);
    EXPECT_EQ(r.total(kRootId).minor(), 11111);
    EXPECT_EQ(r.total(10), Amount());
}

TEST_F(ActualRollupTest, ApplyDeltaMatchesAFullRebuild)
{
    ActualRollup inc = rolled(product);
    // add Li on A1 and remove Wang's services entry; move one unassigned entry away
    const std::vector<int> changed = inc.applyDelta(11, 55, +1);
    EXPECT_EQ(changed, (std::vector<int>{product.preorderIndex(11), product.preorderIndex(10), 0}));
    EXPECT_EQ(inc.applyDelta(30, -5000, -1), (std::vector<int>{product.preorderIndex(30), 0}));
    EXPECT_EQ(inc.applyDelta(0, 7, -1), (std::vector<int>{-1, 0}));

    // The same changes applied to the entries, then a full rebuild.
    facts.erase(facts.begin() + 5); // the cancellation (unassigned)
    facts.erase(facts.begin() + 4); // the services entry
    facts.push_back(fact(83, 11, 0, 55));
    ActualRollup full = rolled(product);
    for (NodeId id : product.preorder())
        EXPECT_EQ(inc.total(id), full.total(id)) << id;
    EXPECT_EQ(inc.unassigned(), full.unassigned());
    EXPECT_EQ(inc.unassignedCount(), full.unassignedCount());
}

TEST_F(ActualRollupTest, OverflowIsAnError)
{
    ActualRollup r(product);
    r.add(11, std::numeric_limits<std::int64_t>::max());
    EXPECT_DOMAIN_ERROR(r.add(11, 1), "The actuals are too large to add up.");
    ActualRollup s(product);
    s.add(11, std::numeric_limits<std::int64_t>::max());
    s.add(12, 1);
    EXPECT_DOMAIN_ERROR(s.finish(), "too large");
}

TEST_F(ActualRollupTest, EmptyRollup)
{
    ActualRollup r(region);
    r.finish();
    for (NodeId id : region.preorder())
        EXPECT_EQ(r.total(id), Amount());
    EXPECT_EQ(r.unassigned(), Amount());
    EXPECT_EQ(r.unassignedCount(), 0);
}

} // namespace
} // namespace st
