#include "salestarget/gui/PercentageEditor.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace st {
namespace {

QDoubleSpinBox *field(const PercentageEditor &editor, int i)
{
    return editor.findChild<QDoubleSpinBox *>(QStringLiteral("percent%1").arg(i));
}

TEST(PercentageEditorTest, StartsWithAnExactEqualSplit)
{
    PercentageEditor editor;
    editor.setParts({QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")});
    EXPECT_EQ(editor.partCount(), 3);
    EXPECT_EQ(editor.basisPoints(), (std::vector<std::int64_t>{3334, 3333, 3333}));
    EXPECT_EQ(editor.text(), QStringLiteral("33.34,33.33,33.33"));
    EXPECT_FALSE(editor.problem().has_value());
}

TEST(PercentageEditorTest, TemplateAndRunningTotal)
{
    PercentageEditor editor;
    editor.setParts({QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4")});
    QSignalSpy changed(&editor, &PercentageEditor::changed);
    editor.findChild<QPushButton *>(QStringLiteral("template4321Button"))->click();
    EXPECT_EQ(changed.count(), 1); // one signal for the whole template
    EXPECT_EQ(editor.basisPoints(), (std::vector<std::int64_t>{3000, 2000, 3000, 2000}));

    field(editor, 3)->setValue(19.5);
    auto *total = editor.findChild<QLabel *>(QStringLiteral("percentTotal"));
    EXPECT_TRUE(total->text().contains(QStringLiteral("99.50%"))) << total->text().toStdString();
    ASSERT_TRUE(editor.problem().has_value());
    EXPECT_TRUE(editor.problem()->contains(QStringLiteral("99.5"))) << editor.problem()->toStdString();
}

TEST(PercentageEditorTest, AsNowFollowsTheCurrentSplit)
{
    PercentageEditor editor;
    editor.setParts({QStringLiteral("A"), QStringLiteral("B")});
    auto *asNow = editor.findChild<QPushButton *>(QStringLiteral("currentButton"));
    editor.setCurrentShares({0, 0});
    EXPECT_FALSE(asNow->isEnabled());
    editor.setCurrentShares({300, 100});
    ASSERT_TRUE(asNow->isEnabled());
    asNow->click();
    EXPECT_EQ(editor.basisPoints(), (std::vector<std::int64_t>{7500, 2500}));
}

} // namespace
} // namespace st
