#pragma once

#include <Qt>

namespace st {

/// Item data roles shared by every model, so that views, delegates, charts and tests ask for the
/// same thing the same way. DisplayRole is always formatted text; these carry raw values.
enum ModelRole {
    RawValueRole = Qt::UserRole + 1, ///< qint64 minor units (amount columns) or double (ratios): for sorting and charts
    NodeIdRole,                      ///< qint64 id of the row's node (0 for the "(unassigned)" row)
    StatusRole,                      ///< int(st::Status) of the row
    LockedRole,                      ///< bool: the target cell is locked
    EntryIdRole,                     ///< qint64 id of a progress entry
};

} // namespace st
