#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace coffer::storage {

// Translates an SQLite/SQLCipher result code into an Error; nothing above storage sees SQLITE_* codes.
Error sqliteError(int rc, const QString &what, sqlite3 *db = nullptr);

// A SQLCipher connection keyed with a raw 256-bit key (no passphrase ever reaches SQLCipher), page size 4096,
// WAL, foreign keys on, a busy timeout so a console and a CLI can share a vault.
class Database
{
public:
    enum class Mode { CreateNew, OpenExisting };

    // Opens and proves the key by reading the schema. A key that does not decrypt page 1 gives
    // ErrorCode::Corrupted with context "not a database or wrong key"; callers that have already verified
    // the key elsewhere report it as damage.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key, Mode mode,
                                                  int busyTimeoutMs = 5000);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<void> exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    // A prepared statement kept for the life of the connection, reset and with bindings cleared on each call.
    // `sql` must be a string literal: statements are cached by its address (no hashing of the text per call).
    Result<Statement *> cached(const char *sql);

    Result<void> begin(); // BEGIN IMMEDIATE: take the write lock up front
    Result<void> commit();
    void rollback();
    bool inTransaction() const;

    // PRAGMA integrity_check, which reads (and so authenticates) every page.
    Result<void> checkIntegrity();
    Result<void> checkpoint();
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    { }
    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<const char *, Statement *> m_cache;
};

// Commits on commit(), rolls back on destruction otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Result<void> begin()
    {
        auto r = m_db.begin();
        m_open = r.has_value();
        return r;
    }
    Result<void> commit()
    {
        auto r = m_db.commit();
        if (r)
            m_open = false;
        return r;
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace coffer::storage
