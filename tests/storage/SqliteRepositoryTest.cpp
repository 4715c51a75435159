// SqliteRepository: round trips of every kind of record, audit rows, atomicity and nesting.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace st {
namespace {

const QDateTime kAt(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC);

AuditStamp stamp(const QString &reason = {})
{
    return AuditStamp{QStringLiteral("manager"), kAt, reason};
}

Node node(Dimension d, NodeId parent, const QString &name, int order = 0, bool person = false, NodeId home = 0)
{
    return Node{0, parent, d, name, person, home, order};
}

ProgressEntry entry(QDate date, MetricId metric, std::int64_t value, NodeId person, const QString &ref = {})
{
    ProgressEntry e;
    e.date = date;
    e.metric = metric;
    e.value = Amount(value);
    e.person = person;
    e.ref = ref;
    e.enteredBy = QStringLiteral("rep");
    e.enteredAt = kAt;
    return e;
}

template <typename Call>
QString errorOf(Call &&call)
{
    try {
        call();
    } catch (const DomainError &e) {
        return e.message();
    }
    return QStringLiteral("<no error>");
}

class SqliteRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.salestarget"));
        m_repo = SqliteRepository::open(m_path);
        m_east = m_repo->insertNode(node(Dimension::Region, kRootId, QStringLiteral("East")), stamp());
        m_productA = m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("A")), stamp());
        m_team = m_repo->insertNode(node(Dimension::Org, kRootId, QStringLiteral("Team 1")), stamp());
        m_rep = m_repo->insertNode(node(Dimension::Org, m_team, QStringLiteral("Li Lei"), 0, true, m_east), stamp());
    }

    void reopen()
    {
        m_repo.reset();
        m_repo = SqliteRepository::open(m_path);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteRepository> m_repo;
    NodeId m_east = 0;
    NodeId m_productA = 0;
    NodeId m_team = 0;
    NodeId m_rep = 0;
};

TEST_F(SqliteRepositoryTest, NewFileHasDefaultSettingsAndTheLatestSchema)
{
    EXPECT_EQ(m_repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
    EXPECT_EQ(m_repo->loadSettings(), PlanSettings{});
    EXPECT_TRUE(m_repo->planYears().empty());
}

TEST_F(SqliteRepositoryTest, SettingsAndCalendarRoundTripAcrossReopen)
{
    PlanSettings s;
    s.fiscalYearStartMonth = 4;
    s.currency = QStringLiteral("USD");
    s.laggingBelowBp = 7500;
    s.aheadAboveBp = 13000;
    s.companyName = QStringLiteral("华东销售部");
    s.calendar.setException(QDate(2026, 10, 1), WorkCalendar::DayType::Holiday, QStringLiteral("国庆节"));
    s.calendar.setException(QDate(2026, 9, 27), WorkCalendar::DayType::ExtraWorkingDay, QStringLiteral("调休"));
    m_repo->saveSettings(s, stamp(QStringLiteral("new year")));
    reopen();
    EXPECT_EQ(m_repo->loadSettings(), s);
    EXPECT_EQ(m_repo->loadNodes().front().name, QStringLiteral("华东销售部")); // the root carries the company name

    const auto log = m_repo->auditLog(3);
    ASSERT_EQ(log.size(), 3U);
    EXPECT_EQ(log[0].entity, QStringLiteral("calendar"));
    EXPECT_EQ(log[0].key, QStringLiteral("2026-10-01"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("holiday; name=\"国庆节\""));
    EXPECT_EQ(log[1].key, QStringLiteral("2026-09-27"));
    EXPECT_EQ(log[1].newValue, QStringLiteral("workday; name=\"调休\""));
    EXPECT_EQ(log[2].entity, QStringLiteral("settings"));
    EXPECT_EQ(log[2].oldValue, QStringLiteral("fiscal_year_start_month=1; currency=\"CNY\"; lagging_below_bp=8000; "
                                              "ahead_above_bp=12000; company_name=\"\""));
    EXPECT_EQ(log[2].newValue, QStringLiteral("fiscal_year_start_month=4; currency=\"USD\"; lagging_below_bp=7500; "
                                              "ahead_above_bp=13000; company_name=\"华东销售部\""));
    EXPECT_EQ(log[2].reason, QStringLiteral("new year"));
    EXPECT_EQ(log[2].at, kAt);

    // Removing one day and renaming another: one audit row each, nothing for the rest.
    s.calendar.clearException(QDate(2026, 10, 1));
    s.calendar.setException(QDate(2026, 9, 27), WorkCalendar::DayType::ExtraWorkingDay, QStringLiteral("补班"));
    m_repo->saveSettings(s, stamp());
    EXPECT_EQ(m_repo->loadSettings(), s);
    const auto changes = m_repo->auditLog(2);
    EXPECT_EQ(changes[0].action, QStringLiteral("update"));
    EXPECT_EQ(changes[0].oldValue, QStringLiteral("workday; name=\"调休\""));
    EXPECT_EQ(changes[1].action, QStringLiteral("delete"));
    EXPECT_EQ(changes[1].key, QStringLiteral("2026-10-01"));
}

TEST_F(SqliteRepositoryTest, InvalidSettingsAreRefusedAndNotStored)
{
    PlanSettings s;
    s.fiscalYearStartMonth = 13;
    EXPECT_THROW(m_repo->saveSettings(s, stamp()), DomainError);
    EXPECT_EQ(m_repo->loadSettings(), PlanSettings{});
}

TEST_F(SqliteRepositoryTest, PlanYears)
{
    m_repo->addPlanYear(2027, stamp());
    m_repo->addPlanYear(2026, stamp());
    EXPECT_EQ(m_repo->planYears(), (std::vector<int>{2026, 2027}));
    EXPECT_TRUE(errorOf([&] { m_repo->addPlanYear(2026, stamp()); }).contains(QStringLiteral("FY2026 already has a plan")));
}

TEST_F(SqliteRepositoryTest, NodesOfAllThreeTreesShareTheRoot)
{
    const std::vector<Node> nodes = m_repo->loadNodes();
    ASSERT_EQ(nodes.size(), 5U);
    EXPECT_EQ(nodes[0], (Node{kRootId, 0, Dimension::Product, QString(), false, 0, 0}));
    EXPECT_EQ(nodes[1], (Node{m_productA, kRootId, Dimension::Product, QStringLiteral("A"), false, 0, 0}));
    EXPECT_EQ(nodes[2], (Node{m_east, kRootId, Dimension::Region, QStringLiteral("East"), false, 0, 0}));
    EXPECT_EQ(nodes[3], (Node{m_team, kRootId, Dimension::Org, QStringLiteral("Team 1"), false, 0, 0}));
    EXPECT_EQ(nodes[4], (Node{m_rep, m_team, Dimension::Org, QStringLiteral("Li Lei"), true, m_east, 0}));
    // The same name may appear in another tree, but not twice under one parent of one tree.
    EXPECT_NO_THROW(m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("East")), stamp()));
    const QString error = errorOf([&] { m_repo->insertNode(node(Dimension::Region, kRootId, QStringLiteral("East")), stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("already has this name"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("\"East\""))) << error.toStdString();
}

TEST_F(SqliteRepositoryTest, UpdateNodeIsStoredAndAudited)
{
    const NodeId b = m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("B"), 1), stamp());
    Node before{b, kRootId, Dimension::Product, QStringLiteral("B"), false, 0, 1};
    Node after = before;
    after.name = QStringLiteral("B2");
    after.parent = m_productA;
    after.sortOrder = 0;
    m_repo->updateNode(before, after, stamp());
    reopen();
    const auto nodes = m_repo->loadNodes();
    EXPECT_NE(std::find(nodes.begin(), nodes.end(), after), nodes.end());
    const AuditRecord last = m_repo->auditLog(1).front();
    EXPECT_EQ(last.entity, QStringLiteral("node"));
    EXPECT_EQ(last.key, QString::number(b));
    EXPECT_EQ(last.oldValue, QStringLiteral("dimension=product; parent=1; name=\"B\"; person=0; order=1"));
    EXPECT_EQ(last.newValue, QStringLiteral("dimension=product; parent=%1; name=\"B2\"; person=0; order=0").arg(m_productA));
}

TEST_F(SqliteRepositoryTest, TargetsRoundTripAndZeroUnlockedCellsAreDeleted)
{
    const Month mar(2026, 3);
    const Month apr(2026, 4);
    const std::vector<TargetChange> set{
        {1, m_productA, mar, {}, {Amount(123456), false}},
        {1, m_productA, apr, {}, {Amount(0), true}}, // zero but locked: kept
        {3, m_east, mar, {}, {Amount(12), false}},
    };
    m_repo->writeTargets(set, stamp());
    reopen();
    auto records = m_repo->loadTargets();
    ASSERT_EQ(records.size(), 3U);
    std::sort(records.begin(), records.end(), [](const TargetRecord &a, const TargetRecord &b) {
        return std::tie(a.metric, a.node, a.month) < std::tie(b.metric, b.node, b.month);
    });
    EXPECT_EQ(records[0].cell, (TargetCell{Amount(123456), false}));
    EXPECT_EQ(records[1].month, apr);
    EXPECT_EQ(records[1].cell, (TargetCell{Amount(0), true}));
    EXPECT_EQ(records[2].cell, (TargetCell{Amount(12), false}));

    const std::vector<TargetChange> clear{
        {1, m_productA, mar, {Amount(123456), false}, {Amount(0), false}},
        {1, m_productA, apr, {Amount(0), true}, {Amount(0), false}},
    };
    m_repo->writeTargets(clear, stamp(QStringLiteral("reset")));
    records = m_repo->loadTargets();
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].metric, 3);

    const auto log = m_repo->auditLog(5);
    ASSERT_EQ(log.size(), 5U);
    EXPECT_EQ(log[0].action, QStringLiteral("unlock"));
    EXPECT_EQ(log[0].oldValue, QStringLiteral("0.00 locked"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("0.00"));
    EXPECT_EQ(log[1].action, QStringLiteral("delete"));
    EXPECT_EQ(log[1].key, QStringLiteral("sales|%1|2026-03").arg(m_productA));
    EXPECT_EQ(log[1].oldValue, QStringLiteral("1234.56"));
    EXPECT_EQ(log[1].reason, QStringLiteral("reset"));
    EXPECT_EQ(log[2].key, QStringLiteral("new_customers|%1|2026-03").arg(m_east));
    EXPECT_EQ(log[2].newValue, QStringLiteral("12"));
    EXPECT_EQ(log[4].action, QStringLiteral("insert"));
    EXPECT_EQ(log[4].oldValue, QStringLiteral("0.00"));
    EXPECT_EQ(log[4].newValue, QStringLiteral("1234.56"));
}

TEST_F(SqliteRepositoryTest, EntryInsertUpdateDeleteAreAudited)
{
    ProgressEntry e = entry(QDate(2026, 3, 2), 1, 500000, m_rep, QStringLiteral("SO-1"));
    e.product = m_productA;
    e.region = m_east;
    e.customer = QStringLiteral("ACME \"East\"");
    e.note = QStringLiteral("first order");
    e.id = m_repo->insertEntry(e, stamp());
    reopen();
    EXPECT_EQ(m_repo->entry(e.id), e);

    ProgressEntry changed = e;
    changed.value = Amount(450000);
    changed.product = 0;
    m_repo->updateEntry(e, changed, stamp(QStringLiteral("discount")));
    EXPECT_EQ(m_repo->entry(e.id), changed);
    m_repo->deleteEntry(changed, stamp());
    EXPECT_TRUE(errorOf([&] { m_repo->entry(e.id); }).contains(QStringLiteral("does not exist")));
    EXPECT_THROW(m_repo->deleteEntry(changed, stamp()), DomainError);

    const QString oldText = QStringLiteral("date=2026-03-02; metric=sales; value=5000.00; person=%1; product=%2; "
                                           "region=%3; customer=\"ACME \"\"East\"\"\"; ref=\"SO-1\"; note=\"first order\"")
                                .arg(m_rep).arg(m_productA).arg(m_east);
    const QString newText = QStringLiteral("date=2026-03-02; metric=sales; value=4500.00; person=%1; region=%2; "
                                           "customer=\"ACME \"\"East\"\"\"; ref=\"SO-1\"; note=\"first order\"")
                                .arg(m_rep).arg(m_east);
    const auto log = m_repo->auditLog(3);
    ASSERT_EQ(log.size(), 3U);
    EXPECT_EQ(log[2].action, QStringLiteral("insert"));
    EXPECT_EQ(log[2].key, QString::number(e.id));
    EXPECT_EQ(log[2].oldValue, QString());
    EXPECT_EQ(log[2].newValue, oldText);
    EXPECT_EQ(log[1].action, QStringLiteral("update"));
    EXPECT_EQ(log[1].oldValue, oldText);
    EXPECT_EQ(log[1].newValue, newText);
    EXPECT_EQ(log[1].reason, QStringLiteral("discount"));
    EXPECT_EQ(log[0].action, QStringLiteral("delete"));
    EXPECT_EQ(log[0].oldValue, newText);
    EXPECT_EQ(log[0].newValue, QString());
}

TEST_F(SqliteRepositoryTest, AnExplicitEntryIdReCreatesADeletedEntry)
{
    ProgressEntry first = entry(QDate(2026, 3, 2), 1, 500, m_rep, QStringLiteral("SO-1"));
    first.id = m_repo->insertEntry(first, stamp());
    ProgressEntry second = entry(QDate(2026, 3, 3), 1, 700, m_rep);
    second.id = m_repo->insertEntry(second, stamp());
    m_repo->deleteEntry(first, stamp());

    EXPECT_EQ(m_repo->insertEntry(first, stamp(QStringLiteral("undo delete"))), first.id);
    reopen();
    EXPECT_EQ(m_repo->entry(first.id), first);
    const AuditRecord undo = m_repo->auditLog(1).front();
    EXPECT_EQ(undo.action, QStringLiteral("insert"));
    EXPECT_EQ(undo.key, QString::number(first.id));
    EXPECT_EQ(undo.reason, QStringLiteral("undo delete"));

    // A new entry without an id still gets a fresh one.
    const EntryId third = m_repo->insertEntry(entry(QDate(2026, 3, 4), 1, 900, m_rep), stamp());
    EXPECT_GT(third, second.id);

    // An id in use is refused, whatever the ref, and nothing is written.
    const auto auditBefore = m_repo->auditLog(0).size();
    ProgressEntry clash = entry(QDate(2026, 3, 5), 1, 1, m_rep, QStringLiteral("SO-NEW"));
    clash.id = second.id;
    const QString error = errorOf([&] { m_repo->insertEntry(clash, stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("progress entry %1 already exists").arg(second.id))) << error.toStdString();
    EXPECT_EQ(m_repo->entry(second.id), second);
    EXPECT_EQ(m_repo->findEntries({}).size(), 3U);
    EXPECT_EQ(m_repo->auditLog(0).size(), auditBefore);
    // A free id with a ref in use is refused for the ref.
    ProgressEntry refClash = entry(QDate(2026, 3, 5), 1, 1, m_rep, QStringLiteral("SO-1"));
    refClash.id = 5000;
    EXPECT_TRUE(errorOf([&] { m_repo->insertEntry(refClash, stamp()); }).contains(QStringLiteral("reference")));
    EXPECT_THROW(m_repo->entry(5000), DomainError);
}

TEST_F(SqliteRepositoryTest, EmptyRefsAreNotUniqueButRefsAre)
{
    m_repo->insertEntry(entry(QDate(2026, 3, 2), 4, 1, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 3, 2), 4, 1, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 3, 2), 4, 1, m_rep, QStringLiteral("V-1")), stamp());
    const QString error = errorOf([&] { m_repo->insertEntry(entry(QDate(2026, 3, 3), 4, 2, m_rep, QStringLiteral("V-1")), stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("\"V-1\""))) << error.toStdString();
    EXPECT_EQ(m_repo->findEntries({}).size(), 3U);
}

TEST_F(SqliteRepositoryTest, EntriesReferringToMissingNodesAreRefused)
{
    const QString error = errorOf([&] { m_repo->insertEntry(entry(QDate(2026, 3, 2), 1, 1, 999), stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_TRUE(m_repo->findEntries({}).empty());
    EXPECT_TRUE(m_repo->auditLog(1).front().entity == QStringLiteral("node")); // no audit row either
}

TEST_F(SqliteRepositoryTest, FindEntriesFiltersAndOrdersByDateThenId)
{
    const NodeId rep2 = m_repo->insertNode(node(Dimension::Org, m_team, QStringLiteral("Han Mei"), 1, true), stamp());
    auto a = entry(QDate(2026, 3, 5), 1, 100, m_rep);
    a.customer = QStringLiteral("Big 100% Co");
    const EntryId idA = m_repo->insertEntry(a, stamp());
    auto b = entry(QDate(2026, 3, 1), 1, 200, rep2);
    b.product = m_productA;
    const EntryId idB = m_repo->insertEntry(b, stamp());
    const EntryId idC = m_repo->insertEntry(entry(QDate(2026, 3, 5), 2, 300, m_rep), stamp());
    const EntryId idD = m_repo->insertEntry(entry(QDate(2026, 4, 1), 1, 400, m_rep), stamp());

    const auto ids = [&](const EntryFilter &f) {
        std::vector<EntryId> out;
        for (const ProgressEntry &e : m_repo->findEntries(f))
            out.push_back(e.id);
        return out;
    };
    EXPECT_EQ(ids({}), (std::vector<EntryId>{idB, idA, idC, idD}));
    EntryFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    EXPECT_EQ(ids(march), (std::vector<EntryId>{idB, idA, idC}));
    march.metric = 1;
    EXPECT_EQ(ids(march), (std::vector<EntryId>{idB, idA}));
    EntryFilter people;
    people.persons = {rep2};
    EXPECT_EQ(ids(people), (std::vector<EntryId>{idB}));
    EntryFilter unassigned;
    unassigned.onlyUnassignedProduct = true;
    unassigned.metric = 1;
    EXPECT_EQ(ids(unassigned), (std::vector<EntryId>{idA, idD}));
    EntryFilter products;
    products.products = {m_productA};
    EXPECT_EQ(ids(products), (std::vector<EntryId>{idB}));
    EntryFilter customer;
    customer.customerContains = QStringLiteral("100%"); // % is a literal, not a wildcard
    EXPECT_EQ(ids(customer), (std::vector<EntryId>{idA}));
    customer.customerContains = QStringLiteral("0%C");
    EXPECT_TRUE(ids(customer).empty());
    EntryFilter limited;
    limited.limit = 2;
    EXPECT_EQ(ids(limited), (std::vector<EntryId>{idB, idA}));
}

TEST_F(SqliteRepositoryTest, ScanFactsStreamsOneMetricInTheInclusiveRange)
{
    auto withProduct = entry(QDate(2026, 3, 1), 1, 100, m_rep);
    withProduct.product = m_productA;
    withProduct.region = m_east;
    m_repo->insertEntry(withProduct, stamp());
    m_repo->insertEntry(entry(QDate(2026, 3, 31), 1, 200, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 2, 28), 1, 400, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 4, 1), 1, 800, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 3, 15), 2, 1600, m_rep), stamp());

    std::vector<EntryFact> facts;
    m_repo->scanFacts(1, QDate(2026, 3, 1), QDate(2026, 3, 31), [&](const EntryFact &f) { facts.push_back(f); });
    std::sort(facts.begin(), facts.end(), [](const EntryFact &a, const EntryFact &b) { return a.day < b.day; });
    ASSERT_EQ(facts.size(), 2U);
    EXPECT_EQ(facts[0].day, QDate(2026, 3, 1).toJulianDay());
    EXPECT_EQ(facts[0].person, m_rep);
    EXPECT_EQ(facts[0].product, m_productA);
    EXPECT_EQ(facts[0].region, m_east);
    EXPECT_EQ(facts[0].value, 100);
    EXPECT_EQ(facts[1].day, QDate(2026, 3, 31).toJulianDay());
    EXPECT_EQ(facts[1].product, 0);
    EXPECT_EQ(facts[1].region, 0);
    EXPECT_EQ(facts[1].value, 200);
}

TEST_F(SqliteRepositoryTest, ScansNestAndSurviveAThrowingSink)
{
    m_repo->insertEntry(entry(QDate(2026, 3, 1), 1, 100, m_rep), stamp());
    m_repo->insertEntry(entry(QDate(2026, 3, 2), 1, 200, m_rep), stamp());
    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    std::int64_t pairs = 0;
    m_repo->scanFacts(1, from, to, [&](const EntryFact &outer) {
        m_repo->scanFacts(1, from, to, [&](const EntryFact &inner) { pairs += outer.value * inner.value; });
    });
    EXPECT_EQ(pairs, (100 + 200) * (100 + 200));
    EXPECT_THROW(m_repo->scanFacts(1, from, to, [](const EntryFact &) { throw DomainError(QStringLiteral("stop")); }),
                 DomainError);
    std::int64_t sum = 0;
    m_repo->scanFacts(1, from, to, [&](const EntryFact &f) { sum += f.value; });
    EXPECT_EQ(sum, 300);
    // The scan left no read transaction open: a write and a new scan see each other.
    m_repo->insertEntry(entry(QDate(2026, 3, 3), 1, 400, m_rep), stamp());
    sum = 0;
    m_repo->scanFacts(1, from, to, [&](const EntryFact &f) { sum += f.value; });
    EXPECT_EQ(sum, 700);
}

TEST_F(SqliteRepositoryTest, CountAndDeleteNodes)
{
    const NodeId b = m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("B"), 1), stamp());
    const NodeId b1 = m_repo->insertNode(node(Dimension::Product, b, QStringLiteral("B1")), stamp());
    m_repo->writeTargets(std::vector<TargetChange>{{1, b1, Month(2026, 5), {}, {Amount(99), false}}}, stamp());
    auto e = entry(QDate(2026, 3, 2), 1, 1, m_rep);
    e.product = m_productA;
    m_repo->insertEntry(e, stamp());

    const std::vector<NodeId> doomed{b1, b};
    EXPECT_EQ(m_repo->countEntriesReferencing(doomed), 0);
    EXPECT_EQ(m_repo->countEntriesReferencing(std::vector<NodeId>{m_productA}), 1);
    EXPECT_EQ(m_repo->countEntriesReferencing(std::vector<NodeId>{m_rep, m_productA}), 1);
    m_repo->deleteNodes(doomed, stamp());
    EXPECT_EQ(m_repo->loadNodes().size(), 5U);
    EXPECT_TRUE(m_repo->loadTargets().empty());
    const auto log = m_repo->auditLog(3);
    EXPECT_EQ(log[0].key, QString::number(b));
    EXPECT_EQ(log[1].key, QString::number(b1));
    EXPECT_EQ(log[2].entity, QStringLiteral("target"));
    EXPECT_EQ(log[2].action, QStringLiteral("delete"));
    EXPECT_EQ(log[2].oldValue, QStringLiteral("0.99"));

    // Entries still refer to A: the foreign key refuses, and nothing is deleted.
    const QString error = errorOf([&] { m_repo->deleteNodes(std::vector<NodeId>{m_productA}, stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be deleted"))) << error.toStdString();
    EXPECT_EQ(m_repo->loadNodes().size(), 5U);
    // A parent listed before its child is refused too.
    EXPECT_THROW(m_repo->deleteNodes(std::vector<NodeId>{m_team, m_rep}, stamp()), DomainError);
    EXPECT_EQ(m_repo->loadNodes().size(), 5U);
}

TEST_F(SqliteRepositoryTest, FailedTransactionLeavesTheFileExactlyAsBefore)
{
    const auto nodesBefore = m_repo->loadNodes();
    const auto auditBefore = m_repo->auditLog(0);
    const QString error = errorOf([&] {
        m_repo->transaction([&] {
            m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("C")), stamp());
            m_repo->writeTargets(std::vector<TargetChange>{{1, m_productA, Month(2026, 1), {}, {Amount(5), false}}}, stamp());
            m_repo->insertEntry(entry(QDate(2026, 1, 2), 1, 5, m_rep), stamp());
            m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("A")), stamp()); // duplicate sibling
        });
    });
    EXPECT_TRUE(error.contains(QStringLiteral("already has this name"))) << error.toStdString();
    reopen();
    EXPECT_EQ(m_repo->loadNodes(), nodesBefore);
    EXPECT_TRUE(m_repo->loadTargets().empty());
    EXPECT_TRUE(m_repo->findEntries({}).empty());
    const auto auditAfter = m_repo->auditLog(0);
    ASSERT_EQ(auditAfter.size(), auditBefore.size());
    EXPECT_EQ(auditAfter.front().id, auditBefore.front().id);
}

TEST_F(SqliteRepositoryTest, TransactionsNest)
{
    m_repo->transaction([&] {
        m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("Outer")), stamp());
        EXPECT_THROW(m_repo->transaction([&] {
            m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("Inner")), stamp());
            throw DomainError(QStringLiteral("changed my mind"));
        }),
                     DomainError);
        m_repo->transaction([&] { m_repo->insertNode(node(Dimension::Product, kRootId, QStringLiteral("Kept")), stamp()); });
    });
    reopen();
    QStringList names;
    for (const Node &n : m_repo->loadNodes())
        names << n.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Outer")));
    EXPECT_TRUE(names.contains(QStringLiteral("Kept")));
    EXPECT_FALSE(names.contains(QStringLiteral("Inner")));
}

TEST_F(SqliteRepositoryTest, AuditLogIsNewestFirstAndLimited)
{
    const auto all = m_repo->auditLog(0);
    ASSERT_EQ(all.size(), 4U); // the four nodes of SetUp
    EXPECT_GT(all[0].id, all[1].id);
    EXPECT_EQ(all[0].key, QString::number(m_rep));
    EXPECT_EQ(all[0].user, QStringLiteral("manager"));
    EXPECT_EQ(all[0].at, kAt);
    EXPECT_EQ(m_repo->auditLog(2).size(), 2U);
}

TEST(SqliteRepositoryMemoryTest, InMemoryDatabaseWorks)
{
    auto repo = SqliteRepository::open(QStringLiteral(":memory:"));
    const NodeId id = repo->insertNode(node(Dimension::Region, kRootId, QStringLiteral("North")), stamp());
    EXPECT_EQ(id, 2);
    EXPECT_EQ(repo->loadNodes().size(), 2U);
}

} // namespace
} // namespace st
