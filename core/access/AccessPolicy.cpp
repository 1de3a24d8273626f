#include "core/access/AccessPolicy.h"

namespace coffer::access {

namespace {
QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

QString policyFamilyName(PolicyFamily family)
{
    switch (family) {
    case PolicyFamily::Keys: return QStringLiteral("keys");
    case PolicyFamily::Secrets: return QStringLiteral("secrets");
    case PolicyFamily::Certificates: return QStringLiteral("certificates");
    }
    return {};
}

const QStringList &policyPermissions(PolicyFamily family)
{
    // Azure's ARM enums, in the portal's order.
    static const QStringList keys = split("get list update create import delete recover backup restore decrypt "
                                          "encrypt unwrapKey wrapKey verify sign purge release rotate "
                                          "getrotationpolicy setrotationpolicy");
    static const QStringList secrets = split("get list set delete recover backup restore purge");
    static const QStringList certificates = split("get list update create import delete recover backup restore "
                                                  "managecontacts manageissuers getissuers listissuers setissuers "
                                                  "deleteissuers purge");
    switch (family) {
    case PolicyFamily::Keys: return keys;
    case PolicyFamily::Secrets: return secrets;
    case PolicyFamily::Certificates: return certificates;
    }
    return secrets;
}

QList<PermissionGroup> permissionGroups(PolicyFamily family)
{
    switch (family) {
    case PolicyFamily::Keys:
        return {{QStringLiteral("Key Management Operations"),
                 split("get list update create import delete recover backup restore")},
                {QStringLiteral("Cryptographic Operations"), split("decrypt encrypt unwrapKey wrapKey verify sign")},
                {QStringLiteral("Privileged Key Operations"), split("purge release")},
                {QStringLiteral("Rotation Policy Operations"), split("rotate getrotationpolicy setrotationpolicy")}};
    case PolicyFamily::Secrets:
        return {{QStringLiteral("Secret Management Operations"), split("get list set delete recover backup restore")},
                {QStringLiteral("Privileged Secret Operations"), split("purge")}};
    case PolicyFamily::Certificates:
        return {{QStringLiteral("Certificate Management Operations"),
                 split("get list update create import delete recover backup restore managecontacts manageissuers "
                       "getissuers listissuers setissuers deleteissuers")},
                {QStringLiteral("Privileged Certificate Operations"), split("purge")}};
    }
    return {};
}

Result<QStringList> normalizePermissions(PolicyFamily family, const QStringList &given)
{
    const QStringList &valid = policyPermissions(family);
    QStringList wanted;
    for (const QString &raw : given) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (name.compare(u"all", Qt::CaseInsensitive) == 0) {
            for (const QString &p : valid)
                if (p != u"purge")
                    wanted.append(p);
            continue;
        }
        const auto found = std::find_if(valid.begin(), valid.end(), [&name](const QString &p) {
            return p.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == valid.end())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is not a %2 permission; valid: %3, or all (everything but purge)")
                                 .arg(name, policyFamilyName(family), valid.join(QStringLiteral(", "))));
        wanted.append(*found);
    }
    QStringList ordered;
    for (const QString &p : valid)
        if (wanted.contains(p))
            ordered.append(p);
    return ordered;
}

const QStringList &AccessPolicyEntry::permissions(PolicyFamily family) const
{
    switch (family) {
    case PolicyFamily::Keys: return keys;
    case PolicyFamily::Secrets: return secrets;
    case PolicyFamily::Certificates: return certificates;
    }
    return secrets;
}

QStringList &AccessPolicyEntry::permissions(PolicyFamily family)
{
    return const_cast<QStringList &>(std::as_const(*this).permissions(family));
}

const QList<PolicyTemplate> &policyTemplates()
{
    // Azure portal templates (rbac-migration's table); "all" never includes purge.
    static const QList<PolicyTemplate> templates = [] {
        const auto all = [](PolicyFamily f) { return *normalizePermissions(f, {QStringLiteral("all")}); };
        const QStringList keyManagement = split("get list update create import delete recover backup restore");
        const QStringList secretManagement = split("get list set delete recover backup restore");
        const QStringList certManagement = split("get list update create import delete recover backup restore "
                                                 "managecontacts manageissuers getissuers listissuers setissuers "
                                                 "deleteissuers");
        return QList<PolicyTemplate> {
                {QStringLiteral("Key, Secret, & Certificate Management"), all(PolicyFamily::Keys),
                 all(PolicyFamily::Secrets), all(PolicyFamily::Certificates)},
                {QStringLiteral("Key & Secret Management"), all(PolicyFamily::Keys), all(PolicyFamily::Secrets), {}},
                {QStringLiteral("Secret & Certificate Management"),
                 {},
                 all(PolicyFamily::Secrets),
                 all(PolicyFamily::Certificates)},
                {QStringLiteral("Key Management"), keyManagement, {}, {}},
                {QStringLiteral("Secret Management"), {}, secretManagement, {}},
                {QStringLiteral("Certificate Management"), {}, {}, certManagement},
                {QStringLiteral("SQL Server Connector"), split("get list unwrapKey wrapKey"), {}, {}},
                {QStringLiteral("Azure Data Lake Storage or Azure Storage"), split("get list unwrapKey"), {}, {}},
                {QStringLiteral("Azure Backup"), split("get list backup"), split("get list backup"), {}},
                {QStringLiteral("Exchange Online Customer Key"), split("get list unwrapKey wrapKey"), {}, {}},
                {QStringLiteral("SharePoint Online Customer Key"), split("get list unwrapKey wrapKey"), {}, {}},
                {QStringLiteral("Azure Information BYOK"), split("get decrypt sign"), {}, {}},
        };
    }();
    return templates;
}

} // namespace coffer::access
