#pragma once

#include "core/common/Result.h"
#include "core/vault/VaultHeader.h"

#include <QString>

namespace coffer::bundle {

inline constexpr char kHeaderFile[] = "header.json";
inline constexpr char kDatabaseFile[] = "vault.db";
inline constexpr qint64 kPageSize = 4096;

QString headerPath(const QString &bundle);
QString databasePath(const QString &bundle);

// Checks the folder (exists, is a vault, nothing missing, database not truncated), reads and parses the
// header, and checks that the header belongs to this vault.db. Reads only.
Result<VaultHeader> load(const QString &bundle);

// The first 16 bytes of vault.db: SQLCipher's per-file salt.
Result<QByteArray> readDatabaseSalt(const QString &bundle);

// Writes header.json atomically (temporary file, fsync, rename).
Result<void> writeHeader(const QString &bundle, const VaultHeader &header);

} // namespace coffer::bundle
