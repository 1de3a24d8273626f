#include "core/storage/Migrations.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"

namespace coffer::storage {

Result<int> schemaVersion(Database &db)
{
    // The common case in one statement; an empty database has no schema_version table yet.
    if (auto quick = db.cached("SELECT max(version) FROM schema_version")) {
        auto row = (*quick)->step();
        if (row && *row) {
            const int version = int((*quick)->int64(0));
            (*quick)->reset();
            return version;
        }
    }
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists)
        return exists.error();
    auto row = exists->step();
    if (!row)
        return row.error();
    if (!*row)
        return 0;
    auto stmt = db.prepare("SELECT max(version) FROM schema_version");
    if (!stmt)
        return stmt.error();
    auto versionRow = stmt->step();
    if (!versionRow)
        return versionRow.error();
    return *versionRow ? int(stmt->int64(0)) : 0;
}

Result<int> migrate(Database &db, const std::vector<Migration> &steps)
{
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (*current > newest)
        return Error(ErrorCode::UnsupportedFormat,
                     QStringLiteral("the vault database has schema version %1; this Coffer reads up to %2. "
                                    "Open it with a newer Coffer.")
                             .arg(*current)
                             .arg(newest));
    int version = *current;
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        Transaction tx(db);
        COFFER_TRY(tx.begin());
        COFFER_TRY(db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                           " version INTEGER PRIMARY KEY, description TEXT NOT NULL)"));
        COFFER_TRY(step.apply(db));
        auto record = db.prepare("INSERT INTO schema_version (version, description) VALUES (?, ?)");
        if (!record)
            return record.error();
        record->bind(1, step.version).bind(2, QString::fromUtf8(step.description));
        COFFER_TRY(record->run());
        COFFER_TRY(tx.commit());
        qCInfo(lcStorage) << "schema migrated to version" << step.version << step.description;
        version = step.version;
    }
    return version;
}

} // namespace coffer::storage
