#pragma once

// The managed-name rule shared by the key and secret stores: a key or secret whose lifetime a certificate manages
// (its current version is managed, or a certificate or pending certificate request has the name) refuses writes
// with Azure's text. Core-internal.

#include "core/common/Result.h"
#include "core/vault/ObjectTypes.h"

namespace coffer::storage {
class Database;
}

namespace coffer::certrows {

// Forbidden `Operation "VERB" is not allowed as this object's lifetime is managed by Key Vault.` when the key or
// secret `name` belongs to a certificate; call inside the operation's run().
Result<void> refuseManaged(storage::Database &db, ObjectKind kind, const QString &name, const QString &verb);

} // namespace coffer::certrows
