// Status: stable keys, labels and symbols (never colour alone, design.md §2).
#include "salestarget/domain/Status.h"

#include "domain/DomainTestSupport.h"

namespace st {
namespace {

TEST(StatusTest, KeysLabelsAndSymbols)
{
    EXPECT_EQ(statusKey(Status::NoTarget), QStringLiteral("no_target"));
    EXPECT_EQ(statusKey(Status::NotStarted), QStringLiteral("not_started"));
    EXPECT_EQ(statusKey(Status::Lagging), QStringLiteral("lagging"));
    EXPECT_EQ(statusKey(Status::OnTrack), QStringLiteral("on_track"));
    EXPECT_EQ(statusKey(Status::Ahead), QStringLiteral("ahead"));
    // never colour alone: every status has a symbol, and the three pace states differ
    EXPECT_EQ(statusSymbol(Status::Lagging), QStringLiteral("▼"));
    EXPECT_EQ(statusSymbol(Status::OnTrack), QStringLiteral("●"));
    EXPECT_EQ(statusSymbol(Status::Ahead), QStringLiteral("▲"));
    EXPECT_FALSE(statusSymbol(Status::NoTarget).isEmpty());
    EXPECT_FALSE(statusLabel(Status::Lagging).isEmpty());
    EXPECT_NE(statusLabel(Status::Lagging), statusLabel(Status::Ahead));
}

} // namespace
} // namespace st
