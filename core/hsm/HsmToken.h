#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"
#include "core/crypto/SoftwareKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace coffer::hsm {

// Which token of which module: found by label and serial, never by slot id (slot ids change when tokens are
// initialised). An empty serial matches any serial (first bind).
struct TokenRef
{
    QString modulePath;
    QString label;
    QString serial;
};

struct TokenInfo
{
    quint64 slotId = 0;
    QString label;
    QString serial;
    QString manufacturer;
    QString model;
    bool initialized = false;
    bool loginRequired = true;
    bool present = true;
};

// What the vault needs from a token and whether this one has it (console: HSM settings; `vault hsm status`).
struct MechanismReport
{
    QStringList supported; // Azure algorithm or key names this token can serve, e.g. "RSA-2048", "ES256", "A256GCM"
    QStringList missing; // the ones it cannot, e.g. "RSA-OAEP-256 (no CKM_RSA_X_509)"
};

// A key on the token: CKA_ID (16 random bytes) tying its objects to the vault's key version, and its type.
struct HsmKeyRef
{
    QByteArray id;
    crypto::KeySpec spec;
};

// Security attributes read back from the token (tests and `key show`): what the token really holds.
struct HsmKeyAttributes
{
    bool token = false, isPrivate = false, sensitive = false, extractable = true, neverExtractable = false,
         alwaysSensitive = false, local = false;
    // From CKA_ENCRYPT/DECRYPT/SIGN/VERIFY/WRAP/UNWRAP of its objects. An RSA key generated or imported with
    // unwrapKey reports decrypt too: its private object has CKA_DECRYPT (Azure's unwrapKey decrypts on the token).
    crypto::KeyOps usages;
    QString label;
};

// Modules p11-kit has registered on this machine (its *.module files' "module:" paths, resolved), for pickers.
QStringList registeredModules();
// The tokens a module offers (loads it; no login). HsmUnavailable when the module cannot be loaded.
Result<QList<TokenInfo>> listTokens(const QString &modulePath);

// An open, logged-in token: the module is loaded once per process (dlopen, C_Initialize), sessions are pooled and
// re-opened once when the token was removed and put back. Thread-safe: each call takes a session of its own.
// Errors: HsmUnavailable (module, token or PIN lock problem, with the CKR name), WrongCredential (wrong PIN),
// InvalidArgument (the token lacks a mechanism or curve, naming it), Forbidden (the token refuses the use),
// Crypto ("decryption failed", one message for every padding/tag failure).
class HsmToken
{
public:
    ~HsmToken();
    static Result<std::unique_ptr<HsmToken>> open(const TokenRef &ref, const SecureString &pin);

    const TokenRef &ref() const; // with the serial filled in
    TokenInfo info() const;
    MechanismReport mechanisms() const;

    // A new key: CKA_TOKEN, CKA_PRIVATE, CKA_SENSITIVE true, CKA_EXTRACTABLE false, every usage attribute set
    // explicitly from `ops` (decrypt also when unwrapKey is asked: the token decrypts for unwrap), CKA_LABEL =
    // `label`. The attributes are read back and the key destroyed (Crypto error) if the token did not honour them.
    Result<HsmKeyRef> generate(const crypto::KeySpec &spec, crypto::KeyOps ops, const QString &label);
    // A software private key put on the token (C_UnwrapKey with a one-time AES key, CKM_AES_KEY_WRAP_PAD); the
    // same attributes as generate(). InvalidArgument when the token cannot import.
    Result<HsmKeyRef> importKey(const crypto::SoftwareKey &key, crypto::KeyOps ops, const QString &label);
    // DER SubjectPublicKeyInfo of an RSA or EC key (CKA_MODULUS/EXPONENT or CKA_EC_PARAMS/EC_POINT).
    Result<QByteArray> publicDer(const HsmKeyRef &key);
    Result<HsmKeyAttributes> attributes(const HsmKeyRef &key);
    // Whether the key's objects are on the token.
    Result<bool> exists(const HsmKeyRef &key);

    // Private-key operations; the caller has checked the algorithm (crypto::checkSign/checkEncrypt/checkWrap).
    // sign: RS* CKM_RSA_PKCS over DigestInfo||digest, PS* CKM_RSA_PKCS_PSS (salt = digest length), ES* CKM_ECDSA
    // (raw r||s, as SoftwareKey::sign). decrypt: RSA algorithms (RSA-OAEP-256 falls back to CKM_RSA_X_509 and a
    // constant-time OAEP decode when the token refuses SHA-256 OAEP) and A*GCM.
    Result<QByteArray> sign(const HsmKeyRef &key, crypto::SignAlg alg, QByteArrayView digest);
    Result<SecureBytes> decrypt(const HsmKeyRef &key, crypto::EncAlg alg, const crypto::Ciphertext &ciphertext);
    // AES-GCM encryption with a secret key on the token (A*GCM only; RSA encryption is a public operation done in
    // software). A*KW with a token key: InvalidArgument "this token cannot AES-key-wrap caller data".
    Result<crypto::Ciphertext> encrypt(const HsmKeyRef &key, crypto::EncAlg alg, QByteArrayView plaintext,
                                       QByteArrayView aad = {});
    // Removes the key's objects (purge). NotFound-free: success when they are already gone.
    Result<void> destroy(const HsmKeyRef &key);

private:
    friend struct HsmTokenTestAccess; // HsmTokenTesting.h
    HsmToken();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coffer::hsm
