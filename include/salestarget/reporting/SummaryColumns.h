#pragma once

#include "salestarget/domain/Amount.h"
#include "salestarget/domain/Status.h"

#include <QString>

#include <cstdint>

#include <optional>
#include <vector>

namespace st {

struct CorrectiveAction;
struct LaggingNode;
struct SummaryRow;
struct SummarySection;
struct WeeklySummary;

/// The columns of the weekly summary's node table and of its lagging list, shared by the CSV, XLSX
/// and PDF writers so that every format shows the same figures in the same order.
class SummaryColumns final
{
public:
    /// LongText: free text people wrote (an action, its effect, a reason), wrapped where shown.
    enum class Kind { Name, Path, Amount, Ratio, Status, Text, LongText };
    /// The period a column belongs to (a header spanning its columns); Action: the corrective
    /// action columns of the lagging list.
    enum class Group { None, Week, Month, Quarter, Year, Action };

    struct Column {
        Kind kind = Kind::Text;
        Group group = Group::None;
        QString title;       // short, under its group header
        QString fullTitle;   // self-contained (a single header row, as in CSV)
        bool isSigned = false; // a change: shown with its sign
    };

    /// One cell: an amount, a ratio, a status or text (names carry their depth for indentation).
    struct Cell {
        Kind kind = Kind::Text;
        std::optional<Amount> amount;   // none: empty cell
        std::optional<double> ratio;    // none: empty cell
        Status status = Status::NoTarget;
        QString text;
        int depth = 0;
        bool isSigned = false;
        bool isEmpty() const;
    };

    /// The node table: name; week target, actual, achieved, change, change rate; month target,
    /// actual, achieved, gap, pace, status; quarter and year target, actual, achieved, gap.
    static std::vector<Column> table();
    static Cell tableCell(const SummaryRow &row, std::size_t column);
    /// The lagging list: dimension, node, month target, actual, gap, pace, required daily rate,
    /// status; then, from kFirstActionColumn, the corrective action: description, owner, due date,
    /// expected effect, action status, variance reason category and note.
    static std::vector<Column> lagging();
    static constexpr std::size_t kFirstActionColumn = 8;
    /// Lines of a lagging node in the list: one per corrective action, one when it has none.
    static std::size_t laggingLines(const LaggingNode &node);
    /// A cell of line `line` of a lagging node. Every line names the dimension and the node; the
    /// figures are on the first line only (so that they add up); a node without actions says so in
    /// the action column of its one line.
    static Cell laggingCell(const SummarySection &section, const LaggingNode &node, std::size_t line, std::size_t column);
    /// "No corrective action yet".
    static QString noActionText();
    /// A corrective action on one line for people: "[Open] description · owner 张伟 · due
    /// 2026-11-30 · expected effect: … · variance reason: Internal — …" (empty parts left out).
    static QString actionLine(const CorrectiveAction &action);

    /// "Week 2026-W47", "Month 2026-11", ..., "Corrective action" (empty for Group::None).
    static QString groupTitle(const WeeklySummary &summary, Group group);
    /// Display text: amounts exact with thousands separators (changes signed), ratios as `85.3%`,
    /// status as symbol and label (`▼ Lagging`), names without indentation; empty cells as "".
    static QString text(const Cell &cell, int decimals);
    /// `85.3%` (one decimal, signed when asked).
    static QString percent(double ratio, bool isSigned = false);
    /// Path of a row for people: the company's name for the root, else the path.
    static QString nodeLabel(const SummaryRow &row);

    /// Background of a status cell as 0xRRGGBB, 0 for none: lagging red, on track green, ahead a
    /// strong blue. Never the only signal: the cell also holds the status symbol and label.
    static std::uint32_t statusFill(Status status);
    /// Text colour on that background, 0xRRGGBB.
    static std::uint32_t statusInk(Status status);
};

} // namespace st
