// PlanService: corrective actions (调整措施) and period reviews (复盘): validation naming the field,
// audit stamps from the injected clock, the in-memory cache, and nothing changed by a failed write.
#include "domain/PlanServiceFixture.h"

namespace st {
namespace {

using test::FakeRepository;
using test::kSales;

class PlanServiceTrackingTest : public test::PlanServiceFixture
{
protected:
    void SetUp() override
    {
        PlanServiceFixture::SetUp();
        east = service.ensurePath(Dimension::Region, QStringLiteral("East"));
        team = service.ensurePath(Dimension::Org, QStringLiteral("Team 1"));
    }

    CorrectiveAction action(NodeId node, const QString &description) const
    {
        CorrectiveAction a;
        a.node = node;
        a.metric = kSales;
        a.description = description;
        a.owner = QStringLiteral("Li");
        a.due = QDate(2026, 12, 15);
        return a;
    }

    NodeId east = 0;
    NodeId team = 0;
};

TEST_F(PlanServiceTrackingTest, AddedActionsAreStoredStampedAndCached)
{
    now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    const CorrectiveAction a = service.addAction(action(east, QStringLiteral("Visit key accounts")));
    const CorrectiveAction b = service.addAction(action(team, QStringLiteral("Daily stand-up")));
    const CorrectiveAction c = service.addAction(action(east, QStringLiteral("Discount bundle")));
    EXPECT_GT(a.id, 0);
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{a, b, c}));
    EXPECT_EQ(service.actionsOf(east), (std::vector<CorrectiveAction>{a, c}));
    EXPECT_TRUE(service.actionsOf(kRootId).empty());
    EXPECT_EQ(repo.loadActions(), service.actions());
    ASSERT_FALSE(repo.stamps.empty());
    EXPECT_EQ(repo.stamps.back().user, QStringLiteral("manager"));
    EXPECT_EQ(repo.stamps.back().at, now);
    EXPECT_EQ(repo.state().audit.back().entity, QStringLiteral("action"));

    PlanService reopened{repo, [this] { return now; }, QStringLiteral("manager")};
    reopened.load();
    EXPECT_EQ(reopened.actions(), service.actions());
}

TEST_F(PlanServiceTrackingTest, InvalidActionsAreRefusedNamingTheField)
{
    const std::size_t writes = repo.stamps.size();
    EXPECT_DOMAIN_ERROR(service.addAction(action(east, QStringLiteral("   "))), "Description:");
    EXPECT_DOMAIN_ERROR(service.addAction(action(4242, QStringLiteral("x"))), "Member: there is no member with id 4242");
    CorrectiveAction badMetric = action(east, QStringLiteral("x"));
    badMetric.metric = 99;
    EXPECT_DOMAIN_ERROR(service.addAction(badMetric), "Metric:");
    EXPECT_EQ(repo.stamps.size(), writes); // nothing reached the repository
    EXPECT_TRUE(service.actions().empty());

    CorrectiveAction allMetrics = action(kRootId, QStringLiteral("Company-wide review"));
    allMetrics.metric = 0;
    EXPECT_EQ(service.addAction(allMetrics).metric, 0);
}

TEST_F(PlanServiceTrackingTest, UpdateAndDeleteKeepCacheAndRepositoryInStep)
{
    CorrectiveAction a = service.addAction(action(east, QStringLiteral("Visit key accounts")));
    a.status = ActionStatus::Done;
    a.reasonCategory = ReasonCategory::Internal;
    a.reasonNote = QStringLiteral("too few visits");
    service.updateAction(a);
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{a}));
    EXPECT_EQ(repo.loadActions(), service.actions());

    const std::size_t writes = repo.stamps.size();
    service.updateAction(a); // unchanged: not written
    EXPECT_EQ(repo.stamps.size(), writes);

    CorrectiveAction blank = a;
    blank.description.clear();
    EXPECT_DOMAIN_ERROR(service.updateAction(blank), "Description:");
    CorrectiveAction missing = a;
    missing.id = 777;
    EXPECT_DOMAIN_ERROR(service.updateAction(missing), "Corrective action 777 does not exist");
    EXPECT_DOMAIN_ERROR(service.deleteAction(777), "Corrective action 777 does not exist");
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{a}));

    service.deleteAction(a.id);
    EXPECT_TRUE(service.actions().empty());
    EXPECT_TRUE(repo.loadActions().empty());
    EXPECT_EQ(repo.state().audit.back().action, QStringLiteral("delete"));
}

TEST_F(PlanServiceTrackingTest, UndoOfADeleteReCreatesTheActionWithItsId)
{
    const CorrectiveAction a = service.addAction(action(east, QStringLiteral("One")));
    const CorrectiveAction b = service.addAction(action(east, QStringLiteral("Two")));
    service.deleteAction(a.id);
    EXPECT_EQ(service.addAction(a), a);
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{a, b})); // still in id order
    EXPECT_DOMAIN_ERROR(service.addAction(b), "already exists");
}

TEST_F(PlanServiceTrackingTest, AFailedWriteChangesNothing)
{
    const CorrectiveAction a = service.addAction(action(east, QStringLiteral("One")));
    repo.failNextWrite();
    EXPECT_THROW(service.addAction(action(east, QStringLiteral("Two"))), FakeRepository::WriteFailure);
    CorrectiveAction changed = a;
    changed.owner = QStringLiteral("Wang");
    repo.failNextWrite();
    EXPECT_THROW(service.updateAction(changed), FakeRepository::WriteFailure);
    repo.failNextWrite();
    EXPECT_THROW(service.deleteAction(a.id), FakeRepository::WriteFailure);
    repo.failNextWrite();
    EXPECT_THROW(service.saveReview(PeriodReview{east, kSales, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}}),
                 FakeRepository::WriteFailure);
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{a}));
    EXPECT_EQ(repo.loadActions(), service.actions());
    EXPECT_FALSE(service.review(east, kSales, QStringLiteral("2026-Q3")));
    EXPECT_TRUE(repo.loadReviews().empty());
}

TEST_F(PlanServiceTrackingTest, ReviewsUpsertAndEmptyTextsDelete)
{
    const PeriodReview r{east, kSales, QStringLiteral("2026-Q3"), QStringLiteral("key accounts"), QStringLiteral("leads")};
    service.saveReview(r);
    EXPECT_EQ(service.review(east, kSales, QStringLiteral("2026-Q3")), r);
    EXPECT_FALSE(service.review(east, kSales, QStringLiteral("2026-Q2")));
    EXPECT_FALSE(service.review(east, 0, QStringLiteral("2026-Q3")));

    PeriodReview changed = r;
    changed.didNotWork = QStringLiteral("cold calls");
    service.saveReview(changed);
    EXPECT_EQ(service.review(east, kSales, QStringLiteral("2026-Q3")), changed);
    EXPECT_EQ(repo.loadReviews(), (std::vector<PeriodReview>{changed}));
    const std::size_t writes = repo.stamps.size();
    service.saveReview(changed); // unchanged: not written
    EXPECT_EQ(repo.stamps.size(), writes);

    service.saveReview(PeriodReview{east, kSales, QStringLiteral("2026-Q3"), {}, {}});
    EXPECT_FALSE(service.review(east, kSales, QStringLiteral("2026-Q3")));
    EXPECT_TRUE(repo.loadReviews().empty());
    service.saveReview(PeriodReview{east, kSales, QStringLiteral("2026-Q4"), {}, {}}); // nothing to delete
    EXPECT_EQ(repo.stamps.size(), writes + 1);
}

TEST_F(PlanServiceTrackingTest, InvalidReviewsAreRefusedNamingTheField)
{
    EXPECT_DOMAIN_ERROR(service.saveReview(PeriodReview{4242, kSales, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}}),
                        "Member:");
    EXPECT_DOMAIN_ERROR(service.saveReview(PeriodReview{east, 99, QStringLiteral("2026-Q3"), QStringLiteral("x"), {}}),
                        "Metric:");
    EXPECT_DOMAIN_ERROR(service.saveReview(PeriodReview{east, kSales, QString(), QStringLiteral("x"), {}}), "Period:");
    EXPECT_DOMAIN_ERROR(service.saveReview(PeriodReview{east, kSales, QStringLiteral("Q3"), QStringLiteral("x"), {}}),
                        "Period:");
    EXPECT_TRUE(service.reviews().empty());
    EXPECT_TRUE(repo.loadReviews().empty());
}

TEST_F(PlanServiceTrackingTest, DeletingANodeDropsItsActionsAndReviews)
{
    const NodeId shanghai = service.ensurePath(Dimension::Region, QStringLiteral("East/Shanghai"));
    const CorrectiveAction kept = service.addAction(action(team, QStringLiteral("Kept")));
    service.addAction(action(shanghai, QStringLiteral("Goes")));
    service.saveReview(PeriodReview{shanghai, kSales, QStringLiteral("2026-11"), QStringLiteral("x"), {}});
    service.saveReview(PeriodReview{team, kSales, QStringLiteral("2026-11"), QStringLiteral("y"), {}});
    service.deleteNode(Dimension::Region, east, false);
    EXPECT_EQ(service.actions(), (std::vector<CorrectiveAction>{kept}));
    EXPECT_EQ(repo.loadActions(), service.actions());
    EXPECT_FALSE(service.review(shanghai, kSales, QStringLiteral("2026-11")));
    EXPECT_TRUE(service.review(team, kSales, QStringLiteral("2026-11")));
    EXPECT_EQ(repo.loadReviews().size(), 1U);
}

} // namespace
} // namespace st
