#include "core/vault/Schema.h"

#include "core/access/AccessStore.h"
#include "core/audit/AuditKey.h"
#include "core/audit/AuditLog.h"
#include "core/audit/ImportedStore.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/Meta.h"

#include <QDateTime>

namespace coffer::schema {

const std::vector<storage::Migration> &migrations()
{
    static const std::vector<storage::Migration> steps = {
            {1, "vault metadata",
             [](storage::Database &db) -> Result<void> {
                 return db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
             }},
            {2, "objects, versions and secret values",
             [](storage::Database &db) -> Result<void> {
                 // One row per named object of any kind; soft-deleted objects keep their row with deleted_at set.
                 // WITHOUT ROWID keyed by (kind, name): a lookup by name is one B-tree descent that yields the row.
                 COFFER_TRY(db.exec("CREATE TABLE objects ("
                                    " kind INTEGER NOT NULL,"
                                    " name_key TEXT NOT NULL,"
                                    " id INTEGER NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL,"
                                    " current_version INTEGER,"
                                    " deleted_at INTEGER,"
                                    " purge_at INTEGER,"
                                    " PRIMARY KEY (kind, name_key)) WITHOUT ROWID"));
                 // Versions in creation order (rowid). `value` is the kind's payload (a secret's value), kept last in
                 // the row so that reading attributes never touches its overflow pages.
                 COFFER_TRY(db.exec("CREATE TABLE versions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,"
                                    " version TEXT NOT NULL,"
                                    " enabled INTEGER NOT NULL,"
                                    " nbf INTEGER,"
                                    " exp INTEGER,"
                                    " created INTEGER NOT NULL,"
                                    " updated INTEGER NOT NULL,"
                                    " content_type TEXT NOT NULL DEFAULT '',"
                                    " tags TEXT NOT NULL DEFAULT '',"
                                    " managed INTEGER NOT NULL DEFAULT 0,"
                                    " value BLOB,"
                                    " UNIQUE (object_id, version))"));
                 COFFER_TRY(db.exec("CREATE INDEX objects_deleted ON objects (kind, deleted_at)"));
                 // Due purges are looked for on every open: a partial index keeps that independent of vault size.
                 COFFER_TRY(
                         db.exec("CREATE INDEX objects_purge_due ON objects (purge_at) WHERE deleted_at IS NOT NULL"));
                 // Keys that can open backup files: the vault's own first, then any imported from its family.
                 COFFER_TRY(db.exec("CREATE TABLE backup_keys ("
                                    " key_id TEXT PRIMARY KEY,"
                                    " key BLOB NOT NULL,"
                                    " own INTEGER NOT NULL,"
                                    " added INTEGER NOT NULL)"));
                 // The vault's own backup key, made once here rather than checked on every open.
                 const SecureBytes key = crypto::randomSecret(32);
                 auto insert = db.prepare("INSERT INTO backup_keys (key_id, key, own, added) VALUES (?, ?, 1, 0)");
                 if (!insert)
                     return insert.error();
                 insert->bind(1, BackupKeys::idOf(key)).bind(2, key);
                 return insert->run();
             }},
            {3, "principals, groups, role assignments and access policies",
             [](storage::Database &db) -> Result<void> {
                 COFFER_TRY(access::store::createTables(db));
                 // A vault made before access control: its owner becomes the first user with the creator's roles.
                 // (A new vault has no settings yet here; Vault::create bootstraps its owner itself.)
                 auto settings = meta::all(db);
                 if (!settings)
                     return settings.error();
                 const QString ownerId = settings->value(QLatin1StringView(meta::kOwnerPrincipalId));
                 if (ownerId.isEmpty())
                     return {};
                 const QString model = settings->value(QLatin1StringView(meta::kPermissionModel));
                 const QDateTime created
                         = QDateTime::fromString(settings->value(QLatin1StringView(meta::kCreated)), Qt::ISODateWithMs);
                 return access::store::bootstrapOwner(db, ownerId, settings->value(QLatin1StringView(meta::kOwnerName)),
                                                      model == u"accessPolicy" ? PermissionModel::AccessPolicy
                                                                               : PermissionModel::Rbac,
                                                      created.isValid() ? created.toSecsSinceEpoch() : 0);
             }},
            {4, "the audit log, its signing key and the change counter",
             [](storage::Database &db) -> Result<void> {
                 COFFER_TRY(audit::AuditLog::createTables(db));
                 COFFER_TRY(audit::ImportedStore::createTables(db)); // Azure logs imported for review
                 // The Ed25519 key that signs the log's checkpoints; its public half goes into header.json (Vault
                 // adds it there when it opens a vault whose header lacks it).
                 COFFER_TRY(db.exec("CREATE TABLE audit_key ("
                                    " key_id TEXT PRIMARY KEY,"
                                    " private_key BLOB NOT NULL,"
                                    " public_key BLOB NOT NULL)"));
                 auto key = audit::AuditKey::generate();
                 if (!key)
                     return key.error();
                 auto privateKey = key->privateKey();
                 if (!privateKey)
                     return privateKey.error();
                 auto insert = db.prepare("INSERT INTO audit_key (key_id, private_key, public_key) VALUES (?, ?, ?)");
                 if (!insert)
                     return insert.error();
                 insert->bind(1, key->keyId()).bind(2, *privateKey).bind(3, key->publicKey());
                 COFFER_TRY(insert->run());
                 // Goes up with every committed change of content (not with audit records): the console's refresh.
                 COFFER_TRY(db.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('change_counter', '0')"));
                 COFFER_TRY(db.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('audit_retention_days', '0')"));
                 return {};
             }},
            {5, "keys: type, protection, operations, public half; rotation policies; HSM objects to destroy",
             [](storage::Database &db) -> Result<void> {
                 // One row per key version (the private part, for software keys, is the version's value).
                 COFFER_TRY(db.exec("CREATE TABLE key_versions ("
                                    " version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,"
                                    " kty INTEGER NOT NULL,"
                                    " bits INTEGER NOT NULL,"
                                    " curve INTEGER,"
                                    " protection INTEGER NOT NULL,"
                                    " ops INTEGER NOT NULL,"
                                    " exportable INTEGER NOT NULL,"
                                    " public_der BLOB,"
                                    " hsm_serial TEXT,"
                                    " hsm_id BLOB,"
                                    " hsm_local INTEGER NOT NULL DEFAULT 0)"));
                 COFFER_TRY(db.exec("CREATE TABLE key_rotation_policies ("
                                    " object_id INTEGER PRIMARY KEY REFERENCES objects(id) ON DELETE CASCADE,"
                                    " policy TEXT NOT NULL,"
                                    " created INTEGER NOT NULL,"
                                    " updated INTEGER NOT NULL)"));
                 // A near-expiry notification is sent once per version.
                 COFFER_TRY(db.exec("CREATE TABLE key_notifications ("
                                    " version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,"
                                    " notified_at INTEGER NOT NULL)"));
                 // Token objects of purged HSM keys (a purge by date at open, or with the token absent): destroyed
                 // when the token is next available. The trigger catches every way a row goes, cascades included.
                 COFFER_TRY(db.exec("CREATE TABLE hsm_pending_destroy ("
                                    " hsm_id BLOB PRIMARY KEY,"
                                    " serial TEXT NOT NULL,"
                                    " kty INTEGER NOT NULL,"
                                    " bits INTEGER NOT NULL,"
                                    " curve INTEGER)"));
                 return db.exec("CREATE TRIGGER key_versions_hsm_gone AFTER DELETE ON key_versions"
                                " WHEN OLD.protection = 1 BEGIN"
                                " INSERT OR IGNORE INTO hsm_pending_destroy (hsm_id, serial, kty, bits, curve)"
                                " VALUES (OLD.hsm_id, OLD.hsm_serial, OLD.kty, OLD.bits, OLD.curve); END");
             }},
            {6, "certificates: versions, policies, pending requests, notifications, contacts",
             [](storage::Database &db) -> Result<void> {
                 // One row per certificate version (versions.kind = certificate): the leaf and its chain (DER, leaf
                 // first, as a length-prefixed list: CertificateStore), with the columns lists and search need.
                 COFFER_TRY(db.exec("CREATE TABLE certificate_versions ("
                                    " version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,"
                                    " cer BLOB NOT NULL,"
                                    " chain BLOB NOT NULL,"
                                    " thumbprint TEXT NOT NULL,"
                                    " subject TEXT NOT NULL,"
                                    " issuer_name TEXT NOT NULL,"
                                    " not_before INTEGER NOT NULL,"
                                    " not_after INTEGER NOT NULL,"
                                    " has_key INTEGER NOT NULL,"
                                    " protection INTEGER NOT NULL,"
                                    " exportable INTEGER NOT NULL,"
                                    " issuer_kind INTEGER NOT NULL)"));
                 COFFER_TRY(
                         db.exec("CREATE INDEX certificate_versions_thumbprint ON certificate_versions (thumbprint)"));
                 // The policy of a certificate (Azure's JSON), applied to its next versions.
                 COFFER_TRY(db.exec("CREATE TABLE certificate_policies ("
                                    " object_id INTEGER PRIMARY KEY REFERENCES objects(id) ON DELETE CASCADE,"
                                    " policy TEXT NOT NULL,"
                                    " created INTEGER NOT NULL,"
                                    " updated INTEGER NOT NULL)"));
                 // A request waiting for its signed certificate (issuer Unknown), by name: the first version of a
                 // certificate has no objects row yet. The key lives here until the merge makes it a key version
                 // (software: PKCS#8 in private_value; HSM: the token object in hsm_*).
                 COFFER_TRY(db.exec("CREATE TABLE certificate_pending ("
                                    " name_key TEXT PRIMARY KEY,"
                                    " name TEXT NOT NULL,"
                                    " version TEXT NOT NULL,"
                                    " request_id TEXT NOT NULL,"
                                    " policy TEXT NOT NULL,"
                                    " csr BLOB NOT NULL,"
                                    " status INTEGER NOT NULL,"
                                    " status_details TEXT NOT NULL DEFAULT '',"
                                    " cancellation_requested INTEGER NOT NULL DEFAULT 0,"
                                    " target TEXT NOT NULL DEFAULT '',"
                                    " attributes TEXT NOT NULL DEFAULT '',"
                                    " kty INTEGER NOT NULL,"
                                    " bits INTEGER NOT NULL,"
                                    " curve INTEGER,"
                                    " protection INTEGER NOT NULL,"
                                    " public_der BLOB NOT NULL,"
                                    " private_value BLOB,"
                                    " hsm_serial TEXT,"
                                    " hsm_id BLOB,"
                                    " hsm_local INTEGER NOT NULL DEFAULT 0,"
                                    " created INTEGER NOT NULL,"
                                    " updated INTEGER NOT NULL)"));
                 // An EmailContacts notification is sent once per version.
                 COFFER_TRY(db.exec("CREATE TABLE certificate_notifications ("
                                    " version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,"
                                    " notified_at INTEGER NOT NULL)"));
                 COFFER_TRY(db.exec("CREATE TABLE certificate_contacts ("
                                    " position INTEGER PRIMARY KEY,"
                                    " email TEXT NOT NULL,"
                                    " name TEXT NOT NULL DEFAULT '',"
                                    " phone TEXT NOT NULL DEFAULT '')"));
                 // A certificate renewed with reuse_key shares one token object between key versions, and a pending
                 // request holds its token object until the merge: destroy a token object only when the last row
                 // naming it goes.
                 COFFER_TRY(db.exec("DROP TRIGGER key_versions_hsm_gone"));
                 COFFER_TRY(db.exec("CREATE TRIGGER key_versions_hsm_gone AFTER DELETE ON key_versions"
                                    " WHEN OLD.protection = 1"
                                    " AND NOT EXISTS (SELECT 1 FROM key_versions WHERE hsm_id = OLD.hsm_id)"
                                    " AND NOT EXISTS (SELECT 1 FROM certificate_pending WHERE hsm_id = OLD.hsm_id)"
                                    " BEGIN"
                                    " INSERT OR IGNORE INTO hsm_pending_destroy (hsm_id, serial, kty, bits, curve)"
                                    " VALUES (OLD.hsm_id, OLD.hsm_serial, OLD.kty, OLD.bits, OLD.curve); END"));
                 return db.exec("CREATE TRIGGER certificate_pending_hsm_gone AFTER DELETE ON certificate_pending"
                                " WHEN OLD.protection = 1"
                                " AND NOT EXISTS (SELECT 1 FROM key_versions WHERE hsm_id = OLD.hsm_id)"
                                " BEGIN"
                                " INSERT OR IGNORE INTO hsm_pending_destroy (hsm_id, serial, kty, bits, curve)"
                                " VALUES (OLD.hsm_id, OLD.hsm_serial, OLD.kty, OLD.bits, OLD.curve); END");
             }},
            {7, "one schedule: rotation policies of keys and secrets, one notices table, the system principal",
             [](storage::Database &db) -> Result<void> {
                 // Keys' and secrets' rotation policies (object_id fixes the kind); certificates keep theirs.
                 COFFER_TRY(db.exec("CREATE TABLE rotation_policies ("
                                    " object_id INTEGER PRIMARY KEY REFERENCES objects(id) ON DELETE CASCADE,"
                                    " policy TEXT NOT NULL,"
                                    " created INTEGER NOT NULL,"
                                    " updated INTEGER NOT NULL)"));
                 COFFER_TRY(db.exec("INSERT INTO rotation_policies (object_id, policy, created, updated)"
                                    " SELECT object_id, policy, created, updated FROM key_rotation_policies"));
                 COFFER_TRY(db.exec("DROP TABLE key_rotation_policies"));
                 // Every notice of every kind, once per version and type (the UNIQUE constraint is "fires once"):
                 // near_expiry (a Notify or EmailContacts action; `at` moves when a moved expiry re-arms it),
                 // expired, rotated, renewed, pending_created (a renewal waiting for its CA).
                 COFFER_TRY(db.exec("CREATE TABLE notifications ("
                                    " id INTEGER PRIMARY KEY,"
                                    " object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,"
                                    " version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,"
                                    " type TEXT NOT NULL CHECK (type IN ('near_expiry', 'expired', 'rotated',"
                                    " 'renewed', 'pending_created')),"
                                    " at INTEGER NOT NULL,"
                                    " due INTEGER,"
                                    " reason TEXT NOT NULL DEFAULT '',"
                                    " UNIQUE (version_id, type))"));
                 COFFER_TRY(db.exec("CREATE INDEX notifications_at ON notifications (at)"));
                 for (const char *table : {"key_notifications", "certificate_notifications"}) {
                     COFFER_TRY(
                             db.exec(QStringLiteral("INSERT OR IGNORE INTO notifications"
                                                    " (object_id, version_id, type, at, due, reason)"
                                                    " SELECT v.object_id, n.version_id, 'near_expiry', n.notified_at,"
                                                    " NULL, '' FROM %1 n JOIN versions v ON v.id = n.version_id")
                                             .arg(QLatin1StringView(table))
                                             .toUtf8()
                                             .constData()));
                     COFFER_TRY(db.exec(
                             QStringLiteral("DROP TABLE %1").arg(QLatin1StringView(table)).toUtf8().constData()));
                 }
                 // A vault made before the schedule existed: its system principal (a new vault gets it with its
                 // owner, after the migrations; the owner's id is in meta only then).
                 auto owner = meta::get(db, meta::kOwnerPrincipalId);
                 if (!owner)
                     return owner.error().code() == ErrorCode::NotFound ? Result<void>() : Result<void>(owner.error());
                 auto created = meta::get(db, meta::kCreated);
                 const QDateTime when = created ? QDateTime::fromString(*created, Qt::ISODateWithMs) : QDateTime();
                 return access::store::bootstrapSystem(db, when.isValid() ? when.toSecsSinceEpoch() : 0);
             }},
    };
    return steps;
}

int latestVersion()
{
    return migrations().back().version;
}

} // namespace coffer::schema
