// Access-policy decisions of coffer::access::Authorizer against an independent transcription of the permission
// each data operation needs in Azure's REST reference (.dev/research/azure-access-model.md §3.1-3.3 "AP" column,
// §5.2, §5.3; /work/shared/reference/azure-key-vault.md §1.10). Nothing is copied from core/access/*.cpp.

#include "core/access/AccessPolicy.h"
#include "core/access/Authorizer.h"
#include "core/access/Operation.h"
#include "core/access/Roles.h"
#include "tests/support/TestUtil.h"

#include <QSet>

using namespace coffer;
using namespace coffer::access;

namespace {

const QString kAlice = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kBob = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kGroup = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString kGhost = QStringLiteral("99999999-9999-4999-8999-999999999999");
const QString kObjectName = QStringLiteral("db-password");
const QString kNotOnAnyPolicy = QStringLiteral("not found on any access policy");

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList words(const char *text)
{
    return str(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Azure's permission names per family, as the ARM enum spells them, without "all" (research §3 [BICEP-T]).
QStringList azurePermissions(PolicyFamily family)
{
    switch (family) {
    case PolicyFamily::Keys:
        return words("backup create decrypt delete encrypt get getrotationpolicy import list purge recover release "
                     "restore rotate setrotationpolicy sign unwrapKey update verify wrapKey");
    case PolicyFamily::Secrets: return words("backup delete get list purge recover restore set");
    case PolicyFamily::Certificates:
        return words("backup create delete deleteissuers get getissuers import list listissuers managecontacts "
                     "manageissuers purge recover restore setissuers update");
    }
    return {};
}

QString familyText(PolicyFamily family)
{
    switch (family) {
    case PolicyFamily::Keys: return QStringLiteral("keys");
    case PolicyFamily::Secrets: return QStringLiteral("secrets");
    case PolicyFamily::Certificates: return QStringLiteral("certificates");
    }
    return {};
}

const QList<PolicyFamily> kFamilies = {PolicyFamily::Keys, PolicyFamily::Secrets, PolicyFamily::Certificates};

// ---- Which access-policy permission each data operation needs -------------------------------------------------

struct PolicySpec
{
    Operation op = Operation::Count;
    QString name;
    PolicyFamily family = PolicyFamily::Secrets;
    TargetLevel level = TargetLevel::Object;
    QStringList accepted; // any one of them allows; the first is the one a denial names
    QStringList unspecified; // Azure documents neither way; not asserted
};

PolicySpec make(Operation op, const char *name, PolicyFamily family, TargetLevel level, const char *accepted,
                const char *unspecified = "")
{
    return {op, str(name), family, level, words(accepted), words(unspecified)};
}

#define SECRET(NAME, LEVEL, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, PolicyFamily::Secrets, TargetLevel::LEVEL, __VA_ARGS__)
#define KEY(NAME, LEVEL, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, PolicyFamily::Keys, TargetLevel::LEVEL, __VA_ARGS__)
#define CERT(NAME, LEVEL, ...) \
    case Operation::NAME: \
        return make(Operation::NAME, #NAME, PolicyFamily::Certificates, TargetLevel::LEVEL, __VA_ARGS__)

// Data operations only; std::nullopt for vault and access operations (no access-policy permission exists).
std::optional<PolicySpec> policySpec(Operation op)
{
    switch (op) {
        // §3.1 Secrets.
        SECRET(SecretGet, Object, "get");
        // The properties of one secret come from GetSecret (`get`); whether `list` alone shows them is Coffer's
        // choice (its RBAC rule accepts readMetadata, which Azure's mapping ties to `list`): not asserted.
        SECRET(SecretGetProperties, Object, "get", "list");
        SECRET(SecretSet, Object, "set");
        SECRET(SecretUpdate, Object, "set"); // "requires the secrets/set permission"
        SECRET(SecretDelete, Object, "delete");
        SECRET(SecretList, Kind, "list");
        SECRET(SecretListVersions, Object, "list");
        SECRET(SecretListDeleted, Kind, "list");
        SECRET(SecretGetDeleted, Object, "get"); // spec 7.4 (not `list`, research note 2)
        SECRET(SecretRecover, Object, "recover");
        SECRET(SecretPurge, Object, "purge");
        SECRET(SecretBackup, Object, "backup");
        SECRET(SecretRestore, Kind, "restore");
        // Coffer's secret rotation: a rotation writes a version (set); the policy is metadata (get or list to read,
        // set to write); the expiry notices are written by the vault's system principal, with what UpdateSecret needs.
        SECRET(SecretRotate, Object, "set");
        SECRET(SecretRotateIfDue, Object, "set");
        SECRET(SecretRotationPolicyGet, Object, "list get");
        SECRET(SecretRotationPolicySet, Object, "set");
        SECRET(SecretNearExpiryEventGridNotification, Object, "set");
        SECRET(SecretExpiredEventGridNotification, Object, "set");
        // §3.2 Keys.
        KEY(KeyGet, Object, "get");
        KEY(KeyList, Kind, "list");
        KEY(KeyListVersions, Object, "list");
        KEY(KeyCreate, Object, "create");
        KEY(KeyImport, Object, "import");
        KEY(KeyUpdate, Object, "update");
        KEY(KeyDelete, Object, "delete");
        KEY(KeyBackup, Object, "backup");
        KEY(KeyRestore, Kind, "restore");
        KEY(KeyEncrypt, Object, "encrypt");
        KEY(KeyDecrypt, Object, "decrypt");
        KEY(KeySign, Object, "sign");
        KEY(KeyVerify, Object, "verify");
        KEY(KeyWrap, Object, "wrapKey");
        KEY(KeyUnwrap, Object, "unwrapKey");
        KEY(KeyRelease, Object, "release");
        KEY(KeyRotate, Object, "rotate");
        KEY(KeyRotateIfDue, Object, "rotate"); // the scheduled RotateKey
        KEY(KeyRotationPolicyGet, Object, "getrotationpolicy"); // ARM enum and mapping tool (note 4)
        KEY(KeyRotationPolicySet, Object, "setrotationpolicy");
        KEY(KeyListDeleted, Kind, "list");
        KEY(KeyGetDeleted, Object, "get");
        KEY(KeyRecover, Object, "recover");
        KEY(KeyPurge, Object, "purge");
        KEY(KeyNearExpiryEventGridNotification, Object, "update");
        KEY(KeyExpiredEventGridNotification, Object, "update");
        // §3.3 Certificates.
        CERT(CertificateGet, Object, "get");
        CERT(CertificateList, Kind, "list");
        CERT(CertificateListVersions, Object, "list");
        CERT(CertificateCreate, Object, "create");
        CERT(CertificateImport, Object, "import");
        CERT(CertificateUpdate, Object, "update");
        CERT(CertificateDelete, Object, "delete");
        CERT(CertificateBackup, Object, "backup");
        CERT(CertificateRestore, Kind, "restore");
        CERT(CertificateListDeleted, Kind, "list"); // "certificates/get/list", read as list
        CERT(CertificateGetDeleted, Object, "get");
        CERT(CertificateRecover, Object, "recover");
        CERT(CertificatePurge, Object, "purge");
        CERT(CertificatePolicyGet, Object, "get");
        CERT(CertificatePolicyUpdate, Object, "update");
        CERT(CertificatePendingGet, Object, "get");
        CERT(CertificatePendingUpdate, Object, "update");
        CERT(CertificatePendingDelete, Object, "update");
        CERT(CertificatePendingMerge, Object, "create");
        CERT(CertificateRenew, Object, "create");
        CERT(CertificateNearExpiryEventGridNotification, Object, "update");
        CERT(CertificateExpiredEventGridNotification, Object, "update");
        CERT(CertificateContactsGet, Kind, "managecontacts");
        CERT(CertificateContactsSet, Kind, "managecontacts");
        CERT(CertificateContactsDelete, Kind, "managecontacts");
        CERT(CertificateIssuersList, Kind, "getissuers listissuers manageissuers");
        CERT(CertificateIssuerGet, Kind, "getissuers manageissuers");
        CERT(CertificateIssuerSet, Kind, "setissuers manageissuers");
        CERT(CertificateIssuerUpdate, Kind, "setissuers manageissuers");
        CERT(CertificateIssuerDelete, Kind, "deleteissuers manageissuers");
    case Operation::VaultGet:
    case Operation::VaultPatch:
    case Operation::VaultSetPermissionModel:
    case Operation::VaultCheckIntegrity:
    case Operation::KeyslotList:
    case Operation::KeyslotAdd:
    case Operation::KeyslotRemove:
    case Operation::KeyslotChangePassphrase:
    case Operation::BackupKeyList:
    case Operation::BackupKeyExport:
    case Operation::BackupKeyImport:
    case Operation::VaultCreate:
    case Operation::AuditList:
    case Operation::AuditExport:
    case Operation::AuditVerify:
    case Operation::AuditImport:
    case Operation::AuditSetRetention:
    case Operation::VaultRunDue:
    case Operation::VaultScheduleGet:
    case Operation::NotificationList:
    case Operation::PrincipalList:
    case Operation::PrincipalGet:
    case Operation::PrincipalCreate:
    case Operation::PrincipalDelete:
    case Operation::PrincipalCredentialAdd:
    case Operation::GroupMemberAdd:
    case Operation::GroupMemberRemove:
    case Operation::RoleDefinitionList:
    case Operation::RoleAssignmentList:
    case Operation::RoleAssignmentCreate:
    case Operation::RoleAssignmentDelete:
    case Operation::AccessPolicyList:
    case Operation::AccessPolicySet:
    case Operation::AccessPolicyDelete:
    case Operation::AccessCheck:
    case Operation::Count: break;
    }
    return std::nullopt;
}

#undef SECRET
#undef KEY
#undef CERT

QList<PolicySpec> dataSpecs()
{
    QList<PolicySpec> specs;
    for (const OperationInfo &info : allOperations()) {
        if (auto s = policySpec(info.operation))
            specs.append(*s);
    }
    return specs;
}

ObjectKind kindOf(PolicyFamily family)
{
    switch (family) {
    case PolicyFamily::Keys: return ObjectKind::Key;
    case PolicyFamily::Secrets: return ObjectKind::Secret;
    case PolicyFamily::Certificates: return ObjectKind::Certificate;
    }
    return ObjectKind::Secret;
}

QList<Resource> resourcesFor(const PolicySpec &s)
{
    if (s.level == TargetLevel::Kind)
        return {Resource::kind(kindOf(s.family))};
    // Access policies apply to the whole vault: every object of the kind.
    return {Resource::object(kindOf(s.family), kObjectName),
            Resource::object(kindOf(s.family), QStringLiteral("other"))};
}

Principal user(const QString &id, const QString &name)
{
    Principal p;
    p.id = id;
    p.name = name;
    p.type = PrincipalType::User;
    return p;
}

AccessPolicyEntry policy(const QString &principalId, const QStringList &keys, const QStringList &secrets,
                         const QStringList &certificates)
{
    AccessPolicyEntry e;
    e.principalId = principalId;
    e.keys = keys;
    e.secrets = secrets;
    e.certificates = certificates;
    return e;
}

AccessPolicyEntry policyWith(const QString &principalId, PolicyFamily family, const QStringList &permissions,
                             const QStringList &otherFamilies = {})
{
    AccessPolicyEntry e;
    e.principalId = principalId;
    for (PolicyFamily f : kFamilies)
        e.permissions(f) = f == family ? permissions : otherFamilies;
    return e;
}

AccessState policyState()
{
    AccessState state;
    state.model = PermissionModel::AccessPolicy;
    state.principals = {user(kAlice, QStringLiteral("alice")), user(kBob, QStringLiteral("bob"))};
    return state;
}

RoleAssignment assignment(const QString &id, const char *roleId, const QString &principalId)
{
    RoleAssignment a;
    a.id = id;
    a.roleId = str(roleId);
    a.principalId = principalId;
    a.scope = Scope::vault();
    return a;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString resourceText(const Resource &r)
{
    return r.scope.toString();
}

// Every permission Azure names, of every family (purge included): for "everything but" policies.
QStringList everythingIn(PolicyFamily family)
{
    return azurePermissions(family);
}

} // namespace

class TestAuthorizerPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void permissionListsAreAzures()
    {
        for (PolicyFamily family : kFamilies) {
            QCOMPARE(policyFamilyName(family), familyText(family));
            const QStringList product = policyPermissions(family);
            QCOMPARE(product.size(), toSet(product).size()); // no duplicates
            QVERIFY2(toSet(product) == toSet(azurePermissions(family)),
                     qPrintable(familyText(family) + QStringLiteral(": ") + product.join(u' ')));
            QVERIFY(!product.contains(QStringLiteral("all")));
        }
    }

    void operationTableMatchesTranscription()
    {
        QStringList problems;
        int data = 0;
        for (const OperationInfo &info : allOperations()) {
            const auto s = policySpec(info.operation);
            if (!s) {
                if (!info.policy.isEmpty())
                    problems << QStringLiteral("%1: not a data operation, yet has policy permissions %2")
                                        .arg(info.name, info.policy.join(u' '));
                continue;
            }
            ++data;
            const QSet<QString> product = toSet(info.policy);
            const QSet<QString> accepted = toSet(s->accepted);
            if (!product.contains(accepted) || !(accepted + toSet(s->unspecified)).contains(product))
                problems << QStringLiteral("%1: product accepts {%2}, Azure names {%3}")
                                    .arg(s->name, info.policy.join(u' '), s->accepted.join(u' '));
            if (s->unspecified.isEmpty() && info.policy.value(0) != s->accepted.first())
                problems << QStringLiteral("%1: product names '%2' first, Azure '%3'")
                                    .arg(s->name, info.policy.value(0), s->accepted.first());
        }
        QCOMPARE(data, 19 + 26 + 30); // secrets, keys, certificates
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void onePermission_data()
    {
        QTest::addColumn<int>("operation");
        for (const PolicySpec &s : dataSpecs())
            QTest::newRow(qPrintable(s.name)) << static_cast<int>(s.op);
    }

    // The permission Azure names allows the operation on its own; every other permission, of every family
    // (purge included), does not.
    void onePermission()
    {
        QFETCH(int, operation);
        const PolicySpec s = *policySpec(static_cast<Operation>(operation));
        const QString fam = familyText(s.family);
        for (const QString &permission : s.accepted) {
            AccessState state = policyState();
            state.policies = {policyWith(kAlice, s.family, {permission})};
            const Authorizer authorizer(state);
            for (const Resource &r : resourcesFor(s)) {
                const QString where = QStringLiteral("%1 on '%2' with policy %3: [%4]")
                                              .arg(s.name, resourceText(r), fam, permission);
                const Decision d = authorizer.decide(kAlice, s.op, r);
                QVERIFY2(d.allowed, qPrintable(where + QStringLiteral(" expected ALLOWED, got: ") + d.explanation()));
                QCOMPARE(d.model, PermissionModel::AccessPolicy);
                QVERIFY2(d.grant.has_value(), qPrintable(where));
                QVERIFY2(d.grant->source == Grant::Source::AccessPolicy, qPrintable(where));
                // Named as Decision::required names it: "secrets: get".
                QVERIFY2(d.grant->permission == fam + QStringLiteral(": ") + permission,
                         qPrintable(where + QStringLiteral(": grant names '") + d.grant->permission
                                    + QLatin1Char('\'')));
                QVERIFY2(d.grant->viaGroupId.isEmpty(), qPrintable(where));
            }
        }

        QStringList others;
        for (const QString &p : everythingIn(s.family)) {
            if (!s.accepted.contains(p) && !s.unspecified.contains(p))
                others << p;
        }
        AccessState state = policyState();
        AccessPolicyEntry entry = policyWith(kAlice, s.family, others);
        for (PolicyFamily f : kFamilies) {
            if (f != s.family)
                entry.permissions(f) = everythingIn(f);
        }
        state.policies = {entry};
        const Authorizer authorizer(state);
        for (const Resource &r : resourcesFor(s)) {
            const QString where = QStringLiteral("%1 on '%2' with policy %3: [%4] (every other permission)")
                                          .arg(s.name, resourceText(r), fam, others.join(u' '));
            const Decision d = authorizer.decide(kAlice, s.op, r);
            QVERIFY2(!d.allowed,
                     qPrintable(where + QStringLiteral(" expected DENIED, allowed through ")
                                + (d.grant ? d.grant->permission : QString())));
            QVERIFY2(!d.grant.has_value(), qPrintable(where));
            // "secrets: get", or every alternative: "certificates: setissuers or manageissuers".
            QVERIFY2(d.required.startsWith(fam + QStringLiteral(": ")),
                     qPrintable(where + QStringLiteral(": required '") + d.required + QLatin1Char('\'')));
            const QStringList named = d.required.mid(fam.size() + 2).split(QStringLiteral(" or "));
            QVERIFY2(toSet(named).contains(toSet(s.accepted))
                             && (toSet(s.accepted) + toSet(s.unspecified)).contains(toSet(named)),
                     qPrintable(where + QStringLiteral(": required '") + d.required + QLatin1Char('\'')));
            if (s.unspecified.isEmpty())
                QCOMPARE(named.first(), s.accepted.first());
            // The caller is on a policy: the denial must not claim otherwise, and must name what is missing.
            QVERIFY2(!d.explanation().contains(kNotOnAnyPolicy, Qt::CaseInsensitive), qPrintable(d.explanation()));
            for (const QString &p : named)
                QVERIFY2(d.explanation().contains(p, Qt::CaseInsensitive), qPrintable(d.explanation()));
        }
    }

    void normalizeAll()
    {
        for (PolicyFamily family : kFamilies) {
            const QString fam = familyText(family);
            QStringList expected; // Azure's permissions but purge, in the product's canonical order
            for (const QString &p : policyPermissions(family)) {
                if (p != QStringLiteral("purge"))
                    expected << p;
            }
            QCOMPARE(toSet(expected) + QSet<QString> {QStringLiteral("purge")}, toSet(azurePermissions(family)));

            for (const QStringList &given : {QStringList {QStringLiteral("all")}, QStringList {QStringLiteral("ALL")},
                                             QStringList {QStringLiteral("get"), QStringLiteral("All")}}) {
                const auto all = normalizePermissions(family, given);
                COFFER_VERIFY_OK(all);
                QVERIFY2(*all == expected,
                         qPrintable(fam + QStringLiteral(" ") + given.join(u',') + QStringLiteral(" -> ")
                                    + all->join(u' ')));
            }
            // Purge only when named.
            const auto withPurge = normalizePermissions(family, {QStringLiteral("all"), QStringLiteral("PURGE")});
            COFFER_VERIFY_OK(withPurge);
            QCOMPARE(*withPurge, policyPermissions(family));

            const auto none = normalizePermissions(family, {});
            COFFER_VERIFY_OK(none);
            QVERIFY(none->isEmpty());
        }
    }

    void normalizeSpellingAndOrder()
    {
        const auto keys = normalizePermissions(PolicyFamily::Keys,
                                               {QStringLiteral("WRAPKEY"), QStringLiteral("Get"), QStringLiteral("get"),
                                                QStringLiteral("unwrapkey"), QStringLiteral("GetRotationPolicy")});
        COFFER_VERIFY_OK(keys);
        QCOMPARE(toSet(*keys),
                 (QSet<QString> {QStringLiteral("wrapKey"), QStringLiteral("get"), QStringLiteral("unwrapKey"),
                                 QStringLiteral("getrotationpolicy")}));
        QCOMPARE(keys->size(), 4);
        // In the canonical order: the order of policyPermissions().
        QStringList inOrder;
        for (const QString &p : policyPermissions(PolicyFamily::Keys)) {
            if (keys->contains(p))
                inOrder << p;
        }
        QCOMPARE(*keys, inOrder);

        const auto certs = normalizePermissions(PolicyFamily::Certificates,
                                                {QStringLiteral("ManageContacts"), QStringLiteral("GETISSUERS")});
        COFFER_VERIFY_OK(certs);
        QCOMPARE(toSet(*certs), (QSet<QString> {QStringLiteral("managecontacts"), QStringLiteral("getissuers")}));

        const auto secrets
                = normalizePermissions(PolicyFamily::Secrets, {QStringLiteral("Set"), QStringLiteral("LIST")});
        COFFER_VERIFY_OK(secrets);
        QCOMPARE(toSet(*secrets), (QSet<QString> {QStringLiteral("set"), QStringLiteral("list")}));
    }

    void normalizeRejectsUnknown_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QString>("bad");
        QTest::newRow("made up") << static_cast<int>(PolicyFamily::Secrets)
                                 << QStringList {QStringLiteral("get"), QStringLiteral("bogus")}
                                 << QStringLiteral("bogus");
        QTest::newRow("key permission for secrets")
                << static_cast<int>(PolicyFamily::Secrets) << QStringList {QStringLiteral("encrypt")}
                << QStringLiteral("encrypt");
        QTest::newRow("secret permission for keys")
                << static_cast<int>(PolicyFamily::Keys) << QStringList {QStringLiteral("set")} << QStringLiteral("set");
        QTest::newRow("certificate permission for keys")
                << static_cast<int>(PolicyFamily::Keys) << QStringList {QStringLiteral("managecontacts")}
                << QStringLiteral("managecontacts");
        QTest::newRow("no update for secrets") << static_cast<int>(PolicyFamily::Secrets)
                                               << QStringList {QStringLiteral("update")} << QStringLiteral("update");
        QTest::newRow("RBAC action") << static_cast<int>(PolicyFamily::Certificates)
                                     << QStringList {QStringLiteral("certificates/read")}
                                     << QStringLiteral("certificates/read");
    }

    void normalizeRejectsUnknown()
    {
        QFETCH(int, family);
        QFETCH(QStringList, given);
        QFETCH(QString, bad);
        const auto result = normalizePermissions(static_cast<PolicyFamily>(family), given);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().context().contains(bad), qPrintable(result.error().toString()));
    }

    // "all" (as normalized) grants every data operation of the family but purge (research §5.3).
    void allButPurge()
    {
        AccessState state = policyState();
        AccessPolicyEntry entry;
        entry.principalId = kAlice;
        for (PolicyFamily f : kFamilies) {
            const auto all = normalizePermissions(f, {QStringLiteral("all")});
            COFFER_VERIFY_OK(all);
            entry.permissions(f) = *all;
        }
        state.policies = {entry};
        const Authorizer authorizer(state);
        for (const PolicySpec &s : dataSpecs()) {
            const bool isPurge = s.accepted == QStringList {QStringLiteral("purge")};
            for (const Resource &r : resourcesFor(s)) {
                const Decision d = authorizer.decide(kAlice, s.op, r);
                QVERIFY2(d.allowed != isPurge,
                         qPrintable(QStringLiteral("%1 on '%2' with \"all\": %3")
                                            .arg(s.name, resourceText(r), d.explanation())));
                if (isPurge) {
                    QCOMPARE(d.required, familyText(s.family) + QStringLiteral(": purge"));
                    QVERIFY2(d.explanation().contains(QStringLiteral("purge")), qPrintable(d.explanation()));
                }
            }
        }
    }

    void noPolicy()
    {
        AccessState state = policyState();
        state.policies = {policyWith(kBob, PolicyFamily::Secrets, {QStringLiteral("get")})};
        const Authorizer authorizer(state);
        const Decision d
                = authorizer.decide(kAlice, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY(!d.allowed);
        QCOMPARE(d.model, PermissionModel::AccessPolicy);
        QCOMPARE(d.required, QStringLiteral("secrets: get"));
        QVERIFY2(d.explanation().contains(kNotOnAnyPolicy, Qt::CaseInsensitive), qPrintable(d.explanation()));
        QVERIFY(authorizer.decide(kBob, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName))
                        .allowed);
        // Everyone's operations need no policy.
        QVERIFY(authorizer.decide(kAlice, Operation::VaultGet, Resource::vault()).allowed);
    }

    // RBAC role assignments do not grant data operations on an access-policy vault; they still grant the control
    // plane (research §1.10, §5.2: "access policies … data plane only").
    void rolesOnAccessPolicyVault()
    {
        AccessState state = policyState();
        state.assignments = {assignment(QStringLiteral("ra-a"), roles::kAdministrator, kAlice),
                             assignment(QStringLiteral("ra-o"), roles::kOwner, kBob)};
        const Authorizer authorizer(state);
        for (Operation op : {Operation::SecretGet, Operation::SecretList, Operation::KeySign, Operation::CertificateGet,
                             Operation::CertificateContactsGet}) {
            const auto s = policySpec(op);
            const Decision d = authorizer.decide(kAlice, op, resourcesFor(*s).first());
            QVERIFY2(!d.allowed,
                     qPrintable(s->name + QStringLiteral(": Administrator allowed on an access-policy vault")));
            QCOMPARE(d.model, PermissionModel::AccessPolicy);
            QVERIFY2(d.explanation().contains(kNotOnAnyPolicy, Qt::CaseInsensitive), qPrintable(d.explanation()));
        }
        Resource assign = Resource::principal(kAlice);
        assign.roleId = str(roles::kSecretsUser);
        const Decision create = authorizer.decide(kBob, Operation::RoleAssignmentCreate, assign);
        QVERIFY2(create.allowed, qPrintable(create.explanation()));
        QCOMPARE(create.grant->source, Grant::Source::RoleAssignment);
        QCOMPARE(create.grant->roleName, QStringLiteral("Owner"));
        QVERIFY(authorizer.decide(kBob, Operation::AccessPolicySet, Resource::principal(kAlice)).allowed);
        QVERIFY(authorizer.decide(kBob, Operation::VaultSetPermissionModel, Resource::vault()).allowed);
        QVERIFY(authorizer.decide(kAlice, Operation::RoleAssignmentList, Resource::principal(kBob)).allowed);
        QVERIFY(!authorizer.decide(kAlice, Operation::AccessPolicySet, Resource::principal(kAlice)).allowed);
        // And the Owner has no data access through its role either.
        QVERIFY(!authorizer.decide(kBob, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);

        // A policy held alongside the role is what counts for data.
        state.policies = {policyWith(kAlice, PolicyFamily::Secrets, {QStringLiteral("get")})};
        const Authorizer withPolicy(state);
        const Decision get
                = withPolicy.decide(kAlice, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY(get.allowed);
        QCOMPARE(get.grant->source, Grant::Source::AccessPolicy);
        QVERIFY(!withPolicy.decide(kAlice, Operation::SecretSet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
    }

    // On an RBAC vault, access policies stay stored but grant nothing (research §5.2 "Model switch").
    void policiesIgnoredOnRbacVault()
    {
        AccessState state = policyState();
        state.model = PermissionModel::Rbac;
        state.policies = {policy(kAlice, everythingIn(PolicyFamily::Keys), everythingIn(PolicyFamily::Secrets),
                                 everythingIn(PolicyFamily::Certificates))};
        const Authorizer authorizer(state);
        for (const PolicySpec &s : dataSpecs()) {
            const Decision d = authorizer.decide(kAlice, s.op, resourcesFor(s).first());
            QVERIFY2(!d.allowed, qPrintable(s.name + QStringLiteral(": allowed by an access policy on an RBAC vault")));
            QCOMPARE(d.model, PermissionModel::Rbac);
        }
    }

    void groupPolicyGrantsMembers()
    {
        AccessState state = policyState();
        state.principals[0].groupIds = {kGroup};
        Principal g;
        g.id = kGroup;
        g.name = QStringLiteral("ops-team");
        g.type = PrincipalType::Group;
        g.memberIds = {kAlice};
        state.principals.append(g);
        state.policies = {policyWith(kGroup, PolicyFamily::Secrets, {QStringLiteral("get")}),
                          policyWith(kAlice, PolicyFamily::Secrets, {QStringLiteral("list")})};
        const Authorizer authorizer(state);

        const Decision get
                = authorizer.decide(kAlice, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY2(get.allowed, qPrintable(get.explanation()));
        QCOMPARE(get.grant->source, Grant::Source::AccessPolicy);
        QCOMPARE(get.grant->viaGroupId, kGroup);
        QCOMPARE(get.grant->viaGroupName, QStringLiteral("ops-team"));
        QCOMPARE(get.grant->permission, QStringLiteral("secrets: get"));
        // Union with the member's own policy.
        const Decision list = authorizer.decide(kAlice, Operation::SecretList, Resource::kind(ObjectKind::Secret));
        QVERIFY2(list.allowed, qPrintable(list.explanation()));
        QVERIFY(list.grant->viaGroupId.isEmpty());
        QVERIFY(!authorizer.decide(kAlice, Operation::SecretSet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
        // Non-members get nothing from it.
        QVERIFY(!authorizer.decide(kBob, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
    }

    void unknownPrincipalIsDenied()
    {
        AccessState state = policyState();
        state.policies = {policy(kGhost, everythingIn(PolicyFamily::Keys), everythingIn(PolicyFamily::Secrets),
                                 everythingIn(PolicyFamily::Certificates))};
        const Authorizer authorizer(state);
        QVERIFY(!authorizer.decide(kGhost, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
        QVERIFY(!authorizer.decide(kGhost, Operation::KeyList, Resource::kind(ObjectKind::Key)).allowed);
        QVERIFY(!authorizer.decide(kGhost, Operation::VaultGet, Resource::vault()).allowed);
    }

    void purgeWhenGranted()
    {
        AccessState state = policyState();
        state.policies
                = {policy(kAlice, {QStringLiteral("purge")}, {QStringLiteral("purge")}, {QStringLiteral("purge")})};
        const Authorizer authorizer(state);
        QVERIFY(authorizer.decide(kAlice, Operation::SecretPurge, Resource::object(ObjectKind::Secret, kObjectName))
                        .allowed);
        QVERIFY(authorizer.decide(kAlice, Operation::KeyPurge, Resource::object(ObjectKind::Key, kObjectName)).allowed);
        QVERIFY(authorizer
                        .decide(kAlice, Operation::CertificatePurge,
                                Resource::object(ObjectKind::Certificate, kObjectName))
                        .allowed);
        QVERIFY(!authorizer.decide(kAlice, Operation::SecretRecover, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizerPolicies)
#include "TestAuthorizerPolicies.moc"
