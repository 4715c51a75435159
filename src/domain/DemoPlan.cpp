#include "salestarget/domain/DemoPlan.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/PlanService.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace st {

namespace {

// splitmix64: a tiny deterministic generator, identical on every platform.
class Random final
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

struct Part {
    const char *path;
    int weight;
};

const std::array<Part, 3> kProductLines{{{"产品线A", 2000}, {"产品线B", 1500}, {"服务", 1500}}};
const std::array<Part, 6> kProducts{{{"产品线A/智能终端", 1200}, {"产品线A/行业平板", 800}, {"产品线B/云存储", 900},
                                     {"产品线B/安全网关", 600}, {"服务/实施服务", 900}, {"服务/运维服务", 600}}};
const std::array<Part, 4> kRegions{{{"华东", 1800}, {"华南", 1500}, {"华北", 1200}, {"其他", 500}}};
const std::array<Part, 7> kCities{{{"华东/上海", 800}, {"华东/杭州", 550}, {"华东/南京", 450}, {"华南/广州", 800},
                                   {"华南/深圳", 700}, {"华北/北京", 800}, {"华北/天津", 400}}};
const std::array<Part, 5> kTeams{{{"销售部/华东一组", 1000}, {"销售部/华东二组", 800}, {"销售部/华南组", 1500},
                                  {"销售部/华北组", 1200}, {"销售部/渠道组", 500}}};

struct Rep {
    const char *name;
    int team;          // index into kTeams
    const char *home;  // region path
    int weight;        // share of the team
    double performance;
};
const std::array<Rep, 12> kReps{{{"张伟", 0, "华东/上海", 400, 1.05}, {"王芳", 0, "华东/上海", 350, 0.72},
                                 {"李娜", 0, "华东/南京", 250, 0.95}, {"刘洋", 1, "华东/杭州", 450, 1.28},
                                 {"陈静", 1, "华东/杭州", 350, 0.90}, {"杨帆", 2, "华南/广州", 550, 1.00},
                                 {"赵磊", 2, "华南/深圳", 500, 0.78}, {"黄敏", 2, "华南/广州", 450, 1.12},
                                 {"周杰", 3, "华北/北京", 700, 0.98}, {"吴婷", 3, "华北/天津", 500, 1.35},
                                 {"孙浩", 4, "其他", 300, 0.85}, {"马丽", 4, "其他", 200, 0.60}}};

// Yearly plan totals in minor units: current year, previous year.
struct YearTargets {
    const char *metric;
    std::int64_t current;
    std::int64_t previous;
};
const std::array<YearTargets, 5> kTotals{{{"sales", 5000'0000'00LL, 4200'0000'00LL},
                                          {"collected", 4500'0000'00LL, 3800'0000'00LL},
                                          {"new_customers", 240, 200},
                                          {"visits", 11000, 10000},
                                          {"opportunities", 1200, 1000}}};

const std::array<const char *, 10> kCustomerStems{"宏达", "恒信", "华宇", "金桥", "万通", "东方", "创新", "远航", "天成", "瑞丰"};
const std::array<const char *, 5> kCustomerTrades{"科技", "贸易", "制造", "物流", "医药"};

// Public holidays and adjusted working days (调休) of the demo years, from the State Council notices.
struct Exception {
    const char *date;
    bool holiday;
    const char *name;
};
const Exception kCalendar[] = {
    {"2025-01-01", true, "元旦"}, {"2025-01-26", false, "春节调休"}, {"2025-01-28", true, "春节"},
    {"2025-01-29", true, "春节"}, {"2025-01-30", true, "春节"}, {"2025-01-31", true, "春节"},
    {"2025-02-03", true, "春节"}, {"2025-02-04", true, "春节"}, {"2025-02-08", false, "春节调休"},
    {"2025-04-04", true, "清明节"}, {"2025-04-27", false, "劳动节调休"}, {"2025-05-01", true, "劳动节"},
    {"2025-05-02", true, "劳动节"}, {"2025-05-05", true, "劳动节"}, {"2025-06-02", true, "端午节"},
    {"2025-09-28", false, "国庆节调休"}, {"2025-10-01", true, "国庆节"}, {"2025-10-02", true, "国庆节"},
    {"2025-10-03", true, "国庆节"}, {"2025-10-06", true, "中秋节"}, {"2025-10-07", true, "国庆节"},
    {"2025-10-08", true, "国庆节"}, {"2025-10-11", false, "国庆节调休"},
    {"2026-01-01", true, "元旦"}, {"2026-01-02", true, "元旦"}, {"2026-01-04", false, "元旦调休"},
    {"2026-02-14", false, "春节调休"}, {"2026-02-16", true, "春节"}, {"2026-02-17", true, "春节"},
    {"2026-02-18", true, "春节"}, {"2026-02-19", true, "春节"}, {"2026-02-20", true, "春节"},
    {"2026-02-23", true, "春节"}, {"2026-02-28", false, "春节调休"}, {"2026-04-06", true, "清明节"},
    {"2026-05-01", true, "劳动节"}, {"2026-05-04", true, "劳动节"}, {"2026-05-05", true, "劳动节"},
    {"2026-05-09", false, "劳动节调休"}, {"2026-06-19", true, "端午节"}, {"2026-09-20", false, "国庆节调休"},
    {"2026-09-25", true, "中秋节"}, {"2026-10-01", true, "国庆节"}, {"2026-10-02", true, "国庆节"},
    {"2026-10-05", true, "国庆节"}, {"2026-10-06", true, "国庆节"}, {"2026-10-07", true, "国庆节"},
    {"2026-10-10", false, "国庆节调休"},
};

std::vector<std::int64_t> weightsOf(const std::vector<int> &w)
{
    return {w.begin(), w.end()};
}

} // namespace

void DemoPlan::populate(PlanService &service, QDate today)
{
    for (Dimension d : kDimensions) {
        if (service.tree(d).size() > 1)
            throw DomainError(QCoreApplication::translate("DemoPlan", "The demo needs an empty plan; this one already "
                                                                      "has members. Use a new file."));
    }
    PlanSettings settings = service.settings();
    settings.companyName = QStringLiteral("华信科技");
    for (const Exception &e : kCalendar) {
        settings.calendar.setException(QDate::fromString(QLatin1String(e.date), Qt::ISODate),
                                       e.holiday ? WorkCalendar::DayType::Holiday : WorkCalendar::DayType::ExtraWorkingDay,
                                       QString::fromUtf8(e.name));
    }
    service.saveSettings(settings, QStringLiteral("demo"));

    // Trees
    for (const Part &p : kProducts)
        service.ensurePath(Dimension::Product, QString::fromUtf8(p.path));
    for (const Part &p : kRegions)
        service.ensurePath(Dimension::Region, QString::fromUtf8(p.path));
    for (const Part &p : kCities)
        service.ensurePath(Dimension::Region, QString::fromUtf8(p.path));
    std::vector<NodeId> repIds;
    for (const Rep &r : kReps) {
        const NodeId home = service.tree(Dimension::Region).resolve(QString::fromUtf8(r.home));
        repIds.push_back(service.ensurePath(Dimension::Org,
                                            QString::fromUtf8(kTeams[std::size_t(r.team)].path) + u'/' + QString::fromUtf8(r.name),
                                            true, home));
    }

    // Targets: the year total at the root, 4321 over quarters, then down every tree by weights.
    const int startMonth = settings.fiscalYearStartMonth;
    const int currentYear = fiscalYearOf(today, startMonth);
    const auto distributeChildren = [&](Dimension d, NodeId node, MetricId metric, const Period &year,
                                        const std::vector<int> &weights) {
        DistributionMethod m;
        m.kind = DistributionMethod::Kind::Weights;
        m.weights = weightsOf(weights);
        service.applyTargetChanges(service.planDistribution(d, node, metric, year, DistributeOver::Children, m),
                                   QStringLiteral("demo"));
    };
    const auto childWeights = [&](Dimension d, NodeId parent, auto lookup) {
        std::vector<int> w;
        for (NodeId c : service.tree(d).children(parent))
            w.push_back(lookup(service.tree(d).path(c)));
        return w;
    };
    const auto weightOf = [](auto &parts, const QString &path) {
        for (const auto &p : parts) {
            if (QString::fromUtf8(p.path) == path)
                return p.weight;
        }
        return 1;
    };
    const auto repWeight = [&](const QString &path) {
        for (const Rep &r : kReps) {
            if (path.endsWith(u'/' + QString::fromUtf8(r.name)))
                return r.weight;
        }
        return weightOf(kTeams, path);
    };
    for (int year : {currentYear - 1, currentYear}) {
        const Period fy = Period::year(year, startMonth);
        for (const YearTargets &t : kTotals) {
            const MetricId metric = Metric::byKey(QString::fromLatin1(t.metric)).id;
            service.setTarget(kRootId, metric, fy, Amount(year == currentYear ? t.current : t.previous), QStringLiteral("demo"));
            DistributionMethod q;
            q.kind = DistributionMethod::Kind::Weights;
            q.weights = Distribution::template4321();
            service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, metric, fy,
                                                                DistributeOver::Quarters, q),
                                       QStringLiteral("demo"));
            for (Dimension d : kDimensions) {
                const Tree &tree = service.tree(d);
                for (NodeId id : tree.preorder()) {
                    if (tree.isLeaf(id))
                        continue;
                    std::vector<int> w;
                    if (d == Dimension::Product)
                        w = childWeights(d, id, [&](const QString &p) { return p.contains(u'/') ? weightOf(kProducts, p) : weightOf(kProductLines, p); });
                    else if (d == Dimension::Region)
                        w = childWeights(d, id, [&](const QString &p) { return p.contains(u'/') ? weightOf(kCities, p) : weightOf(kRegions, p); });
                    else
                        w = childWeights(d, id, repWeight);
                    distributeChildren(d, id, metric, fy, w);
                }
            }
        }
    }

    // Progress: every working day of the previous and the current fiscal year through today.
    const Tree &products = service.tree(Dimension::Product);
    std::vector<NodeId> productIds;
    std::vector<int> productWeights;
    for (const Part &p : kProducts) {
        productIds.push_back(products.resolve(QString::fromUtf8(p.path)));
        productWeights.push_back(p.weight);
    }
    const int productTotal = 5000;
    std::vector<NodeId> cityIds;
    for (const Part &p : kCities)
        cityIds.push_back(service.tree(Dimension::Region).resolve(QString::fromUtf8(p.path)));

    Random rnd(0x5A1E5);
    std::vector<ProgressEntry> entries;
    int serial = 0;
    const QDate begin = Period::year(currentYear - 1, startMonth).first();
    const WorkCalendar &cal = service.settings().calendar;
    const auto metricId = [](const char *key) { return Metric::byKey(QString::fromLatin1(key)).id; };
    const auto customerName = [&](const Rep &r) {
        QString city = QString::fromUtf8(r.home).section(u'/', -1);
        if (city == QStringLiteral("其他"))
            city = QStringLiteral("成都");
        return city + QString::fromUtf8(kCustomerStems[std::size_t(rnd.below(10))])
             + QString::fromUtf8(kCustomerTrades[std::size_t(rnd.below(5))]) + QStringLiteral("有限公司");
    };
    for (std::size_t ri = 0; ri < kReps.size(); ++ri) {
        const Rep &rep = kReps[ri];
        const NodeId person = repIds[ri];
        const QString repName = QString::fromUtf8(rep.name);
        for (QDate day = begin; day <= today; day = day.addDays(1)) {
            if (!cal.isWorkingDay(day))
                continue;
            const Period year = Period::containing(PeriodKind::Year, day, startMonth);
            const int workdays = cal.workingDays(year.first(), year.last());
            const auto share = [&](const char *metric) {
                // the rep's share of the year target, spread over the year's working days
                return double(service.targets().sum(metricId(metric), person, Month::of(year.first()), Month::of(year.last())).minor())
                     / std::max(1, workdays);
            };
            const int q = (Month::of(day) - Month::of(year.first())) / 3;
            const double season = (q % 2 == 0) ? 1.2 : 0.8;
            const double perf = rep.performance * (day.year() == currentYear ? 1.0 : 0.95 + 0.1 * rnd.uniform());
            const auto entry = [&](const char *metric, std::int64_t value, NodeId product, const QString &customer) {
                ProgressEntry e;
                e.date = day;
                e.metric = metricId(metric);
                e.value = Amount(value);
                e.person = person;
                e.product = product;
                if (rnd.uniform() < 0.05)
                    e.region = cityIds[std::size_t(rnd.below(int(cityIds.size())))];
                e.customer = customer;
                e.ref = QStringLiteral("DEMO-%1").arg(++serial, 6, 10, QLatin1Char('0'));
                e.enteredBy = repName;
                e.enteredAt = QDateTime(day, QTime(18, 0), Qt::UTC);
                entries.push_back(e);
            };
            // Sales: a deal on about one day in three; cash follows 20-45 days later.
            if (rnd.uniform() < 0.33) {
                int pick = rnd.below(productTotal);
                std::size_t pi = 0;
                while (pick >= productWeights[pi])
                    pick -= productWeights[pi++];
                const NodeId product = rnd.uniform() < 0.03 ? 0 : productIds[pi];
                const double mean = share("sales") * season * perf / 0.33;
                const std::int64_t amount = std::llround(mean * (0.4 + 1.2 * rnd.uniform()) / 10000.0) * 10000;
                const QString customer = customerName(rep);
                entry("sales", amount, product, customer);
                const QDate paid = day.addDays(20 + rnd.below(26));
                if (paid <= today) {
                    ProgressEntry cash = entries.back();
                    cash.metric = metricId("collected");
                    cash.date = paid;
                    cash.value = Amount(amount * 85 / 100 / 100 * 100);
                    cash.ref = QStringLiteral("DEMO-%1").arg(++serial, 6, 10, QLatin1Char('0'));
                    cash.enteredAt = QDateTime(paid, QTime(18, 0), Qt::UTC);
                    entries.push_back(cash);
                }
            }
            const double processPerf = std::sqrt(rep.performance);
            const std::int64_t visits = std::llround(share("visits") * season * processPerf * (0.5 + rnd.uniform()));
            if (visits > 0)
                entry("visits", visits, 0, QString());
            if (rnd.uniform() < share("opportunities") * season * processPerf)
                entry("opportunities", 1, 0, QString());
            if (rnd.uniform() < share("new_customers") * season * perf)
                entry("new_customers", 1, 0, customerName(rep));
        }
    }
    service.importEntries(std::move(entries));
}

} // namespace st
