#include "models/KeyText.h"

#include "models/ErrorText.h"

namespace coffer::models {

QString KeyText::typeText(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return QStringLiteral("RSA");
    case KeyType::Ec: return QStringLiteral("EC");
    case KeyType::Oct: return QStringLiteral("oct");
    }
    return {};
}

QString KeyText::typeDescription(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return tr("RSA");
    case KeyType::Ec: return tr("Elliptic curve (EC)");
    case KeyType::Oct: return tr("Symmetric (oct, AES)");
    }
    return {};
}

QString KeyText::sizeText(const KeySpec &spec)
{
    if (spec.type == KeyType::Ec && spec.curve)
        return crypto::curveName(*spec.curve);
    return tr("%1 bits").arg(spec.bits);
}

QString KeyText::protectionText(Protection protection)
{
    return protection == Protection::Hsm ? tr("HSM") : tr("Software");
}

QString KeyText::protectionDetails(const KeyInfo &key)
{
    if (key.protection != Protection::Hsm)
        return tr("Software key: the key material is kept encrypted in the vault database.");
    const QString serial = key.hsmSerial.isEmpty() ? tr("unknown") : key.hsmSerial;
    return key.hsmLocal ? tr("HSM key: generated on the PKCS#11 token with serial %1; the private key never leaves "
                             "the token.")
                                  .arg(serial)
                        : tr("HSM key: imported onto the PKCS#11 token with serial %1; the private key cannot be "
                             "read back from the token.")
                                  .arg(serial);
}

QList<KeyOp> KeyText::allOps()
{
    return {KeyOp::Encrypt, KeyOp::Decrypt, KeyOp::Sign, KeyOp::Verify, KeyOp::WrapKey, KeyOp::UnwrapKey};
}

QString KeyText::opLabel(KeyOp op)
{
    switch (op) {
    case KeyOp::Encrypt: return tr("Encrypt");
    case KeyOp::Decrypt: return tr("Decrypt");
    case KeyOp::Sign: return tr("Sign");
    case KeyOp::Verify: return tr("Verify");
    case KeyOp::WrapKey: return tr("Wrap key");
    case KeyOp::UnwrapKey: return tr("Unwrap key");
    }
    return {};
}

QString KeyText::opsText(KeyOps ops)
{
    // Azure's operation names: what the CLI and the REST shapes show too.
    return crypto::keyOpNames(ops).join(QStringLiteral(", "));
}

QString KeyText::statusText(const ObjectAttributes &attributes, const QDateTime &now)
{
    if (!attributes.enabled)
        return tr("Disabled");
    if (attributes.isExpiredAt(now))
        return tr("Expired");
    if (attributes.isNotYetValidAt(now))
        return tr("Not yet valid");
    return tr("Enabled");
}

QList<KeySpec> KeyText::specChoices(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return {KeySpec::rsa(2048), KeySpec::rsa(3072), KeySpec::rsa(4096)};
    case KeyType::Ec:
        return {KeySpec::ec(Curve::P256), KeySpec::ec(Curve::P384), KeySpec::ec(Curve::P521),
                KeySpec::ec(Curve::P256K)};
    case KeyType::Oct: return {KeySpec::oct(128), KeySpec::oct(192), KeySpec::oct(256)};
    }
    return {};
}

KeySpec KeyText::defaultSpec(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return KeySpec::rsa(2048);
    case KeyType::Ec: return KeySpec::ec(Curve::P256);
    case KeyType::Oct: return KeySpec::oct(256);
    }
    return KeySpec::rsa(2048);
}

namespace {
ObjectOp objectOpOf(KeyTask task)
{
    switch (task) {
    case KeyTask::Create:
    case KeyTask::Import: return ObjectOp::Create;
    case KeyTask::Rotate: return ObjectOp::AddVersion;
    case KeyTask::Read:
    case KeyTask::Export:
    case KeyTask::HsmLogin: return ObjectOp::Read;
    case KeyTask::Update: return ObjectOp::Update;
    case KeyTask::Delete: return ObjectOp::Delete;
    case KeyTask::Recover: return ObjectOp::Recover;
    case KeyTask::Purge: return ObjectOp::Purge;
    case KeyTask::Backup: return ObjectOp::Backup;
    case KeyTask::Restore: return ObjectOp::Restore;
    }
    return ObjectOp::Read;
}
} // namespace

QString KeyText::forError(const Error &error, KeyTask task, const QString &name)
{
    switch (error.code()) {
    case ErrorCode::WrongCredential:
        if (task == KeyTask::Import)
            return tr("Wrong password: the password does not decrypt this PEM file. Check it and try again.");
        if (task == KeyTask::HsmLogin || task == KeyTask::Create || task == KeyTask::Rotate)
            return tr("Wrong PIN: the token refused it. Check the PIN and try again (tokens lock after several "
                      "wrong tries).");
        break;
    case ErrorCode::HsmUnavailable:
        return tr("The vault's hardware security module (PKCS#11 token) cannot be used now: %1")
                .arg(error.context().isEmpty() ? tr("check that it is connected and that its PIN was given.")
                                               : error.context());
    case ErrorCode::AlreadyExists:
        if (task == KeyTask::Create || task == KeyTask::Import)
            return tr("A key named %1 already exists. Select it and use Rotate now for new key material.").arg(name);
        break;
    case ErrorCode::InvalidArgument:
        if (task == KeyTask::Import)
            return tr("The file is not a key Coffer can import (PEM, DER or JWK with the private key): %1")
                    .arg(error.context());
        if (task == KeyTask::Restore)
            return tr("The file is not a Coffer backup of a key.");
        // Core names the rule that was broken (sizes, curves, ops, dates) in English.
        return tr("The request is not valid: %1").arg(error.context());
    case ErrorCode::Forbidden:
        if (!ErrorText::isAccessDenial(error)) {
            if (task == KeyTask::Export)
                return tr("This key's private part cannot be exported: it is not marked exportable or it is an HSM "
                          "key.");
            if (task == KeyTask::Update)
                return tr("The change is not allowed: %1").arg(error.context());
        }
        break;
    default: break;
    }
    return ErrorText::forObject(error, objectOpOf(task), ObjectKind::Key, name);
}

} // namespace coffer::models
