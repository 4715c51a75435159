// `import progress` with the wizard's choices on the command line: columns named by header, the
// date layout, and a profile saved by the import wizard (read from the user's settings).
#include "salestarget/reporting/ImportProfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace st {
namespace {

struct CliResult {
    int code = -1;
    QString out, err;
};

class CliImportOptionsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0); }

    CliResult cli(QStringList args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // the user's settings
        p.setProcessEnvironment(env);
        args.prepend(QStringLiteral("--today=2026-11-22"));
        args.prepend(QStringLiteral("--db=") + m_dir.filePath(QStringLiteral("plan.db")));
        args.prepend(QStringLiteral("--user=tester"));
        p.start(QStringLiteral(SALESTARGET_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    /// Actual of a rep for sales on 2026-11-21 (one day), in yuan.
    double dayActual(const QString &rep) const
    {
        const CliResult r = cli({QStringLiteral("report"), QStringLiteral("--dimension"), QStringLiteral("org"), QStringLiteral("--metric"),
                           QStringLiteral("sales"), QStringLiteral("--period"), QStringLiteral("2026-11-21"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("path")).toString().endsWith(rep))
                return v.toObject().value(QStringLiteral("actual")).toDouble();
        ADD_FAILURE() << "no row " << rep.toStdString();
        return -1;
    }

    // Headers no guess knows; day/month/year dates (21/11/2026 is 2026-11-21).
    const QByteArray m_csv = QStringLiteral("Belegnr;Tag;Verkäufer;Art;Betrag\n"
                                            "X-1;21/11/2026;李娜;sales;1000\n"
                                            "X-2;21/11/2026;李娜;sales;234.5\n").toUtf8();
    QTemporaryDir m_dir;
};

TEST_F(CliImportOptionsTest, ColumnsAndDateFormatFromTheCommandLine)
{
    const QString csv = file(QStringLiteral("export.csv"), m_csv);
    const double before = dayActual(QStringLiteral("李娜"));
    // Without naming the columns nothing can be read, and nothing is written.
    const CliResult guessed = cli({QStringLiteral("import"), QStringLiteral("progress"), csv});
    EXPECT_NE(guessed.code, 0);
    EXPECT_TRUE(guessed.err.contains(QStringLiteral("no date column"))) << guessed.err.toStdString();

    const QStringList columns{QStringLiteral("--columns"), QStringLiteral("date=Tag,person=Verkäufer,metric=Art,value=Betrag,ref=Belegnr")};
    const CliResult r = cli(QStringList{QStringLiteral("import"), QStringLiteral("progress"), csv} + columns +
                      QStringList{QStringLiteral("--date-format"), QStringLiteral("dmy")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 added"))) << r.out.toStdString();
    EXPECT_DOUBLE_EQ(dayActual(QStringLiteral("李娜")), before + 1234.5);
    // The same file again changes nothing (same references).
    const CliResult again = cli(QStringList{QStringLiteral("import"), QStringLiteral("progress"), csv} + columns +
                          QStringList{QStringLiteral("--date-format"), QStringLiteral("dmy")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged"))) << again.out.toStdString();
}

TEST_F(CliImportOptionsTest, AColumnTheFileLacksIsNamedAndNothingIsWritten)
{
    const QString csv = file(QStringLiteral("export.csv"), m_csv);
    const double before = dayActual(QStringLiteral("李娜"));
    const CliResult r = cli({QStringLiteral("import"), QStringLiteral("progress"), csv, QStringLiteral("--columns"),
                       QStringLiteral("date=Datum,person=Verkäufer,metric=Art,value=Betrag")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no column \"Datum\""))) << r.err.toStdString();
    EXPECT_DOUBLE_EQ(dayActual(QStringLiteral("李娜")), before);
    const CliResult bad = cli({QStringLiteral("import"), QStringLiteral("progress"), csv, QStringLiteral("--columns"), QStringLiteral("when=Tag")});
    EXPECT_EQ(bad.code, 2) << "a usage error";
}

TEST_F(CliImportOptionsTest, AProfileSavedByTheWizard)
{
    // Where the CLI's QSettings live with XDG_CONFIG_HOME set: <config>/SalesTarget/salestarget.conf.
    QSettings settings(m_dir.filePath(QStringLiteral("config/SalesTarget/salestarget.conf")), QSettings::IniFormat);
    ImportProfile p;
    p.name = QStringLiteral("德国分公司导出");
    p.header(ImportField::Date) = QStringLiteral("Tag");
    p.header(ImportField::Person) = QStringLiteral("Verkäufer");
    p.header(ImportField::Metric) = QStringLiteral("Art");
    p.header(ImportField::Value) = QStringLiteral("Betrag");
    p.header(ImportField::Reference) = QStringLiteral("Belegnr");
    p.dateFormat = ImportDateFormat::DayMonthYear;
    p.delimiter = CsvDelimiter::Semicolon;
    ASSERT_TRUE(ImportProfiles(&settings).save(p));
    settings.sync();

    const QString csv = file(QStringLiteral("export.csv"), m_csv);
    const double before = dayActual(QStringLiteral("李娜"));
    const CliResult r = cli({QStringLiteral("import"), QStringLiteral("progress"), csv, QStringLiteral("--profile"), p.name});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_DOUBLE_EQ(dayActual(QStringLiteral("李娜")), before + 1234.5);

    const CliResult unknown = cli({QStringLiteral("import"), QStringLiteral("progress"), csv, QStringLiteral("--profile"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(p.name)) << "lists the saved profiles: " << unknown.err.toStdString();
}

} // namespace
} // namespace st
