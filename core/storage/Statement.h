#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace coffer::storage {

// One prepared SQLCipher statement. Move-only; finalized on destruction. Bind indexes start at 1,
// column indexes at 0, as in SQLite.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, QByteArrayView blob);
    Statement &bind(int index, const QByteArray &blob) { return bind(index, QByteArrayView(blob)); }
    Statement &bind(int index, const SecureBytes &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Errors are translated (Busy, Corrupted, Io, …).
    Result<bool> step();
    // Runs to completion, for statements that return no rows.
    Result<void> run();
    // Steps through every row, calling onRow(*this) for each.
    template<typename F>
    Result<void> forEachRow(F &&onRow)
    {
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow(*this);
        }
    }
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    SecureBytes secureBlob(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace coffer::storage
