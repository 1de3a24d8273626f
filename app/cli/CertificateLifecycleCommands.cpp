#include "app/cli/CertificateCommands.h"
#include "app/cli/CertificateJson.h"
#include "app/cli/CertificateSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ObjectLifecycle.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coffer::cli {

namespace {

using namespace certcli;

const QString kDryRun = QStringLiteral("dry-run");

using Lifecycle = ObjectLifecycle<CertificateStore, CertificateInfo>;

const Lifecycle kCertificates {{
        .noun = QStringLiteral("certificate"),
        .store = [](Vault &vault) -> CertificateStore & { return vault.certificates(); },
        .name = certcli::name,
        .openVault = certcli::openVault,
        .failure = certcli::failure,
        .deletedBundle = certjson::deleted,
        .deletedItem = certjson::deleted,
        .bundleOutput
        = [](const CertificateInfo &info) -> Outcome<CommandOutput> { return bundleOutput(info, std::nullopt); },
        .restoreHint =
                [](const Error &error) {
                    return error.code() == ErrorCode::HsmUnavailable
                            ? QStringLiteral("a backup of a certificate with an HSM key holds only the key's "
                                             "reference: bind the same token ('coffer-cli vault hsm bind') and give "
                                             "its PIN")
                            : QString();
                },
}};

Outcome<CommandOutput> renewCertificate(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto renewed = (*vault)->certificates().renew(*name);
    if (!renewed)
        return failure(renewed.error(), *name);
    if (const auto *operation = std::get_if<CertificateOperationInfo>(&*renewed)) {
        ctx.console().note(QStringLiteral("the issuer is Unknown: a new signing request is pending; merge the signed "
                                          "certificate with 'coffer-cli certificate pending merge --name %1 --file "
                                          "signed.pem'")
                                   .arg(*name));
        return operationOutput(*operation);
    }
    return bundleWithPolicy(**vault, std::get<CertificateInfo>(*renewed));
}

Outcome<CommandOutput> renewDue(CommandContext &ctx)
{
    const bool dryRun = ctx.has(kDryRun);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto outcomes = (*vault)->certificates().renewDue(dryRun);
    COFFER_CLI_CHECK(outcomes);
    QJsonArray items;
    int failed = 0;
    for (const CertificateRenewalOutcome &outcome : *outcomes) {
        items.append(certjson::renewalOutcome(outcome));
        if (outcome.action == CertificateRenewalOutcome::Action::Failed)
            ++failed;
    }
    if (outcomes->isEmpty())
        ctx.console().note(dryRun ? QStringLiteral("no renewal or notification is due now")
                                  : QStringLiteral("nothing was due now; nothing changed"));
    if (failed > 0) {
        // The outcomes still go to stdout: the certificates that renewed did.
        ctx.console().out(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return CliError {
                ExitCode::Failure,
                failed == 1 ? QStringLiteral("1 certificate could not be renewed (see its \"reason\")")
                            : QStringLiteral("%1 certificates could not be renewed (see their \"reason\")").arg(failed),
                QStringLiteral("fix what the reason names and run 'coffer-cli certificate renew-due' again")};
    }
    CommandOutput out;
    out.value = items;
    using Show = TableColumn::Show;
    out.columns = {
            {QStringLiteral("Name"), QStringLiteral("name"), Show::AsIs},
            {QStringLiteral("Action"), QStringLiteral("action"), Show::AsIs},
            {QStringLiteral("NewVersion"), QStringLiteral("newVersion"), Show::AsIs},
            {QStringLiteral("Reason"), QStringLiteral("reason"), Show::AsIs},
    };
    return out;
}

CommandSpec nameSpec(const QString &command, const QString &summary, CommandHandler run)
{
    CommandSpec spec = commandSpec({command}, summary, std::move(run), NameOption::Name);
    addDefaultExample(spec);
    return spec;
}

} // namespace

void registerCertificateLifecycleCommands(CommandRegistry &registry)
{
    CommandSpec remove = nameSpec(QStringLiteral("delete"),
                                  QStringLiteral("Delete a certificate (all versions, its managed key and secret, and "
                                                 "a pending request); recoverable for the retention period."),
                                  kCertificates.remove());
    remove.details = QStringLiteral("The managed key and secret are deleted with it and do not appear in 'key "
                                    "list-deleted' or 'secret list-deleted'; 'certificate recover' brings all three "
                                    "back and 'certificate purge' destroys them.");
    registry.add(std::move(remove));
    registry.add(nameSpec(QStringLiteral("recover"),
                          QStringLiteral("Recover a deleted certificate with its versions, managed key and secret."),
                          kCertificates.recover()));
    CommandSpec purge = nameSpec(QStringLiteral("purge"),
                                 QStringLiteral("Destroy a deleted certificate, its managed key and secret for good "
                                                "(refused early under purge protection)."),
                                 kCertificates.purge());
    purge.details = QStringLiteral("HSM keys are also removed from the token; when the token is absent they stay on it "
                                   "and 'vault hsm status' lists them as orphans.");
    registry.add(std::move(purge));
    CommandSpec listDeleted = commandSpec({QStringLiteral("list-deleted")},
                                          QStringLiteral("List the deleted certificates that can still be recovered."),
                                          kCertificates.listDeleted(), NameOption::None);
    addDefaultExample(listDeleted);
    registry.add(std::move(listDeleted));
    registry.add(nameSpec(QStringLiteral("show-deleted"), QStringLiteral("Show a deleted certificate."),
                          kCertificates.showDeleted()));

    CommandSpec backup = nameSpec(QStringLiteral("backup"),
                                  QStringLiteral("Write every version of a certificate, with its policy, managed key "
                                                 "and secret, to an encrypted backup file."),
                                  kCertificates.backup());
    backup.details = QStringLiteral(
            "The file is sealed under the vault's backup key: it restores only into a vault that holds that key "
            "(this vault, or one that imported it with 'vault backup-key import'). For HSM keys the file holds the "
            "token reference only: it restores where the same token is bound.");
    lifecycle::addBackupOptions(backup);
    backup.examples = {example(QStringLiteral("backup %1 --name www-example --file www-example.certbackup"))};
    registry.add(std::move(backup));

    CommandSpec restore = commandSpec({QStringLiteral("restore")},
                                      QStringLiteral("Restore a certificate, with all its versions, from a backup "
                                                     "file."),
                                      kCertificates.restore(), NameOption::None);
    restore.details = QStringLiteral("Refused when the name is taken in this vault (a live or deleted certificate, key "
                                     "or secret), or when this vault does not hold the backup key the file was sealed "
                                     "with.");
    lifecycle::addRestoreOptions(restore);
    restore.examples = {example(QStringLiteral("restore %1 --file www-example.certbackup"))};
    registry.add(std::move(restore));

    CommandSpec renew
            = nameSpec(QStringLiteral("renew"),
                       QStringLiteral("Renew a certificate now: a new version from its policy."), renewCertificate);
    renew.details = QStringLiteral(
            "Coffer's extension (Azure renews by a create on the existing name). Issuer Self: a new self-signed "
            "version, with a new key unless the policy says reuse_key. Issuer Unknown: a new signing request, "
            "merged with 'certificate pending merge'. Recorded as CertificateRenew.");
    registry.add(std::move(renew));

    CommandSpec due = commandSpec({QStringLiteral("renew-due")},
                                  QStringLiteral("Run the renewals and notifications that are due now, by every "
                                                 "certificate's lifetime actions."),
                                  renewDue, NameOption::None);
    due.details = QStringLiteral(
            "AutoRenew (issuer Self) makes a new version (recorded as CertificateRenew); EmailContacts records one "
            "notification per version for the vault's contacts (CertificateNearExpiryEventGridNotification). Prints "
            "one entry per "
            "certificate acted on: {\"name\", \"action\": Renewed|PendingCreated|Notified|WouldRenew|WouldNotify|"
            "Skipped|Failed, \"newVersion\", \"reason\"}. With --dry-run nothing changes. Exit code 1 when a renewal "
            "failed (the others still happened). Run it from cron or a systemd timer.");
    due.options.append({kDryRun, {}, QStringLiteral("only say what is due; change nothing")});
    due.examples = {QStringLiteral("coffer-cli certificate renew-due --vault team-kv.coffer --keychain --dry-run")};
    registry.add(std::move(due));
}

} // namespace coffer::cli
