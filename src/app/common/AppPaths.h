#pragma once

#include <QString>

namespace st {

/// The database both applications use when none is named: `salestarget.db` in the user's data
/// directory (`~/.local/share/salestarget/` on Linux). The environment variable SALESTARGET_DB
/// overrides it (handy for scheduled jobs and for trying things out).
QString defaultDatabasePath();

} // namespace st
