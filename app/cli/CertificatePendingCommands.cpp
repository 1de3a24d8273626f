#include "app/cli/CertificateCommands.h"
#include "app/cli/CertificateJson.h"
#include "app/cli/CertificateSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/SecretValueIo.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

namespace coffer::cli {

namespace {

using namespace certcli;

const QString kCsrFile = QStringLiteral("csr-file");

CliError fileExists(const QString &path)
{
    return CliError {ExitCode::Conflict,
                     QStringLiteral("the file '%1' already exists; it is not overwritten").arg(path),
                     QStringLiteral("choose another file name or remove the file first")};
}

Outcome<CommandOutput> showPending(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    const QString csrPath = ctx.value(kCsrFile);
    if (ctx.has(kCsrFile) && QFileInfo::exists(csrPath))
        return fileExists(csrPath);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto operation = (*vault)->certificates().pending(*name);
    if (!operation)
        return failure(operation.error(), *name);
    if (ctx.has(kCsrFile))
        COFFER_CLI_TRY(writeNewFile(csrPath, operation->csrPem(), false, QStringLiteral("CSR file")));
    return operationOutput(*operation);
}

Outcome<CommandOutput> mergePending(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto attributes = newAttributes(ctx);
    COFFER_CLI_CHECK(attributes);
    auto data = readCertificateFile(ctx.value(kFile));
    COFFER_CLI_CHECK(data);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto merged = (*vault)->certificates().merge(*name, data->view(), *attributes);
    if (!merged) {
        CliError error = failure(merged.error(), *name);
        if (merged.error().code() == ErrorCode::InvalidArgument
            && merged.error().context().contains(QStringLiteral("does not match")))
            error.hint = QStringLiteral("merge the certificate the CA issued for this request's CSR ('coffer-cli "
                                        "certificate pending show --name %1 --csr-file request.csr' writes it)")
                                 .arg(*name);
        return error;
    }
    return bundleWithPolicy(**vault, *merged);
}

Outcome<CommandOutput> cancelPending(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto operation = (*vault)->certificates().cancelPending(*name);
    if (!operation)
        return failure(operation.error(), *name);
    return operationOutput(*operation);
}

Outcome<CommandOutput> deletePending(CommandContext &ctx)
{
    auto name = certcli::name(ctx);
    COFFER_CLI_CHECK(name);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto operation = (*vault)->certificates().deletePending(*name);
    if (!operation)
        return failure(operation.error(), *name);
    return operationOutput(*operation);
}

CommandSpec pendingSpec(const QString &command, const QString &summary, CommandHandler run)
{
    return commandSpec({QStringLiteral("pending"), command}, summary, std::move(run), NameOption::Name);
}

} // namespace

void registerCertificatePendingCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("certificate"), QStringLiteral("pending")},
                      QStringLiteral("A certificate signing request waiting for the CA's signed certificate (issuer "
                                     "Unknown): show its CSR, merge the certificate, cancel or delete it."));

    CommandSpec show = pendingSpec(QStringLiteral("show"),
                                   QStringLiteral("Show a pending signing request; --csr-file writes its CSR as PEM."),
                                   showPending);
    show.details = QStringLiteral(
            "Prints Azure's CertificateOperation: id (.../certificates/NAME/pending), issuer, csr (base64 DER), "
            "cancellation_requested, status (inProgress, completed, cancelled, failed), status_details, request_id "
            "and target once completed. --csr-file writes the CSR as a PEM \"CERTIFICATE REQUEST\" for the CA "
            "('openssl req -in FILE -noout -text' shows it).");
    show.options.append({kCsrFile, QStringLiteral("FILE"), QStringLiteral("write the CSR as PEM to FILE (new file)")});
    show.examples = {example(QStringLiteral("pending show %1 --name ca-signed --csr-file ca-signed.csr"))};
    registry.add(std::move(show));

    CommandSpec merge = pendingSpec(QStringLiteral("merge"),
                                    QStringLiteral("Complete a pending request with the certificate the CA signed (and "
                                                   "its chain)."),
                                    mergePending);
    merge.details = QStringLiteral(
            "FILE holds PEM certificates (any order) or one DER certificate. The leaf is the certificate whose "
            "public key is the request's key; a file with no such certificate is refused. The chain is ordered and "
            "checked as on import. The new version gets the request's key as its managed key.");
    merge.options += {
            {kFile, QStringLiteral("FILE"), QStringLiteral("the signed certificate and chain (PEM or DER)")},
            {kTags, QStringLiteral("k=v [k=v ...]"),
             QStringLiteral("space-separated tags (up to 15, names and values up to 256 characters)"), false, true},
            {kDisabled, {}, QStringLiteral("create the version disabled")},
    };
    merge.required.append(kFile);
    merge.examples = {example(QStringLiteral("pending merge %1 --name ca-signed --file signed-chain.pem"))};
    registry.add(std::move(merge));

    CommandSpec cancel = pendingSpec(QStringLiteral("cancel"),
                                     QStringLiteral("Cancel a pending request (its key stays until 'pending delete')."),
                                     cancelPending);
    cancel.details = QStringLiteral("Azure's 'pending update --cancel': cancellation_requested becomes true and a "
                                    "merge is refused from then on.");
    cancel.examples = {example(QStringLiteral("pending cancel %1 --name ca-signed"))};
    registry.add(std::move(cancel));

    CommandSpec remove = pendingSpec(QStringLiteral("delete"),
                                     QStringLiteral("Delete a pending request and destroy its key."), deletePending);
    remove.examples = {example(QStringLiteral("pending delete %1 --name ca-signed"))};
    registry.add(std::move(remove));
}

} // namespace coffer::cli
