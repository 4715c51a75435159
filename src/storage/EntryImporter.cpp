#include "salestarget/storage/EntryImporter.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/storage/AuditLog.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/EntryRow.h"
#include "salestarget/storage/StorageCodec.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_set>

namespace st {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("st::EntryImporter", text);
}

constexpr const char *kByRef =
    "SELECT id, day, metric, person, product, region, value, customer, ref, note, entered_by, entered_at "
    "FROM entry WHERE ref = ?1";

/// Thrown when a reordered import meets a ref twice: the batch is then redone in input order so
/// that the last row with that ref wins, as the user expects.
struct RepeatedRef {
};

QString rowLabel(const ProgressEntry &e, std::size_t index, std::size_t count)
{
    return e.ref.isEmpty() ? tr("Entry %1 of %2").arg(index + 1).arg(count)
                           : tr("Entry %1 of %2 (reference \"%3\")").arg(index + 1).arg(count).arg(e.ref);
}

} // namespace

ImportOutcome EntryImporter::import(std::span<const ProgressEntry> entries, const AuditStamp &stamp)
{
    std::vector<std::uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0U);
    const auto byDate = [&](std::uint32_t a, std::uint32_t b) { return entries[a].date < entries[b].date; };
    if (std::is_sorted(order.begin(), order.end(), byDate))
        return write(entries, order, stamp, false);

    // Rows in random date order would land all over the (metric, day) index, which costs several
    // times more than appending near its ends; date order (stable, so same-day rows keep theirs)
    // also gives new entries ids in date order.
    std::stable_sort(order.begin(), order.end(), byDate);
    try {
        ImportOutcome outcome;
        m_db.transaction([&] { outcome = write(entries, order, stamp, true); });
        return outcome;
    } catch (const RepeatedRef &) {
        std::iota(order.begin(), order.end(), 0U);
        return write(entries, order, stamp, false);
    }
}

ImportOutcome EntryImporter::write(std::span<const ProgressEntry> entries, const std::vector<std::uint32_t> &order,
                                   const AuditStamp &stamp, bool reordered)
{
    ImportOutcome outcome;
    EntryRow row;
    auto insert = m_db.prepare(EntryRow::kInsert);
    auto byRef = m_db.prepare(kByRef);
    auto update = m_db.prepare(EntryRow::kUpdate);
    AuditLog::Writer audit(m_db, stamp);
    std::string key;
    std::string oldText;
    std::string newText;
    std::int64_t firstAdded = 0;
    std::int64_t lastAdded = 0;
    std::unordered_set<EntryId> seen; // existing rows this batch already matched (reordered only)

    for (const std::uint32_t index : order) {
        const ProgressEntry &e = entries[index];
        try {
            EntryRow::check(e);
            row.bind(*insert, e);
            const int inserted = insert->exec();
            insert->reset();
            if (inserted == 1) {
                ++outcome.added;
                lastAdded = m_db.lastInsertId();
                if (firstAdded == 0)
                    firstAdded = lastAdded;
                if (m_audit == ImportAudit::PerEntry) {
                    key = std::to_string(lastAdded);
                    newText.clear();
                    StorageCodec::appendEntryText(newText, e);
                    audit.append("insert", "entry", key, nullptr, &newText);
                }
                continue;
            }
            // The ref exists: compare with the stored row and update it only when something differs.
            byRef->bindNoCopy(1, row.ref()); // bound by row.bind() above
            if (!byRef->executeStep())
                throw DomainError(tr("the entry could not be stored"));
            const ProgressEntry stored = EntryRow::read(*byRef);
            byRef->reset();
            if (reordered && ((firstAdded != 0 && stored.id >= firstAdded) || !seen.insert(stored.id).second))
                throw RepeatedRef{};
            if (EntryRow::sameContent(stored, e)) {
                ++outcome.unchanged;
                continue;
            }
            ProgressEntry after = e;
            after.id = stored.id;
            row.bind(*update, after);
            update->bind(12, std::int64_t(stored.id));
            update->exec();
            update->reset();
            ++outcome.updated;
            key = std::to_string(stored.id);
            oldText.clear();
            newText.clear();
            StorageCodec::appendEntryText(oldText, stored);
            StorageCodec::appendEntryText(newText, after);
            audit.append("update", "entry", key, &oldText, &newText);
        } catch (const SQLite::Exception &error) {
            throw DomainError(Database::describe(error, rowLabel(e, index, entries.size())));
        } catch (const DomainError &error) {
            throw DomainError(tr("%1: %2").arg(rowLabel(e, index, entries.size()), error.message()));
        }
    }
    if (m_audit == ImportAudit::Summary && outcome.added > 0) {
        // New ids are consecutive: nothing else writes inside this transaction.
        key = std::to_string(firstAdded) + ".." + std::to_string(lastAdded);
        newText = "added=" + std::to_string(outcome.added) + "; ids=" + key;
        audit.append("import", "entry", key, nullptr, &newText);
    }
    return outcome;
}

} // namespace st
