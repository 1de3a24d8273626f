#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;

namespace coffer::bench {

// The floor Coffer is compared with: SQLCipher through its C API with nothing of Coffer around it.
// sqlite3_open_v2 (the flags core uses) + sqlite3_key with the raw key form x'<64 hex>' + PRAGMA
// cipher_page_size = 4096; the first read decrypts and authenticates the pages on its path.
class BareSqlcipher
{
public:
    static Result<std::unique_ptr<BareSqlcipher>> open(const QString &path, const SecureBytes &key);
    ~BareSqlcipher(); // sqlite3_close_v2

    BareSqlcipher(const BareSqlcipher &) = delete;
    BareSqlcipher &operator=(const BareSqlcipher &) = delete;

    // The value of the versions row `versionRow` (SELECT value FROM versions WHERE id = ?), by a one-off prepared
    // SELECT (NotFound when there is none).
    Result<QByteArray> readValue(qint64 versionRow);
    // The versions row of the current version of the secret named `name`, by objects' primary key (kind, name_key)
    // (NotFound when there is none).
    Result<qint64> currentVersionRow(const QString &name);
    Result<void> exec(const char *sql);
    sqlite3 *handle() const { return m_db; }

    static QString sqliteVersion();
    // PRAGMA cipher_version, read through a keyless in-memory connection.
    static QString cipherVersion();

private:
    explicit BareSqlcipher(sqlite3 *db)
        : m_db(db)
    { }
    sqlite3 *m_db = nullptr;
};

} // namespace coffer::bench
