#pragma once

#include "salestarget/domain/Audit.h"
#include "salestarget/domain/TargetBook.h"

#include <span>
#include <vector>

namespace st {

class Database;

/// The SQL of the monthly target cells, with one audit row per change. Callers run each write
/// inside a transaction.
class TargetStore final
{
public:
    explicit TargetStore(Database &db) : m_db(db) {}

    /// Every stored cell.
    std::vector<TargetRecord> load();
    /// Writes the `after` side of each change; zero and unlocked cells are deleted, not stored.
    void write(std::span<const TargetChange> changes, const AuditStamp &stamp);

private:
    Database &m_db;
};

} // namespace st
