// The PDF writer in-process. This test program runs on a QCoreApplication (tests/main), which has
// no fonts, so what is checked here is that the writer refuses cleanly; the rendered document —
// numbers, Chinese text, repeated headers, page numbers — is checked end to end in
// tests/cli/CliSummaryTest.cpp, where salestarget-cli runs with a QGuiApplication.
#include "salestarget/reporting/SummaryPdfWriter.h"

#include "salestarget/domain/DomainError.h"

#include "reporting/SummaryTestSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace st;
using namespace st::test;

TEST(SummaryPdfWriterTest, WithoutGraphicalSupportRefusesAndLeavesTheTargetAlone)
{
    ASSERT_EQ(qobject_cast<QGuiApplication *>(QCoreApplication::instance()), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("周报.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    try {
        SummaryPdfWriter::write(demoSummary({Dimension::Org}), path);
        ADD_FAILURE() << "no error";
    } catch (const DomainError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("QGuiApplication"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(path)) << e.message().toStdString();
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("周报.pdf")});
}
