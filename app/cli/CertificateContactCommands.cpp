#include "app/cli/CertificateCommands.h"
#include "app/cli/CertificateJson.h"
#include "app/cli/CertificateSupport.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultProperties.h"

#include <QRegularExpression>

namespace coffer::cli {

namespace {

using namespace certcli;

const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone");

// A plausible e-mail address (local@domain.tld, no spaces), checked before the vault is unlocked.
Outcome<QString> emailOption(const CommandContext &ctx)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = ctx.value(kEmail).trimmed();
    if (!pattern.match(email).hasMatch())
        return CliError {ExitCode::Invalid, QStringLiteral("--email '%1' is not an e-mail address").arg(email), {}};
    return email;
}

CommandOutput contactsOutput(Vault &vault, const QList<CertificateContact> &contacts)
{
    CommandOutput out;
    out.value = certjson::contacts(vault.properties().name, contacts);
    out.columns = certjson::contactColumns();
    return out;
}

CliError contactFailure(const Error &error)
{
    return failure(error, QString());
}

Outcome<CommandOutput> addContact(CommandContext &ctx)
{
    auto email = emailOption(ctx);
    COFFER_CLI_CHECK(email);
    CertificateContact contact {*email, ctx.value(kName).trimmed(), ctx.value(kPhone).trimmed()};
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    CertificateStore &store = (*vault)->certificates();
    auto contacts = store.contacts();
    if (!contacts)
        return contactFailure(contacts.error());
    for (const CertificateContact &existing : *contacts)
        if (existing.email.compare(contact.email, Qt::CaseInsensitive) == 0)
            return CliError {ExitCode::Conflict, QStringLiteral("contact '%1' already exists").arg(contact.email),
                             QStringLiteral("remove it first with 'coffer-cli certificate contact delete --email "
                                            "%1'")
                                     .arg(contact.email)};
    contacts->append(contact);
    auto stored = store.setContacts(*contacts);
    if (!stored)
        return contactFailure(stored.error());
    return contactsOutput(**vault, *stored);
}

Outcome<CommandOutput> listContacts(CommandContext &ctx)
{
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto contacts = (*vault)->certificates().contacts();
    if (!contacts)
        return contactFailure(contacts.error());
    return contactsOutput(**vault, *contacts);
}

Outcome<CommandOutput> deleteContact(CommandContext &ctx)
{
    auto email = emailOption(ctx);
    COFFER_CLI_CHECK(email);
    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    CertificateStore &store = (*vault)->certificates();
    auto contacts = store.contacts();
    if (!contacts)
        return contactFailure(contacts.error());
    QList<CertificateContact> remaining;
    for (const CertificateContact &existing : *contacts)
        if (existing.email.compare(*email, Qt::CaseInsensitive) != 0)
            remaining.append(existing);
    if (remaining.size() == contacts->size())
        return CliError {ExitCode::NotFound, QStringLiteral("contact '%1' was not found").arg(*email),
                         QStringLiteral("run 'coffer-cli certificate contact list' to see the contacts")};
    if (remaining.isEmpty()) {
        // As az does: removing the last contact deletes the contact list.
        auto deleted = store.deleteContacts();
        if (!deleted)
            return contactFailure(deleted.error());
        return contactsOutput(**vault, {});
    }
    auto stored = store.setContacts(remaining);
    if (!stored)
        return contactFailure(stored.error());
    return contactsOutput(**vault, *stored);
}

CommandSpec contactSpec(const QString &command, const QString &summary, CommandHandler run)
{
    return commandSpec({QStringLiteral("contact"), command}, summary, std::move(run), NameOption::None);
}

} // namespace

void registerCertificateContactCommands(CommandRegistry &registry)
{
    registry.addGroup({QStringLiteral("certificate"), QStringLiteral("contact")},
                      QStringLiteral("The vault's certificate contacts: who EmailContacts lifetime actions notify."));

    CommandSpec add = contactSpec(QStringLiteral("add"), QStringLiteral("Add a certificate contact."), addContact);
    add.details
            = QStringLiteral("Coffer sends no e-mail: a due EmailContacts action ('certificate renew-due') "
                             "records a CertificateNearExpiryEventGridNotification naming the contacts, shown by the "
                             "console and the audit log. Prints the contact list.");
    add.options += {
            {kEmail, QStringLiteral("ADDRESS"), QStringLiteral("the contact's e-mail address")},
            {kName, QStringLiteral("NAME"), QStringLiteral("the contact's name")},
            {kPhone, QStringLiteral("PHONE"), QStringLiteral("the contact's phone number")},
    };
    add.required.append(kEmail);
    add.examples = {example(QStringLiteral("contact add %1 --email pki@example.test --name \"PKI team\""))};
    registry.add(std::move(add));

    CommandSpec list
            = contactSpec(QStringLiteral("list"), QStringLiteral("List the certificate contacts."), listContacts);
    list.examples = {example(QStringLiteral("contact list %1"))};
    registry.add(std::move(list));

    CommandSpec remove = contactSpec(QStringLiteral("delete"),
                                     QStringLiteral("Remove a certificate contact (the last one removes the list)."),
                                     deleteContact);
    remove.options.append({kEmail, QStringLiteral("ADDRESS"), QStringLiteral("the contact's e-mail address")});
    remove.required.append(kEmail);
    remove.examples = {example(QStringLiteral("contact delete %1 --email pki@example.test"))};
    registry.add(std::move(remove));
}

} // namespace coffer::cli
