// PlanService::addEntry with an explicit id: the GUI's undo of a delete re-creates the entry with
// its id (PlanDocument::addEntry relies on it); an id in use is refused and nothing changes.
#include "domain/PlanServiceFixture.h"

namespace st {
namespace {

using test::kSales;
using test::yuan;

class PlanServiceEntryIdTest : public test::PlanServiceFixture
{
protected:
    void SetUp() override
    {
        PlanServiceFixture::SetUp();
        rep = service.ensurePath(Dimension::Org, QStringLiteral("Team/Li"), true);
    }

    ProgressEntry sale(QDate date, Amount value) const
    {
        ProgressEntry e;
        e.date = date;
        e.metric = kSales;
        e.value = value;
        e.person = rep;
        return e;
    }

    NodeId rep = 0;
};

TEST_F(PlanServiceEntryIdTest, UndoOfADeleteGetsTheSameIdBack)
{
    const EntryId a = service.addEntry(sale(QDate(2026, 11, 2), yuan(100)));
    const EntryId b = service.addEntry(sale(QDate(2026, 11, 3), yuan(200)));
    const ProgressEntry deleted = repo.entry(a);
    service.deleteEntry(a);

    EXPECT_EQ(service.addEntry(deleted), a);
    EXPECT_EQ(repo.entry(a), deleted); // who entered it and when are kept too
    EXPECT_GT(service.addEntry(sale(QDate(2026, 11, 4), yuan(300))), b);
}

TEST_F(PlanServiceEntryIdTest, AnIdInUseIsRefused)
{
    const EntryId a = service.addEntry(sale(QDate(2026, 11, 2), yuan(100)));
    ProgressEntry clash = sale(QDate(2026, 11, 9), yuan(999));
    clash.id = a;
    EXPECT_THROW(service.addEntry(clash), DomainError);
    EXPECT_EQ(repo.entry(a).value, yuan(100));
    EXPECT_EQ(repo.state().entries.size(), 1U);
}

} // namespace
} // namespace st
