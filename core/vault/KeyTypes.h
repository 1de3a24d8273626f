#pragma once

#include "core/common/SecureBytes.h"
#include "core/crypto/KeyAlgorithms.h"
#include "core/vault/ObjectTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace coffer {

// The key vocabulary (core/crypto/KeyAlgorithms.h: pure data types and names), for the layers above core.
using crypto::Curve;
using crypto::EncAlg;
using crypto::KeyOp;
using crypto::KeyOps;
using crypto::KeySpec;
using crypto::KeyType;
using crypto::Protection;
using crypto::SignAlg;

// One key version as the vault knows it: everything but private material.
struct KeyInfo
{
    VersionInfo info;
    KeySpec spec;
    Protection protection = Protection::Software;
    KeyOps ops;
    bool exportable = false; // software keys only: the private part may be exported (KeyRelease)
    QByteArray publicDer; // DER SubjectPublicKeyInfo (RSA, EC); empty for oct keys
    // HSM keys: the token serial that holds the key, its CKA_ID, and whether it was generated on the token
    // (CKA_LOCAL) or imported onto it.
    QString hsmSerial;
    QByteArray hsmId;
    bool hsmLocal = false;
    // KeyStore::list(): how many versions the key has (0 elsewhere: listVersions() gives them all).
    int versionCount = 0;

    QString kty() const { return crypto::keyTypeName(spec.type, protection); } // "RSA-HSM", ...
    QString kid() const { return info.id(); }
    // "RSA 2048", "EC P-256", "AES 256".
    QString sizeText() const;
};

struct KeyCreateRequest
{
    KeySpec spec;
    Protection protection = Protection::Software;
    std::optional<KeyOps> ops; // default: every op the type supports
    bool exportable = false; // refused for HSM keys
    NewVersionAttributes attributes; // contentType is not used by keys (ignored)
};

// Import of key material made elsewhere: PEM (also encrypted PKCS#8), DER, or a JWK with private members.
struct KeyImportRequest
{
    SecureBytes data; // the file's bytes
    std::optional<SecureString> password; // for an encrypted PEM
    Protection protection = Protection::Software; // Hsm: put onto the vault's token (where the token allows)
    std::optional<KeyOps> ops; // default: the JWK's key_ops, else every op the type supports
    bool exportable = false;
    NewVersionAttributes attributes;
};

struct KeyUpdate
{
    AttributeUpdate attributes;
    std::optional<KeyOps> ops; // HSM keys: may only narrow (the token's usage attributes are fixed)
};

enum class PublicFormat { Pem, Der, Jwk };

struct SignResult
{
    QString kid; // the version that signed
    QByteArray signature; // RS*/PS*: k bytes; ES*: raw r||s
};

// The result of encrypt and wrapKey: RSA gives `result` only; AES-GCM adds iv, tag and aad (Azure's names:
// iv, authenticationTag, additionalAuthenticatedData).
struct CipherResult
{
    QString kid;
    EncAlg algorithm = EncAlg::RsaOaep256;
    QByteArray result;
    QByteArray iv;
    QByteArray tag;
    QByteArray aad;
};

// Input of decrypt and unwrapKey.
struct CipherInput
{
    QByteArray data;
    QByteArray iv; // A*GCM
    QByteArray tag; // A*GCM
    QByteArray aad; // A*GCM
};

struct PlainResult
{
    QString kid;
    SecureBytes result;
};

} // namespace coffer
