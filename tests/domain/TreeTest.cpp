// Tree: one dimension tree rooted at the whole company, with paths, ordering, moves and a cached
// depth-first layout (design.md §2 "Dimensions").
#include "salestarget/domain/Tree.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

Node makeNode(NodeId id, NodeId parent, const QString &name)
{
    Node n;
    n.id = id;
    n.parent = parent;
    n.name = name;
    return n;
}

/// The seed's product tree: / → A (A1, A2), B, services.
class TreeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tree.add(makeNode(10, kRootId, QStringLiteral("A")));
        tree.add(makeNode(11, 10, QStringLiteral("A1")));
        tree.add(makeNode(12, 10, QStringLiteral("A2")));
        tree.add(makeNode(20, kRootId, QStringLiteral("B")));
        tree.add(makeNode(30, kRootId, QStringLiteral("services")));
    }

    Tree tree{Dimension::Product, QStringLiteral("Company")};
};

TEST(TreeBasicsTest, NewTreeHasOnlyTheRoot)
{
    const Tree t(Dimension::Region);
    EXPECT_EQ(t.dimension(), Dimension::Region);
    EXPECT_EQ(t.size(), 1);
    EXPECT_EQ(t.rootId(), kRootId);
    EXPECT_TRUE(t.contains(kRootId));
    EXPECT_TRUE(t.isLeaf(kRootId));
    EXPECT_EQ(t.path(kRootId), QStringLiteral("/"));
    EXPECT_EQ(t.node(kRootId).name, QStringLiteral("/"));
    EXPECT_EQ(t.node(kRootId).dimension, Dimension::Region);
    EXPECT_EQ(t.depth(kRootId), 0);
    EXPECT_EQ(t.preorder(), std::vector<NodeId>{kRootId});
    EXPECT_EQ(t.preorderParents(), std::vector<int>{-1});
}

TEST_F(TreeTest, StructureAndPaths)
{
    EXPECT_EQ(tree.size(), 6);
    EXPECT_EQ(tree.children(kRootId), (std::vector<NodeId>{10, 20, 30}));
    EXPECT_EQ(tree.children(10), (std::vector<NodeId>{11, 12}));
    EXPECT_TRUE(tree.isLeaf(11));
    EXPECT_FALSE(tree.isLeaf(10));
    EXPECT_EQ(tree.path(10), QStringLiteral("A"));
    EXPECT_EQ(tree.path(12), QStringLiteral("A/A2"));
    EXPECT_EQ(tree.depth(12), 2);
    EXPECT_EQ(tree.node(12).dimension, Dimension::Product);
    EXPECT_EQ(tree.node(11).sortOrder, 0);
    EXPECT_EQ(tree.node(12).sortOrder, 1);
    EXPECT_EQ(tree.node(30).sortOrder, 2);
    EXPECT_TRUE(tree.isAncestorOrSelf(kRootId, 12));
    EXPECT_TRUE(tree.isAncestorOrSelf(10, 12));
    EXPECT_TRUE(tree.isAncestorOrSelf(12, 12));
    EXPECT_FALSE(tree.isAncestorOrSelf(12, 10));
    EXPECT_FALSE(tree.isAncestorOrSelf(20, 12));
}

struct FindCase {
    const char *path;
    std::optional<NodeId> id;
};

class TreeFindTest : public TreeTest, public ::testing::WithParamInterface<FindCase> {};

TEST_P(TreeFindTest, FindsPaths)
{
    EXPECT_EQ(tree.find(QString::fromUtf8(GetParam().path)), GetParam().id);
    if (GetParam().id) {
        EXPECT_EQ(tree.resolve(QString::fromUtf8(GetParam().path)), *GetParam().id);
    }
}

INSTANTIATE_TEST_SUITE_P(Paths, TreeFindTest,
                         ::testing::Values(FindCase{"/", kRootId}, FindCase{"", kRootId}, FindCase{"A", 10},
                                           FindCase{"/A/A2", 12}, FindCase{"A/A2", 12}, FindCase{"A/A2/", 12},
                                           FindCase{"A//A1", 11}, FindCase{" A / A1 ", 11},
                                           FindCase{"services", 30}, FindCase{"A/B", std::nullopt},
                                           FindCase{"a", std::nullopt}, FindCase{"X/A1", std::nullopt}));

TEST_F(TreeTest, ResolveNamesTheFirstMissingPart)
{
    EXPECT_DOMAIN_ERROR((void)tree.resolve(u"A/X/Y"), "The Product tree has no \"X\" under \"A\".");
    EXPECT_DOMAIN_ERROR((void)tree.resolve(u"Z"), "The Product tree has no \"Z\".");
    EXPECT_EQ(tree.childNamed(10, u"A2"), std::optional<NodeId>(12));
    EXPECT_EQ(tree.childNamed(10, u"A3"), std::nullopt);
}

TEST_F(TreeTest, UnknownNodeThrows)
{
    EXPECT_DOMAIN_ERROR((void)tree.node(99), "There is no node with id 99 in the Product tree.");
    EXPECT_THROW((void)tree.children(99), DomainError);
    EXPECT_FALSE(tree.contains(99));
    EXPECT_EQ(tree.preorderIndex(99), -1);
}

TEST_F(TreeTest, PreorderIsDepthFirstRootFirst)
{
    EXPECT_EQ(tree.preorder(), (std::vector<NodeId>{kRootId, 10, 11, 12, 20, 30}));
    EXPECT_EQ(tree.preorderParents(), (std::vector<int>{-1, 0, 1, 1, 0, 0}));
    EXPECT_EQ(tree.preorderIndex(kRootId), 0);
    EXPECT_EQ(tree.preorderIndex(12), 3);
    EXPECT_EQ(tree.preorderIndex(30), 5);
}

TEST_F(TreeTest, SubtreeIsDepthFirstWithTheNodeFirst)
{
    tree.add(makeNode(13, 11, QStringLiteral("A1x")));
    EXPECT_EQ(tree.subtree(10), (std::vector<NodeId>{10, 11, 13, 12}));
    EXPECT_EQ(tree.subtree(kRootId), (std::vector<NodeId>{kRootId, 10, 11, 13, 12, 20, 30}));
    EXPECT_EQ(tree.subtree(20), std::vector<NodeId>{20});
    EXPECT_EQ(tree.subtree(kRootId), tree.preorder());
}

TEST_F(TreeTest, LayoutFollowsEdits)
{
    (void)tree.preorder(); // build the cache
    tree.add(makeNode(21, 20, QStringLiteral("B1")));
    EXPECT_EQ(tree.preorder(), (std::vector<NodeId>{kRootId, 10, 11, 12, 20, 21, 30}));
    tree.move(20, kRootId, 0);
    EXPECT_EQ(tree.preorder(), (std::vector<NodeId>{kRootId, 20, 21, 10, 11, 12, 30}));
    EXPECT_EQ(tree.preorderParents(), (std::vector<int>{-1, 0, 1, 0, 3, 3, 0}));
    tree.remove(10);
    EXPECT_EQ(tree.preorder(), (std::vector<NodeId>{kRootId, 20, 21, 30}));
    EXPECT_EQ(tree.preorderIndex(30), 3);
    EXPECT_EQ(tree.preorderIndex(11), -1);
}

TEST_F(TreeTest, AddRejectsBadNodes)
{
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(40, kRootId, QStringLiteral("A"))), "\"/\" already has a child named \"A\".");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(40, 10, QStringLiteral("A1"))), "\"A\" already has a child named \"A1\".");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(12, kRootId, QStringLiteral("C"))), "Node id 12 is invalid or already in use.");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(kRootId, kRootId, QStringLiteral("C"))), "already in use");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(0, kRootId, QStringLiteral("C"))), "Node id 0 is invalid");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(-3, kRootId, QStringLiteral("C"))), "invalid");
    EXPECT_DOMAIN_ERROR(tree.add(makeNode(40, 99, QStringLiteral("C"))), "There is no node with id 99");
    EXPECT_EQ(tree.size(), 6);
    // the same name under another parent is fine
    tree.add(makeNode(40, 20, QStringLiteral("A1")));
    EXPECT_EQ(tree.path(40), QStringLiteral("B/A1"));
}

class TreeBadNameTest : public ::testing::TestWithParam<std::pair<QString, const char *>> {};

TEST_P(TreeBadNameTest, Rejected)
{
    EXPECT_DOMAIN_ERROR(Tree::validateName(GetParam().first), GetParam().second);
}

INSTANTIATE_TEST_SUITE_P(Names, TreeBadNameTest,
                         ::testing::Values(std::pair{QString(), "A name is required."},
                                           std::pair{QStringLiteral("   "), "A name is required."},
                                           std::pair{QStringLiteral("East/Shanghai"), "contains \"/\""},
                                           std::pair{QStringLiteral(" East"), "starts or ends with blanks"},
                                           std::pair{QStringLiteral("East\t"), "starts or ends with blanks"},
                                           std::pair{QString(201, u'x'), "is longer than 200 characters"}));

TEST(TreeNameTest, GoodNames)
{
    EXPECT_NO_THROW(Tree::validateName(QStringLiteral("华东 East")));
    EXPECT_NO_THROW(Tree::validateName(QString(200, u'x')));
    EXPECT_NO_THROW(Tree::validateName(QStringLiteral("(unassigned)")));
}

TEST_F(TreeTest, Rename)
{
    tree.rename(11, QStringLiteral("Alpha"));
    EXPECT_EQ(tree.path(11), QStringLiteral("A/Alpha"));
    EXPECT_EQ(tree.find(u"A/Alpha"), std::optional<NodeId>(11));
    EXPECT_NO_THROW(tree.rename(11, QStringLiteral("Alpha"))); // unchanged
    EXPECT_DOMAIN_ERROR(tree.rename(11, QStringLiteral("A2")), "\"A\" already has a child named \"A2\".");
    EXPECT_THROW(tree.rename(11, QStringLiteral("a/b")), DomainError);
    EXPECT_THROW(tree.rename(99, QStringLiteral("x")), DomainError);
    tree.rename(kRootId, QStringLiteral("ACME"));
    EXPECT_EQ(tree.node(kRootId).name, QStringLiteral("ACME"));
    EXPECT_EQ(tree.path(kRootId), QStringLiteral("/"));
}

TEST_F(TreeTest, MoveReordersAndRenumbers)
{
    tree.move(12, 20); // A2 under B, last
    EXPECT_EQ(tree.children(10), std::vector<NodeId>{11});
    EXPECT_EQ(tree.children(20), std::vector<NodeId>{12});
    EXPECT_EQ(tree.node(12).parent, 20);
    EXPECT_EQ(tree.path(12), QStringLiteral("B/A2"));
    EXPECT_EQ(tree.node(12).sortOrder, 0);

    tree.move(30, kRootId, 0); // reorder among siblings
    EXPECT_EQ(tree.children(kRootId), (std::vector<NodeId>{30, 10, 20}));
    EXPECT_EQ(tree.node(30).sortOrder, 0);
    EXPECT_EQ(tree.node(10).sortOrder, 1);
    EXPECT_EQ(tree.node(20).sortOrder, 2);

    tree.move(30, kRootId, 99); // out-of-range position: last
    EXPECT_EQ(tree.children(kRootId), (std::vector<NodeId>{10, 20, 30}));
    tree.move(11, kRootId, 1);
    EXPECT_EQ(tree.children(kRootId), (std::vector<NodeId>{10, 11, 20, 30}));
    EXPECT_TRUE(tree.isLeaf(10));
}

TEST_F(TreeTest, MoveRefusesCyclesRootAndDuplicates)
{
    EXPECT_DOMAIN_ERROR(tree.move(10, 11), "\"A\" cannot be moved under itself.");
    EXPECT_DOMAIN_ERROR(tree.move(10, 10), "cannot be moved under itself");
    EXPECT_DOMAIN_ERROR(tree.move(kRootId, 10), "The whole company cannot be moved.");
    tree.add(makeNode(21, 20, QStringLiteral("A1")));
    EXPECT_DOMAIN_ERROR(tree.move(21, 10), "\"A\" already has a child named \"A1\".");
    EXPECT_THROW(tree.move(21, 99), DomainError);
    // nothing moved
    EXPECT_EQ(tree.preorder(), (std::vector<NodeId>{kRootId, 10, 11, 12, 20, 21, 30}));
}

TEST_F(TreeTest, RemoveDeletesTheSubtree)
{
    tree.remove(10);
    EXPECT_EQ(tree.size(), 3);
    EXPECT_FALSE(tree.contains(10));
    EXPECT_FALSE(tree.contains(11));
    EXPECT_FALSE(tree.contains(12));
    EXPECT_EQ(tree.children(kRootId), (std::vector<NodeId>{20, 30}));
    EXPECT_EQ(tree.node(20).sortOrder, 0);
    EXPECT_EQ(tree.node(30).sortOrder, 1);
    EXPECT_DOMAIN_ERROR(tree.remove(kRootId), "The whole company cannot be deleted.");
    EXPECT_THROW(tree.remove(10), DomainError);
    // the name is free again
    tree.add(makeNode(10, kRootId, QStringLiteral("A")));
    EXPECT_EQ(tree.path(10), QStringLiteral("A"));
}

TEST_F(TreeTest, PersonInfo)
{
    tree.setPersonInfo(11, true, 77);
    EXPECT_TRUE(tree.node(11).person);
    EXPECT_EQ(tree.node(11).homeRegion, 77);
    tree.setPersonInfo(11, false, 0);
    EXPECT_FALSE(tree.node(11).person);
    EXPECT_THROW(tree.setPersonInfo(99, true, 0), DomainError);
}

TEST_F(TreeTest, CopiesAreIndependent)
{
    Tree copy = tree;
    copy.add(makeNode(40, kRootId, QStringLiteral("D")));
    copy.rename(11, QStringLiteral("Z"));
    EXPECT_EQ(tree.size(), 6);
    EXPECT_EQ(tree.node(11).name, QStringLiteral("A1"));
    EXPECT_EQ(copy.preorder().back(), 40);
    EXPECT_EQ(tree.preorder().back(), 30);
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(TreeLayoutTest, SubtreeEndsDelimitEachSubtreeInPreorder)
{
    Tree t(Dimension::Product);
    t.add(Node{2, kRootId, Dimension::Product, QStringLiteral("A"), false, 0, 0});
    t.add(Node{3, 2, Dimension::Product, QStringLiteral("A1"), false, 0, 0});
    t.add(Node{4, 2, Dimension::Product, QStringLiteral("A2"), false, 0, 0});
    t.add(Node{5, kRootId, Dimension::Product, QStringLiteral("B"), false, 0, 0});
    // preorder: / A A1 A2 B
    EXPECT_EQ(t.preorder(), (std::vector<NodeId>{kRootId, 2, 3, 4, 5}));
    EXPECT_EQ(t.preorderSubtreeEnds(), (std::vector<int>{5, 4, 3, 4, 5}));
    t.move(5, 3);
    // preorder: / A A1 B A2
    EXPECT_EQ(t.preorderSubtreeEnds(), (std::vector<int>{5, 5, 4, 4, 5}));
}

} // namespace
} // namespace st
