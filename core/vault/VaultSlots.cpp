#include "core/access/AccessStore.h"
#include "core/common/Ids.h"
#include "core/common/Log.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Digest.h"
#include "core/crypto/PublicKeyWrap.h"
#include "core/crypto/Random.h"
#include "core/vault/KeychainStore.h"
#include "core/vault/KeyslotCrypto.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/VaultPrivate.h"

#include <QScopeGuard>

#include <openssl/crypto.h>

namespace coffer {

using access::Operation;
using access::Resource;

namespace {
const QString kKeychainService = QStringLiteral("Coffer");
const QString kClientSecretPrefix = QStringLiteral("coffer-cs1");

QString keychainAccount(const QString &vaultId, const QString &slotId)
{
    return QStringLiteral("vault/%1/slot/%2").arg(vaultId, slotId);
}

Result<void> appendSlot(VaultHeader &header, const Keyslot &slot)
{
    if (header.slot(slot.id))
        return Error(ErrorCode::Conflict,
                     QStringLiteral("keyslot id %1 was just taken by another process; try again").arg(slot.id));
    header.keyslots.append(slot);
    return {};
}

Result<SecureBytes> clientSecretKek(const Keyslot &slot, const SecureBytes &raw)
{
    return crypto::hkdfSha256(raw, slot.kdfSalt, "coffer/client-secret-slot/v1", 32);
}

// "coffer-cs1.<slot id>.<52 base32 characters>": the slot id lets unlock go straight to the slot.
struct ParsedClientSecret
{
    QString slotId;
    SecureBytes raw;
};
Result<ParsedClientSecret> parseClientSecret(const SecureString &text)
{
    QString compact = text.toQStringForDisplay().trimmed();
    auto wipe
            = qScopeGuard([&compact] { OPENSSL_cleanse(compact.data(), std::size_t(compact.size()) * sizeof(QChar)); });
    const QList<QStringView> parts = QStringView(compact).split(u'.');
    if (parts.size() != 3 || parts.at(0) != kClientSecretPrefix || parts.at(1).size() != 8 || parts.at(2).size() != 52)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("this is not a Coffer client secret (they look like coffer-cs1.<slot>.<52 "
                                    "characters>); check the file holds the whole secret as it was printed"));
    auto decoded = crypto::base32Decode(parts.at(2).toString().toUpper());
    if (!decoded || decoded->size() < 32)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the client secret has characters other than a-z, 2-7"));
    ParsedClientSecret parsed {parts.at(1).toString(), SecureBytes(decoded->constData(), 32)};
    OPENSSL_cleanse(decoded->data(), std::size_t(decoded->size()));
    return parsed;
}

KeyslotType slotTypeFor(Credential::Kind kind)
{
    switch (kind) {
    case Credential::Kind::Passphrase: return KeyslotType::Passphrase;
    case Credential::Kind::RecoveryKey: return KeyslotType::Recovery;
    case Credential::Kind::Keychain: return KeyslotType::Keychain;
    case Credential::Kind::ClientSecret: return KeyslotType::ClientSecret;
    case Credential::Kind::Certificate: return KeyslotType::Certificate;
    }
    return KeyslotType::Passphrase;
}

Error wrongCredential(Credential::Kind kind)
{
    switch (kind) {
    case Credential::Kind::Passphrase:
        return Error(ErrorCode::WrongCredential, QStringLiteral("the passphrase does not unlock this vault"));
    case Credential::Kind::RecoveryKey:
        return Error(ErrorCode::WrongCredential, QStringLiteral("the recovery key does not unlock this vault"));
    case Credential::Kind::ClientSecret:
        return Error(
                ErrorCode::WrongCredential,
                QStringLiteral("the client secret does not unlock this vault (wrong, or its keyslot was removed)"));
    case Credential::Kind::Certificate:
        return Error(ErrorCode::WrongCredential,
                     QStringLiteral("the private key belongs to no certificate keyslot of this vault"));
    case Credential::Kind::Keychain: break;
    }
    return Error(ErrorCode::WrongCredential,
                 QStringLiteral("the key in the OS keychain does not unlock this vault (it belongs to another copy)"));
}
} // namespace

namespace vaultslots {

Keyslot newSlot(KeyslotType type, const QString &label, const QString &principalId, const Clock &clock,
                const VaultHeader &header)
{
    Keyslot slot;
    do {
        slot.id = ids::newShortId();
    } while (header.slot(slot.id));
    slot.type = type;
    slot.label = label;
    slot.principalId = principalId;
    slot.created = clock.now().toUTC();
    return slot;
}

Result<Keyslot> makePassphraseSlot(const VaultHeader &header, const SecureBytes &vmk, const SecureString &passphrase,
                                   const QString &label, const QString &principalId, const Clock &clock,
                                   std::optional<Argon2Params> kdf)
{
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    Keyslot slot = newSlot(KeyslotType::Passphrase, label, principalId, clock, header);
    slot.argon2 = kdf ? *kdf : crypto::calibrateArgon2();
    slot.kdfSalt = crypto::randomBytes(16);
    auto kek = keyslots::passphraseKek(slot, passphrase);
    if (!kek)
        return kek.error();
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, *kek, vmk));
    return slot;
}

Result<RecoveryMade> makeRecoverySlot(const VaultHeader &header, const SecureBytes &vmk, const QString &label,
                                      const QString &principalId, const Clock &clock)
{
    Keyslot slot = newSlot(KeyslotType::Recovery, label, principalId, clock, header);
    slot.kdfSalt = crypto::randomBytes(16);
    SecureBytes raw;
    SecureString text = recovery::generate(&raw);
    auto kek = keyslots::recoveryKek(slot, raw);
    if (!kek)
        return kek.error();
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, *kek, vmk));
    return RecoveryMade {std::move(slot), std::move(text)};
}

Result<Unlocked> unlockSlots(const VaultHeader &header, const Credential &credential, KeychainStore *keychain)
{
    const KeyslotType type = slotTypeFor(credential.kind);
    const QString typeName = keyslotTypeName(type);

    SecureBytes secretRaw;
    QString slotId = credential.slotId;
    if (credential.kind == Credential::Kind::RecoveryKey) {
        auto raw = recovery::parse(credential.secret);
        if (!raw)
            return raw.error();
        secretRaw = std::move(*raw);
    } else if (credential.kind == Credential::Kind::ClientSecret) {
        auto parsed = parseClientSecret(credential.secret);
        if (!parsed)
            return parsed.error();
        secretRaw = std::move(parsed->raw);
        slotId = parsed->slotId;
    } else if ((credential.kind == Credential::Kind::Passphrase || credential.kind == Credential::Kind::Certificate)
               && credential.secret.isEmpty()) {
        return Error(ErrorCode::WrongCredential,
                     credential.kind == Credential::Kind::Passphrase ? QStringLiteral("no passphrase was given")
                                                                     : QStringLiteral("no private key was given"));
    } else if (credential.kind == Credential::Kind::Keychain && !keychain) {
        return Error(ErrorCode::KeychainUnavailable, QStringLiteral("no OS keychain is available here"));
    }

    QList<const Keyslot *> candidates;
    for (const Keyslot &slot : header.keyslots)
        if (slot.type == type && (slotId.isEmpty() || slot.id == slotId))
            candidates.append(&slot);
    if (candidates.isEmpty()) {
        if (credential.kind == Credential::Kind::ClientSecret)
            return wrongCredential(credential.kind);
        if (!slotId.isEmpty())
            return Error(ErrorCode::NotFound,
                         QStringLiteral("this vault has no %1 keyslot with id %2").arg(typeName, slotId));
        return Error(ErrorCode::NotFound,
                     QStringLiteral("this vault has no %1 keyslot; unlock it another way").arg(typeName));
    }

    std::optional<Error> keychainFailure;
    for (const Keyslot *slot : candidates) {
        Result<SecureBytes> kek = Error(ErrorCode::Internal, {});
        switch (credential.kind) {
        case Credential::Kind::Passphrase: kek = keyslots::passphraseKek(*slot, credential.secret); break;
        case Credential::Kind::RecoveryKey: kek = keyslots::recoveryKek(*slot, secretRaw); break;
        case Credential::Kind::Keychain: kek = keychain->read(slot->keychainService, slot->keychainAccount); break;
        case Credential::Kind::ClientSecret: kek = clientSecretKek(*slot, secretRaw); break;
        case Credential::Kind::Certificate:
            kek = crypto::unwrapWithPrivateKey(credential.secret, slot->wrappedKek,
                                               keyslots::wrapAad(header.vaultId, slot->id));
            if (!kek && kek.error().code() == ErrorCode::WrongCredential)
                continue;
            break;
        }
        if (!kek) {
            if (credential.kind == Credential::Kind::Keychain) {
                keychainFailure = kek.error();
                continue;
            }
            return kek.error();
        }
        auto vmk = keyslots::unwrap(*slot, header.vaultId, *kek);
        if (vmk)
            return Unlocked {std::move(*vmk), slot->id};
        if (vmk.error().code() != ErrorCode::WrongCredential)
            return vmk.error();
    }
    if (keychainFailure)
        return *keychainFailure;
    return wrongCredential(credential.kind);
}

} // namespace vaultslots

using namespace vaultslots;

// ---- keys for new principals (access::CredentialIssuer), inside the caller's transaction ----

Result<Keyslot> Vault::Private::preparePassphraseSlotFor(const QString &principalId, const QString &label,
                                                         const SecureString &passphrase,
                                                         std::optional<Argon2Params> kdf)
{
    return makePassphraseSlot(header, vmk, passphrase, label, principalId, *clock, kdf);
}

Result<QString> Vault::Private::addPreparedSlot(const Keyslot &slot)
{
    COFFER_TRY(mutateHeader([&](VaultHeader &h) { return appendSlot(h, slot); }));
    return slot.id;
}

Result<access::CredentialIssuer::ClientSecret> Vault::Private::addClientSecretSlotFor(const QString &principalId,
                                                                                      const QString &label)
{
    Keyslot slot = newSlot(KeyslotType::ClientSecret, label, principalId, *clock, header);
    slot.kdfSalt = crypto::randomBytes(16);
    const SecureBytes raw = crypto::randomSecret(32);
    auto kek = clientSecretKek(slot, raw);
    if (!kek)
        return kek.error();
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, *kek, vmk));
    COFFER_TRY(mutateHeader([&](VaultHeader &h) { return appendSlot(h, slot); }));
    QString text = kClientSecretPrefix + u'.' + slot.id + u'.' + crypto::base32Encode(raw.view()).left(52).toLower();
    return ClientSecret {slot.id, SecureString::fromQString(text)};
}

Result<QString> Vault::Private::addCertificateSlotFor(const QString &principalId, const QString &label,
                                                      const QByteArray &certificate)
{
    auto der = crypto::certificateDer(certificate);
    if (!der)
        return der.error();
    Keyslot slot = newSlot(KeyslotType::Certificate, label, principalId, *clock, header);
    slot.certificate = *der;
    const SecureBytes kek = crypto::randomSecret(32);
    auto wrapped = crypto::wrapToCertificate(*der, kek, keyslots::wrapAad(header.vaultId, slot.id));
    if (!wrapped)
        return wrapped.error();
    slot.wrappedKek = *wrapped;
    COFFER_TRY(keyslots::wrapInto(slot, header.vaultId, kek, vmk));
    COFFER_TRY(mutateHeader([&](VaultHeader &h) { return appendSlot(h, slot); }));
    return slot.id;
}

Result<int> Vault::Private::removeSlotsOf(const QString &principalId)
{
    int removed = 0;
    COFFER_TRY(mutateHeader([&](VaultHeader &h) -> Result<void> {
        removed = int(h.keyslots.removeIf([&](const Keyslot &s) { return s.principalId == principalId; }));
        if (h.keyslots.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("these are the last keyslots of the vault; add another first"));
        return {};
    }));
    return removed;
}

QSet<QString> Vault::Private::principalsWithKeyslots()
{
    if (auto r = refreshHeader(); !r)
        qCWarning(lcVault) << "keeping the header read at unlock:" << r.error().toString();
    QSet<QString> out;
    for (const Keyslot &slot : header.keyslots)
        out.insert(slot.principalId);
    return out;
}

Result<void> Vault::Private::dropOrphanSlots()
{
    const auto orphans = [this](const VaultHeader &h) -> Result<QSet<QString>> {
        auto state = access::store::load(*db);
        if (!state)
            return state.error();
        QSet<QString> ids;
        for (const Keyslot &slot : h.keyslots)
            if (!state->principal(slot.principalId))
                ids.insert(slot.id);
        return ids;
    };
    auto found = orphans(header);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {};
    // Checked again under the write lock: a principal being created by another process right now is committed
    // by the time the lock is ours, and its slot then is no orphan.
    QSet<QString> removed;
    COFFER_TRY(mutateHeader([&](VaultHeader &h) -> Result<void> {
        auto again = orphans(h);
        if (!again)
            return again.error();
        removed = *again;
        h.keyslots.removeIf([&](const Keyslot &s) { return removed.contains(s.id); });
        if (h.keyslots.isEmpty())
            return Error(ErrorCode::Corrupted, QStringLiteral("no keyslot of header.json belongs to a principal"));
        return {};
    }));
    for (const QString &id : removed)
        qCWarning(lcVault) << "removed keyslot" << id << "of a principal whose creation did not finish";
    if (removed.contains(unlockedSlotId))
        return Error(ErrorCode::WrongCredential,
                     QStringLiteral("this credential opened a keyslot left by a user or application whose creation did "
                                    "not finish (it belongs to no principal); the keyslot was removed. Unlock again: "
                                    "if the creation was repeated, its own keyslot opens"));
    return {};
}

Result<void> Vault::Private::stillManageable(const VaultHeader &h, const QString &removedSlot)
{
    // Someone must still be able to unlock and manage access afterwards.
    QSet<QString> unlockers;
    for (const Keyslot &s : h.keyslots)
        unlockers.insert(s.principalId);
    auto state = engine->state();
    if (!state)
        return state.error();
    if (!access::Authorizer(**state).hasAccessManager(&unlockers))
        return Error(ErrorCode::Conflict,
                     QStringLiteral("removing keyslot %1 would leave no user or application able to unlock and manage "
                                    "access (Owner or User Access Administrator); add a keyslot for such a principal "
                                    "first")
                             .arg(removedSlot));
    return {};
}

QString Vault::Private::sessionPrincipal() const
{
    const Keyslot *slot = header.slot(unlockedSlotId);
    return slot ? slot->principalId : QString();
}

// ---- the session's own keyslots (or, for Owners, anyone's) ----

Result<QString> Vault::addPassphraseSlot(const SecureString &passphrase, const QString &label,
                                         std::optional<Argon2Params> kdf)
{
    return d->engine->guard(Operation::KeyslotAdd, Resource::principal(principalId()), [&]() -> Result<QString> {
        const Resource self = Resource::principal(principalId());
        COFFER_TRY(d->engine->authorize(Operation::KeyslotAdd, self)); // before the slow KDF
        auto slot = makePassphraseSlot(d->header, d->vmk, passphrase, label, principalId(), *d->clock, kdf);
        if (!slot)
            return slot.error();
        return d->engine->run(Operation::KeyslotAdd, self, [&]() -> Result<QString> {
            COFFER_TRY(d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, *slot); }));
            return slot->id;
        });
    });
}

Result<Vault::RecoverySlot> Vault::addRecoverySlot(const QString &label)
{
    return d->engine->guard(Operation::KeyslotAdd, Resource::principal(principalId()), [&]() -> Result<RecoverySlot> {
        const Resource self = Resource::principal(principalId());
        return d->engine->run(Operation::KeyslotAdd, self, [&]() -> Result<RecoverySlot> {
            auto made = makeRecoverySlot(d->header, d->vmk, label, principalId(), *d->clock);
            if (!made)
                return made.error();
            COFFER_TRY(d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, made->slot); }));
            return RecoverySlot {made->slot.id, std::move(made->text)};
        });
    });
}

Result<QString> Vault::addKeychainSlot(KeychainStore &keychain, const QString &label)
{
    return d->engine->guard(Operation::KeyslotAdd, Resource::principal(principalId()), [&]() -> Result<QString> {
        const Resource self = Resource::principal(principalId());
        COFFER_TRY(d->engine->authorize(Operation::KeyslotAdd, self));
        Keyslot slot = newSlot(KeyslotType::Keychain, label, principalId(), *d->clock, d->header);
        slot.keychainService = kKeychainService;
        slot.keychainAccount = keychainAccount(d->header.vaultId, slot.id);
        const SecureBytes kek = crypto::randomSecret(32);
        COFFER_TRY(keyslots::wrapInto(slot, d->header.vaultId, kek, d->vmk));
        COFFER_TRY(keychain.write(slot.keychainService, slot.keychainAccount, kek));
        auto committed = d->engine->run(Operation::KeyslotAdd, self, [&]() -> Result<void> {
            return d->mutateHeader([&](VaultHeader &h) { return appendSlot(h, slot); });
        });
        if (!committed) {
            (void)keychain.remove(slot.keychainService, slot.keychainAccount);
            return committed.error();
        }
        return slot.id;
    });
}

Result<void> Vault::removeKeyslot(const QString &slotId, KeychainStore *keychain)
{
    return d->engine->guard(Operation::KeyslotRemove, Resource::principal(principalId()), [&]() -> Result<void> {
        if (auto r = d->refreshHeader(); !r)
            return r.error();
        const Keyslot *target = d->header.slot(slotId);
        if (!target)
            return Error(ErrorCode::NotFound, QStringLiteral("this vault has no keyslot %1").arg(slotId));
        Keyslot removed;
        COFFER_TRY(d->engine->run(
                Operation::KeyslotRemove, Resource::principal(target->principalId), [&]() -> Result<void> {
                    return d->mutateHeader([&](VaultHeader &h) -> Result<void> {
                        const Keyslot *slot = h.slot(slotId);
                        if (!slot)
                            return Error(ErrorCode::NotFound,
                                         QStringLiteral("this vault has no keyslot %1").arg(slotId));
                        if (h.keyslots.size() == 1)
                            return Error(
                                    ErrorCode::InvalidArgument,
                                    QStringLiteral("keyslot %1 is the last way to unlock this vault; add another first")
                                            .arg(slotId));
                        removed = *slot;
                        h.keyslots.removeIf([&slotId](const Keyslot &s) { return s.id == slotId; });
                        return d->stillManageable(h, slotId);
                    });
                }));
        if (removed.type == KeyslotType::Keychain && keychain) {
            auto r = keychain->remove(removed.keychainService, removed.keychainAccount);
            if (!r)
                qCWarning(lcVault) << "keyslot removed but its keychain entry stays:" << r.error().toString();
        }
        return {};
    });
}

Result<void> Vault::changePassphrase(const QString &slotId, const SecureString &newPassphrase,
                                     std::optional<Argon2Params> kdf)
{
    return d->engine->guard(
            Operation::KeyslotChangePassphrase, Resource::principal(principalId()), [&]() -> Result<void> {
                const QString id = slotId.isEmpty() ? d->unlockedSlotId : slotId;
                if (newPassphrase.isEmpty())
                    return Error(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"));
                if (auto r = d->refreshHeader(); !r)
                    return r.error();
                const Keyslot *target = d->header.slot(id);
                if (!target)
                    return Error(ErrorCode::NotFound, QStringLiteral("this vault has no keyslot %1").arg(id));
                const Resource owner = Resource::principal(target->principalId);
                COFFER_TRY(d->engine->authorize(Operation::KeyslotChangePassphrase, owner));
                // Derive the new key-encryption key before taking the lock; the slot is rewrapped inside it.
                Keyslot fresh;
                fresh.id = id;
                fresh.argon2 = kdf ? *kdf : crypto::calibrateArgon2();
                fresh.kdfSalt = crypto::randomBytes(16);
                auto kek = keyslots::passphraseKek(fresh, newPassphrase);
                if (!kek)
                    return kek.error();
                return d->engine->run(Operation::KeyslotChangePassphrase, owner, [&]() -> Result<void> {
                    return d->mutateHeader([&](VaultHeader &h) -> Result<void> {
                        for (Keyslot &s : h.keyslots) {
                            if (s.id != id)
                                continue;
                            if (s.type != KeyslotType::Passphrase)
                                return Error(ErrorCode::InvalidArgument,
                                             QStringLiteral("keyslot %1 is a %2 slot, not a passphrase slot")
                                                     .arg(id, keyslotTypeName(s.type)));
                            s.argon2 = fresh.argon2;
                            s.kdfSalt = fresh.kdfSalt;
                            return keyslots::wrapInto(s, h.vaultId, *kek, d->vmk);
                        }
                        return Error(ErrorCode::NotFound, QStringLiteral("this vault has no keyslot %1").arg(id));
                    });
                });
            });
}

} // namespace coffer
