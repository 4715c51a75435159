#include "BenchCompany.h"

#include "salestarget/domain/Distribution.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/domain/Period.h"
#include "salestarget/domain/PlanService.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace st::bench {

namespace {

constexpr MetricId kSales = 1, kCollected = 2, kNewCustomers = 3, kVisits = 4, kOpportunities = 5;

// Share of each metric among the entries (ids 1..5) and the chance that such an entry names a product.
constexpr std::array<double, 6> kMetricShare{0, 0.15, 0.12, 0.11, 0.45, 0.17};
constexpr std::array<double, 6> kWithProduct{0, 0.97, 0.97, 0.30, 0.40, 0.80};
// Mean value in minor units: a sale averages 11,400 CNY, a payment 13,000 CNY; visits 1.4 a row.
constexpr std::array<double, 6> kMeanValue{0, 1'140'000, 1'300'000, 1, 1.4, 1};

const char *const kProductLines[] = {"智能终端", "行业平板", "云存储", "安全网关", "数据库",
                                     "办公软件", "网络设备", "物联网", "实施服务", "运维服务"};
struct RegionSpec {
    const char *name;
    std::array<const char *, 5> cities;
};
const RegionSpec kRegions[] = {
    {"华东", {"上海", "杭州", "南京", "苏州", "合肥"}},   {"华中", {"武汉", "长沙", "郑州", "南昌", "宜昌"}},
    {"华南", {"广州", "深圳", "厦门", "福州", "南宁"}},   {"海外", {"新加坡", "吉隆坡", "雅加达", "曼谷", "胡志明市"}},
    {"华北", {"北京", "天津", "石家庄", "太原", "济南"}}, {"东北", {"沈阳", "大连", "长春", "哈尔滨", "吉林"}},
    {"西南", {"成都", "重庆", "昆明", "贵阳", "拉萨"}},   {"西北", {"西安", "兰州", "银川", "西宁", "乌鲁木齐"}},
};
// Each department covers two regions (ten cities); its 25th team is a key-account team without home region.
const char *const kDepartments[] = {"华东华中销售部", "华南海外销售部", "华北东北销售部", "西部销售部"};
const char *const kKeyAccounts[] = {"华东大客户组", "华南大客户组", "华北大客户组", "西部大客户组"};
const char *const kTeamOrdinals[] = {"一组", "二组", "三组"};
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
                                 "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许",
                                 "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋",
                                 "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈"};
const char *const kGivenNames[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
                                   "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "浩", "婷", "帆", "鑫",
                                   "宇", "欣", "晨", "悦", "佳", "琳", "波", "斌", "宁", "凯", "峰", "颖", "雪",
                                   "飞", "俊", "丹", "亮", "辉", "健", "华", "红", "梅", "玲", "建国"};
const char *const kCustomerStems[] = {"宏达", "恒信", "华宇", "金桥", "万通", "东方", "创新", "远航", "天成", "瑞丰",
                                      "盛世", "鼎新", "博远", "新锐", "正泰", "汇通"};
const char *const kCustomerTrades[] = {"科技", "贸易", "制造", "物流", "医药", "能源", "电子", "建设"};
const char *const kNotes[] = {"含税", "续约", "首付款", "\"含税, 分期\"", "渠道报备", "年框订单"};

struct CalendarDay {
    const char *date;
    bool holiday;
    const char *name;
};
// From the State Council notices for 2025 and 2026.
const CalendarDay kCalendar[] = {
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

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Distinct rep names: pair k of surname x given name, k a permutation of 0..2499.
QString repName(int i)
{
    const int k = int((std::int64_t(i) * 1237) % 2500);
    return u8(kSurnames[k % 50]) + u8(kGivenNames[k / 50]);
}

Company membersOf(const std::vector<NodeSpec> &layout, const std::vector<NodeId> &ids, int firstYear,
                  std::int64_t entries)
{
    Company c;
    c.firstYear = firstYear;
    c.entriesPerRun = entries;
    std::vector<bool> hasChildren(layout.size(), false);
    for (const NodeSpec &s : layout) {
        if (s.parent >= 0)
            hasChildren[std::size_t(s.parent)] = true;
    }
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const NodeSpec &s = layout[i];
        if (hasChildren[i])
            continue;
        Company::Member m{ids[i], s.name, s.weight, s.homeRegion >= 0 ? ids[std::size_t(s.homeRegion)] : 0};
        if (s.dimension == Dimension::Product)
            c.products.push_back(m);
        else if (s.dimension == Dimension::Region)
            c.cities.push_back(m);
        else if (s.person)
            c.reps.push_back(m);
    }
    return c;
}

} // namespace

double Random::normal()
{
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

std::vector<NodeSpec> companyLayout()
{
    Random rnd(0xC0FFEE);
    const auto weight = [&] { return 60 + rnd.below(81); }; // 60..140
    std::vector<NodeSpec> layout;
    for (const char *line : kProductLines) {
        const int lineIndex = int(layout.size());
        layout.push_back({Dimension::Product, -1, u8(line), false, -1, weight()});
        for (int p = 1; p <= 20; ++p)
            layout.push_back({Dimension::Product, lineIndex, u8(line) + QStringLiteral("X%1").arg(p, 2, 10, QLatin1Char('0')),
                              false, -1, weight()});
    }
    std::vector<int> cityIndex;
    for (const RegionSpec &r : kRegions) {
        const int regionIndex = int(layout.size());
        layout.push_back({Dimension::Region, -1, u8(r.name), false, -1, weight()});
        for (const char *city : r.cities) {
            cityIndex.push_back(int(layout.size()));
            layout.push_back({Dimension::Region, regionIndex, u8(city), false, -1, weight()});
        }
    }
    int rep = 0;
    for (int d = 0; d < 4; ++d) {
        const int deptIndex = int(layout.size());
        layout.push_back({Dimension::Org, -1, u8(kDepartments[d]), false, -1, weight()});
        for (int t = 0; t < 25; ++t) {
            const bool keyAccounts = t == 24;
            // 24 city teams over the department's ten cities: two or three teams per city.
            const int city = keyAccounts ? -1 : cityIndex[std::size_t(d * 10 + t % 10)];
            const QString name = keyAccounts ? u8(kKeyAccounts[d]) : layout[std::size_t(city)].name + u8(kTeamOrdinals[t / 10]);
            const int teamIndex = int(layout.size());
            layout.push_back({Dimension::Org, deptIndex, name, false, -1, weight()});
            for (int p = 0; p < 20; ++p)
                layout.push_back({Dimension::Org, teamIndex, repName(rep++), true, city, weight()});
        }
    }
    return layout;
}

WorkCalendar chineseCalendar()
{
    WorkCalendar cal;
    for (const CalendarDay &d : kCalendar) {
        cal.setException(QDate::fromString(QLatin1String(d.date), Qt::ISODate),
                         d.holiday ? WorkCalendar::DayType::Holiday : WorkCalendar::DayType::ExtraWorkingDay, u8(d.name));
    }
    return cal;
}

std::int64_t yearTarget(MetricId metric, int yearIndex, std::int64_t entries)
{
    // Sized like the generated actuals so that statuses come out mixed: the first year a little
    // easy (95 %), the second a little hard (105 %).
    const double expected = double(entries) / 2.0 * kMetricShare[std::size_t(metric)] * kMeanValue[std::size_t(metric)];
    const double factor = yearIndex == 0 ? 0.95 : 1.05;
    const std::int64_t unit = Metric::byId(metric).decimals > 0 ? 1'000'000 : 100; // 1万 CNY or 100
    return std::max<std::int64_t>(unit, std::llround(expected * factor / double(unit)) * unit);
}

Company createCompany(PlanService &service, int firstYear, std::int64_t entries, bool targets, std::uint64_t seed)
{
    (void)seed; // the layout is fixed; the seed only changes the entries
    PlanSettings settings = service.settings();
    settings.companyName = QStringLiteral("远景科技集团");
    settings.calendar = chineseCalendar();
    service.saveSettings(settings, QStringLiteral("generated"));

    const std::vector<NodeSpec> layout = companyLayout();
    std::vector<NodeId> ids(layout.size(), 0);
    service.repository().transaction([&] {
        for (std::size_t i = 0; i < layout.size(); ++i) {
            const NodeSpec &s = layout[i];
            ids[i] = service.addNode(s.dimension, s.parent >= 0 ? ids[std::size_t(s.parent)] : kRootId, s.name, s.person,
                                     s.homeRegion >= 0 ? ids[std::size_t(s.homeRegion)] : 0);
        }
    });
    Company company = membersOf(layout, ids, firstYear, entries);

    const AuditStamp stamp{service.user(), QDateTime(QDate(firstYear, 1, 1), QTime(9, 0), Qt::UTC), QStringLiteral("generated")};
    const std::vector<int> existing = service.repository().planYears();
    for (int y = firstYear; y < firstYear + company.years; ++y) {
        if (std::find(existing.begin(), existing.end(), y) == existing.end())
            service.repository().addPlanYear(y, stamp);
    }
    if (!targets)
        return company;

    std::map<NodeId, int> weightOf;
    for (std::size_t i = 0; i < layout.size(); ++i)
        weightOf[ids[i]] = layout[i].weight;
    for (int yi = 0; yi < company.years; ++yi) {
        const Period fy = Period::year(firstYear + yi);
        for (const Metric &metric : Metric::builtIns()) {
            service.repository().transaction([&] {
                service.setTarget(kRootId, metric.id, fy, Amount(yearTarget(metric.id, yi, entries)), QStringLiteral("generated"));
                DistributionMethod q;
                q.kind = DistributionMethod::Kind::Weights;
                q.weights = Distribution::template4321();
                service.applyTargetChanges(service.planDistribution(Dimension::Product, kRootId, metric.id, fy,
                                                                    DistributeOver::Quarters, q),
                                           QStringLiteral("generated"));
                for (Dimension d : kDimensions) {
                    const Tree &tree = service.tree(d);
                    const std::vector<NodeId> order = tree.preorder();
                    for (NodeId id : order) {
                        if (tree.isLeaf(id))
                            continue;
                        DistributionMethod m;
                        m.kind = DistributionMethod::Kind::Weights;
                        for (NodeId child : tree.children(id))
                            m.weights.push_back(weightOf[child]);
                        service.applyTargetChanges(service.planDistribution(d, id, metric.id, fy, DistributeOver::Children, m),
                                                   QStringLiteral("generated"));
                    }
                }
            });
        }
    }
    return company;
}

Company findCompany(const PlanService &service, int firstYear, std::int64_t entries)
{
    const std::vector<NodeSpec> layout = companyLayout();
    std::vector<NodeId> ids(layout.size(), 0);
    std::vector<QString> paths(layout.size());
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const NodeSpec &s = layout[i];
        paths[i] = s.parent >= 0 ? paths[std::size_t(s.parent)] + u'/' + s.name : s.name;
        ids[i] = service.tree(s.dimension).resolve(paths[i]);
    }
    return membersOf(layout, ids, firstYear, entries);
}

Company createCompanyInMemory(std::array<Tree, 3> &trees, TargetBook &targets, int firstYear, std::int64_t entries)
{
    const std::vector<NodeSpec> layout = companyLayout();
    std::vector<NodeId> ids(layout.size());
    for (Dimension d : kDimensions)
        trees[std::size_t(d)] = Tree(d, QStringLiteral("远景科技集团"));
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const NodeSpec &s = layout[i];
        ids[i] = NodeId(i) + 2; // the root is 1
        Node n;
        n.id = ids[i];
        n.parent = s.parent >= 0 ? ids[std::size_t(s.parent)] : kRootId;
        n.dimension = s.dimension;
        n.name = s.name;
        n.person = s.person;
        n.homeRegion = s.homeRegion >= 0 ? ids[std::size_t(s.homeRegion)] : 0;
        trees[std::size_t(s.dimension)].add(n);
    }
    Company company = membersOf(layout, ids, firstYear, entries);

    // Sibling weight sums, per parent (index layout.size() stands for the root of each dimension).
    std::map<std::pair<int, int>, std::int64_t> siblingSum;
    for (const NodeSpec &s : layout)
        siblingSum[{int(s.dimension), s.parent}] += s.weight;
    const std::array<int, 4> quarterPercent{30, 20, 30, 20};
    for (int yi = 0; yi < company.years; ++yi) {
        for (const Metric &metric : Metric::builtIns()) {
            const std::int64_t year = yearTarget(metric.id, yi, entries);
            for (int m = 0; m < 12; ++m) {
                const Month month(firstYear + yi, m + 1);
                const std::int64_t root = year * quarterPercent[std::size_t(m / 3)] / 300;
                targets.setCell(metric.id, kRootId, month, {Amount(root), false});
                std::vector<std::int64_t> value(layout.size());
                for (std::size_t i = 0; i < layout.size(); ++i) {
                    const NodeSpec &s = layout[i];
                    const std::int64_t parent = s.parent >= 0 ? value[std::size_t(s.parent)] : root;
                    value[i] = parent * s.weight / siblingSum[{int(s.dimension), s.parent}];
                    targets.setCell(metric.id, ids[i], month, {Amount(value[i]), false});
                }
            }
        }
    }
    return company;
}

// --- EntryGenerator --------------------------------------------------------------------------

EntryGenerator::EntryGenerator(const Company &company, const WorkCalendar &calendar, QDate first, QDate last,
                               std::int64_t count, std::uint64_t seed, QString refPrefix)
    : m_company(company), m_rnd(seed), m_refPrefix(std::move(refPrefix)), m_count(count)
{
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        m_days.push_back(d);
        const double w = calendar.isWorkingDay(d) ? 1.0 : 0.04; // a little weekend and holiday work
        m_dayWeight.push_back(w);
        m_weightTotal += w;
    }
    Random perf(0x9E1F + seed);
    double sum = 0;
    for (const Company::Member &r : company.reps) {
        m_repName.emplace(r.id, r.name);
        sum += r.weight * (0.6 + 0.8 * perf.uniform()); // performance differs from the target weight
        m_repCumulative.push_back(sum);
    }
    sum = 0;
    for (const Company::Member &p : company.products) {
        sum += p.weight;
        m_productCumulative.push_back(sum);
        m_productName.emplace(p.id, p.name);
    }
    for (const Company::Member &c : company.cities)
        m_cityName.emplace(c.id, c.name);
    m_dayIndex = std::size_t(-1);
}

bool EntryGenerator::advanceDay()
{
    ++m_dayIndex;
    if (m_dayIndex >= m_days.size())
        return false;
    m_weightSoFar += m_dayWeight[m_dayIndex];
    m_dayEnd = m_dayIndex + 1 == m_days.size() ? m_count : std::llround(double(m_count) * m_weightSoFar / m_weightTotal);
    return true;
}

MetricId EntryGenerator::pickMetric()
{
    double u = m_rnd.uniform();
    for (MetricId m = 1; m <= 5; ++m) {
        if (u < kMetricShare[std::size_t(m)])
            return m;
        u -= kMetricShare[std::size_t(m)];
    }
    return kVisits;
}

std::int64_t EntryGenerator::pickValue(MetricId metric)
{
    switch (metric) {
    case kSales:
    case kCollected: {
        constexpr double sigma = 0.9;
        const double yuan = kMeanValue[std::size_t(metric)] / 100.0 * std::exp(sigma * m_rnd.normal() - sigma * sigma / 2);
        std::int64_t minor = std::max<std::int64_t>(1, std::llround(yuan)) * 100;
        if (m_rnd.uniform() < 0.2)
            minor += m_rnd.below(100); // some amounts have fen
        if (metric == kSales && m_rnd.uniform() < 0.005)
            minor = -minor; // a cancellation
        return minor;
    }
    case kVisits: {
        const double u = m_rnd.uniform();
        return u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
    }
    default:
        return 1;
    }
}

bool EntryGenerator::draw(Draw &d)
{
    if (m_produced >= m_count)
        return false;
    while (m_produced >= m_dayEnd) {
        if (!advanceDay())
            return false;
    }
    ++m_produced;
    const auto pick = [&](const std::vector<double> &cumulative) {
        const double u = m_rnd.uniform() * cumulative.back();
        return std::min(std::size_t(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()),
                        cumulative.size() - 1);
    };
    d.day = m_days[m_dayIndex];
    d.metric = pickMetric();
    d.rep = &m_company.reps[pick(m_repCumulative)];
    d.product = 0;
    if (m_rnd.uniform() < kWithProduct[std::size_t(d.metric)])
        d.product = m_company.products[pick(m_productCumulative)].id;
    d.city = -1; // the rep's home region
    if (m_rnd.uniform() < 0.05)
        d.city = m_rnd.below(int(m_company.cities.size()));
    d.value = pickValue(d.metric);
    d.customer = d.metric == kOpportunities ? -1 : int(m_rnd.next() % 4096);
    d.note = m_rnd.uniform() < 0.1 ? m_rnd.below(int(std::size(kNotes))) : -1;
    return true;
}

bool EntryGenerator::nextFact(EntryFact &fact, MetricId *metric)
{
    Draw d;
    if (!draw(d))
        return false;
    fact.day = std::int32_t(d.day.toJulianDay());
    fact.person = std::int32_t(d.rep->id);
    fact.product = std::int32_t(d.product);
    fact.region = std::int32_t(d.city >= 0 ? m_company.cities[std::size_t(d.city)].id : d.rep->home);
    fact.value = d.value;
    if (metric)
        *metric = d.metric;
    return true;
}

bool EntryGenerator::next(ProgressEntry &e)
{
    Draw d;
    if (!draw(d))
        return false;
    e = ProgressEntry();
    e.date = d.day;
    e.metric = d.metric;
    e.value = Amount(d.value);
    e.person = d.rep->id;
    e.product = d.product;
    e.region = d.city >= 0 ? m_company.cities[std::size_t(d.city)].id : 0;
    if (d.customer >= 0) {
        // The customer sits in the rep's city (or the city named on the entry).
        const QString &city = d.city >= 0 ? m_company.cities[std::size_t(d.city)].name
                            : d.rep->home != 0 ? m_cityName.at(d.rep->home)
                                               : m_company.cities[std::size_t(d.customer) % m_company.cities.size()].name;
        e.customer = city + u8(kCustomerStems[std::size_t(d.customer) % std::size(kCustomerStems)])
                   + u8(kCustomerTrades[std::size_t(d.customer / 16) % std::size(kCustomerTrades)]) + QStringLiteral("有限公司");
    }
    if (d.note >= 0)
        e.note = QString::fromUtf8(kNotes[std::size_t(d.note)]).remove(u'"');
    e.ref = m_refPrefix + QString::number(m_produced).rightJustified(9, u'0');
    e.enteredBy = d.rep->name;
    e.enteredAt = QDateTime(d.day, QTime(18, 0), Qt::UTC);
    return true;
}

QByteArray EntryGenerator::csvHeader()
{
    return QByteArrayLiteral("日期,销售代表,指标,金额,产品,区域,客户,单号,备注\n");
}

void EntryGenerator::appendCsvRow(QByteArray &out, const ProgressEntry &e) const
{
    static const char *const metricNames[] = {"", "销售额", "回款", "新客户", "拜访", "商机"};
    const int decimals = Metric::byId(e.metric).decimals;
    out += e.date.toString(Qt::ISODate).toLatin1();
    out += ',';
    out += m_repName.at(e.person).toUtf8(); // rep names are unique in the organization tree
    out += ',';
    out += metricNames[e.metric];
    out += ',';
    if (decimals > 0 && (e.value.minor() % 7) == 3) {
        out += '"'; // some exports group thousands: "12,345.00" must be quoted
        out += e.value.toString(decimals).toUtf8();
        out += '"';
    } else {
        out += e.value.toDecimalString(decimals).toUtf8();
    }
    out += ',';
    if (e.product != 0)
        out += m_productName.at(e.product).toUtf8();
    out += ',';
    if (e.region != 0)
        out += m_cityName.at(e.region).toUtf8();
    out += ',';
    out += e.customer.toUtf8();
    out += ',';
    out += e.ref.toUtf8();
    out += ',';
    if (e.note.contains(u','))
        out += '"' + e.note.toUtf8() + '"';
    else
        out += e.note.toUtf8();
    out += '\n';
}

} // namespace st::bench
