// PlanService over an in-memory repository: trees, entries, reports, deleting members, and the rule
// that a failed write changes nothing (design.md §2). Targets and distributions: PlanServiceTargetsTest.cpp.
#include "domain/PlanServiceFixture.h"

namespace st {
namespace {

using test::FakeRepository;
using test::kSales;
using test::kVisits;
using test::wan;
using test::yuan;

using PlanServiceTest = test::PlanServiceFixture;

// --- loading and trees ------------------------------------------------------------------------------

TEST_F(PlanServiceTest, LoadBuildsTreesWhateverTheIdOrder)
{
    auto &s = repo.mutableState();
    // A child with a smaller id than its parent, and siblings listed out of order.
    s.nodes[5] = Node{5, 9, Dimension::Region, QStringLiteral("Shanghai"), false, 0, 0};
    s.nodes[9] = Node{9, kRootId, Dimension::Region, QStringLiteral("East"), false, 0, 1};
    s.nodes[7] = Node{7, kRootId, Dimension::Region, QStringLiteral("South"), false, 0, 0};
    s.nodes[8] = Node{8, kRootId, Dimension::Org, QStringLiteral("Wang"), true, 9, 0};
    s.targets[{kSales, 9, Month(2026, 1).index()}] = TargetCell{wan(100), true};
    service.load();

    EXPECT_EQ(service.tree(Dimension::Region).children(kRootId), (std::vector<NodeId>{7, 9}));
    EXPECT_EQ(service.tree(Dimension::Region).path(5), QStringLiteral("East/Shanghai"));
    EXPECT_TRUE(service.tree(Dimension::Org).node(8).person);
    EXPECT_EQ(service.tree(Dimension::Org).node(8).homeRegion, 9);
    EXPECT_EQ(service.tree(Dimension::Product).size(), 1);
    EXPECT_EQ(service.targets().cell(kSales, 9, Month(2026, 1)), (TargetCell{wan(100), true}));
    EXPECT_EQ(service.dimensionOf(5), Dimension::Region);
    EXPECT_EQ(service.dimensionOf(8), Dimension::Org);
    EXPECT_EQ(service.dimensionOf(kRootId), Dimension::Product);
    EXPECT_DOMAIN_ERROR((void)service.dimensionOf(4242), "There is no node with id 4242.");
    EXPECT_EQ(service.tree(Dimension::Org).node(kRootId).name, QStringLiteral("Company"));
}

TEST_F(PlanServiceTest, ReloadKeepsTheCompanyNameAndSiblingOrder)
{
    service.renameNode(Dimension::Product, kRootId, QStringLiteral("ACME"));
    const NodeId p = service.ensurePath(Dimension::Product, QStringLiteral("P"));
    const NodeId z = service.ensurePath(Dimension::Product, QStringLiteral("P/Z")); // older than B
    const NodeId x = service.ensurePath(Dimension::Product, QStringLiteral("X"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    service.deleteNode(Dimension::Product, x, false); // B moves up from position 2 to 1
    service.moveNode(Dimension::Product, z, kRootId); // Z goes last, position 2
    const std::vector<NodeId> order{p, b, z};
    ASSERT_EQ(service.tree(Dimension::Product).children(kRootId), order);
    service.load();
    EXPECT_EQ(service.tree(Dimension::Product).node(kRootId).name, QStringLiteral("ACME"));
    EXPECT_EQ(service.tree(Dimension::Product).children(kRootId), order);
}

TEST_F(PlanServiceTest, EnsurePathCreatesMissingAncestors)
{
    const std::size_t writesBefore = repo.stamps.size();
    const NodeId a1 = service.ensurePath(Dimension::Product, QStringLiteral("A/A1"));
    const Tree &t = service.tree(Dimension::Product);
    ASSERT_TRUE(t.find(u"A"));
    EXPECT_EQ(t.find(u"A/A1"), std::optional<NodeId>(a1));
    EXPECT_EQ(t.node(a1).parent, *t.find(u"A"));
    EXPECT_EQ(repo.stamps.size(), writesBefore + 2);
    EXPECT_EQ(repo.state().nodes.at(a1).name, QStringLiteral("A1"));
    EXPECT_EQ(repo.state().nodes.at(a1).dimension, Dimension::Product);
    EXPECT_EQ(repo.transactionsCommitted(), 1);
    // audit rows are stamped with the user and the injected clock
    for (const AuditStamp &s : repo.stamps) {
        EXPECT_EQ(s.user, QStringLiteral("manager"));
        EXPECT_EQ(s.at, now);
    }

    // Existing parts are reused; blanks around names and doubled slashes are forgiven.
    const NodeId a2 = service.ensurePath(Dimension::Product, QStringLiteral("/ A //A2 "));
    EXPECT_EQ(t.path(a2), QStringLiteral("A/A2"));
    EXPECT_EQ(t.children(*t.find(u"A")), (std::vector<NodeId>{a1, a2}));
    const std::size_t writes = repo.stamps.size();
    EXPECT_EQ(service.ensurePath(Dimension::Product, QStringLiteral("A/A1")), a1);
    EXPECT_EQ(repo.stamps.size(), writes); // nothing written for an existing path
    EXPECT_EQ(service.ensurePath(Dimension::Product, QStringLiteral("/")), kRootId);
    EXPECT_EQ(service.ensurePath(Dimension::Product, QString()), kRootId);
    // Same names in another tree are other nodes.
    const NodeId regionA = service.ensurePath(Dimension::Region, QStringLiteral("A"));
    EXPECT_NE(regionA, *t.find(u"A"));
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTest, EnsurePathForPeople)
{
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Sales/Team1/Wang"), true, east);
    const Tree &org = service.tree(Dimension::Org);
    EXPECT_TRUE(org.node(wang).person);
    EXPECT_EQ(org.node(wang).homeRegion, east);
    EXPECT_FALSE(org.node(org.node(wang).parent).person); // ancestors are not people

    // An existing plain leaf becomes a person when asked.
    const NodeId li = service.ensurePath(Dimension::Org, QStringLiteral("Sales/Team1/Li"));
    EXPECT_FALSE(org.node(li).person);
    EXPECT_EQ(service.ensurePath(Dimension::Org, QStringLiteral("Sales/Team1/Li"), true, east), li);
    EXPECT_TRUE(service.tree(Dimension::Org).node(li).person);
    EXPECT_EQ(service.tree(Dimension::Org).node(li).homeRegion, east);

    EXPECT_DOMAIN_ERROR(service.ensurePath(Dimension::Org, QStringLiteral("Sales/Team1"), true),
                        "\"Sales/Team1\" has members under it and cannot be a person.");
    EXPECT_DOMAIN_ERROR(service.ensurePath(Dimension::Org, QStringLiteral("/"), true),
                        "The whole company cannot be a person.");
    EXPECT_DOMAIN_ERROR(service.ensurePath(Dimension::Org, QStringLiteral("Sales/Team1/Wang/Intern")),
                        "\"Sales/Team1/Wang\" is a person and cannot have members under it.");
    expectRepositoryMatchesMemory();
}

TEST_F(PlanServiceTest, EnsurePathFailingHalfwayLeavesNothingBehind)
{
    service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const std::size_t nodesBefore = repo.state().nodes.size();
    // a bad leaf name after a new parent
    EXPECT_DOMAIN_ERROR(service.ensurePath(Dimension::Product, QStringLiteral("A/New/") + QString(201, u'x')),
                        "longer than 200 characters");
    // a person in the product tree
    EXPECT_DOMAIN_ERROR(service.ensurePath(Dimension::Product, QStringLiteral("A/New/Wang"), true),
                        "Only the organization tree has people.");
    // the repository fails on the second insert
    repo.failAfterWrites(1);
    EXPECT_THROW(service.ensurePath(Dimension::Product, QStringLiteral("P/Q/R")), FakeRepository::WriteFailure);
    repo.stopFailing();

    EXPECT_EQ(repo.state().nodes.size(), nodesBefore);
    EXPECT_FALSE(service.tree(Dimension::Product).find(u"A/New"));
    EXPECT_FALSE(service.tree(Dimension::Product).find(u"P"));
    EXPECT_EQ(repo.transactionsRolledBack(), 3);
    expectRepositoryMatchesMemory();
    // and the service still works afterwards
    EXPECT_NO_THROW(service.ensurePath(Dimension::Product, QStringLiteral("P/Q")));
}

TEST_F(PlanServiceTest, AddRenameMoveNodes)
{
    const NodeId a = service.addNode(Dimension::Product, kRootId, QStringLiteral("A"));
    const NodeId b = service.addNode(Dimension::Product, kRootId, QStringLiteral("B"));
    const NodeId a1 = service.addNode(Dimension::Product, a, QStringLiteral("A1"));
    EXPECT_DOMAIN_ERROR(service.addNode(Dimension::Product, kRootId, QStringLiteral("A")),
                        "\"/\" already has a child named \"A\".");
    EXPECT_DOMAIN_ERROR(service.addNode(Dimension::Product, 4242, QStringLiteral("X")),
                        "The Product tree has no node with id 4242.");
    EXPECT_DOMAIN_ERROR(service.addNode(Dimension::Region, a, QStringLiteral("X")), "The Region tree has no node");
    EXPECT_DOMAIN_ERROR(service.addNode(Dimension::Product, kRootId, QStringLiteral("P"), true),
                        "Only the organization tree has people.");
    EXPECT_DOMAIN_ERROR(service.addNode(Dimension::Org, kRootId, QStringLiteral("W"), true, 4242),
                        "The Region tree has no node with id 4242.");

    service.renameNode(Dimension::Product, a1, QStringLiteral("Alpha"));
    EXPECT_EQ(service.tree(Dimension::Product).path(a1), QStringLiteral("A/Alpha"));
    service.moveNode(Dimension::Product, a1, b);
    EXPECT_EQ(service.tree(Dimension::Product).path(a1), QStringLiteral("B/Alpha"));
    service.moveNode(Dimension::Product, b, kRootId, 0);
    EXPECT_EQ(service.tree(Dimension::Product).children(kRootId), (std::vector<NodeId>{b, a}));
    EXPECT_DOMAIN_ERROR(service.moveNode(Dimension::Product, b, a1), "cannot be moved under itself");
    expectRepositoryMatchesMemory();

    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true);
    const NodeId team = service.ensurePath(Dimension::Org, QStringLiteral("Team"));
    EXPECT_DOMAIN_ERROR(service.moveNode(Dimension::Org, team, wang), "\"Wang\" is a person and cannot have members");

    // Renaming the root renames the company in every tree and in the settings.
    service.renameNode(Dimension::Region, kRootId, QStringLiteral("ACME"));
    EXPECT_EQ(service.settings().companyName, QStringLiteral("ACME"));
    for (Dimension d : kDimensions)
        EXPECT_EQ(service.tree(d).node(kRootId).name, QStringLiteral("ACME"));
    EXPECT_EQ(repo.state().settings.companyName, QStringLiteral("ACME"));
    EXPECT_THROW(service.renameNode(Dimension::Region, kRootId, QStringLiteral("A/B")), DomainError);
    EXPECT_EQ(service.settings().companyName, QStringLiteral("ACME"));
}

// --- deleting nodes -----------------------------------------------------------------------------------

TEST_F(PlanServiceTest, RestoreNodesUndoesADeleteWithTheSameIdsOrderAndTargets)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId b1 = service.ensurePath(Dimension::Product, QStringLiteral("B/B1"));
    const NodeId c = service.ensurePath(Dimension::Product, QStringLiteral("C"));
    service.setTarget(b1, test::kSales, Period::month(Month(2026, 3)), Amount(500));
    const Tree &t = service.tree(Dimension::Product);
    const DeletedMembers deleted = service.deletionOf(Dimension::Product, b);
    ASSERT_EQ(deleted.nodes.size(), 2U);
    EXPECT_EQ(deleted.cells.size(), 1U);
    service.deleteNode(Dimension::Product, b, true);
    EXPECT_FALSE(t.contains(b1));
    service.restoreNodes(deleted);
    const std::vector<NodeId> order{a, b, c};
    EXPECT_EQ(service.tree(Dimension::Product).children(kRootId), order);
    EXPECT_EQ(service.tree(Dimension::Product).node(b1).parent, b);
    EXPECT_EQ(service.targets().value(test::kSales, b1, Month(2026, 3)), Amount(500));
    service.load();
    EXPECT_EQ(service.tree(Dimension::Product).children(kRootId), order);
    EXPECT_EQ(service.targets().value(test::kSales, b1, Month(2026, 3)), Amount(500));
}

TEST_F(PlanServiceTest, RestoreNodesBringsBackActionsReviewsAndHomeRegions)
{
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId shanghai = service.ensurePath(Dimension::Region, QStringLiteral("East/Shanghai"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Team/Wang"), true, shanghai);
    const NodeId li = service.ensurePath(Dimension::Org, QStringLiteral("Team/Li"), true, east);
    CorrectiveAction action;
    action.node = shanghai;
    action.metric = test::kSales;
    action.description = QStringLiteral("两场客户拜访");
    action = service.addAction(action);
    PeriodReview review;
    review.node = east;
    review.metric = test::kSales;
    review.period = QStringLiteral("2026-Q3");
    review.worked = QStringLiteral("渠道");
    service.saveReview(review);

    const DeletedMembers deleted = service.deletionOf(Dimension::Region, east);
    service.deleteNode(Dimension::Region, east, true);
    EXPECT_TRUE(service.actions().empty());
    EXPECT_TRUE(service.reviews().empty());
    EXPECT_EQ(service.tree(Dimension::Org).node(wang).homeRegion, 0);

    service.restoreNodes(deleted);
    const auto expectRestored = [&] {
        ASSERT_EQ(service.actions().size(), 1U);
        EXPECT_EQ(service.actions().front(), action);
        ASSERT_EQ(service.reviews().size(), 1U);
        EXPECT_EQ(service.reviews().front(), review);
        EXPECT_EQ(service.tree(Dimension::Org).node(wang).homeRegion, shanghai);
        EXPECT_EQ(service.tree(Dimension::Org).node(li).homeRegion, east);
    };
    expectRestored();
    service.load(); // and stored so
    expectRestored();
}

TEST_F(PlanServiceTest, DeleteNodeRefusesWhenEntriesReferToIt)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId a1 = service.ensurePath(Dimension::Product, QStringLiteral("A/A1"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true);
    addSale(QDate(2026, 11, 2), wang, a1, 0, yuan(5));
    EXPECT_DOMAIN_ERROR(service.deleteNode(Dimension::Product, a, true),
                        "\"A\" cannot be deleted: 1 progress entries refer to it or to members under it.");
    EXPECT_DOMAIN_ERROR(service.deleteNode(Dimension::Org, wang, true), "\"Wang\" cannot be deleted");
    EXPECT_TRUE(service.tree(Dimension::Product).contains(a1));
    EXPECT_DOMAIN_ERROR(service.deleteNode(Dimension::Product, kRootId, true), "The whole company cannot be deleted.");
    EXPECT_DOMAIN_ERROR(service.deleteNode(Dimension::Region, a, true), "The Region tree has no node");
}

TEST_F(PlanServiceTest, DeleteNodeWithTargetsNeedsConfirmation)
{
    // B before A: deleting the last sibling renumbers nobody (see ReloadKeepsTheCompanyNameAndSiblingOrder)
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId a1 = service.ensurePath(Dimension::Product, QStringLiteral("A/A1"));
    const NodeId a1x = service.ensurePath(Dimension::Product, QStringLiteral("A/A1/x"));
    const NodeId a2 = service.ensurePath(Dimension::Product, QStringLiteral("A/A2"));
    service.setTarget(a1x, kSales, Period::year(2026), wan(12));
    service.setTarget(b, kSales, Period::year(2026), wan(12));
    EXPECT_DOMAIN_ERROR(service.deleteNode(Dimension::Product, a, false),
                        "\"A\" has targets (12 monthly cells in it or under it). Confirm to delete them too.");
    EXPECT_TRUE(service.tree(Dimension::Product).contains(a1x));
    EXPECT_TRUE(service.targets().hasTargets(a1x));

    service.deleteNode(Dimension::Product, a, true);
    for (NodeId id : {a, a1, a1x, a2}) {
        EXPECT_FALSE(service.tree(Dimension::Product).contains(id)) << id;
        EXPECT_FALSE(repo.state().nodes.count(id)) << id;
        EXPECT_FALSE(service.targets().hasTargets(id)) << id;
    }
    EXPECT_TRUE(service.targets().hasTargets(b));
    EXPECT_EQ(service.tree(Dimension::Product).children(kRootId), std::vector<NodeId>{b});
    expectRepositoryMatchesMemory();

    // without targets no confirmation is needed
    const NodeId c = service.ensurePath(Dimension::Product, QStringLiteral("C"));
    EXPECT_NO_THROW(service.deleteNode(Dimension::Product, c, false));
}

TEST_F(PlanServiceTest, DeletingARegionForgetsItAsHomeRegion)
{
    const NodeId south = service.ensurePath(Dimension::Region, QStringLiteral("South"));
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId shanghai = service.ensurePath(Dimension::Region, QStringLiteral("East/Shanghai"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true, shanghai);
    const NodeId li = service.ensurePath(Dimension::Org, QStringLiteral("Li"), true, south);
    service.deleteNode(Dimension::Region, east, false);
    EXPECT_EQ(service.tree(Dimension::Org).node(wang).homeRegion, 0);
    EXPECT_TRUE(service.tree(Dimension::Org).node(wang).person);
    EXPECT_EQ(repo.state().nodes.at(wang).homeRegion, 0);
    EXPECT_EQ(service.tree(Dimension::Org).node(li).homeRegion, south);
    expectRepositoryMatchesMemory();
}

// --- a failed write changes nothing ----------------------------------------------------------------------

TEST_F(PlanServiceTest, FailedWritesLeaveMemoryUnchanged)
{
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId b = service.ensurePath(Dimension::Product, QStringLiteral("B"));
    const NodeId a1 = service.ensurePath(Dimension::Product, QStringLiteral("A/A1"));
    service.setTarget(a1, kSales, Period::year(2026), wan(1200));
    const Tree productBefore = service.tree(Dimension::Product);
    const PlanSettings settingsBefore = service.settings();
    const auto cellsBefore = service.targets().cellsOf(a1);

    const auto failing = [&](const char *what, const std::function<void()> &action) {
        SCOPED_TRACE(what);
        repo.failNextWrite();
        EXPECT_THROW(action(), FakeRepository::WriteFailure);
        repo.stopFailing();
        EXPECT_EQ(service.tree(Dimension::Product).preorder(), productBefore.preorder());
        for (NodeId id : productBefore.preorder())
            EXPECT_EQ(service.tree(Dimension::Product).node(id), productBefore.node(id));
        EXPECT_EQ(service.targets().cellCount(), cellsBefore.size());
        for (const TargetRecord &r : cellsBefore)
            EXPECT_EQ(service.targets().cell(r.metric, r.node, r.month), r.cell);
        EXPECT_TRUE(service.settings() == settingsBefore);
        expectRepositoryMatchesMemory();
    };
    failing("setTarget", [&] { service.setTarget(a1, kSales, Period::year(2026), wan(2400)); });
    failing("setLocked", [&] { service.setLocked(a1, kSales, Month(2026, 1), true); });
    failing("distribution", [&] {
        service.applyTargetChanges(service.planDistribution(
            Dimension::Product, a1, kSales, Period::year(2026), DistributeOver::Quarters,
            DistributionMethod::parse(QStringLiteral("4321"), DistributeOver::Quarters, 4)));
    });
    failing("addNode", [&] { service.addNode(Dimension::Product, a, QStringLiteral("A2")); });
    failing("renameNode", [&] { service.renameNode(Dimension::Product, a1, QStringLiteral("Alpha")); });
    failing("moveNode", [&] { service.moveNode(Dimension::Product, a1, b); });
    failing("deleteNode", [&] { service.deleteNode(Dimension::Product, a, true); });
    failing("saveSettings", [&] {
        PlanSettings s = service.settings();
        s.fiscalYearStartMonth = 4;
        s.companyName = QStringLiteral("ACME");
        service.saveSettings(s);
    });
    failing("renameRoot", [&] { service.renameNode(Dimension::Product, kRootId, QStringLiteral("ACME")); });
    EXPECT_EQ(service.tree(Dimension::Product).node(kRootId).name, QStringLiteral("Company"));
}

TEST_F(PlanServiceTest, InvalidSettingsAreRejectedBeforeAnythingIsWritten)
{
    PlanSettings s = service.settings();
    s.fiscalYearStartMonth = 13;
    EXPECT_DOMAIN_ERROR(service.saveSettings(s), "Fiscal year start month must be 1 to 12, not 13.");
    s = service.settings();
    s.aheadAboveBp = 9000;
    EXPECT_DOMAIN_ERROR(service.saveSettings(s), "The ahead threshold");
    EXPECT_TRUE(repo.stamps.empty());
}

TEST_F(PlanServiceTest, CompanyNameIsCheckedBeforeTheSettingsAreWritten)
{
    // A company name is the root's name in every tree: one that Tree::validateName refuses must be
    // refused before anything is written, not after the repository and m_settings have changed.
    PlanSettings s = service.settings();
    s.companyName = QStringLiteral("ACME/Holding");
    EXPECT_THROW(service.saveSettings(s), DomainError);
    EXPECT_EQ(service.settings().companyName, QStringLiteral("Company"));
    EXPECT_EQ(repo.state().settings.companyName, QStringLiteral("Company"));
    EXPECT_EQ(service.tree(Dimension::Product).node(kRootId).name, QStringLiteral("Company"));
}

// --- entries and reports ----------------------------------------------------------------------------------

TEST_F(PlanServiceTest, AddEntryFillsDefaultsAndValidates)
{
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId south = service.ensurePath(Dimension::Region, QStringLiteral("South"));
    const NodeId a = service.ensurePath(Dimension::Product, QStringLiteral("A"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Sales/Wang"), true, east);
    const NodeId team = *service.tree(Dimension::Org).find(u"Sales");

    const EntryId id = addSale(QDate(2026, 11, 18), wang, a, 0, yuan(1234));
    const ProgressEntry stored = repo.entry(id);
    EXPECT_EQ(stored.region, east); // the person's home region
    EXPECT_EQ(stored.enteredBy, QStringLiteral("manager"));
    EXPECT_EQ(stored.enteredAt, now);
    EXPECT_EQ(repo.entry(addSale(QDate(2026, 11, 18), wang, 0, south, yuan(1))).region, south); // explicit wins

    EXPECT_DOMAIN_ERROR(addSale(QDate(), wang, a, 0, yuan(1)), "Date: a valid date is required.");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), 0, a, 0, yuan(1)), "Person: a sales rep is required.");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), team, a, 0, yuan(1)), "is not a sales rep");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), wang, kRootId, 0, yuan(1)), "Product: node 1 is not in the product tree.");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), wang, east, 0, yuan(1)), "is not in the product tree");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), wang, a, a, yuan(1)), "is not in the region tree");
    EXPECT_DOMAIN_ERROR(addSale(QDate(2026, 11, 18), wang, a, 0, Amount(Amount::kMaxMinor + 1)), "too large");
    ProgressEntry bad;
    bad.date = QDate(2026, 11, 18);
    bad.metric = 42;
    bad.person = wang;
    EXPECT_DOMAIN_ERROR(service.addEntry(bad), "Unknown metric id 42.");
    EXPECT_EQ(repo.state().entries.size(), 2u);
}

TEST_F(PlanServiceTest, ImportEntriesUpsertsByRef)
{
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true, east);
    ProgressEntry e;
    e.date = QDate(2026, 11, 18);
    e.metric = kSales;
    e.person = wang;
    e.value = yuan(10);
    e.ref = QStringLiteral("CRM-1");
    ProgressEntry f = e;
    f.ref = QStringLiteral("CRM-2");
    const ImportOutcome first = service.importEntries({e, f});
    EXPECT_EQ(first.added, 2);
    f.value = yuan(20);
    const ImportOutcome second = service.importEntries({e, f});
    EXPECT_EQ(second.unchanged, 1);
    EXPECT_EQ(second.updated, 1);
    EXPECT_EQ(repo.state().entries.size(), 2u);
    for (const auto &[id, stored] : repo.state().entries)
        EXPECT_EQ(stored.region, east);
    // one invalid row refuses the whole import before anything is written
    ProgressEntry g = e;
    g.ref = QStringLiteral("CRM-3");
    g.person = 0;
    EXPECT_THROW(service.importEntries({g, e}), DomainError);
    EXPECT_EQ(repo.state().entries.size(), 2u);
}

TEST_F(PlanServiceTest, UpdateAndDeleteEntries)
{
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true);
    const EntryId id = addSale(QDate(2026, 11, 18), wang, 0, 0, yuan(10));
    now = now.addSecs(3600);
    ProgressEntry e = repo.entry(id);
    e.value = yuan(11);
    e.enteredBy = QStringLiteral("someone else");
    service.updateEntry(e);
    EXPECT_EQ(repo.entry(id).value, yuan(11));
    EXPECT_EQ(repo.entry(id).enteredBy, QStringLiteral("manager")); // who entered it stays
    EXPECT_EQ(repo.entry(id).enteredAt, QDateTime(QDate(2026, 11, 18), QTime(9, 30), QTimeZone::utc()));
    EXPECT_EQ(repo.stamps.back().at, now);
    service.deleteEntry(id);
    EXPECT_TRUE(repo.state().entries.empty());
    EXPECT_THROW(service.deleteEntry(id), DomainError);
}

TEST_F(PlanServiceTest, ReportReadsActualsFromTheRepository)
{
    const NodeId east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
    const NodeId south = service.ensurePath(Dimension::Region, QStringLiteral("South"));
    const NodeId wang = service.ensurePath(Dimension::Org, QStringLiteral("Wang"), true, east);
    const NodeId li = service.ensurePath(Dimension::Org, QStringLiteral("Li"), true);
    service.setTarget(kRootId, kSales, Period::month(Month(2026, 11)), Amount(210'000'000));
    service.setTarget(east, kSales, Period::month(Month(2026, 11)), Amount(105'000'000));
    addSale(QDate(2026, 11, 2), wang, 0, 0, Amount(60'000'000));     // East by home region
    addSale(QDate(2026, 11, 3), wang, 0, south, Amount(1'000'000)); // explicitly South
    addSale(QDate(2026, 11, 4), li, 0, 0, Amount(2'000'000));       // Li has no home region
    addSale(QDate(2026, 11, 19), wang, 0, 0, Amount(5));            // after the as-of date
    const auto report = service.report(Dimension::Region, kSales, Period::month(Month(2026, 11)), QDate(2026, 11, 18));
    const auto &rows = report->rows();
    ASSERT_EQ(rows.size(), 4u); // root, East, South, (unassigned)
    EXPECT_EQ(rows[0].figures.actual.minor(), 63'000'000);
    EXPECT_EQ(rows[0].figures.expected.minor(), 130'000'000);
    EXPECT_EQ(rows[std::size_t(report->rowOf(east))].figures.actual.minor(), 60'000'000);
    EXPECT_EQ(rows[std::size_t(report->rowOf(east))].figures.status, Status::OnTrack); // 60 / 65
    EXPECT_EQ(rows[std::size_t(report->rowOf(south))].figures.status, Status::NoTarget);
    EXPECT_EQ(rows[3].figures.actual.minor(), 2'000'000);
    EXPECT_TRUE(rows[3].unassigned);
    EXPECT_EQ(rows[0].figures.unallocated, Amount(105'000'000));

    // org and product trees reconcile to the same total
    const auto byOrg = service.report(Dimension::Org, kSales, Period::month(Month(2026, 11)), QDate(2026, 11, 18));
    const auto byProduct = service.report(Dimension::Product, kSales, Period::month(Month(2026, 11)), QDate(2026, 11, 18));
    EXPECT_EQ(byOrg->rows()[0].figures.actual.minor(), 63'000'000);
    EXPECT_EQ(byProduct->rows()[0].figures.actual.minor(), 63'000'000);
    EXPECT_EQ(byProduct->rows().back().figures.actual.minor(), 63'000'000); // all unassigned

    EXPECT_THROW((void)service.report(Dimension::Region, 99, Period::month(Month(2026, 11)), QDate(2026, 11, 18)),
                 DomainError);
    const auto rollup = service.actuals(Dimension::Region, kSales, QDate(2026, 11, 1), QDate(2026, 11, 30));
    EXPECT_EQ(rollup->total(east).minor(), 60'000'005);
    EXPECT_EQ(rollup->total(kRootId).minor(), 63'000'005);
}

} // namespace
} // namespace st
