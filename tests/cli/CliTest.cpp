// End-to-end tests of salestarget-cli: the real binary on a temporary database, as a scheduled job
// or a user would run it. Every run passes --today so nothing depends on the wall clock.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    CliRun cli(QStringList args)
    {
        QProcess p;
        args.prepend(QStringLiteral("--today=2026-11-22"));
        args.prepend(QStringLiteral("--db=") + m_db);
        args.prepend(QStringLiteral("--user=tester"));
        p.start(QStringLiteral(SALESTARGET_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonArray report(const QString &dimension, const QString &metric, const QString &period, const QString &asOf)
    {
        const CliRun r = cli({QStringLiteral("report"), QStringLiteral("--dimension"), dimension, QStringLiteral("--metric"), metric,
                           QStringLiteral("--period"), period, QStringLiteral("--as-of"), asOf, QStringLiteral("--format"),
                           QStringLiteral("json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.array();
    }

    static QJsonObject row(const QJsonArray &rows, const QString &path)
    {
        for (const auto &v : rows) {
            if (v.toObject().value(QStringLiteral("path")).toString() == path)
                return v.toObject();
        }
        ADD_FAILURE() << "no row " << path.toStdString();
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("plan.db"));
};

TEST_F(CliTest, DemoHasTheSeedDecompositionsInEveryTree)
{
    const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();

    const QJsonArray products = report(QStringLiteral("product"), QStringLiteral("sales"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(products, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 50000000.0);
    EXPECT_EQ(row(products, QStringLiteral("产品线A")).value(QStringLiteral("target")).toDouble(), 20000000.0);
    EXPECT_EQ(row(products, QStringLiteral("产品线B")).value(QStringLiteral("target")).toDouble(), 15000000.0);
    EXPECT_EQ(row(products, QStringLiteral("服务")).value(QStringLiteral("target")).toDouble(), 15000000.0);
    EXPECT_EQ(row(products, QStringLiteral("/")).value(QStringLiteral("unallocated")).toDouble(), 0.0);

    const QJsonArray regions = report(QStringLiteral("region"), QStringLiteral("sales"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(regions, QStringLiteral("华东")).value(QStringLiteral("target")).toDouble(), 18000000.0);
    EXPECT_EQ(row(regions, QStringLiteral("华南")).value(QStringLiteral("target")).toDouble(), 15000000.0);
    EXPECT_EQ(row(regions, QStringLiteral("华北")).value(QStringLiteral("target")).toDouble(), 12000000.0);
    EXPECT_EQ(row(regions, QStringLiteral("其他")).value(QStringLiteral("target")).toDouble(), 5000000.0);

    // Every tree reconciles to the same company actual.
    const QJsonArray org = report(QStringLiteral("org"), QStringLiteral("sales"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    const double total = row(products, QStringLiteral("/")).value(QStringLiteral("actual")).toDouble();
    EXPECT_GT(total, 0.0);
    EXPECT_EQ(row(regions, QStringLiteral("/")).value(QStringLiteral("actual")).toDouble(), total);
    EXPECT_EQ(row(org, QStringLiteral("/")).value(QStringLiteral("actual")).toDouble(), total);
    int people = 0;
    for (const auto &v : org)
        people += v.toObject().value(QStringLiteral("depth")).toInt() == 3 ? 1 : 0;
    EXPECT_EQ(people, 12);
}

TEST_F(CliTest, JsonRowsHaveExactlyTheContractKeys)
{
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    const QJsonArray rows = report(QStringLiteral("product"), QStringLiteral("visits"), QStringLiteral("2026-W47"), QStringLiteral("2026-11-20"));
    ASSERT_FALSE(rows.isEmpty());
    QStringList keys = rows.first().toObject().keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("achievement"), QStringLiteral("actual"), QStringLiteral("depth"),
                                 QStringLiteral("expected"), QStringLiteral("gap"), QStringLiteral("pace"), QStringLiteral("path"),
                                 QStringLiteral("status"), QStringLiteral("target"), QStringLiteral("unallocated")}));
    // Visits name no product, so they all sit in (unassigned), the last row, and a leaf has null unallocated.
    const QJsonObject unassigned = rows.last().toObject();
    EXPECT_EQ(unassigned.value(QStringLiteral("path")).toString(), QStringLiteral("(unassigned)"));
    EXPECT_EQ(unassigned.value(QStringLiteral("actual")).toDouble(), rows.first().toObject().value(QStringLiteral("actual")).toDouble());
    EXPECT_TRUE(unassigned.value(QStringLiteral("achievement")).isNull());
    EXPECT_EQ(unassigned.value(QStringLiteral("status")).toString(), QStringLiteral("no_target"));
}

TEST_F(CliTest, SeedNumbersFromAnEmptyPlan)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--dimension"), QStringLiteral("org"),
                   QStringLiteral("--path"), QStringLiteral("Sales/East/Alice"), QStringLiteral("--person")}).code, 0);
    // Annual 1200万 spread evenly: 300万 a quarter, 100万 a month.
    const CliRun set = cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("org"),
                         QStringLiteral("--path"), QStringLiteral("Sales/East/Alice"), QStringLiteral("--metric"), QStringLiteral("sales"),
                         QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--value"), QStringLiteral("1200万")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    const QJsonArray q3 = report(QStringLiteral("org"), QStringLiteral("sales"), QStringLiteral("2026-Q3"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(q3, QStringLiteral("Sales/East/Alice")).value(QStringLiteral("target")).toDouble(), 3000000.0);
    const QJsonArray nov = report(QStringLiteral("org"), QStringLiteral("sales"), QStringLiteral("2026-11"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(nov, QStringLiteral("Sales/East/Alice")).value(QStringLiteral("target")).toDouble(), 1000000.0);
    // The parents have no target of their own yet: the whole company shows the unallocated remainder.
    EXPECT_EQ(row(nov, QStringLiteral("/")).value(QStringLiteral("unallocated")).toDouble(), 0.0);
    EXPECT_EQ(row(nov, QStringLiteral("Sales/East")).value(QStringLiteral("unallocated")).toDouble(), -1000000.0);

    // 4321 over quarters at the root.
    ASSERT_EQ(cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("org"),
                   QStringLiteral("--path"), QStringLiteral("/"), QStringLiteral("--metric"), QStringLiteral("sales"),
                   QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--value"), QStringLiteral("5000万")}).code, 0);
    const CliRun dist = cli({QStringLiteral("target"), QStringLiteral("distribute"), QStringLiteral("--dimension"), QStringLiteral("org"),
                          QStringLiteral("--path"), QStringLiteral("/"), QStringLiteral("--metric"), QStringLiteral("sales"),
                          QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--over"), QStringLiteral("quarters"),
                          QStringLiteral("--method"), QStringLiteral("4321")});
    ASSERT_EQ(dist.code, 0) << dist.err.toStdString();
    const QJsonArray q1 = report(QStringLiteral("org"), QStringLiteral("sales"), QStringLiteral("2026-Q1"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(q1, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 15000000.0);
    const QJsonArray q2 = report(QStringLiteral("org"), QStringLiteral("sales"), QStringLiteral("2026-Q2"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(q2, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 10000000.0);
}

TEST_F(CliTest, ProgressStatusAndIdempotentReference)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--dimension"), QStringLiteral("org"),
                   QStringLiteral("--path"), QStringLiteral("T/Bob"), QStringLiteral("--person")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("org"),
                   QStringLiteral("--path"), QStringLiteral("T/Bob"), QStringLiteral("--metric"), QStringLiteral("visits"),
                   QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--value"), QStringLiteral("100")}).code, 0);
    const QStringList add{QStringLiteral("progress"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-11-02"),
                          QStringLiteral("--person"), QStringLiteral("T/Bob"), QStringLiteral("--metric"), QStringLiteral("visits"),
                          QStringLiteral("--value"), QStringLiteral("10"), QStringLiteral("--ref"), QStringLiteral("CRM-1")};
    CliRun r = cli(add);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("added"));
    EXPECT_EQ(cli(add).out.trimmed(), QStringLiteral("unchanged"));
    QStringList changed = add;
    changed[9] = QStringLiteral("12");
    EXPECT_EQ(cli(changed).out.trimmed(), QStringLiteral("updated"));

    // November has 21 working days; by the 20th (15 working days) 71 visits were expected: 12 is lagging.
    const QJsonArray rows = report(QStringLiteral("org"), QStringLiteral("visits"), QStringLiteral("2026-11"), QStringLiteral("2026-11-20"));
    const QJsonObject bob = row(rows, QStringLiteral("T/Bob"));
    EXPECT_EQ(bob.value(QStringLiteral("actual")).toDouble(), 12.0);
    EXPECT_EQ(bob.value(QStringLiteral("expected")).toDouble(), 71.0);
    EXPECT_EQ(bob.value(QStringLiteral("status")).toString(), QStringLiteral("lagging"));
    // Before the month starts nothing is due yet.
    const QJsonArray early = report(QStringLiteral("org"), QStringLiteral("visits"), QStringLiteral("2026-11"), QStringLiteral("2026-10-30"));
    EXPECT_EQ(row(early, QStringLiteral("T/Bob")).value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
}

TEST_F(CliTest, ImportIsAllOrNothingAndListsEveryBadRow)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--dimension"), QStringLiteral("org"),
                   QStringLiteral("--path"), QStringLiteral("销售部/张伟"), QStringLiteral("--person")}).code, 0);
    const QString bad = writeFile(QStringLiteral("bad.csv"),
        "日期,销售代表,指标,金额,单号\n"
        "2026-11-02,张伟,sales,\"1,234.56\",A1\n"
        "2026-13-02,张伟,sales,10,A2\n"
        "2026-11-03,李四,sales,10,A3\n"
        "2026-11-04,张伟,sales,12abc,A4\n");
    const CliRun r = cli({QStringLiteral("import"), QStringLiteral("progress"), bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 5"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("李四"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("line 2"))) << r.err.toStdString();
    // Nothing was written, not even the good row.
    const CliRun list = cli({QStringLiteral("progress"), QStringLiteral("list")});
    EXPECT_EQ(list.out.count(u'\n'), 1) << list.out.toStdString();

    const QString good = writeFile(QStringLiteral("good.csv"),
        "\xEF\xBB\xBF" "date,person,metric,value,ref\r\n"
        "2026/11/02,张伟,销售额,5000万,B1\r\n"
        "2026年11月03日,销售部/张伟,visits,3,B2\r\n");
    CliRun ok = cli({QStringLiteral("import"), QStringLiteral("progress"), good});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("2 added"))) << ok.out.toStdString();
    ok = cli({QStringLiteral("import"), QStringLiteral("progress"), good});
    EXPECT_TRUE(ok.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged"))) << ok.out.toStdString();
}

TEST_F(CliTest, ErrorsNameTheOptionAndChangeNothing)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    CliRun r = cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("product"),
                 QStringLiteral("--path"), QStringLiteral("/"), QStringLiteral("--metric"), QStringLiteral("sales"),
                 QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--value"), QStringLiteral("1,23")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--value"))) << r.err.toStdString();
    r = cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("product"),
             QStringLiteral("--path"), QStringLiteral("Nope"), QStringLiteral("--metric"), QStringLiteral("sales"),
             QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--value"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nope"))) << r.err.toStdString();
    r = cli({QStringLiteral("report"), QStringLiteral("--dimension"), QStringLiteral("product"), QStringLiteral("--metric"),
             QStringLiteral("sales"), QStringLiteral("--period"), QStringLiteral("2026-W54")});
    EXPECT_EQ(r.code, 1);
    r = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, 2);
    r = cli({QStringLiteral("report"), QStringLiteral("--bogus"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 2);
    const QJsonArray rows = report(QStringLiteral("product"), QStringLiteral("sales"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(rows, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 0.0);
}

TEST_F(CliTest, FiscalYearStartingInApril)
{
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--fiscal-year-start"), QStringLiteral("4")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("region"),
                   QStringLiteral("--path"), QStringLiteral("/"), QStringLiteral("--metric"), QStringLiteral("sales"),
                   QStringLiteral("--period"), QStringLiteral("FY2026"), QStringLiteral("--value"), QStringLiteral("1200万")}).code, 0);
    // FY2026-Q4 is January to March 2027.
    const QJsonArray q4 = report(QStringLiteral("region"), QStringLiteral("sales"), QStringLiteral("FY2026-Q4"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(q4, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 3000000.0);
    EXPECT_EQ(row(q4, QStringLiteral("/")).value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
    const QJsonArray jan = report(QStringLiteral("region"), QStringLiteral("sales"), QStringLiteral("2027-01"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(jan, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 1000000.0);
    // The calendar year 2026 holds nine months of FY2026.
    const QJsonArray cal = report(QStringLiteral("region"), QStringLiteral("sales"), QStringLiteral("2026"), QStringLiteral("2026-11-22"));
    EXPECT_EQ(row(cal, QStringLiteral("/")).value(QStringLiteral("target")).toDouble(), 9000000.0);
}

} // namespace
