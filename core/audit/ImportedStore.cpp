#include "core/audit/ImportedStore.h"

#include "core/audit/AzureAuditImport.h"
#include "core/crypto/Digest.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace coffer::audit {

using storage::Database;

Result<void> ImportedStore::createTables(Database &db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS audit_imported ("
                   " id INTEGER PRIMARY KEY,"
                   " source TEXT NOT NULL,"
                   " time INTEGER NOT NULL,"
                   " vault_name TEXT NOT NULL,"
                   " operation TEXT NOT NULL,"
                   " result_type TEXT NOT NULL,"
                   " http_status INTEGER NOT NULL,"
                   " duration_ms INTEGER NOT NULL,"
                   " caller_ip TEXT NOT NULL,"
                   " correlation_id TEXT NOT NULL,"
                   " identity TEXT NOT NULL,"
                   " target TEXT NOT NULL,"
                   " raw TEXT NOT NULL,"
                   " fingerprint BLOB NOT NULL,"
                   " CONSTRAINT audit_imported_once UNIQUE (fingerprint));"
                   "CREATE INDEX IF NOT EXISTS audit_imported_time ON audit_imported (time);"
                   "CREATE INDEX IF NOT EXISTS audit_imported_source ON audit_imported (source, time);");
}

Result<ImportSummary> ImportedStore::store(Database &db, const QList<ImportedEvent> &events)
{
    if (!db.inTransaction())
        return Error(ErrorCode::Internal,
                     QStringLiteral("ImportedStore::store must run inside the caller's transaction"));
    auto insert = db.cached("INSERT OR IGNORE INTO audit_imported (source, time, vault_name, operation, result_type,"
                            " http_status, duration_ms, caller_ip, correlation_id, identity, target, raw, fingerprint)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    ImportSummary summary;
    summary.read = int(events.size());
    for (const ImportedEvent &event : events) {
        if (!event.time.isValid() || event.operationName.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an imported event needs a time and an operation name"));
        // QJsonObject keeps its members sorted, so the compact form is the same however the file was laid out.
        const QByteArray raw = QJsonDocument(event.raw).toJson(QJsonDocument::Compact);
        storage::Statement &statement = **insert;
        statement.bind(1, event.source)
                .bind(2, event.time.toMSecsSinceEpoch())
                .bind(3, event.vaultName)
                .bind(4, event.operationName)
                .bind(5, event.resultType)
                .bind(6, event.httpStatusCode)
                .bind(7, event.durationMs)
                .bind(8, event.callerIpAddress)
                .bind(9, event.correlationId)
                .bind(10, event.identityUpn)
                .bind(11, event.target)
                .bind(12, QString::fromUtf8(raw))
                .bind(13, crypto::sha256(raw));
        auto run = statement.run();
        if (!run)
            return run.error();
        if (db.changes() > 0)
            ++summary.added;
        else
            ++summary.duplicates;
    }
    return summary;
}

Result<QList<ImportedEvent>> ImportedStore::query(Database &db, const ImportedFilter &filter)
{
    QByteArray sql = "SELECT id, source, raw FROM audit_imported WHERE 1";
    if (filter.from.isValid())
        sql += " AND time >= ?";
    if (filter.to.isValid())
        sql += " AND time < ?";
    if (!filter.source.isEmpty())
        sql += " AND source = ?";
    if (!filter.operations.isEmpty()) {
        sql += " AND operation IN (?";
        for (qsizetype i = 1; i < filter.operations.size(); ++i)
            sql += ", ?";
        sql += ')';
    }
    sql += " ORDER BY time, id LIMIT ?";
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    int index = 1;
    if (filter.from.isValid())
        statement->bind(index++, filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        statement->bind(index++, filter.to.toMSecsSinceEpoch());
    if (!filter.source.isEmpty())
        statement->bind(index++, filter.source);
    for (const QString &operation : filter.operations)
        statement->bind(index++, operation);
    statement->bind(index, filter.limit < 0 ? qint64(-1) : filter.limit);

    QList<ImportedEvent> events;
    std::optional<Error> failure;
    auto rows = statement->forEachRow([&](const storage::Statement &row) {
        if (failure)
            return;
        QJsonParseError error;
        const QJsonDocument raw = QJsonDocument::fromJson(row.blob(2), &error);
        auto event = error.error == QJsonParseError::NoError && raw.isObject()
                ? azureAuditEventFromJson(raw.object(), row.text(1))
                : Result<ImportedEvent>(Error(ErrorCode::Corrupted, QStringLiteral("not a JSON object")));
        if (!event) {
            failure = Error(ErrorCode::Corrupted,
                            QStringLiteral("imported audit event %1 cannot be read back: %2")
                                    .arg(row.int64(0))
                                    .arg(event.error().context()));
            return;
        }
        events.append(std::move(*event));
    });
    if (!rows)
        return rows.error();
    if (failure)
        return *failure;
    return events;
}

Result<QStringList> ImportedStore::sources(Database &db)
{
    auto statement = db.prepare("SELECT DISTINCT source FROM audit_imported ORDER BY source");
    if (!statement)
        return statement.error();
    QStringList names;
    auto rows = statement->forEachRow([&](const storage::Statement &row) { names.append(row.text(0)); });
    if (!rows)
        return rows.error();
    return names;
}

} // namespace coffer::audit
