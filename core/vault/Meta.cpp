#include "core/vault/Meta.h"

#include "core/storage/Database.h"

namespace coffer::meta {

Result<QString> get(storage::Database &db, const char *key)
{
    auto stmt = db.cached("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, QString::fromLatin1(key));
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, QStringLiteral("vault setting '%1' is missing").arg(QLatin1StringView(key)));
    QString value = (*stmt)->text(0);
    (*stmt)->reset();
    return value;
}

Result<void> set(storage::Database &db, const char *key, const QString &value)
{
    auto stmt = db.cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, QString::fromLatin1(key)).bind(2, value);
    return (*stmt)->run();
}

} // namespace coffer::meta

namespace coffer::meta {

Result<QHash<QString, QString>> all(storage::Database &db)
{
    auto stmt = db.cached("SELECT key, value FROM meta");
    if (!stmt)
        return stmt.error();
    QHash<QString, QString> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert((*stmt)->text(0), (*stmt)->text(1));
    }
    return out;
}

} // namespace coffer::meta
