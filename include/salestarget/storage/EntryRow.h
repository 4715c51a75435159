#pragma once

#include "salestarget/domain/ProgressEntry.h"

#include <QDateTime>
#include <QString>

#include <string>

namespace SQLite {
class Statement;
} // namespace SQLite

namespace st {

/// The columns of one row of the entry table: the SQL that writes and reads them, binding an
/// entry's values (reusing its buffers across rows, for imports) and reading a row back.
class EntryRow final
{
public:
    /// Inserts parameters ?1..?11 with the id ?12 (NULL: a new id). Callers check the id and the
    /// ref first (RefStore): no index on entry enforces either since schema 5.
    static constexpr const char *kInsertWithId =
        "INSERT INTO entry (day, metric, person, product, region, value, customer, ref, note, entered_by, "
        "entered_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
    /// Updates the row ?12 from parameters ?1..?11.
    static constexpr const char *kUpdate =
        "UPDATE entry SET day = ?1, metric = ?2, person = ?3, product = ?4, region = ?5, value = ?6, "
        "customer = ?7, ref = ?8, note = ?9, entered_by = ?10, entered_at = ?11 WHERE id = ?12";
    /// `SELECT` of the columns read(), in order, from `entry AS e`; an imported entry's empty
    /// entered_by / entered_at are its import's (`import_batch AS b`). Append `WHERE ...`.
    static constexpr const char *kSelect =
        "SELECT e.id, e.day, e.metric, e.person, e.product, e.region, e.value, e.customer, e.ref, e.note, "
        "CASE WHEN e.entered_by = '' AND e.batch IS NOT NULL THEN coalesce(b.user, '') ELSE e.entered_by END, "
        "CASE WHEN e.entered_at = '' AND e.batch IS NOT NULL THEN coalesce(b.at, '') ELSE e.entered_at END "
        "FROM entry AS e LEFT JOIN import_batch AS b ON b.id = e.batch";

    /// Binds parameters offset+1..offset+11 (?1..?11 of kInsertWithId / kUpdate, or one row of a
    /// multi-row insert); the texts stay valid until the next bind().
    void bind(SQLite::Statement &statement, const ProgressEntry &entry, int offset = 0);
    /// The UTF-8 ref of the last bind() (empty when it had none).
    const std::string &ref() const { return m_ref; }
    /// Reads a row selected with kSelect.
    static ProgressEntry read(SQLite::Statement &statement);
    /// Whether two entries have the same content (date, metric, value, person, product, region,
    /// customer, note): an import leaves such a row alone.
    static bool sameContent(const ProgressEntry &a, const ProgressEntry &b);
    /// Throws DomainError when `entry` cannot be stored (no valid date, metric or person).
    static void check(const ProgressEntry &entry);

private:
    std::string m_customer;
    std::string m_ref;
    std::string m_note;
    QString m_enteredBy;
    std::string m_enteredByUtf8;
    QDateTime m_enteredAt;
    std::string m_enteredAtText;
    bool m_cached = false;
};

} // namespace st
