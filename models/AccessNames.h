#pragma once

#include "core/access/Operation.h"
#include "core/access/Principal.h"
#include "core/access/Roles.h"
#include "core/access/Scope.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coffer::models {

// Translated names of the things access control talks about: principal types, operations, scopes, role
// descriptions, Azure's permission groups and policy templates. Role names and permission names stay as Azure
// spells them (they are identifiers admins search for); everything a person reads as prose is translated here.
class AccessNames
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::AccessNames)

public:
    static QString principalType(access::PrincipalType type); // "User", "Application", "Group"
    static QString principalTypeLower(access::PrincipalType type); // "user", "application", "group"
    // What the operation does, as a short phrase ("Read a secret's value").
    static QString operationTitle(access::Operation operation);
    static QString familyTitle(access::OperationFamily family); // "Secrets"
    static QString familyInProse(access::OperationFamily family); // "secrets" (German: "Geheimnisse")
    // "The whole vault", "All secrets", "Secret db-password".
    static QString scopeText(const access::Scope &scope);
    // A scope given as text ("/secrets/db"); the text itself when it does not parse.
    static QString scopeText(const QString &scope);
    static QString roleDescription(const access::RoleDefinition &role);
    // Role names joined with "or", the repeated "Key Vault " prefix written once: "Key Vault Secrets Officer or
    // Administrator".
    static QString roleAlternatives(const QStringList &roleNames);
    static QString permissionGroupTitle(const QString &azureTitle);
    static QString templateName(const QString &azureName);
    // The English titles and names translated above (tests check core's lists against them).
    static QStringList translatedPermissionGroupTitles();
    static QStringList translatedTemplateNames();
    static QString policyFamilyTitle(access::PolicyFamily family); // "Key permissions"
    // A list of names for prose: "get", "get and list", "get, list and set".
    static QString joinAnd(const QStringList &items);
};

} // namespace coffer::models
