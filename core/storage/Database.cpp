#include "core/storage/Database.h"

#include "core/common/Log.h"
#include "core/storage/Sqlite.h"

#include <QFileInfo>

namespace coffer::storage {

Error sqliteError(int rc, const QString &what, sqlite3 *db)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString context = what + QStringLiteral(": ") + detail;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy, what + QStringLiteral(": the vault is in use by another process; try again"));
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupted,
                     what + QStringLiteral(": vault.db cannot be decrypted or is not a database"));
    case SQLITE_CORRUPT:
        return Error(ErrorCode::Corrupted,
                     what + QStringLiteral(": vault.db is damaged (a page failed its authentication check)"));
    case SQLITE_FULL: return Error(ErrorCode::Io, what + QStringLiteral(": the disk is full"));
    case SQLITE_IOERR: return Error(ErrorCode::Io, context);
    case SQLITE_READONLY: return Error(ErrorCode::ReadOnly, what + QStringLiteral(": the vault is read-only here"));
    case SQLITE_CANTOPEN: return Error(ErrorCode::Io, context);
    case SQLITE_CONSTRAINT: return Error(ErrorCode::Conflict, context);
    case SQLITE_NOMEM: return Error(ErrorCode::Internal, what + QStringLiteral(": out of memory"));
    default: return Error(ErrorCode::Internal, context);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key, Mode mode,
                                                 int busyTimeoutMs)
{
    if (key.size() != 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the database key must be 32 bytes"));
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error(ErrorCode::MissingFile, QStringLiteral("%1 does not exist").arg(path));
    if (mode == Mode::CreateNew && exists)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 already exists").arg(path));

    sqlite3 *raw = nullptr;
    const int flags
            = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(rc, QStringLiteral("opening %1").arg(path), raw);

    // Raw key form x'<64 hex>' skips SQLCipher's PBKDF2: the key is already a random 256-bit key.
    {
        SecureBytes keySpec(QByteArrayView("x'"));
        keySpec.append(key.toHex().view());
        keySpec.append(QByteArrayView("'"));
        rc = sqlite3_key(raw, keySpec.data(), int(keySpec.size()));
        if (rc != SQLITE_OK)
            return sqliteError(rc, QStringLiteral("keying the database"), raw);
    }
    sqlite3_extended_result_codes(raw, 1);
    // SQLCipher 4 (e.g. Ubuntu 24.04) defaults to other HMAC and KDF settings than Debian 12's 3.4.1: ask for the
    // 3.x ones so a vault opens with either. 3.4.1 ignores this pragma (unknown cipher_* pragmas are ignored).
    COFFER_TRY(db->exec("PRAGMA cipher_compatibility = 3"));
    COFFER_TRY(db->exec("PRAGMA cipher_page_size = 4096"));
    sqlite3_busy_timeout(raw, busyTimeoutMs);

    // sqlite3_key accepts any key; the first read proves it (and authenticates page 1).
    COFFER_TRY(db->exec("SELECT count(*) FROM sqlite_master"));

    if (mode == Mode::CreateNew) {
        // Unknown cipher_* pragmas are ignored silently by SQLCipher 3.4: read the setting back once.
        auto stmt = db->prepare("PRAGMA cipher_page_size");
        if (!stmt)
            return stmt.error();
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (*row && stmt->int64(0) != 4096)
            return Error(ErrorCode::Internal, QStringLiteral("SQLCipher did not accept a page size of 4096"));
    }
    if (mode == Mode::CreateNew) {
        auto stmt = db->prepare("PRAGMA journal_mode = WAL");
        if (!stmt)
            return stmt.error();
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row || stmt->text(0).compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error(ErrorCode::Internal, QStringLiteral("SQLCipher refused WAL journal mode"));
    }
    // 32 MiB of decrypted pages: every cache miss costs a page decryption and HMAC check.
    COFFER_TRY(db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768"));
    return db;
}

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    if (m_db) {
        // Fold the WAL back so a closed vault is two files again.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (message)
        sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(sqlite3_extended_errcode(m_db), QStringLiteral("vault.db"), m_db);
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        qCDebug(lcStorage) << "prepare failed:" << sqlite3_errmsg(m_db) << "in" << sql;
        return sqliteError(sqlite3_extended_errcode(m_db), QStringLiteral("preparing a query"), m_db);
    }
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        (*it)->reset();
        return *it;
    }
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto *owned = new Statement(std::move(*stmt));
    m_cache.insert(sql, owned);
    return owned;
}

Result<void> Database::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Result<void> Database::commit()
{
    return exec("COMMIT");
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        (void)exec("ROLLBACK");
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Result<void> Database::checkIntegrity()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    // integrity_check returns "ok", or one row per problem found.
    QStringList problems;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            // Reading a damaged page can stop the check itself: that is damage too.
            problems.append(row.error().context());
            break;
        }
        if (!*row)
            break;
        if (stmt->text(0) != u"ok")
            problems.append(stmt->text(0).section(u'\n', 0, 0));
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("vault.db failed its integrity check (%1 problem(s); first: %2). Restore vault.db "
                                    "from a backup.")
                             .arg(problems.size())
                             .arg(problems.first()));
    return {};
}

Result<void> Database::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, QStringLiteral("checkpoint"), m_db);
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace coffer::storage
