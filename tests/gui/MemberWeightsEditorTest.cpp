#include "salestarget/gui/MemberWeightsEditor.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(MemberWeightsEditorTest, WeightsAndShares)
{
    MemberWeightsEditor editor;
    editor.setMembers({QStringLiteral("East"), QStringLiteral("West")}, {QStringLiteral("R/East"), QStringLiteral("R/West")});
    EXPECT_EQ(editor.memberCount(), 2);
    EXPECT_EQ(editor.text(), QStringLiteral("1,1"));
    QSignalSpy changed(&editor, &MemberWeightsEditor::changed);
    editor.findChild<QDoubleSpinBox *>(QStringLiteral("childWeight0"))->setValue(3);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(editor.weights(), (std::vector<std::int64_t>{300, 100}));
    const auto *table = editor.findChild<QTableWidget *>(QStringLiteral("childWeightsTable"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("75.0%"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("25.0%"));
    EXPECT_EQ(table->item(1, 0)->toolTip(), QStringLiteral("R/West"));

    editor.findChild<QPushButton *>(QStringLiteral("childEqualButton"))->click();
    EXPECT_EQ(editor.weights(), (std::vector<std::int64_t>{100, 100}));
}

TEST(MemberWeightsEditorTest, AsNowUsesTheCurrentTargets)
{
    MemberWeightsEditor editor;
    editor.setMembers({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {});
    auto *asNow = editor.findChild<QPushButton *>(QStringLiteral("childCurrentButton"));
    EXPECT_FALSE(asNow->isEnabled());
    editor.setCurrentTargets({2000'00, 1500'00, 1500'00});
    ASSERT_TRUE(asNow->isEnabled());
    asNow->click();
    EXPECT_EQ(editor.weights(), (std::vector<std::int64_t>{4000, 3000, 3000})); // percentages of now
}

} // namespace
} // namespace st
