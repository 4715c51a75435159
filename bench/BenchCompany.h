#pragma once

// The generated company of the backbone issue's budgets, shared by salestarget-gen and the Google
// Benchmark programs: 10 product lines x 20 products, 8 regions x 5 cities, 4 departments x 25
// teams x 20 reps, and a deterministic stream of progress entries over two fiscal years.

#include "salestarget/domain/ProgressEntry.h"
#include "salestarget/domain/TargetBook.h"
#include "salestarget/domain/Tree.h"
#include "salestarget/domain/WorkCalendar.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace st {
class PlanService;
}

namespace st::bench {

/// splitmix64: tiny, deterministic on every platform.
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
    /// Standard normal (Box-Muller).
    double normal();

private:
    std::uint64_t m_state;
};

/// One node of the company before it has an id: parents come before their children.
struct NodeSpec {
    Dimension dimension = Dimension::Product;
    int parent = -1;     // index into the layout, -1: the root
    QString name;
    bool person = false;
    int homeRegion = -1; // index into the layout (a city), -1: none
    int weight = 100;    // share of the parent's target
};

/// Every node of the generated company, in creation order.
std::vector<NodeSpec> companyLayout();

/// The ids and names a generator needs, after the layout was created somewhere.
struct Company {
    struct Member {
        NodeId id = 0;
        QString name;
        int weight = 100;
        NodeId home = 0; // reps: home region (0: none)
    };
    std::vector<Member> products; // leaves of the product tree
    std::vector<Member> cities;   // leaves of the region tree
    std::vector<Member> reps;     // person leaves of the organization tree
    int firstYear = 2025;         // first of the two (January-start) fiscal years
    int years = 2;
    std::int64_t entriesPerRun = 5'000'000; // used to size the targets like the actuals
};

/// Chinese public holidays and 调休 working days of 2025 and 2026.
WorkCalendar chineseCalendar();

/// Yearly plan total of `metric` (minor units) for a company whose two years hold `entries` entries.
std::int64_t yearTarget(MetricId metric, int yearIndex, std::int64_t entries);

/// Creates the company through the service (one transaction per tree), and with `targets` the
/// monthly targets of every node for every metric of both years, distributed down every tree.
Company createCompany(PlanService &service, int firstYear, std::int64_t entries, bool targets, std::uint64_t seed);

/// The company of an existing plan set made by createCompany() (looked up by path); throws
/// DomainError when a member is missing.
Company findCompany(const PlanService &service, int firstYear, std::int64_t entries);

/// The same company built in memory with ids assigned in layout order (as a fresh database would),
/// and targets split proportionally down the trees (without the exact distribution).
Company createCompanyInMemory(std::array<Tree, 3> &trees, TargetBook &targets, int firstYear, std::int64_t entries);

/// A deterministic stream of `count` entries over [first, last], in date order: most on working
/// days, visits most frequent, sales fewer; some without product and some in another city.
class EntryGenerator final
{
public:
    EntryGenerator(const Company &company, const WorkCalendar &calendar, QDate first, QDate last, std::int64_t count,
                   std::uint64_t seed, QString refPrefix);

    /// Fills the next entry; false after `count` entries.
    bool next(ProgressEntry &entry);
    /// The compact fact of the next entry (no strings; the same stream of dates, people and values),
    /// with the region already defaulted to the rep's home region; `metric` receives its metric.
    bool nextFact(EntryFact &fact, MetricId *metric = nullptr);
    std::int64_t produced() const { return m_produced; }

    /// The CSV header of docs/cli.md's import format (Chinese header names).
    static QByteArray csvHeader();
    /// Appends `entry` as one CSV row naming people, products and cities by name.
    void appendCsvRow(QByteArray &out, const ProgressEntry &entry) const;

private:
    struct Draw {
        QDate day;
        MetricId metric = 0;
        const Company::Member *rep = nullptr;
        NodeId product = 0;
        int city = -1;     // index of an explicit city, -1: the rep's home region
        std::int64_t value = 0;
        int customer = -1; // -1: none
        int note = -1;     // -1: none
    };
    bool draw(Draw &d);
    bool advanceDay();
    MetricId pickMetric();
    std::int64_t pickValue(MetricId metric);

    const Company &m_company;
    Random m_rnd;
    QString m_refPrefix;
    std::vector<QDate> m_days;
    std::vector<double> m_dayWeight;
    double m_weightTotal = 0;
    std::vector<double> m_repCumulative;
    std::vector<double> m_productCumulative;
    std::unordered_map<NodeId, QString> m_repName;
    std::unordered_map<NodeId, QString> m_productName;
    std::unordered_map<NodeId, QString> m_cityName;
    std::int64_t m_count = 0;
    std::int64_t m_produced = 0;
    std::size_t m_dayIndex = 0;
    std::int64_t m_dayEnd = 0; // entries produced by the end of the current day
    double m_weightSoFar = 0;
};

} // namespace st::bench
