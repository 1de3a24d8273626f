#include "core/vault/KeyslotCrypto.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Digest.h"

namespace coffer::keyslots {

QByteArray wrapAad(const QString &vaultId, const QString &slotId)
{
    return QByteArrayLiteral("coffer/keyslot/v1\0") + vaultId.toUtf8() + '\0' + slotId.toUtf8();
}

Result<void> wrapInto(Keyslot &slot, const QString &vaultId, const SecureBytes &kek, const SecureBytes &vmk)
{
    auto sealed = crypto::sealAes256Gcm(kek, vmk.view(), wrapAad(vaultId, slot.id));
    if (!sealed)
        return sealed.error();
    slot.wrapNonce = sealed->nonce;
    slot.wrappedKey = sealed->ciphertext;
    return {};
}

Result<SecureBytes> unwrap(const Keyslot &slot, const QString &vaultId, const SecureBytes &kek)
{
    auto vmk = crypto::openAes256Gcm(kek, {slot.wrapNonce, slot.wrappedKey}, wrapAad(vaultId, slot.id));
    if (!vmk)
        return vmk.error();
    if (vmk->size() != 32)
        return Error(ErrorCode::Corrupted, QStringLiteral("keyslot %1 holds a key of the wrong size").arg(slot.id));
    return vmk;
}

Result<SecureBytes> passphraseKek(const Keyslot &slot, const SecureString &passphrase)
{
    return crypto::argon2id(passphrase, slot.kdfSalt, slot.argon2);
}

Result<SecureBytes> recoveryKek(const Keyslot &slot, const SecureBytes &recoveryKeyRaw)
{
    return crypto::hkdfSha256(recoveryKeyRaw, slot.kdfSalt, "coffer/recovery-slot/v1", 32);
}

Result<SecureBytes> headerMacKey(const SecureBytes &vmk, const QString &vaultId)
{
    return crypto::hkdfSha256(vmk, vaultId.toUtf8(), "coffer/header-mac/v1", 32);
}

} // namespace coffer::keyslots
