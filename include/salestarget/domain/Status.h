#pragma once

#include <QString>

namespace st {

/// Pace classification of a node for a period (design.md §2).
enum class Status { NoTarget, NotStarted, Lagging, OnTrack, Ahead };

/// Stable machine key: `no_target`, `not_started`, `lagging`, `on_track`, `ahead`.
QString statusKey(Status s);
/// Localised label (滞后, 正常, 超额, ...).
QString statusLabel(Status s);
/// A symbol so that colour is never the only signal: ▼ lagging, ● on track, ▲ ahead, ○ otherwise.
QString statusSymbol(Status s);

} // namespace st
