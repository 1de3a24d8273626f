#pragma once

// CertificateStore's private state, shared by the files that implement it. Core-internal.

#include "core/access/Engine.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStorePrivate.h"
#include "core/vault/ObjectStore.h"
#include "core/vault/SecretStore.h"

namespace coffer {

struct CertificateStore::Impl
{
    Impl(access::Engine &engine, const VaultProperties &vault, BackupKeys &backupKeys, KeyStore &keys,
         SecretStore &secrets, HsmBinding &hsm);

    access::Engine &engine;
    storage::Database &db;
    const VaultProperties &vault;
    ObjectStore objects; // kind Certificate
    ObjectStore secretObjects; // kind Secret (the managed secrets)
    BackupKeys &backupKeys;
    KeyStore &keys;
    KeyStore::Impl &keyImpl;
    SecretStore &secrets;
    HsmBinding &hsm;
};

} // namespace coffer
