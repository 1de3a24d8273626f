#pragma once

#include "app/cli/CliError.h"
#include "app/cli/CommandOutput.h"
#include "app/cli/CommandSpec.h"
#include "core/vault/ObjectTypes.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace coffer {
class Vault;
}

namespace coffer::cli {

class CommandContext;

// The handlers of `<kind> delete|recover|purge|list-deleted|show-deleted|backup|restore`, whose steps are the same
// for every object kind; the Kind gives what differs: its store, name check, vault opening, error hints and JSON.
// Store is the kind's store (SecretStore, KeyStore) and Info what its recover() and restore() give back
// (VersionInfo, KeyInfo, CertificateInfo). Instantiated in ObjectLifecycle.cpp for secrets, keys and certificates.
template<typename Store, typename Info>
class ObjectLifecycle
{
public:
    struct Kind
    {
        QString noun; // "secret", "key": in hints
        Store &(*store)(Vault &vault);
        Outcome<QString> (*name)(const CommandContext &ctx); // --name, checked before the unlock
        Outcome<std::unique_ptr<Vault>> (*openVault)(CommandContext &ctx);
        CliError (*failure)(const Error &error, const QString &name); // a core error with the kind's hints
        QJsonObject (*deletedBundle)(const DeletedInfo &info); // delete, show-deleted
        QJsonObject (*deletedItem)(const DeletedInfo &info); // list-deleted
        Outcome<CommandOutput> (*bundleOutput)(const Info &info); // recover, restore
        // The kind's own hint for a restore error the shared ones do not cover (empty: keep the core's).
        QString (*restoreHint)(const Error &error);
    };

    explicit ObjectLifecycle(const Kind &kind);

    CommandHandler remove() const; // delete: the deleted bundle
    CommandHandler recover() const; // the recovered bundle
    CommandHandler purge() const; // no output
    CommandHandler listDeleted() const;
    CommandHandler showDeleted() const;
    CommandHandler backup() const; // writes --file (an existing one only with --overwrite)
    CommandHandler restore() const; // reads --file

private:
    Kind m_kind;
};

namespace lifecycle {
// The hints every kind gives for NotFound (deleted, no such version, no such name) and Conflict (the name is deleted
// but recoverable): `group` is the command group ("secret"), `plural` the objects ("secrets").
void addHint(CliError &out, const Error &error, const QString &name, const QString &group, const QString &plural);
// --file FILE (required) and --overwrite of `backup`.
void addBackupOptions(CommandSpec &spec);
// --file FILE (required) of `restore`.
void addRestoreOptions(CommandSpec &spec);
} // namespace lifecycle

} // namespace coffer::cli
