#include "salestarget/storage/Migrations.h"

#include "salestarget/domain/DomainError.h"
#include "salestarget/domain/Metric.h"
#include "salestarget/storage/Database.h"
#include "salestarget/storage/FactStore.h"
#include "salestarget/storage/RefStore.h"

#include <QCoreApplication>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace st {

namespace {

// Version 1: the core tables. STRICT tables make SQLite refuse a REAL (or text) where an INTEGER
// belongs, so amounts can only ever be integer minor units.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE settings (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    currency                TEXT    NOT NULL DEFAULT 'CNY',
    lagging_below_bp        INTEGER NOT NULL DEFAULT 8000,
    ahead_above_bp          INTEGER NOT NULL DEFAULT 12000,
    company_name            TEXT    NOT NULL DEFAULT ''
) STRICT;
INSERT INTO settings (id) VALUES (1);

CREATE TABLE calendar_exception (
    day  INTEGER PRIMARY KEY,
    kind TEXT    NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE metric (
    id       INTEGER PRIMARY KEY,
    key      TEXT    NOT NULL UNIQUE,
    kind     TEXT    NOT NULL CHECK (kind IN ('result', 'process')),
    unit     TEXT    NOT NULL CHECK (unit IN ('currency', 'count')),
    decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6)
) STRICT;

CREATE TABLE node (
    id          INTEGER PRIMARY KEY,
    dimension   INTEGER NOT NULL CHECK (dimension IN (0, 1, 2)),
    parent      INTEGER REFERENCES node (id),
    name        TEXT    NOT NULL,
    is_person   INTEGER NOT NULL DEFAULT 0 CHECK (is_person IN (0, 1)),
    home_region INTEGER REFERENCES node (id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    CHECK (parent IS NOT NULL OR id = 1)
) STRICT;
CREATE UNIQUE INDEX node_sibling_name ON node (parent, dimension, name);
CREATE INDEX node_home_region ON node (home_region) WHERE home_region IS NOT NULL;
INSERT INTO node (id, dimension, parent, name) VALUES (1, 0, NULL, '');

CREATE TABLE target (
    metric INTEGER NOT NULL REFERENCES metric (id),
    node   INTEGER NOT NULL REFERENCES node (id),
    month  INTEGER NOT NULL,
    value  INTEGER NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    PRIMARY KEY (metric, node, month)
) STRICT, WITHOUT ROWID;
CREATE INDEX target_node ON target (node);

CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    day        INTEGER NOT NULL,
    metric     INTEGER NOT NULL REFERENCES metric (id),
    person     INTEGER NOT NULL REFERENCES node (id),
    product    INTEGER REFERENCES node (id),
    region     INTEGER REFERENCES node (id),
    value      INTEGER NOT NULL,
    customer   TEXT    NOT NULL DEFAULT '',
    ref        TEXT    CHECK (ref <> ''),
    note       TEXT    NOT NULL DEFAULT '',
    entered_by TEXT    NOT NULL DEFAULT '',
    entered_at TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX entry_ref ON entry (ref) WHERE ref IS NOT NULL;
CREATE INDEX entry_metric_day ON entry (metric, day);

CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    user   TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    key    TEXT NOT NULL,
    old    TEXT,
    new    TEXT,
    reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Version 2: the fiscal years that have a plan become a table of their own (filled from the years
// that already have targets), and the entry index covers every column a rollup reads, so
// scanFacts() never touches the table itself.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE plan_year (
    fiscal_year INTEGER PRIMARY KEY CHECK (fiscal_year BETWEEN 1 AND 9999),
    created_at  TEXT    NOT NULL DEFAULT '',
    created_by  TEXT    NOT NULL DEFAULT ''
) STRICT;
INSERT INTO plan_year (fiscal_year)
    SELECT DISTINCT (t.month - (s.fiscal_year_start_month - 1)) / 12 FROM target AS t, settings AS s;

DROP INDEX entry_metric_day;
CREATE INDEX entry_fact ON entry (metric, day, person, product, region, value);
)sql";

// Version 3: follow-up of the figures. Corrective actions (调整措施) and period reviews (复盘)
// belong to a node and go with it (ON DELETE CASCADE; the repository deletes and audits them
// explicitly before the node). Metric 0 means "all metrics", so it is a plain checked integer.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE corrective_action (
    id              INTEGER PRIMARY KEY,
    node            INTEGER NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    metric          INTEGER NOT NULL DEFAULT 0 CHECK (metric >= 0),
    description     TEXT    NOT NULL CHECK (description <> ''),
    owner           TEXT    NOT NULL DEFAULT '',
    due             INTEGER,
    expected_effect TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    reason_category TEXT    NOT NULL DEFAULT 'none' CHECK (reason_category IN ('none', 'internal', 'external')),
    reason_note     TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX corrective_action_node ON corrective_action (node);

CREATE TABLE period_review (
    node         INTEGER NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    metric       INTEGER NOT NULL CHECK (metric >= 0),
    period       TEXT    NOT NULL CHECK (period <> ''),
    worked       TEXT    NOT NULL DEFAULT '',
    did_not_work TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (node, metric, period)
) STRICT, WITHOUT ROWID;
)sql";

// Version 4: imports. An import is one `import_batch` row (who, when, source, counts) with one
// audit row, instead of an audit row per added entry; the entries it adds name it and leave
// entered_by / entered_at empty when they are the import's. The covering index `entry_fact` is
// replaced by `fact_block`: the facts of each (metric, day) packed into a few blobs (FactStore),
// so that an import writes a blob per day instead of an index row per entry and a rollup reads
// a few kilobytes per day. The blobs are filled from the entries by C++ (FactStore::rebuild).
constexpr const char *kVersion4 = R"sql(
CREATE TABLE import_batch (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    user      TEXT    NOT NULL,
    reason    TEXT    NOT NULL DEFAULT '',
    source    TEXT    NOT NULL DEFAULT '',
    added     INTEGER NOT NULL DEFAULT 0,
    updated   INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    first_id  INTEGER,
    last_id   INTEGER
) STRICT;
ALTER TABLE entry ADD COLUMN batch INTEGER REFERENCES import_batch (id);

CREATE TABLE fact_block (
    key    INTEGER PRIMARY KEY,
    metric INTEGER GENERATED ALWAYS AS (key >> 31) VIRTUAL,
    day    INTEGER GENERATED ALWAYS AS ((key >> 8) & 8388607) VIRTUAL,
    part   INTEGER GENERATED ALWAYS AS (key & 255) VIRTUAL,
    count  INTEGER NOT NULL CHECK (count > 0),
    facts  BLOB    NOT NULL
) STRICT;
)sql";

// Version 5: refs without a per-entry index. The unique index entry_ref cost every imported row a
// B-tree insert in the middle of a 5-million-entry index (a third of an import's time); now the
// refs of an import's new entries are one sorted block of (hash, id) pairs, entries written one
// by one keep an index row, and RefStore checks uniqueness (docs/schema.md, "refs").
constexpr const char *kVersion5 = R"sql(
CREATE TABLE ref_index (
    ref TEXT    PRIMARY KEY CHECK (ref <> ''),
    id  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE ref_block (
    id    INTEGER PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count > 0)
) STRICT;
CREATE TABLE ref_chunk (
    block INTEGER NOT NULL REFERENCES ref_block (id),
    lo    INTEGER NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    pairs BLOB    NOT NULL,
    PRIMARY KEY (block, lo)
) STRICT, WITHOUT ROWID;
)sql";

// Version 6: the packed facts without rewriting the table at every import. In `fact_block` the
// blobs sat inline in (metric, day, part) order, so an import's new part of each day went between
// the existing parts of the days around it: an import touched and split nearly every page of the
// table (46 MB before a 1,000,000-row import into a 5,000,000-entry file, 65 MB after). Now the
// part rows are tiny (key, count, blob id: 5 pages for 5,000,000 entries) and the blobs
// are a table of their own whose new rows get growing ids, so an import appends its blobs. The
// existing blobs are copied in key order: ~0.4 s for the 46 MB of a 5,000,000-entry file.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE fact_blob (
    id    INTEGER PRIMARY KEY,
    facts BLOB    NOT NULL
) STRICT;
CREATE TABLE fact_part (
    key    INTEGER PRIMARY KEY,
    metric INTEGER GENERATED ALWAYS AS (key >> 31) VIRTUAL,
    day    INTEGER GENERATED ALWAYS AS ((key >> 8) & 8388607) VIRTUAL,
    part   INTEGER GENERATED ALWAYS AS (key & 255) VIRTUAL,
    count  INTEGER NOT NULL CHECK (count > 0),
    blob   INTEGER NOT NULL
) STRICT;
INSERT INTO fact_part (key, count, blob)
    SELECT key, count, row_number() OVER (ORDER BY key) FROM fact_block ORDER BY key;
INSERT INTO fact_blob (id, facts)
    SELECT p.blob, b.facts FROM fact_part AS p JOIN fact_block AS b ON b.key = p.key ORDER BY p.blob;
DROP TABLE fact_block;
)sql";

} // namespace

void Migrations::checkCompatible(Database &db, int version)
{
    const int current = db.userVersion();
    const std::int32_t appId = db.applicationId();
    const bool fresh = current == 0 && appId == 0 && db.queryInt("SELECT count(*) FROM sqlite_schema") == 0;
    if (!fresh && appId != kApplicationId) {
        throw DomainError(QCoreApplication::translate("st::Migrations", "Cannot open \"%1\": the file is an SQLite database but not a SalesTarget database.")
                              .arg(db.path()));
    }
    if (current > kLatestVersion) {
        throw DomainError(QCoreApplication::translate("st::Migrations", "Cannot open \"%1\": it was written by a newer SalesTarget (schema version %2; this "
                             "version knows up to %3). Install the newer version to open it.")
                              .arg(db.path())
                              .arg(current)
                              .arg(kLatestVersion));
    }
    if (version < current || version < 1 || version > kLatestVersion) {
        throw DomainError(QCoreApplication::translate("st::Migrations", "Cannot migrate \"%1\" from schema version %2 to %3.")
                              .arg(db.path())
                              .arg(current)
                              .arg(version));
    }
}

void Migrations::migrate(Database &db, int version)
{
    checkCompatible(db, version);
    for (int current = db.userVersion(); current < version; ++current) {
        const int next = current + 1;
        try {
            db.transaction([&] {
                if (next == 1)
                    toVersion1(db);
                else if (next == 2)
                    toVersion2(db);
                else if (next == 3)
                    toVersion3(db);
                else if (next == 4)
                    toVersion4(db);
                else if (next == 5)
                    toVersion5(db);
                else if (next == 6)
                    toVersion6(db);
                db.setUserVersion(next);
            });
        } catch (const DomainError &e) {
            throw DomainError(QCoreApplication::translate("st::Migrations", "Upgrading \"%1\" to schema version %2 failed (it stays at version %3): %4")
                                  .arg(db.path())
                                  .arg(next)
                                  .arg(current)
                                  .arg(e.message()));
        }
    }
}

void Migrations::migrateTo(const QString &path, int version)
{
    Database db(path);
    migrate(db, version);
}

void Migrations::toVersion1(Database &db)
{
    db.execute(kVersion1);
    db.setApplicationId(kApplicationId);
    auto insert = db.prepare("INSERT INTO metric (id, key, kind, unit, decimals) VALUES (?, ?, ?, ?, ?)");
    for (const Metric &m : Metric::builtIns()) {
        insert->bind(1, m.id);
        insert->bind(2, m.key.toStdString());
        insert->bind(3, m.kind == MetricKind::Result ? "result" : "process");
        insert->bind(4, m.unit == MetricUnit::Currency ? "currency" : "count");
        insert->bind(5, m.decimals);
        insert->exec();
        insert->reset();
    }
}

void Migrations::toVersion2(Database &db)
{
    db.execute(kVersion2);
}

void Migrations::toVersion3(Database &db)
{
    db.execute(kVersion3);
}

void Migrations::toVersion4(Database &db)
{
    db.execute(kVersion4);
    // Reads the entries through entry_fact, in (metric, day, id) order. Version 6 moves the blobs.
    auto insert = db.prepare("INSERT INTO fact_block (key, count, facts) VALUES (?1, ?2, ?3)");
    FactStore::pack(db, [&insert](std::int64_t key, std::size_t count, const std::vector<unsigned char> &blob) {
        insert->bind(1, key);
        insert->bind(2, std::int64_t(count));
        insert->bindNoCopy(3, blob.data(), int(blob.size()));
        insert->exec();
        insert->reset();
    });
    db.execute("DROP INDEX entry_fact");
}

void Migrations::toVersion5(Database &db)
{
    db.execute(kVersion5);
    RefStore(db).rebuild(); // reads the refs through entry_ref
    db.execute("DROP INDEX entry_ref");
}

void Migrations::toVersion6(Database &db)
{
    db.execute(kVersion6);
}

} // namespace st
