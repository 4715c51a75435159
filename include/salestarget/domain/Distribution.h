#pragma once

#include "salestarget/domain/Amount.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace st {

/// Exact splitting of a whole into parts: the parts always add up to the whole to the minor unit
/// (largest-remainder rounding, ties to the earlier part). Locked parts keep their value and the
/// others absorb the difference.
class Distribution final
{
public:
    /// `total` split over `weights` (non-negative; all zero means even). Throws on a negative weight.
    static std::vector<Amount> proportional(Amount total, const std::vector<std::int64_t> &weights);
    /// `total` split evenly over `parts` (> 0).
    static std::vector<Amount> even(Amount total, int parts);
    /// `total` split by `weights` over the unlocked parts; locked parts keep `current`.
    /// Throws DomainError when the locked parts alone exceed a non-negative total, or when every
    /// part is locked and they do not add up to `total`.
    static std::vector<Amount> withLocks(Amount total, const std::vector<Amount> &current,
                                         const std::vector<bool> &locked,
                                         const std::vector<std::int64_t> &weights);
    /// Splits each column total over the rows so that every row adds up to its row total exactly
    /// (rows: children, columns: months). Row and column totals must be non-negative with equal sums.
    /// Each cell is close to row x column / total, no cell is negative, and no row is favoured by
    /// rounding across columns (each column is split by the rows' remaining needs).
    static std::vector<std::vector<Amount>> matrix(const std::vector<Amount> &rowTotals,
                                                   const std::vector<Amount> &columnTotals);
    /// The current unlocked values as weights, or all ones when they are all zero: "keep their
    /// current proportions, or evenly when they are all empty".
    static std::vector<std::int64_t> proportionsOf(const std::vector<Amount> &current,
                                                   const std::vector<bool> &locked);

    /// Percentages in basis points (100% = 10000) parsed from `30,20,30,20` or `8.5, 8.5, ...`;
    /// there must be exactly `count` of them and they must total 100%. Throws DomainError.
    static std::vector<std::int64_t> parsePercentages(QStringView text, int count);
    /// Relative weights parsed from `3,2,1` (non-negative numbers, not all zero). Throws DomainError.
    static std::vector<std::int64_t> parseWeights(QStringView text, int count);
    /// The "4321" quarterly template: Q1 30% / Q2 20% / Q3 30% / Q4 20%, in basis points.
    static std::vector<std::int64_t> template4321();
};

} // namespace st
