#pragma once
// The PlanService test fixture: a service over a FakeRepository with an injected clock (no wall clock).

#include "salestarget/domain/PlanService.h"

#include "domain/DomainTestSupport.h"
#include "domain/FakeRepository.h"

#include <QTimeZone>

namespace st::test {

inline constexpr MetricId kSales = 1;
inline constexpr MetricId kVisits = 4;

class PlanServiceFixture : public ::testing::Test
{
protected:
    void SetUp() override { service.load(); }

    /// Monthly values of `node` over `period`, in order.
    std::vector<Amount> monthValues(NodeId node, const Period &period, MetricId metric = kSales) const
    {
        std::vector<Amount> out;
        for (Month m : period.months())
            out.push_back(service.targets().value(metric, node, m));
        return out;
    }

    /// The repository holds exactly what the service holds in memory.
    void expectRepositoryMatchesMemory()
    {
        std::size_t cells = 0;
        for (const TargetRecord &r : repo.loadTargets()) {
            EXPECT_EQ(service.targets().cell(r.metric, r.node, r.month), r.cell)
                << r.node << " " << r.month.toString().toStdString();
            ++cells;
        }
        EXPECT_EQ(cells, service.targets().cellCount());
        for (const Node &n : repo.loadNodes()) {
            if (n.id == kRootId)
                continue;
            ASSERT_TRUE(service.tree(n.dimension).contains(n.id)) << n.id;
            EXPECT_EQ(service.tree(n.dimension).node(n.id), n);
        }
        int inMemory = 0;
        for (Dimension d : kDimensions)
            inMemory += service.tree(d).size() - 1;
        EXPECT_EQ(inMemory, int(repo.loadNodes().size()) - 1);
    }

    EntryId addSale(QDate date, NodeId person, NodeId product, NodeId region, Amount value)
    {
        ProgressEntry e;
        e.date = date;
        e.metric = kSales;
        e.value = value;
        e.person = person;
        e.product = product;
        e.region = region;
        return service.addEntry(e);
    }

    FakeRepository repo;
    QDateTime now{QDate(2026, 11, 18), QTime(9, 30), QTimeZone::utc()};
    PlanService service{repo, [this] { return now; }, QStringLiteral("manager")};
};

} // namespace st::test
