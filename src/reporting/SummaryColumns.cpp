#include "salestarget/reporting/SummaryColumns.h"

#include "salestarget/reporting/WeeklySummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace st {

namespace {

using Kind = SummaryColumns::Kind;
using Group = SummaryColumns::Group;
using Cell = SummaryColumns::Cell;

Cell amountCell(Amount a, bool isSigned = false)
{
    Cell c;
    c.kind = Kind::Amount;
    c.amount = a;
    c.isSigned = isSigned;
    return c;
}

Cell ratioCell(std::optional<double> r, bool isSigned = false)
{
    Cell c;
    c.kind = Kind::Ratio;
    c.ratio = r;
    c.isSigned = isSigned;
    return c;
}

Cell statusCell(Status s)
{
    Cell c;
    c.kind = Kind::Status;
    c.status = s;
    return c;
}

Cell textCell(Kind kind, const QString &text, int depth = 0)
{
    Cell c;
    c.kind = kind;
    c.text = text;
    c.depth = depth;
    return c;
}

/// Target, actual, achieved, gap of a period.
Cell periodCell(const Figures &f, std::size_t which)
{
    switch (which) {
    case 0: return amountCell(f.target);
    case 1: return amountCell(f.actual);
    case 2: return ratioCell(f.achievement);
    default: return amountCell(f.gap);
    }
}

} // namespace

bool SummaryColumns::Cell::isEmpty() const
{
    switch (kind) {
    case Kind::Amount: return !amount;
    case Kind::Ratio: return !ratio;
    case Kind::Status: return false;
    default: return text.isEmpty();
    }
}

std::vector<SummaryColumns::Column> SummaryColumns::table()
{
    return {
        {Kind::Name, Group::None, QCoreApplication::translate("SummaryColumns", "Node"), QCoreApplication::translate("SummaryColumns", "Node"), false},
        {Kind::Amount, Group::Week, QCoreApplication::translate("SummaryColumns", "Target"), QCoreApplication::translate("SummaryColumns", "Week target"), false},
        {Kind::Amount, Group::Week, QCoreApplication::translate("SummaryColumns", "Actual"), QCoreApplication::translate("SummaryColumns", "Week actual"), false},
        {Kind::Ratio, Group::Week, QCoreApplication::translate("SummaryColumns", "Achieved"), QCoreApplication::translate("SummaryColumns", "Week achieved"), false},
        {Kind::Amount, Group::Week, QCoreApplication::translate("SummaryColumns", "Change"), QCoreApplication::translate("SummaryColumns", "Change vs previous week"), true},
        {Kind::Ratio, Group::Week, QCoreApplication::translate("SummaryColumns", "Change %"), QCoreApplication::translate("SummaryColumns", "Change vs previous week %"), true},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Target"), QCoreApplication::translate("SummaryColumns", "Month target"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Actual"), QCoreApplication::translate("SummaryColumns", "Month actual"), false},
        {Kind::Ratio, Group::Month, QCoreApplication::translate("SummaryColumns", "Achieved"), QCoreApplication::translate("SummaryColumns", "Month achieved"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Gap"), QCoreApplication::translate("SummaryColumns", "Month gap"), false},
        {Kind::Ratio, Group::Month, QCoreApplication::translate("SummaryColumns", "Pace"), QCoreApplication::translate("SummaryColumns", "Pace (month to date)"), false},
        {Kind::Status, Group::Month, QCoreApplication::translate("SummaryColumns", "Status"), QCoreApplication::translate("SummaryColumns", "Status (month to date)"), false},
        {Kind::Amount, Group::Quarter, QCoreApplication::translate("SummaryColumns", "Target"), QCoreApplication::translate("SummaryColumns", "Quarter target"), false},
        {Kind::Amount, Group::Quarter, QCoreApplication::translate("SummaryColumns", "Actual"), QCoreApplication::translate("SummaryColumns", "Quarter actual"), false},
        {Kind::Ratio, Group::Quarter, QCoreApplication::translate("SummaryColumns", "Achieved"), QCoreApplication::translate("SummaryColumns", "Quarter achieved"), false},
        {Kind::Amount, Group::Quarter, QCoreApplication::translate("SummaryColumns", "Gap"), QCoreApplication::translate("SummaryColumns", "Quarter gap"), false},
        {Kind::Amount, Group::Year, QCoreApplication::translate("SummaryColumns", "Target"), QCoreApplication::translate("SummaryColumns", "Year target"), false},
        {Kind::Amount, Group::Year, QCoreApplication::translate("SummaryColumns", "Actual"), QCoreApplication::translate("SummaryColumns", "Year actual"), false},
        {Kind::Ratio, Group::Year, QCoreApplication::translate("SummaryColumns", "Achieved"), QCoreApplication::translate("SummaryColumns", "Year achieved"), false},
        {Kind::Amount, Group::Year, QCoreApplication::translate("SummaryColumns", "Gap"), QCoreApplication::translate("SummaryColumns", "Year gap"), false},
    };
}

SummaryColumns::Cell SummaryColumns::tableCell(const SummaryRow &row, std::size_t column)
{
    switch (column) {
    case 0: return textCell(Kind::Name, row.name, row.depth);
    case 1: return amountCell(row.week.target);
    case 2: return amountCell(row.week.actual);
    case 3: return ratioCell(row.week.achievement);
    case 4: return amountCell(row.change, true);
    case 5: return ratioCell(row.changeRate, true);
    case 10: return ratioCell(row.month.pace);
    case 11: return statusCell(row.status());
    default: break;
    }
    if (column >= 6 && column <= 9)
        return periodCell(row.month, column - 6);
    if (column >= 12 && column <= 15)
        return periodCell(row.quarter, column - 12);
    return periodCell(row.year, column - 16);
}

std::vector<SummaryColumns::Column> SummaryColumns::lagging()
{
    return {
        {Kind::Text, Group::None, QCoreApplication::translate("SummaryColumns", "Dimension"), QCoreApplication::translate("SummaryColumns", "Dimension"), false},
        {Kind::Path, Group::None, QCoreApplication::translate("SummaryColumns", "Node"), QCoreApplication::translate("SummaryColumns", "Node"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Target"), QCoreApplication::translate("SummaryColumns", "Month target"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Actual"), QCoreApplication::translate("SummaryColumns", "Month actual"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Gap"), QCoreApplication::translate("SummaryColumns", "Month gap"), false},
        {Kind::Ratio, Group::Month, QCoreApplication::translate("SummaryColumns", "Pace"), QCoreApplication::translate("SummaryColumns", "Pace (month to date)"), false},
        {Kind::Amount, Group::Month, QCoreApplication::translate("SummaryColumns", "Required daily"), QCoreApplication::translate("SummaryColumns", "Required daily rate"), false},
        {Kind::Status, Group::Month, QCoreApplication::translate("SummaryColumns", "Status"), QCoreApplication::translate("SummaryColumns", "Status (month to date)"), false},
        {Kind::LongText, Group::Action, QCoreApplication::translate("SummaryColumns", "Action"), QCoreApplication::translate("SummaryColumns", "Corrective action"), false},
        {Kind::Text, Group::Action, QCoreApplication::translate("SummaryColumns", "Owner"), QCoreApplication::translate("SummaryColumns", "Action owner"), false},
        {Kind::Text, Group::Action, QCoreApplication::translate("SummaryColumns", "Due"), QCoreApplication::translate("SummaryColumns", "Action due"), false},
        {Kind::LongText, Group::Action, QCoreApplication::translate("SummaryColumns", "Expected effect"), QCoreApplication::translate("SummaryColumns", "Expected effect"), false},
        {Kind::Text, Group::Action, QCoreApplication::translate("SummaryColumns", "Status"), QCoreApplication::translate("SummaryColumns", "Action status"), false},
        {Kind::Text, Group::Action, QCoreApplication::translate("SummaryColumns", "Reason"), QCoreApplication::translate("SummaryColumns", "Variance reason"), false},
        {Kind::LongText, Group::Action, QCoreApplication::translate("SummaryColumns", "Reason note"), QCoreApplication::translate("SummaryColumns", "Variance reason note"), false},
    };
}

std::size_t SummaryColumns::laggingLines(const LaggingNode &node)
{
    return std::max<std::size_t>(1, node.actions.size());
}

QString SummaryColumns::noActionText()
{
    return QCoreApplication::translate("SummaryColumns", "No corrective action yet");
}

QString SummaryColumns::actionLine(const CorrectiveAction &a)
{
    QStringList parts{QStringLiteral("[%1] %2").arg(WeeklySummary::actionStatusText(a.status), a.description)};
    if (!a.owner.isEmpty())
        parts << QCoreApplication::translate("SummaryColumns", "owner %1").arg(a.owner);
    if (a.due.isValid())
        parts << QCoreApplication::translate("SummaryColumns", "due %1").arg(a.due.toString(Qt::ISODate));
    if (!a.expectedEffect.isEmpty())
        parts << QCoreApplication::translate("SummaryColumns", "expected effect: %1").arg(a.expectedEffect);
    if (const QString reason = WeeklySummary::reasonText(a); !reason.isEmpty())
        parts << QCoreApplication::translate("SummaryColumns", "variance reason: %1").arg(reason);
    return parts.join(QStringLiteral(" · "));
}

SummaryColumns::Cell SummaryColumns::laggingCell(const SummarySection &section, const LaggingNode &node,
                                                 std::size_t line, std::size_t column)
{
    const SummaryRow &row = section.rows[std::size_t(node.row)];
    if (column >= kFirstActionColumn) {
        const Kind kind = lagging()[column].kind;
        if (line >= node.actions.size())
            return textCell(kind, column == kFirstActionColumn && node.actions.empty() ? noActionText() : QString());
        const CorrectiveAction &a = node.actions[line];
        switch (column - kFirstActionColumn) {
        case 0: return textCell(kind, a.description);
        case 1: return textCell(kind, a.owner);
        case 2: return textCell(kind, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
        case 3: return textCell(kind, a.expectedEffect);
        case 4: return textCell(kind, WeeklySummary::actionStatusText(a.status));
        case 5: return textCell(kind, WeeklySummary::reasonCategoryText(a.reasonCategory));
        default: return textCell(kind, a.reasonNote);
        }
    }
    switch (column) {
    case 0: return textCell(Kind::Text, dimensionName(section.dimension));
    case 1: return textCell(Kind::Path, nodeLabel(row));
    default: break;
    }
    if (line > 0) // the figures stand once, on the node's first line
        return textCell(Kind::Text, QString());
    switch (column) {
    case 2: return amountCell(row.month.target);
    case 3: return amountCell(row.month.actual);
    case 4: return amountCell(row.month.gap);
    case 5: return ratioCell(row.month.pace);
    case 6: {
        Cell c = amountCell(Amount());
        c.amount = row.month.requiredDaily;
        return c;
    }
    default: return statusCell(row.status());
    }
}

QString SummaryColumns::groupTitle(const WeeklySummary &summary, Group group)
{
    switch (group) {
    case Group::Week: return QCoreApplication::translate("SummaryColumns", "Week %1").arg(summary.week.toString());
    case Group::Month: return QCoreApplication::translate("SummaryColumns", "Month %1 to date").arg(summary.month.toString());
    case Group::Quarter: return QCoreApplication::translate("SummaryColumns", "Quarter %1 to date").arg(summary.quarter.toString());
    case Group::Year: return QCoreApplication::translate("SummaryColumns", "Year %1 to date").arg(summary.year.toString());
    case Group::Action: return QCoreApplication::translate("SummaryColumns", "Corrective action (调整措施)");
    case Group::None: break;
    }
    return {};
}

QString SummaryColumns::percent(double ratio, bool isSigned)
{
    const QString s = QString::number(ratio * 100.0, 'f', 1) + u'%';
    return isSigned && ratio > 0 ? u'+' + s : s;
}

QString SummaryColumns::text(const Cell &cell, int decimals)
{
    switch (cell.kind) {
    case Kind::Amount:
        if (!cell.amount)
            return {};
        return (cell.isSigned && cell.amount->minor() > 0 ? QStringLiteral("+") : QString())
             + cell.amount->toString(decimals);
    case Kind::Ratio:
        return cell.ratio ? percent(*cell.ratio, cell.isSigned) : QString();
    case Kind::Status:
        return statusSymbol(cell.status) + u' ' + statusLabel(cell.status);
    default:
        return cell.text;
    }
}

std::uint32_t SummaryColumns::statusFill(Status status)
{
    switch (status) {
    case Status::Lagging: return 0xFFC7CE;
    case Status::OnTrack: return 0xC6EFCE;
    case Status::Ahead: return 0x2E75B6;
    case Status::NoTarget:
    case Status::NotStarted: break;
    }
    return 0;
}

std::uint32_t SummaryColumns::statusInk(Status status)
{
    switch (status) {
    case Status::Lagging: return 0x9C0006;
    case Status::OnTrack: return 0x006100;
    case Status::Ahead: return 0xFFFFFF;
    case Status::NoTarget:
    case Status::NotStarted: break;
    }
    return 0x595959;
}

QString SummaryColumns::nodeLabel(const SummaryRow &row)
{
    return row.depth == 0 && !row.unassigned ? row.name : row.path;
}

} // namespace st
