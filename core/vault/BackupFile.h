#pragma once

#include "core/common/Result.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/ObjectTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace coffer::backupfile {

inline constexpr qsizetype kMaxFileBytes = 256 * 1024 * 1024;

// The outer envelope: {"format":"coffer-backup","version":1,"kind":"secrets","keyId":…,"nonce":…,"ciphertext":…}.
// The payload (every version with its attributes and value) is AES-256-GCM under the family's backup key, with
// the kind and key id bound as AAD so a file cannot be replayed as another kind.
Result<QByteArray> seal(ObjectKind kind, const BackupKeys::Key &key, const QJsonObject &payload);

struct Envelope
{
    ObjectKind kind = ObjectKind::Secret;
    QString keyId;
    QByteArray nonce;
    QByteArray ciphertext;
};
// Reads the envelope without decrypting: InvalidArgument when the bytes are not a backup file at all.
Result<Envelope> parse(QByteArrayView bytes);
// Corrupted when the file was altered or cut short.
Result<QJsonObject> open(const Envelope &envelope, const BackupKeys::Key &key);

// The JSON of one version (attributes, not the value) inside a payload, and back.
QJsonObject versionToJson(const VersionInfo &info);
Result<VersionInfo> versionFromJson(const QJsonObject &json, ObjectKind kind, const QString &name);

} // namespace coffer::backupfile
