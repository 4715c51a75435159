// Corrective actions and period reviews in the SQLite repository: round trips, audit rows,
// atomicity, ids kept for undo, and removal together with their node.
#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/SqliteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace st {
namespace {

const QDateTime kAt(QDate(2026, 9, 30), QTime(17, 0), Qt::UTC);

AuditStamp stamp(const QString &reason = {})
{
    return AuditStamp{QStringLiteral("manager"), kAt, reason};
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

class TrackingStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.salestarget"));
        m_repo = SqliteRepository::open(m_path);
        m_east = m_repo->insertNode(Node{0, kRootId, Dimension::Region, QStringLiteral("East"), false, 0, 0}, stamp());
        m_team = m_repo->insertNode(Node{0, kRootId, Dimension::Org, QStringLiteral("Team 1"), false, 0, 0}, stamp());
    }

    void reopen()
    {
        m_repo.reset();
        m_repo = SqliteRepository::open(m_path);
    }

    CorrectiveAction action(NodeId node, const QString &description) const
    {
        CorrectiveAction a;
        a.node = node;
        a.metric = 1;
        a.description = description;
        a.owner = QStringLiteral("王经理");
        a.due = QDate(2026, 10, 31);
        a.expectedEffect = QStringLiteral("+5% sales");
        a.reasonCategory = ReasonCategory::External;
        a.reasonNote = QStringLiteral("competitor price cut");
        return a;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteRepository> m_repo;
    NodeId m_east = 0;
    NodeId m_team = 0;
};

TEST_F(TrackingStoreTest, ActionsRoundTripAcrossReopenInIdOrder)
{
    CorrectiveAction a = action(m_east, QStringLiteral("Visit the top ten customers"));
    CorrectiveAction b = action(m_team, QStringLiteral("Weekly pipeline review"));
    b.metric = 0;
    b.due = QDate();
    b.owner.clear();
    b.status = ActionStatus::Done;
    b.reasonCategory = ReasonCategory::None;
    b.reasonNote.clear();
    a.id = m_repo->insertAction(a, stamp());
    b.id = m_repo->insertAction(b, stamp());
    EXPECT_GT(a.id, 0);
    EXPECT_GT(b.id, a.id);
    reopen();
    EXPECT_EQ(m_repo->loadActions(), (std::vector<CorrectiveAction>{a, b}));
}

TEST_F(TrackingStoreTest, ActionWritesAreAuditedWithAReadableKey)
{
    CorrectiveAction a = action(m_east, QStringLiteral("Visit the \"top\" ten customers"));
    a.id = m_repo->insertAction(a, stamp());
    CorrectiveAction done = a;
    done.status = ActionStatus::Done;
    m_repo->updateAction(a, done, stamp(QStringLiteral("finished early")));
    m_repo->updateAction(done, done, stamp()); // no change: no audit row
    m_repo->deleteAction(done, stamp());
    EXPECT_TRUE(m_repo->loadActions().empty());

    const QString key = QStringLiteral("%1 \"Visit the \"\"top\"\" ten customers\"").arg(a.id);
    const QString before = QStringLiteral("node=%1; metric=sales; description=\"Visit the \"\"top\"\" ten customers\"; "
                                          "owner=\"王经理\"; due=2026-10-31; expected_effect=\"+5% sales\"; "
                                          "status=open; reason=external; reason_note=\"competitor price cut\"")
                               .arg(m_east);
    QString after = before;
    after.replace(QStringLiteral("status=open"), QStringLiteral("status=done"));
    const auto log = m_repo->auditLog(3);
    ASSERT_EQ(log.size(), 3U);
    for (const AuditRecord &r : log) {
        EXPECT_EQ(r.entity, QStringLiteral("action"));
        EXPECT_EQ(r.key, key);
        EXPECT_EQ(r.user, QStringLiteral("manager"));
        EXPECT_EQ(r.at, kAt);
    }
    EXPECT_EQ(log[2].action, QStringLiteral("insert"));
    EXPECT_EQ(log[2].oldValue, QString());
    EXPECT_EQ(log[2].newValue, before);
    EXPECT_EQ(log[1].action, QStringLiteral("update"));
    EXPECT_EQ(log[1].oldValue, before);
    EXPECT_EQ(log[1].newValue, after);
    EXPECT_EQ(log[1].reason, QStringLiteral("finished early"));
    EXPECT_EQ(log[0].action, QStringLiteral("delete"));
    EXPECT_EQ(log[0].oldValue, after);
    EXPECT_EQ(log[0].newValue, QString());
}

TEST_F(TrackingStoreTest, ALongDescriptionIsShortenedInTheAuditKeyOnly)
{
    CorrectiveAction a = action(m_east, QString(60, u'x'));
    a.id = m_repo->insertAction(a, stamp());
    const AuditRecord r = m_repo->auditLog(1).front();
    EXPECT_EQ(r.key, QStringLiteral("%1 \"%2\u2026\"").arg(a.id).arg(QString(39, u'x')));
    EXPECT_TRUE(r.newValue.contains(QString(60, u'x')));
    EXPECT_EQ(m_repo->loadActions().front().description, QString(60, u'x'));
}

TEST_F(TrackingStoreTest, AnExplicitIdReCreatesADeletedActionAndAnIdInUseIsRefused)
{
    CorrectiveAction a = action(m_east, QStringLiteral("Call back"));
    a.id = m_repo->insertAction(a, stamp());
    m_repo->deleteAction(a, stamp());
    EXPECT_EQ(m_repo->insertAction(a, stamp(QStringLiteral("undo delete"))), a.id);
    EXPECT_EQ(m_repo->loadActions(), (std::vector<CorrectiveAction>{a}));

    const auto auditBefore = m_repo->auditLog(0).size();
    CorrectiveAction other = action(m_team, QStringLiteral("Other"));
    other.id = a.id;
    const QString error = errorOf([&] { m_repo->insertAction(other, stamp()); });
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    EXPECT_EQ(m_repo->loadActions(), (std::vector<CorrectiveAction>{a}));
    EXPECT_EQ(m_repo->auditLog(0).size(), auditBefore);
}

TEST_F(TrackingStoreTest, FailedActionWritesLeaveTheFileUnchanged)
{
    CorrectiveAction a = action(m_east, QStringLiteral("Call back"));
    a.id = m_repo->insertAction(a, stamp());
    const auto auditBefore = m_repo->auditLog(0).size();

    EXPECT_THROW(m_repo->insertAction(action(999, QStringLiteral("No such node")), stamp()), DomainError);
    EXPECT_THROW(m_repo->insertAction(action(m_east, QString()), stamp()), DomainError); // CHECK: no description
    CorrectiveAction missing = a;
    missing.id = a.id + 100;
    EXPECT_TRUE(errorOf([&] { m_repo->updateAction(missing, missing, stamp()); }).contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(errorOf([&] { m_repo->deleteAction(missing, stamp()); }).contains(QStringLiteral("does not exist")));
    CorrectiveAction moved = a;
    moved.node = 999;
    EXPECT_THROW(m_repo->updateAction(a, moved, stamp()), DomainError);
    // Inside a transaction that fails later, a successful insert is rolled back with it.
    EXPECT_THROW(m_repo->transaction([&] {
        m_repo->insertAction(action(m_team, QStringLiteral("Rolled back")), stamp());
        m_repo->deleteAction(missing, stamp());
    }),
                 DomainError);

    reopen();
    EXPECT_EQ(m_repo->loadActions(), (std::vector<CorrectiveAction>{a}));
    EXPECT_EQ(m_repo->auditLog(0).size(), auditBefore);
}

TEST_F(TrackingStoreTest, ReviewsUpsertByNodeMetricAndPeriodAndEmptyTextsDelete)
{
    PeriodReview r{m_east, 1, QStringLiteral("2026-Q3"), QStringLiteral("key accounts"), QStringLiteral("new leads")};
    m_repo->saveReview(std::nullopt, r, stamp());
    PeriodReview other{m_east, 0, QStringLiteral("2026-Q3"), QString(), QStringLiteral("visits")};
    m_repo->saveReview(std::nullopt, other, stamp());
    reopen();
    EXPECT_EQ(m_repo->loadReviews(), (std::vector<PeriodReview>{other, r}));

    PeriodReview changed = r;
    changed.worked = QStringLiteral("key accounts, \"bundles\"");
    m_repo->saveReview(r, changed, stamp());
    m_repo->saveReview(changed, changed, stamp()); // same text: no audit row
    PeriodReview cleared = changed;
    cleared.worked.clear();
    cleared.didNotWork.clear();
    m_repo->saveReview(changed, cleared, stamp());
    EXPECT_EQ(m_repo->loadReviews(), (std::vector<PeriodReview>{other}));
    m_repo->saveReview(std::nullopt, cleared, stamp()); // deleting what is not there: nothing
    EXPECT_EQ(m_repo->loadReviews(), (std::vector<PeriodReview>{other}));

    const auto log = m_repo->auditLog(4);
    ASSERT_EQ(log.size(), 4U);
    EXPECT_EQ(log[3].action, QStringLiteral("insert"));
    EXPECT_EQ(log[3].key, QStringLiteral("sales|%1|2026-Q3").arg(m_east));
    EXPECT_EQ(log[2].action, QStringLiteral("insert"));
    EXPECT_EQ(log[2].key, QStringLiteral("all|%1|2026-Q3").arg(m_east));
    EXPECT_EQ(log[2].newValue, QStringLiteral("worked=\"\"; did_not_work=\"visits\""));
    EXPECT_EQ(log[1].action, QStringLiteral("update"));
    EXPECT_EQ(log[1].entity, QStringLiteral("review"));
    EXPECT_EQ(log[1].key, QStringLiteral("sales|%1|2026-Q3").arg(m_east));
    EXPECT_EQ(log[1].oldValue, QStringLiteral("worked=\"key accounts\"; did_not_work=\"new leads\""));
    EXPECT_EQ(log[1].newValue, QStringLiteral("worked=\"key accounts, \"\"bundles\"\"\"; did_not_work=\"new leads\""));
    EXPECT_EQ(log[0].action, QStringLiteral("delete"));
    EXPECT_EQ(log[0].oldValue, log[1].newValue);
    EXPECT_EQ(log[0].newValue, QString());
}

TEST_F(TrackingStoreTest, FailedReviewWritesLeaveTheFileUnchanged)
{
    const auto auditBefore = m_repo->auditLog(0).size();
    EXPECT_THROW(m_repo->saveReview(std::nullopt, PeriodReview{999, 1, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}},
                                    stamp()),
                 DomainError);
    EXPECT_THROW(m_repo->saveReview(std::nullopt, PeriodReview{m_east, 1, QString(), QStringLiteral("x"), {}}, stamp()),
                 DomainError);
    reopen();
    EXPECT_TRUE(m_repo->loadReviews().empty());
    EXPECT_EQ(m_repo->auditLog(0).size(), auditBefore);
}

TEST_F(TrackingStoreTest, DeletingANodeDeletesAndAuditsItsActionsAndReviews)
{
    const CorrectiveAction kept = [&] {
        CorrectiveAction a = action(m_team, QStringLiteral("Kept"));
        a.id = m_repo->insertAction(a, stamp());
        return a;
    }();
    m_repo->insertAction(action(m_east, QStringLiteral("Goes with East")), stamp());
    m_repo->saveReview(std::nullopt, PeriodReview{m_east, 1, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}}, stamp());
    m_repo->deleteNodes(std::vector<NodeId>{m_east}, stamp());
    EXPECT_EQ(m_repo->loadActions(), (std::vector<CorrectiveAction>{kept}));
    EXPECT_TRUE(m_repo->loadReviews().empty());
    const auto log = m_repo->auditLog(3);
    EXPECT_EQ(log[0].entity, QStringLiteral("node"));
    EXPECT_EQ(log[1].entity, QStringLiteral("review"));
    EXPECT_EQ(log[1].action, QStringLiteral("delete"));
    EXPECT_EQ(log[2].entity, QStringLiteral("action"));
    EXPECT_EQ(log[2].action, QStringLiteral("delete"));
    EXPECT_TRUE(log[2].key.contains(QStringLiteral("Goes with East")));
}

TEST_F(TrackingStoreTest, TheForeignKeyCascadesWhenANodeIsDeletedDirectly)
{
    m_repo->insertAction(action(m_east, QStringLiteral("Orphan?")), stamp());
    m_repo->saveReview(std::nullopt, PeriodReview{m_east, 1, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}}, stamp());
    m_repo.reset();
    {
        Database db(m_path);
        db.execute(QStringLiteral("DELETE FROM node WHERE id = %1").arg(m_east).toUtf8().constData());
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM corrective_action"), 0);
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM period_review"), 0);
    }
}

} // namespace
} // namespace st
