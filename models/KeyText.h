#pragma once

#include "core/common/Error.h"
#include "core/vault/KeyTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coffer::models {

// What the console was doing with a key when an error came back (for sharper texts).
enum class KeyTask { Create, Import, Read, Update, Delete, Recover, Purge, Backup, Restore, Rotate, Export, HsmLogin };

// The translated words of the Keys page: types, sizes, protection, operations, status, and the error texts that
// keys add to ErrorText's (a wrong PEM password, the HSM token, an op the key does not allow).
class KeyText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::KeyText)

public:
    static QString typeText(KeyType type); // "RSA", "EC", "oct" (Azure's kty without -HSM)
    static QString typeDescription(KeyType type); // "RSA", "Elliptic curve (EC)", "Symmetric (oct, AES)"
    // "2048 bits", "P-256", "256 bits".
    static QString sizeText(const KeySpec &spec);
    static QString protectionText(Protection protection); // "Software", "HSM"
    // Tooltip of the protection column and the details pane's line.
    static QString protectionDetails(const KeyInfo &key);
    static QString opLabel(KeyOp op); // "Sign", "Verify", "Encrypt", ... (checkbox texts)
    static QList<KeyOp> allOps(); // encrypt, decrypt, sign, verify, wrapKey, unwrapKey
    // Azure's names joined: "sign, verify".
    static QString opsText(KeyOps ops);
    // "Disabled", "Expired", "Not yet valid", "Enabled" (the first that applies).
    static QString statusText(const ObjectAttributes &attributes, const QDateTime &now);
    // The sizes (RSA, oct) or curves (EC) offered for a type, as choices with their KeySpec.
    static QList<KeySpec> specChoices(KeyType type);
    static KeySpec defaultSpec(KeyType type);

    // Sharper texts for key operations; falls back to ErrorText::forObject / forCode.
    static QString forError(const Error &error, KeyTask task, const QString &name = {});
};

} // namespace coffer::models
