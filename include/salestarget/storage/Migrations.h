#pragma once

#include <QString>

#include <cstdint>

namespace st {

class Database;

/// The schema of a SalesTarget database and the steps between its versions. The version lives in
/// `PRAGMA user_version`; `PRAGMA application_id` marks the file as ours. See docs/schema.md.
class Migrations final
{
public:
    /// The newest schema version this build knows.
    static constexpr int kLatestVersion = 6;
    /// `PRAGMA application_id` of a SalesTarget database ("STgt").
    static constexpr std::int32_t kApplicationId = 0x53546774;

    /// Checks that `db` is empty or a SalesTarget database not newer than this build, then brings
    /// it up to `version` one step at a time, each step in its own transaction. Throws DomainError
    /// naming the file and the reason.
    static void migrate(Database &db, int version = kLatestVersion);
    /// Opens or creates the file at `path` and migrates it to exactly `version` (tests use this to
    /// make genuine old files).
    static void migrateTo(const QString &path, int version);

private:
    static void checkCompatible(Database &db, int version);
    static void toVersion1(Database &db);
    static void toVersion2(Database &db);
    static void toVersion3(Database &db);
    static void toVersion4(Database &db);
    static void toVersion5(Database &db);
    static void toVersion6(Database &db);
};

} // namespace st
