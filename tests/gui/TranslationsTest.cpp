// The Chinese translation is found at run time: messages of our st:: QObject classes and of the
// plain classes (explicit contexts) both come out in Chinese when the translator is installed.
#include "salestarget/domain/Amount.h"
#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Status.h"
#include "salestarget/gui/DashboardPage.h"
#include "salestarget/gui/MainWindow.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QCoreApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>

#include <gtest/gtest.h>

namespace st {
namespace {

class TranslationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral(":/i18n/salestarget_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(TranslationsTest, WidgetsOfOurNamespaceSpeakChinese)
{
    PlanDocument document;
    ViewOptions options;
    MainWindow window(&document, &options);
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(window.pages()->tabText(1), QStringLiteral("仪表盘"));
    EXPECT_EQ(DashboardPage::tr("Only lagging"), QStringLiteral("仅显示落后"));
}

TEST_F(TranslationsTest, DomainMessagesSpeakChinese)
{
    EXPECT_EQ(statusLabel(Status::Lagging), QStringLiteral("落后"));
    try {
        Amount::parse(u"12x", 2);
        FAIL() << "not an amount";
    } catch (const DomainError &e) {
        EXPECT_FALSE(e.message().contains(QStringLiteral("is not a valid amount"))) << e.message().toStdString();
    }
}

} // namespace
} // namespace st
