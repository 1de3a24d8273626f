#pragma once

#include "app/cli/CommandOutput.h"
#include "core/common/Result.h"
#include "core/vault/KeyStore.h"
#include "core/vault/KeyTypes.h"

#include <QJsonObject>
#include <QList>

namespace coffer::cli {

// The Key Vault REST shapes (API 7.4) of keys, as `az keyvault key` prints them. Dates are IntDate (seconds since
// 1970, UTC); binary values are base64url without padding (RFC 7515 §2). None of these ever holds private
// material: decrypted plaintext goes out as a SecretField.
//
// KeyBundle (create, import, show, set-attributes, recover, restore, rotate):
//   {"key": {"kid", "kty", "key_ops", "n", "e" | "crv", "x", "y"},
//    "attributes": {"enabled", "nbf"?, "exp"?, "created", "updated", "recoveryLevel", "recoverableDays",
//                   "exportable"},
//    "tags"?, "managed",
//    "coffer": {"kty", "protection": "software"|"hsm", "keySize": bits (RSA modulus, AES key, EC field),
//               "hsm"?: {"tokenSerial", "objectId" (CKA_ID, hex), "local" (generated on the token)}}}
// "coffer" is Coffer's extension (Azure tells protection by the "-HSM" suffix of kty only); Azure's own fields
// keep their names and meaning. oct keys: "key" holds kid, kty and key_ops only (never "k").
// KeyItem (list, list-versions): {"kid" (list: without the version), "attributes", "tags"?, "managed", "coffer"}.
// DeletedKeyItem (delete, show-deleted, list-deleted): {"kid", "attributes", "tags"?, "managed", "recoveryId",
//   "deletedDate", "scheduledPurgeDate"}.
namespace keyjson {

// The public JWK of a version, made from its KeyInfo by crypto::jwk::publicJwk (the one writer of Azure's JWK).
Result<QJsonObject> jwk(const KeyInfo &info);
Result<QJsonObject> bundle(const KeyInfo &info);
QJsonObject item(const KeyInfo &info);
QJsonObject versionItem(const KeyInfo &info);
QJsonObject deleted(const DeletedInfo &info);

// KeyOperationResult of encrypt and wrapKey: {"kid", "result", "algorithm"} plus "iv", "authenticationTag" and
// "additionalAuthenticatedData" (A*GCM).
QJsonObject cipherResult(const CipherResult &result);
// The A*GCM fields of encrypt's and decrypt's results: "iv", "authenticationTag" and, when not empty,
// "additionalAuthenticatedData".
void addGcmFields(QJsonObject &out, const QByteArray &iv, const QByteArray &tag, const QByteArray &aad);

// The rotation policy in Azure's shape with its "id" (.../keys/NAME/rotationpolicy).
QJsonObject rotationPolicy(const rotation::RotationPolicy &policy, const QString &keyBaseId);
// rotate-due: {"name", "action": "Rotated"|"Notified"|"WouldRotate"|"WouldNotify"|"Skipped"|"Failed", "newVersion"?,
// "reason"}.
QJsonObject rotationOutcome(const KeyRotationOutcome &outcome);
QString rotationActionName(KeyRotationOutcome::Action action);

// -o table / tsv columns.
QList<TableColumn> bundleColumns(); // Name, Kty, Protection, Enabled, Expires, Updated
QList<TableColumn> itemColumns(); // as bundleColumns, from an item
QList<TableColumn> versionColumns(); // Version, Kty, Enabled, Expires, Updated
// Deleted keys use objectjson::deletedColumns().

} // namespace keyjson

} // namespace coffer::cli
