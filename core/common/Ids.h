#pragma once

#include <QString>

namespace coffer::ids {

// 32 lowercase hex characters from the CSPRNG: object versions (as Azure Key Vault's).
QString newVersionId();
// A random UUID (RFC 4122 v4) without braces: vaults and principals.
QString newUuid();
// 8 lowercase hex characters: keyslot ids, unique within one header.
QString newShortId();

bool isVersionId(const QString &text);

} // namespace coffer::ids
