#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace st {

using NodeId = std::int64_t;
/// The whole company: the root shared by every dimension tree, holding the plan total.
inline constexpr NodeId kRootId = 1;

/// The three decompositions of the plan total.
enum class Dimension { Product = 0, Region = 1, Org = 2 };
inline constexpr std::array<Dimension, 3> kDimensions{Dimension::Product, Dimension::Region, Dimension::Org};

/// `product`, `region`, `org`.
QString dimensionKey(Dimension d);
/// Parses `product`, `region`, `org` (also `organization`); throws DomainError.
Dimension dimensionFromKey(const QString &key);
/// Localised name (Product, Region, Organization).
QString dimensionName(Dimension d);

} // namespace st
