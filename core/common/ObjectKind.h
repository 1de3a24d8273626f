#pragma once

namespace coffer {

// The three object kinds, named as Azure Key Vault names them in identifiers. In core/common so that layers
// below core/vault (core/rotation) can speak of a kind; core/vault/ObjectTypes.h includes it and adds the names
// (objectKindPath, objectKindTitle). The values are stored in vault.db (objects.kind): never renumber.
enum class ObjectKind { Secret = 0, Key = 1, Certificate = 2 };

} // namespace coffer
