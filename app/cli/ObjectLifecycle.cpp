#include "app/cli/ObjectLifecycle.h"

#include "app/cli/CommandContext.h"
#include "app/cli/ObjectJson.h"
#include "app/cli/SecretSupport.h"
#include "app/cli/SecretValueIo.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

namespace coffer::cli {

namespace {

const QString kFile = QStringLiteral("file");
const QString kOverwrite = QStringLiteral("overwrite");

CommandOutput deletedOutput(QJsonObject json)
{
    CommandOutput out;
    out.value = std::move(json);
    out.columns = objectjson::deletedColumns();
    return out;
}

// The handler of a command on one named object: --name, the unlock, call(store, name) (its error with the kind's
// hint) and output(its result).
template<typename Kind, typename Call, typename Output>
CommandHandler byName(const Kind &kind, Call call, Output output)
{
    return [kind, call, output](CommandContext &ctx) -> Outcome<CommandOutput> {
        auto name = kind.name(ctx);
        COFFER_CLI_CHECK(name);
        auto vault = kind.openVault(ctx);
        COFFER_CLI_CHECK(vault);
        auto result = call(kind.store(**vault), *name);
        if (!result)
            return kind.failure(result.error(), *name);
        return output(result);
    };
}

} // namespace

template<typename Store, typename Info>
ObjectLifecycle<Store, Info>::ObjectLifecycle(const Kind &kind)
    : m_kind(kind)
{ }

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::remove() const
{
    return byName(
            m_kind, [](Store &store, const QString &name) { return store.remove(name); },
            [kind = m_kind](const Result<DeletedInfo> &deleted) {
                return deletedOutput(kind.deletedBundle(*deleted));
            });
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::recover() const
{
    return byName(
            m_kind, [](Store &store, const QString &name) { return store.recover(name); },
            [kind = m_kind](const Result<Info> &info) { return kind.bundleOutput(*info); });
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::purge() const
{
    return byName(
            m_kind, [](Store &store, const QString &name) { return store.purge(name); },
            [](const Result<void> &) { return CommandOutput {}; });
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::listDeleted() const
{
    return [kind = m_kind](CommandContext &ctx) -> Outcome<CommandOutput> {
        auto vault = kind.openVault(ctx);
        COFFER_CLI_CHECK(vault);
        auto infos = kind.store(**vault).listDeleted();
        COFFER_CLI_CHECK(infos);
        return objectjson::listOutput(*infos, kind.deletedItem, objectjson::deletedColumns());
    };
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::showDeleted() const
{
    return byName(
            m_kind, [](Store &store, const QString &name) { return store.getDeleted(name); },
            [kind = m_kind](const Result<DeletedInfo> &info) { return deletedOutput(kind.deletedBundle(*info)); });
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::backup() const
{
    return [kind = m_kind](CommandContext &ctx) -> Outcome<CommandOutput> {
        auto name = kind.name(ctx);
        COFFER_CLI_CHECK(name);
        const QString path = ctx.value(kFile);
        const bool overwrite = ctx.has(kOverwrite);
        if (!overwrite && QFileInfo::exists(path)) // checked again when the file is made; this spares the unlock
            return CliError {ExitCode::Conflict,
                             QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                             QStringLiteral("pass --overwrite to replace it")};
        auto vault = kind.openVault(ctx);
        COFFER_CLI_CHECK(vault);
        auto sealed = kind.store(**vault).backup(*name);
        if (!sealed)
            return kind.failure(sealed.error(), *name);
        COFFER_CLI_TRY(writeNewFile(path, *sealed, overwrite, QStringLiteral("backup file")));
        return CommandOutput {};
    };
}

template<typename Store, typename Info>
CommandHandler ObjectLifecycle<Store, Info>::restore() const
{
    return [kind = m_kind](CommandContext &ctx) -> Outcome<CommandOutput> {
        auto bytes = secretcli::readBackupFile(ctx.value(kFile));
        COFFER_CLI_CHECK(bytes);
        auto vault = kind.openVault(ctx);
        COFFER_CLI_CHECK(vault);
        auto info = kind.store(**vault).restore(*bytes);
        if (info)
            return kind.bundleOutput(*info);
        CliError error = CliError::fromCore(info.error());
        switch (info.error().code()) {
        case ErrorCode::NotFound:
            error.hint = QStringLiteral("run 'coffer-cli vault backup-key export' on a vault of the backup's family, "
                                        "then 'coffer-cli vault backup-key import' on this one");
            break;
        case ErrorCode::Conflict:
            error.hint = QStringLiteral("the name is taken; a restore never replaces a %1").arg(kind.noun);
            break;
        case ErrorCode::Corrupted: error.hint = QStringLiteral("use another copy of the backup file"); break;
        default:
            if (kind.restoreHint) {
                const QString hint = kind.restoreHint(info.error());
                if (!hint.isEmpty())
                    error.hint = hint;
            }
            break;
        }
        return error;
    };
}

template class ObjectLifecycle<SecretStore, VersionInfo>;
template class ObjectLifecycle<KeyStore, KeyInfo>;
template class ObjectLifecycle<CertificateStore, CertificateInfo>;

namespace lifecycle {

void addHint(CliError &out, const Error &error, const QString &name, const QString &group, const QString &plural)
{
    const QString &message = error.context();
    switch (error.code()) {
    case ErrorCode::NotFound:
        if (message.startsWith(QStringLiteral("deleted ")))
            out.hint = QStringLiteral("run 'coffer-cli %1 list-deleted' to see the deleted %2").arg(group, plural);
        else if (message.contains(QStringLiteral("has no version")))
            out.hint = QStringLiteral("run 'coffer-cli %1 list-versions --name %2' to see its versions")
                               .arg(group, name);
        else if (message.contains(QStringLiteral("was not found")))
            out.hint = QStringLiteral("run 'coffer-cli %1 list' to see the %2, or 'coffer-cli %1 list-deleted' for "
                                      "deleted ones")
                               .arg(group, plural);
        break;
    case ErrorCode::Conflict:
        if (message.contains(QStringLiteral("deleted but recoverable")))
            out.hint = QStringLiteral("recover it with 'coffer-cli %1 recover --name %2', or purge it for good with "
                                      "'coffer-cli %1 purge --name %2'")
                               .arg(group, name);
        break;
    default: break;
    }
}

void addBackupOptions(CommandSpec &spec)
{
    spec.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the backup file to write")},
            {kOverwrite, {}, QStringLiteral("replace FILE when it exists")},
    };
    spec.required.append(kFile);
}

void addRestoreOptions(CommandSpec &spec)
{
    spec.options.append({kFile, QStringLiteral("FILE"), QStringLiteral("the backup file")});
    spec.required.append(kFile);
}

} // namespace lifecycle

} // namespace coffer::cli
