#pragma once

#include "salestarget/domain/Dimension.h"

#include <QString>

namespace st {

/// A member of a dimension tree: a product line or product, a region or city, a department,
/// team or person. The root (kRootId) belongs to every tree.
struct Node {
    NodeId id = 0;
    NodeId parent = 0;        // 0 for the root
    Dimension dimension = Dimension::Product;
    QString name;
    bool person = false;      // an organization leaf that is a sales rep
    NodeId homeRegion = 0;    // a person's home region (region tree), 0 if none
    int sortOrder = 0;        // position among siblings

    friend bool operator==(const Node &, const Node &) = default;
};

} // namespace st
