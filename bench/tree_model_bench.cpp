// Google Benchmark for the decomposition tree of the target workspace: a 10,000-member organization
// tree (9 departments x 10 teams x 110 reps under the company) with a year of monthly sales targets,
// in an SQLite file opened through PlanDocument as the application does.
//
// What is measured (offscreen platform):
//  - building the model (constructor: the shadow of the tree) alone, and with the data a view asks
//    for: every cell of all 10,000 rows, or only the first screen (50 rows);
//  - a real QTreeView: first layout and paint of the model, expanded to the reps;
//  - one cell edit: setData() until dataChanged has been emitted (parse, plan, SQLite write with
//    audit row, undo stack), and the same followed by the view's repaint;
//  - a structural change (move a rep to another team and back), without and with the model
//    following it through its shadow diff;
//  - the plan-check pass over the whole tree.
#include "salestarget/domain/PlanService.h"
#include "salestarget/gui/PlanCheckModel.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/TargetTreeModel.h"
#include "salestarget/gui/TreeEditCommand.h"
#include "salestarget/gui/ViewOptions.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

using st::TargetTreeModel;

constexpr int kYear = 2026;
constexpr st::MetricId kSales = 1;
constexpr int kDepartments = 9;
constexpr int kTeamsPerDepartment = 10;
constexpr int kRepsPerTeam = 110; // 1 + 9 + 90 + 9,900 = 10,000 members
constexpr int kFirstScreenRows = 50;

// The roles QStyledItemDelegate asks for each painted cell.
constexpr std::array<int, 7> kPaintRoles{Qt::DisplayRole,         Qt::DecorationRole, Qt::TextAlignmentRole,
                                         Qt::FontRole,            Qt::ForegroundRole, Qt::BackgroundRole,
                                         Qt::CheckStateRole};

struct World {
    QTemporaryDir dir;
    st::PlanDocument document{[] { return QDateTime(QDate(kYear, 11, 22), QTime(9, 30), QTimeZone::utc()); }};
    st::ViewOptions options;
    std::vector<st::NodeId> teams;
    std::vector<st::NodeId> reps;

    World()
    {
        document.open(dir.filePath(QStringLiteral("bench.sqlite")));
        st::PlanService &service = document.service();
        const st::Dimension org = st::Dimension::Org;
        service.repository().transaction([&] {
            for (int d = 0; d < kDepartments; ++d) {
                const st::NodeId department = service.addNode(org, st::kRootId, QStringLiteral("事业部%1").arg(d + 1));
                for (int t = 0; t < kTeamsPerDepartment; ++t) {
                    const st::NodeId team = service.addNode(org, department, QStringLiteral("团队%1-%2").arg(d + 1).arg(t + 1));
                    teams.push_back(team);
                    for (int r = 0; r < kRepsPerTeam; ++r)
                        reps.push_back(service.addNode(org, team, QStringLiteral("代表%1").arg(reps.size() + 1), true));
                }
            }
        });
        // Monthly targets that add up level by level, except one month of every seventh team.
        const st::Tree &tree = service.tree(org);
        std::unordered_map<st::NodeId, std::array<std::int64_t, 12>> values;
        const std::vector<st::NodeId> &order = tree.preorder();
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            std::array<std::int64_t, 12> &v = values[*it];
            if (tree.isLeaf(*it)) {
                for (int m = 0; m < 12; ++m)
                    v[std::size_t(m)] = 10'000'00 + 1'000'00 * ((*it + m) % 7);
            } else {
                v.fill(0);
                for (st::NodeId child : tree.children(*it)) {
                    for (int m = 0; m < 12; ++m)
                        v[std::size_t(m)] += values[child][std::size_t(m)];
                }
            }
        }
        for (std::size_t i = 0; i < teams.size(); i += 7)
            values[teams[i]][3] += 500'00;
        std::vector<st::TargetChange> changes;
        changes.reserve(values.size() * 12);
        for (const auto &[node, months] : values) {
            for (int m = 0; m < 12; ++m)
                changes.push_back({kSales, node, st::Month(kYear, m + 1), {}, {st::Amount(months[std::size_t(m)]), false}});
        }
        service.applyTargetChanges(changes, QStringLiteral("bench"));
        if (tree.size() != 10'000)
            qFatal("expected 10,000 members, got %d", tree.size());
    }
};

World *g_world = nullptr;

std::unique_ptr<TargetTreeModel> makeModel()
{
    auto model = std::make_unique<TargetTreeModel>(&g_world->document, &g_world->options);
    model->setDimension(st::Dimension::Org);
    model->setFiscalYear(kYear);
    return model;
}

// Visits rows depth first (as an all-expanded view lists them), asking every column for `roles`.
template <typename Roles>
std::int64_t touchRows(const TargetTreeModel &model, int limit, const Roles &roles)
{
    std::int64_t rows = 0;
    std::vector<QModelIndex> stack{model.index(0, 0)};
    while (!stack.empty() && rows < limit) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        for (int column = 0; column < TargetTreeModel::ColumnCount; ++column) {
            const QModelIndex cell = index.siblingAtColumn(column);
            for (int role : roles)
                benchmark::DoNotOptimize(cell.data(role));
        }
        ++rows;
        for (int row = model.rowCount(index) - 1; row >= 0; --row)
            stack.push_back(model.index(row, 0, index));
    }
    return rows;
}

void BM_BuildModel(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(makeModel());
    state.SetLabel("10,000 members");
}

void BM_BuildModelAndTouchAllRows(benchmark::State &state)
{
    std::int64_t rows = 0;
    for (auto _ : state) {
        auto model = makeModel();
        rows = touchRows(*model, 1 << 30, std::array<int, 1>{Qt::DisplayRole});
    }
    state.counters["rows"] = double(rows);
    state.counters["cells"] = double(rows * TargetTreeModel::ColumnCount);
}

void BM_BuildModelAndTouchFirstScreen(benchmark::State &state)
{
    std::int64_t rows = 0;
    for (auto _ : state) {
        auto model = makeModel();
        rows = touchRows(*model, kFirstScreenRows, kPaintRoles);
    }
    state.counters["rows"] = double(rows);
}

// A QTreeView as the workspace sets it up: shown offscreen, uniform rows, expanded to the reps.
struct ShownView {
    std::unique_ptr<TargetTreeModel> model = makeModel();
    QTreeView view;

    ShownView()
    {
        view.setUniformRowHeights(true);
        view.resize(1600, 900);
        view.setModel(model.get());
        view.expandAll();
        view.show();
        QApplication::processEvents();
    }
};

void BM_ViewFirstPaint(benchmark::State &state)
{
    for (auto _ : state) {
        ShownView shown;
        benchmark::DoNotOptimize(shown.view.viewport()->grab());
    }
}

// One edit of a rep's month cell, typed as text: 3.3万 or 3.4万, whichever it does not hold (no rep
// starts with either), so that every edit changes something.
void editOnce(TargetTreeModel &model, const QModelIndex &cell, int &emitted)
{
    emitted = 0;
    const bool holds33 = cell.data(st::RawValueRole).toLongLong() == 3'3000'00;
    if (!model.setData(cell, holds33 ? QStringLiteral("3.4万") : QStringLiteral("3.3万")) || emitted == 0)
        qFatal("the edit did not reach the view");
}

void BM_EditCellUntilDataChanged(benchmark::State &state)
{
    auto model = makeModel();
    int emitted = 0;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged, [&] { ++emitted; });
    const QModelIndex cell = model->indexOf(g_world->reps[5000], TargetTreeModel::M7);
    for (auto _ : state)
        editOnce(*model, cell, emitted);
    state.counters["dataChanged"] = emitted;
    g_world->document.undoStack()->clear();
}

void BM_EditCellAndRepaintView(benchmark::State &state)
{
    ShownView shown;
    int emitted = 0;
    QObject::connect(shown.model.get(), &QAbstractItemModel::dataChanged, [&] { ++emitted; });
    const QModelIndex cell = shown.model->indexOf(g_world->reps[5], TargetTreeModel::M7); // on screen
    shown.view.scrollTo(cell);
    QApplication::processEvents();
    for (auto _ : state) {
        editOnce(*shown.model, cell, emitted);
        QApplication::processEvents(); // the view repaints the changed cells
    }
    g_world->document.undoStack()->clear();
}

// Moves a rep to another team and back (two undoable steps), with or without a model following.
void BM_MoveRepAndUndo(benchmark::State &state)
{
    const bool withModel = state.range(0) != 0;
    std::unique_ptr<TargetTreeModel> model = withModel ? makeModel() : nullptr;
    st::PlanDocument &document = g_world->document;
    const st::NodeId rep = g_world->reps[123];
    const st::NodeId otherTeam = g_world->teams[57];
    int moves = 0;
    if (model)
        QObject::connect(model.get(), &QAbstractItemModel::rowsMoved, [&] { ++moves; });
    for (auto _ : state) {
        document.push(st::TreeEditCommand::moveNode(&document, st::Dimension::Org, rep, otherTeam, 0));
        document.undoStack()->undo();
    }
    if (model && moves != 2 * int(state.iterations()))
        state.SkipWithError("a move was not told as one rowsMoved");
    document.undoStack()->clear();
    state.SetLabel(withModel ? "service + model (one rowsMoved each)" : "service only");
}

void BM_PlanCheckRefresh(benchmark::State &state)
{
    st::PlanCheckModel check(&g_world->document, &g_world->options);
    check.setDimension(st::Dimension::Org);
    check.setFiscalYear(kYear);
    for (auto _ : state)
        check.refresh();
    state.counters["rows"] = check.rowCount();
}

} // namespace

BENCHMARK(BM_BuildModel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildModelAndTouchAllRows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildModelAndTouchFirstScreen)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ViewFirstPaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditCellUntilDataChanged)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditCellAndRepaintView)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MoveRepAndUndo)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanCheckRefresh)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    auto world = std::make_unique<World>();
    g_world = world.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_world = nullptr;
    return 0;
}
