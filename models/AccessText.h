#pragma once

#include "core/access/Decision.h"
#include "core/access/Principal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coffer::models {

// Translated sentences made from the authorizer's answers (core's Decision::explanation() is English, for logs
// and the CLI): the effective-access reasons, the "needs …" tooltips of disabled actions, who the session is.
class AccessText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::AccessText)

public:
    // "Signed in as alice (user)".
    static QString signedInAs(const access::Principal &principal);
    // One line per role the principal holds: "Key Vault Secrets User at /secrets/db-password".
    static QString rolesHeld(const QList<access::RoleAssignment> &assignments);
    // "Allowed" / "Denied".
    static QString verdict(bool allowed);
    // The whole reason, starting with "Yes:" or "No:" ("No: alice holds Key Vault Secrets User here, which grants
    // only get and list on secrets. This needs …").
    static QString reason(const access::Decision &decision);
    // Why it is allowed, without "Yes:" ("Key Vault Secrets Officer at /secrets, via group ops").
    static QString grantText(const access::Grant &grant, PermissionModel model);
    // For a disabled action's tooltip: "Needs Microsoft.KeyVault/vaults/secrets/setSecret/action (Key Vault
    // Secrets Officer or Administrator)". Empty when the decision allows.
    static QString needs(const access::Decision &decision);
    // What the principal's held roles (or policy permissions) allow in the operation's family, as verbs
    // ("get and list"); empty when they allow nothing there.
    static QString heldGrants(const access::Decision &decision);
    // Forbidden errors: the missing permission named in an error's context ("Microsoft.KeyVault/…", "secrets:
    // purge"), or empty.
    static QString missingPermission(const QString &errorContext);
};

} // namespace coffer::models
