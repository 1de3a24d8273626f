#include "core/vault/VaultBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace coffer::bundle {

QString headerPath(const QString &bundle)
{
    return QDir(bundle).filePath(QLatin1StringView(kHeaderFile));
}

QString databasePath(const QString &bundle)
{
    return QDir(bundle).filePath(QLatin1StringView(kDatabaseFile));
}

Result<QByteArray> readDatabaseSalt(const QString &bundle)
{
    QFile file(databasePath(bundle));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray salt = file.read(16);
    if (salt.size() != 16)
        return Error(ErrorCode::Corrupted, QStringLiteral("vault.db is truncated (shorter than its first page)"));
    return salt;
}

namespace {
// Why the bundle's files could not be opened: the slow path, taken only on failure.
Error diagnoseMissing(const QString &bundle)
{
    const QFileInfo folder(bundle);
    if (!folder.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("there is no vault at %1").arg(bundle));
    if (!folder.isDir())
        return Error(ErrorCode::NotAVault,
                     QStringLiteral("%1 is a file, not a vault (a vault is a folder NAME.coffer)").arg(bundle));
    const bool hasHeader = QFileInfo::exists(headerPath(bundle));
    const bool hasDatabase = QFileInfo::exists(databasePath(bundle));
    if (!hasHeader && !hasDatabase)
        return Error(ErrorCode::NotAVault,
                     QStringLiteral("%1 is not a Coffer vault (it has neither header.json nor vault.db)").arg(bundle));
    if (!hasHeader)
        return Error(ErrorCode::MissingFile,
                     QStringLiteral("header.json is missing from %1; without it the vault cannot be unlocked. "
                                    "Restore header.json from a backup of this vault.")
                             .arg(bundle));
    if (!hasDatabase)
        return Error(ErrorCode::MissingFile,
                     QStringLiteral("vault.db is missing from %1; the vault's contents are gone from this folder. "
                                    "Restore vault.db from a backup of this vault.")
                             .arg(bundle));
    return Error(ErrorCode::Io, QStringLiteral("cannot read the files of %1 (check permissions)").arg(bundle));
}
} // namespace

Result<VaultHeader> load(const QString &bundle)
{
    QFile headerFile(headerPath(bundle));
    QFile databaseFile(databasePath(bundle));
    if (!headerFile.open(QIODevice::ReadOnly) || !databaseFile.open(QIODevice::ReadOnly))
        return diagnoseMissing(bundle);
    if (headerFile.size() > 1024 * 1024)
        return Error(ErrorCode::HeaderTampered, QStringLiteral("header.json is larger than 1 MiB; it is not ours"));
    auto header = VaultHeader::parse(headerFile.readAll());
    if (!header)
        return header.error();

    // A database whose size is not a whole number of pages was cut short. Only meaningful when no WAL holds
    // pages that have not been folded back yet.
    const qint64 dbSize = databaseFile.size();
    const QFileInfo wal(databaseFile.fileName() + QStringLiteral("-wal"));
    const bool walHasData = wal.exists() && wal.size() > 0;
    if (dbSize < kPageSize || (!walHasData && dbSize % kPageSize != 0))
        return Error(ErrorCode::Corrupted,
                     QStringLiteral("vault.db is truncated (%1 bytes, not a whole number of %2-byte pages). "
                                    "Restore vault.db from a backup.")
                             .arg(dbSize)
                             .arg(kPageSize));
    const QByteArray salt = databaseFile.read(16);
    if (salt != header->databaseSalt)
        return Error(ErrorCode::HeaderMismatch,
                     QStringLiteral("header.json and vault.db in %1 do not belong together: the header was made "
                                    "for another vault's database (vault '%2', id %3), or the start of vault.db "
                                    "is damaged. Put back this vault's own header.json.")
                             .arg(bundle, header->name, header->vaultId));
    return header;
}

Result<void> writeHeader(const QString &bundle, const VaultHeader &header)
{
    QSaveFile file(headerPath(bundle));
    if (!file.open(QIODevice::WriteOnly))
        return Error(QFileInfo(bundle).isWritable() ? ErrorCode::Io : ErrorCode::ReadOnly,
                     QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = header.toFileBytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace coffer::bundle
