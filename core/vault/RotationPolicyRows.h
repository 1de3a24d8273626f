#pragma once

// The rotation_policies table (schema 7): one JSON policy per key or secret, keyed by the object's row. Shared by
// KeyStore and SecretStore, which parse and validate their own policy shapes.

#include "core/common/ObjectKind.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coffer {
namespace storage {
class Database;
}

namespace policyrows {

struct StoredPolicy
{
    QJsonObject policy; // as stored: no id, created or updated (those are the row's)
    QDateTime created;
    QDateTime updated;
};

// The stored policy of the live or deleted object `name` of `kind`, or none. Corrupted when the JSON is not an object.
Result<std::optional<StoredPolicy>> read(storage::Database &db, ObjectKind kind, const QString &name);
// Replaces the policy (keeping its creation time) or inserts it, at `at`.
Result<void> write(storage::Database &db, ObjectKind kind, const QString &name, const QJsonObject &policy,
                   const QDateTime &at);

} // namespace policyrows
} // namespace coffer
