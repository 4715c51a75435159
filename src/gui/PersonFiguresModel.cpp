#include "salestarget/gui/PersonFiguresModel.h"

#include "salestarget/domain/PlanService.h"
#include "salestarget/domain/Report.h"
#include "salestarget/gui/DisplayFormat.h"
#include "salestarget/gui/ModelRoles.h"
#include "salestarget/gui/PlanDocument.h"
#include "salestarget/gui/ViewOptions.h"

#include <QLocale>

namespace st {

PersonFiguresModel::PersonFiguresModel(PlanDocument *document, ViewOptions *options, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_options(options), m_metric(Metric::builtIns().front().id)
{
    connect(m_document, &PlanDocument::opened, this, &PersonFiguresModel::rebuild);
    connect(m_document, &PlanDocument::entriesChanged, this, &PersonFiguresModel::rebuild);
    connect(m_document, &PlanDocument::settingsChanged, this, &PersonFiguresModel::rebuild);
    connect(m_document, &PlanDocument::treeChanged, this, &PersonFiguresModel::rebuild); // rows follow the tree
    connect(m_document, &PlanDocument::targetsChanged, this, &PersonFiguresModel::onTargetsChanged);
    connect(m_document, &PlanDocument::entryChanged, this, &PersonFiguresModel::onEntryChanged);
    connect(m_options, &ViewOptions::displayUnitChanged, this, [this] {
        emitAllChanged();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    rebuild();
}

PersonFiguresModel::~PersonFiguresModel() = default;

void PersonFiguresModel::setPerson(NodeId person)
{
    if (person == m_person)
        return;
    m_person = person; // the reports cover the whole tree: only the shown row changes
    if (m_document->isOpen() && m_document->today() != m_asOf)
        rebuild();
    else
        emitAllChanged();
}

void PersonFiguresModel::setMetric(MetricId metric)
{
    Metric::byId(metric); // throws on an unknown metric before anything changes
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PersonFiguresModel::rebuild()
{
    for (auto &report : m_reports)
        report.reset();
    if (m_document->isOpen()) {
        m_asOf = m_document->today();
        const int startMonth = m_document->service().settings().fiscalYearStartMonth;
        m_periods = {Period::day(m_asOf), Period::containing(PeriodKind::Week, m_asOf, startMonth),
                     Period::containing(PeriodKind::Month, m_asOf, startMonth),
                     Period::containing(PeriodKind::Quarter, m_asOf, startMonth),
                     Period::containing(PeriodKind::Year, m_asOf, startMonth)};
        const bool built = m_document->attempt([&] {
            const FactCache &facts = m_document->facts(m_metric);
            for (std::size_t r = 0; r < m_reports.size(); ++r)
                m_reports[r] = m_document->service().report(Dimension::Org, facts, m_periods[r], m_asOf);
        });
        if (!built) {
            for (auto &report : m_reports)
                report.reset();
        }
    }
    emitAllChanged();
}

void PersonFiguresModel::onTargetsChanged()
{
    if (!m_reports.front())
        return;
    if (m_document->today() != m_asOf) {
        rebuild();
        return;
    }
    for (auto &report : m_reports)
        report->refreshTargets();
    emitAllChanged();
}

void PersonFiguresModel::onEntryChanged(const std::optional<ProgressEntry> &before, const std::optional<ProgressEntry> &after)
{
    const bool touches = (before && before->metric == m_metric) || (after && after->metric == m_metric);
    if (!touches || !m_reports.front())
        return;
    if (m_document->today() != m_asOf) { // the day turned: every period may be another one
        rebuild();
        return;
    }
    // Apply the change to every report (the tree's other rows must stay right for later changes),
    // then tell the view about the rows where the person's figures moved.
    std::array<bool, RowCount> changed{};
    const bool applied = m_document->attempt([&] {
        for (std::size_t r = 0; r < m_reports.size(); ++r) {
            Report &report = *m_reports[r];
            const int mine = m_person != 0 ? report.rowOf(m_person) : -1;
            const auto apply = [&](const ProgressEntry &e, int sign) {
                if (e.metric != m_metric)
                    return;
                for (int pos : report.applyFact(FactCache::factOf(e), sign))
                    changed[r] = changed[r] || (mine >= 0 && pos == mine);
            };
            if (before)
                apply(*before, -1);
            if (after)
                apply(*after, +1);
        }
    });
    if (!applied) {
        rebuild();
        return;
    }
    for (int r = 0; r < RowCount; ++r) {
        if (changed[std::size_t(r)])
            Q_EMIT dataChanged(index(r, TargetColumn), index(r, ColumnCount - 1));
    }
}

void PersonFiguresModel::emitAllChanged()
{
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

std::optional<Figures> PersonFiguresModel::figures(int row) const
{
    if (row < 0 || row >= RowCount || m_person == 0 || !m_reports[std::size_t(row)])
        return std::nullopt;
    const Report &report = *m_reports[std::size_t(row)];
    const int pos = report.rowOf(m_person);
    if (pos < 0 || pos >= int(report.rows().size()))
        return std::nullopt;
    return report.rows()[std::size_t(pos)].figures;
}

int PersonFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int PersonFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonFiguresModel::periodText(int row) const
{
    const Period &p = m_periods[std::size_t(row)];
    if (!p.isValid())
        return {};
    switch (row) {
    case TodayRow: return tr("Today (%1)").arg(QLocale().toString(p.first(), QStringLiteral("ddd d MMM")));
    case WeekRow: return tr("This week (%1)").arg(p.toString());
    case MonthRow: return tr("This month (%1)").arg(p.toString());
    case QuarterRow: return tr("This quarter (%1)").arg(p.toString());
    case YearRow: return tr("This year (%1)").arg(p.toString());
    default: break;
    }
    return {};
}

QString PersonFiguresModel::amountText(Amount value) const
{
    return DisplayFormat::amount(value, Metric::byId(m_metric), m_options->displayUnit());
}

QVariant PersonFiguresModel::cellText(int row, int column, const Figures &f) const
{
    static const QString none = QStringLiteral("\u2013");
    switch (column) {
    case PeriodColumn: return periodText(row);
    case TargetColumn: return amountText(f.target);
    case ActualColumn: return amountText(f.actual);
    case AchievementColumn: return DisplayFormat::percent(f.achievement);
    case GapColumn: return amountText(f.gap);
    case ExpectedColumn: return amountText(f.expected);
    case PaceColumn: return DisplayFormat::percent(f.pace);
    case StatusColumn: return DisplayFormat::statusText(f.status);
    case ProjectionColumn: return amountText(f.projection);
    case RequiredDailyColumn: return f.requiredDaily ? amountText(*f.requiredDaily) : none;
    default: break;
    }
    return {};
}

QVariant PersonFiguresModel::rawValue(int column, const Figures &f) const
{
    switch (column) {
    case TargetColumn: return qint64(f.target.minor());
    case ActualColumn: return qint64(f.actual.minor());
    case AchievementColumn: return f.achievement ? QVariant(*f.achievement) : QVariant();
    case GapColumn: return qint64(f.gap.minor());
    case ExpectedColumn: return qint64(f.expected.minor());
    case PaceColumn: return f.pace ? QVariant(*f.pace) : QVariant();
    case StatusColumn: return int(f.status);
    case ProjectionColumn: return qint64(f.projection.minor());
    case RequiredDailyColumn: return f.requiredDaily ? QVariant(qint64(f.requiredDaily->minor())) : QVariant();
    default: break;
    }
    return {};
}

QVariant PersonFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == PeriodColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return column == StatusColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const Period &p = m_periods[std::size_t(row)];
    if (role == Qt::ToolTipRole && column == PeriodColumn && p.isValid()) {
        return p.dayCount() == 1 ? p.first().toString(Qt::ISODate)
                                 : tr("%1 to %2").arg(p.first().toString(Qt::ISODate), p.last().toString(Qt::ISODate));
    }
    const std::optional<Figures> f = figures(row);
    if (!f) {
        if (role == Qt::DisplayRole)
            return column == PeriodColumn ? QVariant(periodText(row)) : QVariant(QStringLiteral("\u2013"));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return cellText(row, column, *f);
    case RawValueRole: return rawValue(column, *f);
    case StatusRole: return int(f->status);
    case NodeIdRole: return qint64(m_person);
    case Qt::BackgroundRole:
        return column == StatusColumn ? QVariant(DisplayFormat::statusBackground(f->status)) : QVariant();
    case Qt::ForegroundRole:
        return column == StatusColumn ? QVariant(DisplayFormat::statusColor(f->status)) : QVariant();
    case Qt::ToolTipRole:
        if (column == StatusColumn && m_document->isOpen()) {
            const PlanSettings &s = m_document->service().settings();
            return tr("Pace below %1 is lagging, above %2 is ahead.")
                .arg(DisplayFormat::percent(s.laggingBelowBp / 10000.0), DisplayFormat::percent(s.aheadAboveBp / 10000.0));
        }
        return {};
    default: break;
    }
    return {};
}

QVariant PersonFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == PeriodColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return section == StatusColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AchievementColumn: return tr("Actual ÷ target");
        case GapColumn: return tr("Target − actual (positive: still to do)");
        case ExpectedColumn: return tr("The target's share of the days so far (working days of the calendar)");
        case PaceColumn: return tr("Actual ÷ expected to date");
        case ProjectionColumn: return tr("Actual + the daily run rate × the working days left");
        case RequiredDailyColumn: return tr("What is still to do ÷ the working days left");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn: return tr("Period");
    case TargetColumn: return tr("Target");
    case ActualColumn: return tr("Actual");
    case AchievementColumn: return tr("Achievement");
    case GapColumn: return tr("Gap");
    case ExpectedColumn: return tr("Expected to date");
    case PaceColumn: return tr("Pace");
    case StatusColumn: return tr("Status");
    case ProjectionColumn: return tr("Projection");
    case RequiredDailyColumn: return tr("Needed per day");
    default: break;
    }
    return {};
}

} // namespace st
