#include "core/vault/CertificateStore.h"

#include "core/vault/CertificateStorePrivate.h"

namespace coffer {

CertificateStore::Impl::Impl(access::Engine &engine_, const VaultProperties &vault_, BackupKeys &backupKeys_,
                             KeyStore &keys_, SecretStore &secrets_, HsmBinding &hsm_)
    : engine(engine_)
    , db(engine_.database())
    , vault(vault_)
    , objects(engine_.database(), engine_.clock(), vault_, ObjectKind::Certificate)
    , secretObjects(engine_.database(), engine_.clock(), vault_, ObjectKind::Secret)
    , backupKeys(backupKeys_)
    , keys(keys_)
    , keyImpl(keys_.internals())
    , secrets(secrets_)
    , hsm(hsm_)
{
}

CertificateStore::CertificateStore(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys,
                                   KeyStore &keys, SecretStore &secrets, HsmBinding &hsm)
    : d(std::make_unique<Impl>(engine, vault, backupKeys, keys, secrets, hsm))
{
}

CertificateStore::~CertificateStore() = default;

} // namespace coffer
