#include "tests/benchmarks/BareSqlcipher.h"

#include "core/storage/Database.h" // storage::sqliteError: the same error translation as core
#include "core/storage/Sqlite.h"
#include "core/vault/ObjectTypes.h" // objects::nameKey

namespace coffer::bench {

Result<std::unique_ptr<BareSqlcipher>> BareSqlcipher::open(const QString &path, const SecureBytes &key)
{
    if (key.size() != 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the database key must be 32 bytes"));
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<BareSqlcipher> db(new BareSqlcipher(raw));
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("opening %1").arg(path), raw);
    {
        SecureBytes keySpec(QByteArrayView("x'"));
        keySpec.append(key.toHex().view());
        keySpec.append(QByteArrayView("'"));
        rc = sqlite3_key(raw, keySpec.data(), int(keySpec.size()));
        if (rc != SQLITE_OK)
            return storage::sqliteError(rc, QStringLiteral("keying the database"), raw);
    }
    // The same page size and page cache as core's connection (core/storage/Database.cpp), so the limit is fair.
    rc = sqlite3_exec(raw, "PRAGMA cipher_page_size = 4096; PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("setting the page size"), raw);
    return db;
}

BareSqlcipher::~BareSqlcipher()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<QByteArray> BareSqlcipher::readValue(qint64 versionRow)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT value FROM versions WHERE id = ?", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the read"), m_db);
    sqlite3_bind_int64(stmt, 1, versionRow);
    rc = sqlite3_step(stmt);
    Result<QByteArray> out = Error(ErrorCode::NotFound, QStringLiteral("no version row %1").arg(versionRow));
    if (rc == SQLITE_ROW)
        out = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 0)), sqlite3_column_bytes(stmt, 0));
    else if (rc != SQLITE_DONE)
        out = storage::sqliteError(rc, QStringLiteral("reading a value"), m_db);
    sqlite3_finalize(stmt);
    return out;
}

Result<qint64> BareSqlcipher::currentVersionRow(const QString &name)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT current_version FROM objects WHERE kind = 0 AND name_key = ?", -1, &stmt,
                                nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QStringLiteral("preparing the lookup"), m_db);
    const QByteArray utf8 = objects::nameKey(name).toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    Result<qint64> out = Error(ErrorCode::NotFound, QStringLiteral("no secret named %1").arg(name));
    if (rc == SQLITE_ROW)
        out = sqlite3_column_int64(stmt, 0);
    else if (rc != SQLITE_DONE)
        out = storage::sqliteError(rc, QStringLiteral("looking up a secret"), m_db);
    sqlite3_finalize(stmt);
    return out;
}

Result<void> BareSqlcipher::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return storage::sqliteError(rc, QString::fromLatin1(sql), m_db);
    return {};
}

QString BareSqlcipher::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString BareSqlcipher::cipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return version;
}

} // namespace coffer::bench
