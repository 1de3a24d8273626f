#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace coffer::crypto {

// Key types, curves, operations and algorithms under Azure Key Vault's names (JWA, RFC 7518), and the one table
// that says which algorithm goes with which key. The software keys (SoftwareKey) and the PKCS#11 keys (core/hsm)
// both check their input here, so that the two protections accept and refuse exactly the same requests.

enum class KeyType { Rsa, Ec, Oct };
enum class Curve { P256, P256K, P384, P521 };
enum class Protection { Software, Hsm };

enum class KeyOp : quint8 {
    Encrypt = 0x01,
    Decrypt = 0x02,
    Sign = 0x04,
    Verify = 0x08,
    WrapKey = 0x10,
    UnwrapKey = 0x20,
};
Q_DECLARE_FLAGS(KeyOps, KeyOp)

enum class SignAlg { RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES256K, ES384, ES512 };
// Encrypt/decrypt and wrap/unwrap share one list: the RSA algorithms serve both (Azure's semantics: opaque bytes
// in, bytes out); the AES-GCM ones are for encrypt/decrypt and the AES-KW ones for wrap/unwrap only.
enum class EncAlg { RsaOaep, RsaOaep256, Rsa1_5, A128GCM, A192GCM, A256GCM, A128KW, A192KW, A256KW };
enum class DigestAlg { Sha256, Sha384, Sha512 };

// What a key is: type and size (RSA modulus bits, AES key bits) or curve (EC; `bits` is then the field size).
struct KeySpec
{
    KeyType type = KeyType::Rsa;
    int bits = 2048;
    std::optional<Curve> curve;

    static KeySpec rsa(int bits) { return {KeyType::Rsa, bits, std::nullopt}; }
    static KeySpec ec(Curve curve);
    static KeySpec oct(int bits) { return {KeyType::Oct, bits, std::nullopt}; }
    bool operator==(const KeySpec &) const = default;
};

// RSA 2048/3072/4096, EC on the four curves, oct 128/192/256; anything else is InvalidArgument naming the choices.
Result<void> validateSpec(const KeySpec &spec);

// Names. Parsers accept Azure's spelling case-insensitively and return nullopt for anything else.
QString keyTypeName(KeyType type, Protection protection); // "RSA", "RSA-HSM", "EC", "EC-HSM", "oct", "oct-HSM"
// "RSA" / "RSA-HSM" / "EC" / ... -> type and protection.
std::optional<std::pair<KeyType, Protection>> keyTypeFromName(QStringView name);
QString protectionName(Protection protection); // "software", "hsm"
std::optional<Protection> protectionFromName(QStringView name);
QString curveName(Curve curve); // "P-256", "P-256K", "P-384", "P-521"
std::optional<Curve> curveFromName(QStringView name); // also "secp256k1" (RFC 8812) for P-256K
const char *curveOpenSslName(Curve curve); // "prime256v1", "secp256k1", "secp384r1", "secp521r1"
int curveFieldBytes(Curve curve); // 32, 32, 48, 66: the size of x, y, r and s
QByteArray curveOidDer(Curve curve); // the DER OBJECT IDENTIFIER (PKCS#11 CKA_EC_PARAMS)

QString keyOpName(KeyOp op); // "encrypt", "decrypt", "sign", "verify", "wrapKey", "unwrapKey"
std::optional<KeyOp> keyOpFromName(QStringView name);
QStringList keyOpNames(KeyOps ops); // in the order above
Result<KeyOps> keyOpsFromNames(const QStringList &names); // InvalidArgument naming an unknown op
// The operations a new key gets when none are asked for: every operation its type supports (Azure's default).
KeyOps defaultKeyOps(KeyType type);
// The operations a type can do at all: RSA all six, EC sign/verify, oct encrypt/decrypt/wrapKey/unwrapKey.
KeyOps supportedKeyOps(KeyType type);

QString signAlgName(SignAlg alg); // "RS256", ...
std::optional<SignAlg> signAlgFromName(QStringView name);
QString encAlgName(EncAlg alg); // "RSA-OAEP", "RSA-OAEP-256", "RSA1_5", "A128GCM", ..., "A256KW"
std::optional<EncAlg> encAlgFromName(QStringView name);
QStringList signAlgNames(); // every name, in enum order
QStringList encAlgNames();

DigestAlg signDigest(SignAlg alg); // RS256/PS256/ES256/ES256K -> Sha256, ...
int digestLength(DigestAlg digest); // 32, 48, 64
bool isRsaAlg(EncAlg alg); // RSA-OAEP, RSA-OAEP-256, RSA1_5
bool isGcmAlg(EncAlg alg);
bool isKeyWrapAlg(EncAlg alg); // A*KW
int aesAlgKeyBits(EncAlg alg); // 128/192/256 for the AES algorithms, 0 for RSA

// The algorithms a key can use, for the console's pickers.
QList<SignAlg> signAlgsFor(const KeySpec &spec);
QList<EncAlg> encryptAlgsFor(const KeySpec &spec); // RSA algorithms or the GCM one of the key's size
QList<EncAlg> wrapAlgsFor(const KeySpec &spec); // RSA algorithms or the KW one of the key's size

// The checks before any key is touched. InvalidArgument with what is wrong and what would be right:
// "algorithm ES384 needs an EC P-384 key; key 'x' is RSA 2048 (use RS256/384/512 or PS256/384/512)",
// "a ES256 signature is over a 32-byte SHA-256 digest; got 20 bytes".
Result<void> checkSign(SignAlg alg, const KeySpec &spec, qsizetype digestLength);
Result<void> checkEncrypt(EncAlg alg, const KeySpec &spec); // encrypt and decrypt (RSA or GCM)
Result<void> checkWrap(EncAlg alg, const KeySpec &spec); // wrapKey and unwrapKey (RSA or KW)
// The largest plaintext an RSA algorithm takes with this key (k-11, k-42, k-66 bytes); 0 when not RSA.
int maxRsaPlaintext(EncAlg alg, const KeySpec &spec);

// The DER DigestInfo prefix of RFC 8017 §9.2 note 1 for a PKCS#1 v1.5 signature made from a raw digest.
QByteArray digestInfoPrefix(DigestAlg digest);

} // namespace coffer::crypto

Q_DECLARE_OPERATORS_FOR_FLAGS(coffer::crypto::KeyOps)
