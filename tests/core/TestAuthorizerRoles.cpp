// RBAC decisions of coffer::access::Authorizer against an independent transcription of Azure's documentation
// (.dev/research/azure-access-model.md §1, §2, §2.1, §3, §5; /work/shared/reference/azure-key-vault.md §1.10) and
// Coffer's documented choices. Nothing here is copied from core/access/Operation.cpp or Roles.cpp: when the two
// disagree, the research file decides which one is wrong.

#include "tests/core/AzureRbacTranscription.h"
#include "tests/support/TestUtil.h"

class TestAuthorizerRoles : public QObject
{
    Q_OBJECT

private:
    qint64 m_decisions = 0;
    QSet<QString> m_rolesCovered;
    QSet<int> m_opsCovered;

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void cleanupTestCase()
    {
        if (m_decisions > 0)
            qInfo("role matrix: %lld decisions checked, %lld roles x %lld operations x %lld assignment scopes",
                  static_cast<long long>(m_decisions), static_cast<long long>(m_rolesCovered.size()),
                  static_cast<long long>(m_opsCovered.size()), static_cast<long long>(kAllWhere.size()));
    }

    // Every operation is transcribed here, and the product's own metadata agrees with the transcription.
    void operationTableMatchesTranscription()
    {
        QCOMPARE(allOperations().size(), static_cast<int>(Operation::Count));
        QStringList problems;
        for (int i = 0; i < allOperations().size(); ++i) {
            const OperationInfo &info = allOperations().at(i);
            const OpSpec s = spec(info.operation);
            QVERIFY2(s.op == info.operation, qPrintable(QStringLiteral("no transcription for %1").arg(info.name)));
            if (static_cast<int>(info.operation) != i)
                problems << QStringLiteral("%1: allOperations() is not in enum order").arg(s.name);
            if (info.name != s.name)
                problems << QStringLiteral("%1: product names it '%2'").arg(s.name, info.name);
            if (operationFromName(s.name.toLower()) != s.op)
                problems << QStringLiteral("%1: operationFromName(lower-case) does not find it").arg(s.name);
            if (info.family != s.family)
                problems << QStringLiteral("%1: family %2, expected %3")
                                    .arg(s.name)
                                    .arg(static_cast<int>(info.family))
                                    .arg(static_cast<int>(s.family));
            if (info.level != s.level)
                problems << QStringLiteral("%1: target level %2, expected %3")
                                    .arg(s.name)
                                    .arg(static_cast<int>(info.level))
                                    .arg(static_cast<int>(s.level));
            if (info.everyone != s.everyone)
                problems << QStringLiteral("%1: everyone=%2, expected %3")
                                    .arg(s.name)
                                    .arg(info.everyone)
                                    .arg(s.everyone);
            if (info.selfService != s.selfService)
                problems << QStringLiteral("%1: selfService=%2, expected %3")
                                    .arg(s.name)
                                    .arg(info.selfService)
                                    .arg(s.selfService);
            if (info.dataPlane != isData(s))
                problems << QStringLiteral("%1: dataPlane=%2").arg(s.name).arg(info.dataPlane);
            if (info.publicKeyOperation != s.publicKey)
                problems << QStringLiteral("%1: publicKeyOperation=%2").arg(s.name).arg(info.publicKeyOperation);
            if (info.needsUnrestrictedAssignmentWrite != s.unrestricted)
                problems << QStringLiteral("%1: needsUnrestrictedAssignmentWrite=%2")
                                    .arg(s.name)
                                    .arg(info.needsUnrestrictedAssignmentWrite);
            if (!s.everyone) {
                if (info.rbac.value(0) != s.rbac.value(0))
                    problems << QStringLiteral("%1: checks '%2', Azure/Coffer: '%3'")
                                        .arg(s.name, info.rbac.value(0), s.rbac.value(0));
                if (toSet(info.rbac) != toSet(s.rbac))
                    problems << QStringLiteral("%1: accepts {%2}, expected {%3}")
                                        .arg(s.name, sorted(toSet(info.rbac)), sorted(toSet(s.rbac)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void actionMatchesIsAzuresWildcard()
    {
        // Case-insensitive; '*' matches any run of characters, '/' included (research §2.1, [CUSTOM]).
        QVERIFY(actionMatches(kv("*"), kv("secrets/purge/action")));
        QVERIFY(actionMatches(kv("*"), kv("keyrotationpolicies/write")));
        QVERIFY(actionMatches(kv("*/read"), kv("keys/read")));
        QVERIFY(actionMatches(kv("*/read"), kv("certificatecas/read")));
        QVERIFY(actionMatches(kv("*/read"), kv("keyrotationpolicies/read")));
        QVERIFY(!actionMatches(kv("*/read"), kv("secrets/readMetadata/action")));
        QVERIFY(!actionMatches(kv("*/read"), kv("secrets/getSecret/action")));
        QVERIFY(!actionMatches(kv("*/read"), kv("certificatecontacts/write")));
        QVERIFY(actionMatches(QStringLiteral("microsoft.keyvault/VAULTS/SECRETS/*"), kv("secrets/getSecret/action")));
        QVERIFY(actionMatches(kv("secrets/getsecret/action"), kv("secrets/getSecret/action")));
        QVERIFY(!actionMatches(kv("secrets/*"), kv("keys/read")));
        QVERIFY(!actionMatches(kv("keys/*"), kv("keyrotationpolicies/read")));
        QVERIFY(!actionMatches(kv("certificates/*"), kv("certificatecas/read")));
        QVERIFY(actionMatches(QStringLiteral("*"), kPrincipalsWrite));
        QVERIFY(actionMatches(QStringLiteral("Microsoft.Authorization/*/read"), kAssignmentsRead));
        QVERIFY(!actionMatches(QStringLiteral("Microsoft.Authorization/*/read"), kAssignmentsWrite));
        QVERIFY(actionMatches(QStringLiteral("Microsoft.Authorization/*"), kAssignmentsDelete));
        QVERIFY(actionMatches(QStringLiteral("Microsoft.KeyVault/*"), kVaultsWrite));
        QVERIFY(actionMatches(QStringLiteral("Microsoft.KeyVault/*"), kAccessPoliciesWrite));
        QVERIFY(!actionMatches(QStringLiteral("Microsoft.KeyVault/*"), kPrincipalsWrite));
        QVERIFY(!actionMatches(QStringLiteral("*/read"), kVaultsWrite));
        QVERIFY(!actionMatches(kv("secrets/delete"), kv("secrets/delete/extra")));
        QVERIFY(!actionMatches(kv("secrets/get"), kv("secrets/getSecret/action")));
    }

    // roles::builtIn() holds exactly Azure's 14 roles, with Azure's names, Actions and DataActions.
    void builtInRolesAreAzures()
    {
        QCOMPARE(roles::builtIn().size(), roleExpectations().size());
        QStringList problems;
        for (const RoleExpect &e : roleExpectations()) {
            const RoleDefinition *def = roles::find(e.id);
            if (!def) {
                problems << QStringLiteral("%1 (%2) is missing").arg(e.name, e.id);
                continue;
            }
            if (def->name != e.name)
                problems << QStringLiteral("%1 is named '%2'").arg(e.name, def->name);
            if (toSet(def->dataActions) != toSet(e.dataActions))
                problems << QStringLiteral("%1: DataActions {%2}, Azure {%3}")
                                    .arg(e.name, sorted(toSet(def->dataActions)), sorted(toSet(e.dataActions)));
            if (!def->notDataActions.isEmpty())
                problems << QStringLiteral("%1: NotDataActions should be empty").arg(e.name);
            if (toSet(def->actions) != toSet(e.actions))
                problems << QStringLiteral("%1: Actions {%2}, Azure {%3}")
                                    .arg(e.name, sorted(toSet(def->actions)), sorted(toSet(e.actions)));
            if (toSet(def->notActions) != toSet(e.notActions))
                problems << QStringLiteral("%1: NotActions {%2}, Azure {%3}")
                                    .arg(e.name, sorted(toSet(def->notActions)), sorted(toSet(e.notActions)));
            if (toSet(def->assignableRoleIds) != toSet(e.assignableRoleIds))
                problems << QStringLiteral("%1: may assign {%2}, Azure's condition {%3}")
                                    .arg(e.name, sorted(toSet(def->assignableRoleIds)),
                                         sorted(toSet(e.assignableRoleIds)));
            // find(): by name, by name without "Key Vault ", case-insensitively.
            if (roles::find(e.name.toUpper()) != def)
                problems << QStringLiteral("%1: not found by upper-case name").arg(e.name);
            if (e.name.startsWith(QStringLiteral("Key Vault ")) && roles::find(e.name.mid(10).toLower()) != def)
                problems << QStringLiteral("%1: not found by short name").arg(e.name);
        }
        QVERIFY(roles::find(QStringLiteral("Key Vault Nonexistent")) == nullptr);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The explicit per-role lists below follow from Azure's definitions (a check of this test's transcription:
    // each list is derived again with Azure's wildcard rule from the role's Actions/DataActions and the operation
    // table above).
    void expectationsFollowFromDefinitions()
    {
        QStringList problems;
        auto holds = [](const QStringList &patterns, const QStringList &notPatterns, const QString &action) {
            bool any = false;
            for (const QString &p : patterns)
                any = any || actionMatches(p, action);
            for (const QString &p : notPatterns)
                any = any && !actionMatches(p, action);
            return any;
        };
        for (const RoleExpect &e : roleExpectations()) {
            for (const OperationInfo &info : allOperations()) {
                const OpSpec s = spec(info.operation);
                for (bool asymmetric : {false, true}) {
                    bool derived = false;
                    if (s.everyone) {
                        derived = true;
                    } else if (isData(s)) {
                        for (const QString &a : s.rbac)
                            derived = derived || holds(e.dataActions, {}, a);
                        if (s.publicKey && asymmetric)
                            derived = derived || holds(e.dataActions, {}, kv("keys/read"));
                    } else {
                        for (const QString &a : s.rbac)
                            derived = derived || holds(e.actions, e.notActions, a);
                        if (s.unrestricted)
                            derived = derived && holds(e.actions, e.notActions, kAssignmentsWrite)
                                    && e.assignableRoleIds.isEmpty();
                        if (s.op == Operation::BackupKeyExport) // also needs SecretGet: getSecret data action
                            derived = derived && holds(e.dataActions, {}, kv("secrets/getSecret/action"));
                        if (s.op == Operation::RoleAssignmentCreate || s.op == Operation::RoleAssignmentDelete)
                            derived = derived
                                    && (e.assignableRoleIds.isEmpty()
                                        || e.assignableRoleIds.contains(str(roles::kSecretsUser)));
                    }
                    if (derived != expectAllowed(e, s.op, asymmetric))
                        problems << QStringLiteral("%1 %2%3: list says %4, definition says %5")
                                            .arg(e.name, s.name,
                                                 asymmetric ? QStringLiteral(" (asymmetric)") : QString(),
                                                 yesNo(expectAllowed(e, s.op, asymmetric)), yesNo(derived));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void matrixCoverage()
    {
        const QList<MatrixCase> cases = matrixCases();
        QSet<int> ops;
        for (const MatrixCase &c : cases)
            ops.insert(static_cast<int>(c.spec.op));
        const qsizetype roleCount = roles::builtIn().size();
        qInfo("matrix rows: %lld roles x %lld operations x %lld scopes (+ asymmetric-key variants) = %lld decisions",
              static_cast<long long>(roleCount), static_cast<long long>(ops.size()),
              static_cast<long long>(kAllWhere.size()), static_cast<long long>(roleCount * cases.size()));
        QVERIFY(roleCount >= 10);
        QVERIFY(ops.size() >= 40);
        QCOMPARE(ops.size(), static_cast<qsizetype>(Operation::Count));
        for (const RoleDefinition &def : roles::builtIn())
            QVERIFY2(roleExpect(def.id), qPrintable(QStringLiteral("no expectation for %1").arg(def.name)));
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("roleId");
        for (const RoleExpect &e : roleExpectations())
            QTest::newRow(qPrintable(e.name)) << e.id;
    }

    // For one role, every operation at every assignment scope: allowed exactly as Azure documents.
    void roleMatrix()
    {
        QFETCH(QString, roleId);
        const RoleExpect *expect = roleExpect(roleId);
        QVERIFY(expect);
        const RoleDefinition *def = roles::find(roleId);
        QVERIFY2(def, qPrintable(QStringLiteral("roles::find(%1) is null").arg(expect->name)));

        QStringList failures;
        QSet<int> opsChecked;
        qint64 decisions = 0;
        for (const MatrixCase &c : matrixCases()) {
            const OpSpec &s = c.spec;
            const ObjectKind kind = kindOf(s);
            const QString assignedAt = assignmentScopeText(c.where, kind);
            AccessState state = baseState();
            state.assignments = {assignment(QStringLiteral("ra-1"), roleId, kAlice, assignmentScope(c.where, kind))};
            const Authorizer authorizer(state);
            const Resource resource = resourceFor(s, c.asymmetric);
            const Decision d = authorizer.decide(kAlice, s.op, resource);
            ++decisions;
            opsChecked.insert(static_cast<int>(s.op));

            const bool expected
                    = s.everyone || (expectAllowed(*expect, s.op, c.asymmetric) && scopeReaches(c.where, s.level));
            const QString where = QStringLiteral("role '%1' assigned at '%2' | %3 on '%4'%5")
                                          .arg(expect->name, assignedAt, s.name, resourceText(s),
                                               c.asymmetric ? QStringLiteral(" (asymmetric key)") : QString());
            if (d.allowed != expected) {
                failures << QStringLiteral("%1: expected %2, got %3 (%4)")
                                    .arg(where, yesNo(expected), yesNo(d.allowed), d.explanation());
                continue;
            }
            if (d.operation != s.op || d.principalId != kAlice || d.model != PermissionModel::Rbac)
                failures << QStringLiteral("%1: decision names the wrong operation, principal or model").arg(where);
            if (d.resource != resourceText(s))
                failures << QStringLiteral("%1: checked at '%2'").arg(where, d.resource);
            if (!s.everyone) {
                const bool requiredOk = s.unrestricted ? (d.required == kVaultsWrite || d.required == kAssignmentsWrite)
                                                       : d.required == s.rbac.first();
                if (!requiredOk)
                    failures << QStringLiteral("%1: required '%2', expected '%3'")
                                        .arg(where, d.required, s.rbac.first());
            }
            if (d.allowed && !s.everyone) {
                if (!d.grant) {
                    failures << QStringLiteral("%1: allowed without a grant").arg(where);
                } else if (d.grant->source != Grant::Source::RoleAssignment || d.grant->roleName != expect->name
                           || d.grant->roleId.compare(roleId, Qt::CaseInsensitive) != 0
                           || d.grant->assignmentId != QStringLiteral("ra-1") || d.grant->scope != assignedAt
                           || !d.grant->viaGroupId.isEmpty()) {
                    failures << QStringLiteral("%1: grant is role '%2' (%3) at '%4', assignment '%5', via group '%6'")
                                        .arg(where, d.grant->roleName, d.grant->roleId, d.grant->scope,
                                             d.grant->assignmentId, d.grant->viaGroupId);
                }
            }
            if (!d.allowed) {
                if (d.grant)
                    failures << QStringLiteral("%1: denied but carries a grant").arg(where);
                if (!d.explanation().contains(d.required, Qt::CaseInsensitive) || d.required.isEmpty())
                    failures << QStringLiteral("%1: explanation does not name '%2': %3")
                                        .arg(where, d.required, d.explanation());
            }
        }
        m_decisions += decisions;
        m_rolesCovered.insert(roleId);
        m_opsCovered.unite(opsChecked);
        QVERIFY(opsChecked.size() >= 40);
        if (!failures.isEmpty()) {
            const qsizetype total = failures.size();
            if (failures.size() > 80)
                failures = failures.mid(0, 80) << QStringLiteral("...");
            QFAIL(qPrintable(QStringLiteral("%1 of %2 decisions wrong:\n").arg(total).arg(decisions)
                             + failures.join(QLatin1Char('\n'))));
        }
    }

    // Without any role only the `everyone` operations are open; self-service needs the caller as the target.
    void noRoleAllowsOnlyEveryoneOperations()
    {
        const AccessState state = baseState();
        const Authorizer authorizer(state);
        QStringList failures;
        for (const OperationInfo &info : allOperations()) {
            const OpSpec s = spec(info.operation);
            const Decision d = authorizer.decide(kAlice, s.op, resourceFor(s, true));
            if (d.allowed != s.everyone)
                failures << QStringLiteral("no role | %1: expected %2, got %3")
                                    .arg(s.name, yesNo(s.everyone), yesNo(d.allowed));
            else if (s.everyone && (!d.grant || d.grant->source != Grant::Source::Everyone))
                failures << QStringLiteral("no role | %1: allowed, but the grant is not 'everyone'").arg(s.name);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The roles a denial suggests are exactly those that would grant the operation there.
    void denialListsRolesThatGrant()
    {
        const AccessState state = baseState();
        const Authorizer authorizer(state);
        QStringList failures;
        for (const OperationInfo &info : allOperations()) {
            const OpSpec s = spec(info.operation);
            if (s.everyone)
                continue;
            const Decision d = authorizer.decide(kAlice, s.op, resourceFor(s, false));
            if (d.allowed) {
                failures << QStringLiteral("%1: allowed without a role").arg(s.name);
                continue;
            }
            QSet<QString> expected;
            for (const RoleExpect &e : roleExpectations()) {
                if (e.allows.contains(s.op))
                    expected.insert(e.name);
            }
            if (toSet(d.rolesThatGrant) != expected)
                failures << QStringLiteral("%1: rolesThatGrant {%2}, expected {%3}")
                                    .arg(s.name, sorted(toSet(d.rolesThatGrant)), sorted(expected));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void decisionFields()
    {
        AccessState state = baseState();
        state.assignments = {assignment(QStringLiteral("ra-su"), str(roles::kSecretsUser), kAlice,
                                        Scope::object(ObjectKind::Secret, kObjectName))};
        const Authorizer authorizer(state);

        const Decision get
                = authorizer.decide(kAlice, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY(get.allowed);
        QCOMPARE(get.operation, Operation::SecretGet);
        QCOMPARE(get.principalId, kAlice);
        QCOMPARE(get.principalName, QStringLiteral("alice"));
        QCOMPARE(get.resource, QStringLiteral("/secrets/db-password"));
        QCOMPARE(get.model, PermissionModel::Rbac);
        QCOMPARE(get.required, QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"));
        QVERIFY(get.grant.has_value());
        QCOMPARE(get.grant->source, Grant::Source::RoleAssignment);
        QCOMPARE(get.grant->assignmentId, QStringLiteral("ra-su"));
        QCOMPARE(get.grant->roleId, str(roles::kSecretsUser));
        QCOMPARE(get.grant->roleName, QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(get.grant->scope, QStringLiteral("/secrets/db-password"));
        QVERIFY(get.grant->viaGroupId.isEmpty());
        QVERIFY(get.grant->viaGroupName.isEmpty());
        QCOMPARE(get.grant->permission, QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"));
        QVERIFY(!get.explanation().isEmpty());

        const Decision set
                = authorizer.decide(kAlice, Operation::SecretSet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY(!set.allowed);
        QVERIFY(!set.grant.has_value());
        QCOMPARE(set.principalName, QStringLiteral("alice"));
        QCOMPARE(set.required, QStringLiteral("Microsoft.KeyVault/vaults/secrets/setSecret/action"));
        QVERIFY2(set.held.join(u' ').contains(QStringLiteral("Key Vault Secrets User")),
                 qPrintable(set.held.join(QStringLiteral(", "))));
        QCOMPARE(toSet(set.rolesThatGrant),
                 (QSet<QString> {QStringLiteral("Key Vault Administrator"),
                                 QStringLiteral("Key Vault Secrets Officer")}));
        QVERIFY2(set.explanation().contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/setSecret/action")),
                 qPrintable(set.explanation()));

        // Listing is checked at "/secrets": the object-scoped role does not reach it.
        const Decision list = authorizer.decide(kAlice, Operation::SecretList, Resource::kind(ObjectKind::Secret));
        QVERIFY(!list.allowed);
        QCOMPARE(list.resource, QStringLiteral("/secrets"));
        QCOMPARE(list.required, QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action"));
        QVERIFY2(list.explanation().contains(list.required), qPrintable(list.explanation()));

        // Another secret of the same name in another kind, and another name: not reached.
        QVERIFY(!authorizer
                         .decide(kAlice, Operation::SecretGet,
                                 Resource::object(ObjectKind::Secret, QStringLiteral("other")))
                         .allowed);
        QVERIFY(!authorizer
                         .decide(kAlice, Operation::CertificateGet,
                                 Resource::object(ObjectKind::Certificate, kObjectName))
                         .allowed);
        // Object names compare case-insensitively.
        QVERIFY(authorizer
                        .decide(kAlice, Operation::SecretGet,
                                Resource::object(ObjectKind::Secret, QStringLiteral("DB-Password")))
                        .allowed);

        // Everyone's operations name their grant.
        const Decision vault = authorizer.decide(kBob, Operation::VaultGet, Resource::vault());
        QVERIFY(vault.allowed);
        QVERIFY(vault.grant.has_value());
        QCOMPARE(vault.grant->source, Grant::Source::Everyone);
    }

    void objectScopeIsCaseInsensitive()
    {
        AccessState state = baseState();
        state.assignments = {assignment(QStringLiteral("ra-1"), str(roles::kSecretsOfficer), kAlice,
                                        Scope::object(ObjectKind::Secret, QStringLiteral("DB-Password")))};
        const Authorizer authorizer(state);
        QVERIFY(authorizer.decide(kAlice, Operation::SecretPurge, Resource::object(ObjectKind::Secret, kObjectName))
                        .allowed);
        QVERIFY(!authorizer.decide(kAlice, Operation::SecretRestore, Resource::kind(ObjectKind::Secret)).allowed);

        // A certificate-scoped role does not reach the certificate's addressable secret and key (research §5.4).
        state.assignments = {assignment(QStringLiteral("ra-2"), str(roles::kCertificateUser), kAlice,
                                        Scope::object(ObjectKind::Certificate, kObjectName))};
        const Authorizer cert(state);
        QVERIFY(cert.decide(kAlice, Operation::CertificateGet, Resource::object(ObjectKind::Certificate, kObjectName))
                        .allowed);
        QVERIFY(!cert.decide(kAlice, Operation::SecretGet, Resource::object(ObjectKind::Secret, kObjectName)).allowed);
        QVERIFY(!cert.decide(kAlice, Operation::KeyGet, Resource::object(ObjectKind::Key, kObjectName)).allowed);
    }

    void selfServiceOperations()
    {
        const AccessState state = baseState();
        const Authorizer authorizer(state);
        const QList<Operation> self
                = {Operation::KeyslotAdd, Operation::KeyslotRemove, Operation::KeyslotChangePassphrase,
                   Operation::RoleAssignmentList, Operation::AccessCheck};
        for (Operation op : self) {
            const QString name = spec(op).name;
            const Decision mine = authorizer.decide(kAlice, op, Resource::principal(kAlice));
            QVERIFY2(mine.allowed, qPrintable(name + QStringLiteral(" on oneself: ") + mine.explanation()));
            QVERIFY(mine.grant.has_value());
            QVERIFY2(mine.grant->source == Grant::Source::SelfService, qPrintable(name));
            const Decision theirs = authorizer.decide(kAlice, op, Resource::principal(kBob));
            QVERIFY2(!theirs.allowed, qPrintable(name + QStringLiteral(" on someone else was allowed")));
        }
        // Nothing else is self-service: above all, not granting oneself roles or deleting oneself.
        for (const OperationInfo &info : allOperations()) {
            const OpSpec s = spec(info.operation);
            if (s.everyone || self.contains(s.op) || s.level != TargetLevel::Vault)
                continue;
            Resource r = Resource::principal(kAlice);
            r.roleId = str(roles::kOwner);
            const Decision d = authorizer.decide(kAlice, s.op, r);
            QVERIFY2(!d.allowed, qPrintable(s.name + QStringLiteral(" on oneself was allowed without a role")));
        }
    }

    void dataAccessAdministratorCondition_data()
    {
        QTest::addColumn<QString>("requestedRole");
        QTest::addColumn<bool>("assignable");
        const QStringList allowed = kDataAccessAdministratorAssignable;
        for (const RoleExpect &e : roleExpectations())
            QTest::newRow(qPrintable(e.name)) << e.id << allowed.contains(e.id);
        QTest::newRow("custom role") << QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000") << false;
    }

    void dataAccessAdministratorCondition()
    {
        QFETCH(QString, requestedRole);
        QFETCH(bool, assignable);
        const RoleExpect *requested = roleExpect(requestedRole);
        const QString requestedName = requested ? requested->name : requestedRole;

        AccessState state = baseState();
        state.principals.append(user(QStringLiteral("44444444-4444-4444-8444-444444444444"), QStringLiteral("owner")));
        state.principals.append(user(QStringLiteral("55555555-5555-4555-8555-555555555555"), QStringLiteral("uaa")));
        state.assignments
                = {assignment(QStringLiteral("ra-daa"), str(roles::kDataAccessAdministrator), kAlice, Scope::vault()),
                   assignment(QStringLiteral("ra-own"), str(roles::kOwner),
                              QStringLiteral("44444444-4444-4444-8444-444444444444"), Scope::vault()),
                   assignment(QStringLiteral("ra-uaa"), str(roles::kUserAccessAdministrator),
                              QStringLiteral("55555555-5555-4555-8555-555555555555"), Scope::vault())};
        const Authorizer authorizer(state);
        for (Operation op : {Operation::RoleAssignmentCreate, Operation::RoleAssignmentDelete}) {
            Resource r = Resource::principal(kBob);
            r.roleId = requestedRole;
            const QString what = QStringLiteral("%1 of %2").arg(spec(op).name, requestedName);
            const Decision daa = authorizer.decide(kAlice, op, r);
            QVERIFY2(daa.allowed == assignable,
                     qPrintable(QStringLiteral("Data Access Administrator | %1: expected %2, got %3 (%4)")
                                        .arg(what, yesNo(assignable), yesNo(daa.allowed), daa.explanation())));
            if (!assignable) {
                QVERIFY2(!daa.denialDetail.isEmpty(), qPrintable(what));
                const QString shortName = requestedName.startsWith(QStringLiteral("Key Vault ")) ? requestedName.mid(10)
                                                                                                 : requestedName;
                if (requested)
                    QVERIFY2(daa.denialDetail.contains(shortName),
                             qPrintable(what + QStringLiteral(": ") + daa.denialDetail));
            } else {
                QVERIFY(daa.grant.has_value());
                QCOMPARE(daa.grant->roleName, QStringLiteral("Key Vault Data Access Administrator"));
            }
            if (requested) { // Owner and User Access Administrator are unrestricted
                QVERIFY2(authorizer.decide(QStringLiteral("44444444-4444-4444-8444-444444444444"), op, r).allowed,
                         qPrintable(QStringLiteral("Owner | ") + what));
                QVERIFY2(authorizer.decide(QStringLiteral("55555555-5555-4555-8555-555555555555"), op, r).allowed,
                         qPrintable(QStringLiteral("User Access Administrator | ") + what));
            }
        }
        // Never the permission model, whatever role is at stake.
        QVERIFY(!authorizer.decide(kAlice, Operation::VaultSetPermissionModel, Resource::vault()).allowed);
    }

    void dataAccessAdministratorOnlyAtVaultScope()
    {
        AccessState state = baseState();
        state.assignments = {assignment(QStringLiteral("ra-daa"), str(roles::kDataAccessAdministrator), kAlice,
                                        Scope::kind(ObjectKind::Secret))};
        const Authorizer authorizer(state);
        Resource r = Resource::principal(kBob);
        r.roleId = str(roles::kSecretsUser);
        QVERIFY(!authorizer.decide(kAlice, Operation::RoleAssignmentCreate, r).allowed);
        QVERIFY(!authorizer.decide(kAlice, Operation::RoleAssignmentDelete, r).allowed);
    }

    void groupMembershipGrants()
    {
        AccessState state = baseState();
        state.principals[0].groupIds = {kGroup};
        state.principals.append(group(kGroup, QStringLiteral("ops-team"), {kAlice}));
        state.assignments = {assignment(QStringLiteral("ra-g"), str(roles::kSecretsOfficer), kGroup,
                                        Scope::kind(ObjectKind::Secret))};
        const Authorizer authorizer(state);

        const Decision d
                = authorizer.decide(kAlice, Operation::SecretSet, Resource::object(ObjectKind::Secret, kObjectName));
        QVERIFY2(d.allowed, qPrintable(d.explanation()));
        QVERIFY(d.grant.has_value());
        QCOMPARE(d.grant->source, Grant::Source::RoleAssignment);
        QCOMPARE(d.grant->roleName, QStringLiteral("Key Vault Secrets Officer"));
        QCOMPARE(d.grant->assignmentId, QStringLiteral("ra-g"));
        QCOMPARE(d.grant->scope, QStringLiteral("/secrets"));
        QCOMPARE(d.grant->viaGroupId, kGroup);
        QCOMPARE(d.grant->viaGroupName, QStringLiteral("ops-team"));
        QVERIFY(authorizer.decide(kAlice, Operation::SecretList, Resource::kind(ObjectKind::Secret)).allowed);
        // Only within the group's scope, and only for members.
        QVERIFY(!authorizer.decide(kAlice, Operation::KeyGet, Resource::object(ObjectKind::Key, kObjectName)).allowed);
        QVERIFY(!authorizer.decide(kBob, Operation::SecretSet, Resource::object(ObjectKind::Secret, kObjectName))
                         .allowed);
        // The group's role at the vault grants its control-plane actions to members too.
        state.assignments.append(assignment(QStringLiteral("ra-g2"), str(roles::kOwner), kGroup, Scope::vault()));
        const Authorizer owners(state);
        const Decision add = owners.decide(kAlice, Operation::PrincipalCreate, Resource::vault());
        QVERIFY2(add.allowed, qPrintable(add.explanation()));
        QCOMPARE(add.grant->viaGroupName, QStringLiteral("ops-team"));
    }

    void unionOfRoles()
    {
        AccessState state = baseState();
        state.assignments = {assignment(QStringLiteral("ra-r"), str(roles::kReader), kAlice, Scope::vault()),
                             assignment(QStringLiteral("ra-su"), str(roles::kSecretsUser), kAlice,
                                        Scope::object(ObjectKind::Secret, kObjectName)),
                             assignment(QStringLiteral("ra-rel"), str(roles::kCryptoServiceReleaseUser), kAlice,
                                        Scope::kind(ObjectKind::Key)),
                             assignment(QStringLiteral("ra-enc"), str(roles::kCryptoServiceEncryptionUser), kAlice,
                                        Scope::object(ObjectKind::Key, kObjectName))};
        const Authorizer authorizer(state);
        const Resource secret = Resource::object(ObjectKind::Secret, kObjectName);
        const Resource key = Resource::object(ObjectKind::Key, kObjectName);

        const Decision get = authorizer.decide(kAlice, Operation::SecretGet, secret);
        QVERIFY2(get.allowed, qPrintable(get.explanation()));
        QCOMPARE(get.grant->roleName, QStringLiteral("Key Vault Secrets User"));
        QVERIFY(!authorizer
                         .decide(kAlice, Operation::SecretGet,
                                 Resource::object(ObjectKind::Secret, QStringLiteral("other")))
                         .allowed);
        QVERIFY(authorizer.decide(kAlice, Operation::SecretList, Resource::kind(ObjectKind::Secret)).allowed); // Reader
        QVERIFY(authorizer
                        .decide(kAlice, Operation::SecretGetProperties,
                                Resource::object(ObjectKind::Secret, QStringLiteral("other")))
                        .allowed);
        QVERIFY(authorizer.decide(kAlice, Operation::KeyRelease, key).allowed);
        QVERIFY(authorizer.decide(kAlice, Operation::KeyUnwrap, key).allowed);
        QVERIFY(!authorizer
                         .decide(kAlice, Operation::KeyUnwrap,
                                 Resource::object(ObjectKind::Key, QStringLiteral("other")))
                         .allowed);
        QVERIFY(!authorizer.decide(kAlice, Operation::KeyDecrypt, key).allowed);

        const Decision set = authorizer.decide(kAlice, Operation::SecretSet, secret);
        QVERIFY(!set.allowed);
        const QString held = set.held.join(QStringLiteral(", "));
        QVERIFY2(held.contains(QStringLiteral("Key Vault Reader"))
                         && held.contains(QStringLiteral("Key Vault Secrets User")),
                 qPrintable(held));

        // Permission model: vaults/write from one role plus unrestricted assignment write from another.
        state.assignments
                = {assignment(QStringLiteral("ra-c"), str(roles::kContributor), kAlice, Scope::vault()),
                   assignment(QStringLiteral("ra-u"), str(roles::kUserAccessAdministrator), kAlice, Scope::vault())};
        const Authorizer both(state);
        QVERIFY(both.decide(kAlice, Operation::VaultSetPermissionModel, Resource::vault()).allowed);
        // …but a restricted write (Data Access Administrator) does not do.
        state.assignments
                = {assignment(QStringLiteral("ra-c"), str(roles::kContributor), kAlice, Scope::vault()),
                   assignment(QStringLiteral("ra-d"), str(roles::kDataAccessAdministrator), kAlice, Scope::vault())};
        const Authorizer restricted(state);
        QVERIFY(!restricted.decide(kAlice, Operation::VaultSetPermissionModel, Resource::vault()).allowed);
    }

    void unknownPrincipalIsDenied()
    {
        AccessState state = baseState();
        // An assignment left behind for a principal that is not in the vault grants nothing.
        state.assignments = {assignment(QStringLiteral("ra-x"), str(roles::kAdministrator), kGhost, Scope::vault()),
                             assignment(QStringLiteral("ra-y"), str(roles::kOwner), kGhost, Scope::vault())};
        const Authorizer authorizer(state);
        for (Operation op : {Operation::SecretGet, Operation::KeyPurge, Operation::VaultPatch, Operation::VaultGet,
                             Operation::PrincipalList, Operation::KeyslotAdd}) {
            Resource r = resourceFor(spec(op), false);
            if (op == Operation::KeyslotAdd)
                r.targetPrincipalId = kGhost; // not even self-service
            const Decision d = authorizer.decide(kGhost, op, r);
            QVERIFY2(!d.allowed, qPrintable(spec(op).name));
            QVERIFY(!d.grant.has_value());
        }
        QVERIFY(!authorizer.decide(QString(), Operation::VaultGet, Resource::vault()).allowed);
    }

    void hasAccessManager()
    {
        AccessState state = baseState();
        QVERIFY(!Authorizer(state).hasAccessManager());
        state.assignments
                = {assignment(QStringLiteral("ra-d"), str(roles::kDataAccessAdministrator), kAlice, Scope::vault())};
        QVERIFY(!Authorizer(state).hasAccessManager());
        state.assignments
                = {assignment(QStringLiteral("ra-u"), str(roles::kUserAccessAdministrator), kBob, Scope::vault())};
        QVERIFY(Authorizer(state).hasAccessManager());
        state.assignments = {assignment(QStringLiteral("ra-o"), str(roles::kOwner), kAlice, Scope::vault())};
        QVERIFY(Authorizer(state).hasAccessManager());
        // Through a group: only when the group has a member.
        state.principals.append(group(kGroup, QStringLiteral("admins"), {}));
        state.assignments = {assignment(QStringLiteral("ra-g"), str(roles::kOwner), kGroup, Scope::vault())};
        QVERIFY(!Authorizer(state).hasAccessManager());
        state.principals.last().memberIds = {kBob};
        state.principals[1].groupIds = {kGroup};
        QVERIFY(Authorizer(state).hasAccessManager());
    }

    void whoCanPurge()
    {
        AccessState state = baseState();
        state.assignments = {assignment(QStringLiteral("ra-a"), str(roles::kAdministrator), kAlice, Scope::vault()),
                             assignment(QStringLiteral("ra-b"), str(roles::kSecretsUser), kBob, Scope::vault())};
        const Authorizer authorizer(state);
        const QList<Decision> can
                = authorizer.whoCan(Operation::SecretPurge, Resource::object(ObjectKind::Secret, kObjectName));
        QCOMPARE(can.size(), 1);
        QCOMPARE(can.first().principalId, kAlice);
        QVERIFY(can.first().allowed);
        const QList<Decision> all
                = authorizer.whoCan(Operation::SecretPurge, Resource::object(ObjectKind::Secret, kObjectName), false);
        QCOMPARE(all.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizerRoles)
#include "TestAuthorizerRoles.moc"
