// The audit log as the engine writes it: one record per operation, allowed, denied or failed, in the same
// transaction as the operation; verifiable against the key named in header.json; exports checked offline.
#include "core/access/AccessControl.h"
#include "core/audit/AuditService.h"
#include "core/vault/BackupKeys.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultBundle.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::audit;

class TestVaultAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;
    QString m_path;

    std::unique_ptr<Vault> makeVault()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("L%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.ownerName = QStringLiteral("Olivia");
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("owner-pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        m_path = created->vault->path();
        created->vault->setClientInfo({QStringLiteral("test"), 4242, QStringLiteral("bench-host")});
        return std::move(created->vault);
    }
    std::unique_ptr<Vault> openAs(const char *passphrase)
    {
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(passphrase)), m_clock);
        if (!vault)
            qFatal("%s", qPrintable(vault.error().toString()));
        return std::move(*vault);
    }
    static SecureBytes bytes(const char *text) { return SecureBytes(QByteArrayView(text)); }
    static QString s(const char *text) { return QString::fromUtf8(text); }
    static QList<AuditRecord> records(Vault &vault)
    {
        auto all = vault.audit().list({});
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        return *all;
    }
    static QStringList summary(const QList<AuditRecord> &list)
    {
        QStringList out;
        for (const AuditRecord &r : list)
            out.append(r.operation + u' ' + auditResultName(r.result));
        return out;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void everyOperationIsRecordedOnce()
    {
        auto vault = makeVault();
        m_clock.advanceSecs(1);
        auto set = vault->secrets().set(s("db-password"), bytes("hunter2"));
        COFFER_VERIFY_OK(set);
        COFFER_VERIFY_OK(vault->secrets().get(s("db-password")));
        COFFER_VERIFY_ERROR(vault->secrets().get(s("missing")), ErrorCode::NotFound);
        COFFER_VERIFY_ERROR(vault->access().principal(s("nobody")), ErrorCode::NotFound); // failed before running
        COFFER_VERIFY_OK(vault->secrets().list());
        const QList<AuditRecord> all = records(*vault);
        QCOMPARE(summary(all),
                 QStringList({s("VaultPut Success"), s("SecretSet Success"), s("SecretGet Success"),
                              s("SecretGet NotFound"), s("PrincipalGet NotFound"), s("SecretList Success")}));
        const AuditRecord &get = all.at(2);
        QCOMPARE(get.target,
                 QStringLiteral("coffer://%1/secrets/db-password/%2").arg(vault->properties().name, set->version));
        QCOMPARE(get.principalName, s("Olivia"));
        QCOMPARE(get.client, s("test"));
        QCOMPARE(get.processId, qint64(4242));
        QCOMPARE(get.host, s("bench-host"));
        QCOMPARE(get.time, m_clock.now());
        QCOMPARE(all.at(3).errorCode, s("NotFound"));
        QVERIFY(!get.correlationId.isEmpty() && get.correlationId != all.at(1).correlationId);
        // No value anywhere in the log.
        auto exported = vault->audit().exportJsonLines({});
        COFFER_VERIFY_OK(exported);
        QVERIFY(!exported->contains("hunter2"));
    }

    void denialsAreRecordedAndNothingElseHappens()
    {
        auto owner = makeVault();
        COFFER_VERIFY_OK(owner->access().createUser(s("alice"), SecureString::fromUtf8("alice-pw"),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(owner->secrets().set(s("x"), bytes("v")));
        {
            auto alice = openAs("alice-pw");
            COFFER_VERIFY_ERROR(alice->secrets().remove(s("x")), ErrorCode::Forbidden);
            COFFER_VERIFY_ERROR(alice->audit().list({}), ErrorCode::Forbidden); // reading the log needs a role
        }
        const QList<AuditRecord> all = records(*owner);
        QCOMPARE(all.at(all.size() - 2).operation, s("SecretDelete"));
        QCOMPARE(all.at(all.size() - 2).result, AuditResult::Forbidden);
        QCOMPARE(all.at(all.size() - 2).principalName, s("alice"));
        QVERIFY(all.at(all.size() - 2).details.value(u"error").toString().contains(s("secrets/delete")));
        QCOMPARE(all.last().operation, s("AuditList"));
        QCOMPARE(all.last().result, AuditResult::Forbidden);
        COFFER_VERIFY_OK(owner->secrets().show(s("x"))); // still there
    }

    void batchesRecordEachItem()
    {
        auto vault = makeVault();
        std::vector<SecretSetRequest> batch;
        for (const char *name : {"a", "b", "c"})
            batch.push_back({s(name), bytes("v"), {}});
        COFFER_VERIFY_OK(vault->secrets().setMany(batch));
        QStringList targets;
        for (const AuditRecord &r : records(*vault))
            if (r.operation == u"SecretSet")
                targets.append(r.target.section(u'/', 3));
        QCOMPARE(targets, QStringList({s("secrets/a"), s("secrets/b"), s("secrets/c"), s("secrets")}));
    }

    void logVerifiesAndExportsCheckOffline()
    {
        auto vault = makeVault();
        for (int i = 0; i < 30; ++i) {
            m_clock.advanceSecs(60);
            COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("s%1").arg(i), bytes("v")));
        }
        auto report = vault->audit().verify();
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        auto header = bundle::load(m_path);
        COFFER_VERIFY_OK(header);
        QCOMPARE(header->auditPublicKey, vault->audit().publicKey());
        QCOMPARE(header->auditKeyId, vault->audit().keyId());

        auto exported = vault->audit().exportJsonLines({});
        COFFER_VERIFY_OK(exported);
        const VerifyReport ok = verifyExportFile(*exported, header->auditPublicKey);
        QVERIFY2(ok.ok, qPrintable(ok.problem));
        QByteArray edited = *exported;
        edited.replace("\"s7\"", "\"s8\"");
        edited.replace("/secrets/s7", "/secrets/s8");
        QVERIFY(edited != *exported);
        const VerifyReport bad = verifyExportFile(edited, header->auditPublicKey);
        QVERIFY(!bad.ok);
        QVERIFY(bad.firstBadSequence > 0);
    }

    void lockingSignsTheHead()
    {
        {
            auto vault = makeVault();
            COFFER_VERIFY_OK(vault->secrets().set(s("a"), bytes("v")));
        } // locked
        auto vault = openAs("owner-pw");
        auto report = vault->audit().verify();
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QVERIFY(report->checkpoints >= 1);
    }

    void auditRecordsAreNotChangesOfContent()
    {
        auto first = makeVault();
        auto second = openAs("owner-pw");
        auto before = first->externalChangeCounter();
        COFFER_VERIFY_OK(before);
        COFFER_VERIFY_OK(second->secrets().list()); // a read: only an audit record
        QCOMPARE(*first->externalChangeCounter(), *before);
        COFFER_VERIFY_OK(first->secrets().set(s("mine"), bytes("v"))); // this connection's own write
        QCOMPARE(*first->externalChangeCounter(), *before);
        COFFER_VERIFY_OK(second->secrets().set(s("theirs"), bytes("v")));
        QVERIFY(*first->externalChangeCounter() != *before);
    }

    void duePurgesAndRetentionAtOpen()
    {
        {
            auto vault = makeVault();
            COFFER_VERIFY_OK(vault->secrets().set(s("old"), bytes("v")));
            COFFER_VERIFY_OK(vault->secrets().remove(s("old")));
            COFFER_VERIFY_OK(vault->audit().setRetentionDays(30));
        }
        m_clock.advanceSecs(qint64(91) * 24 * 3600);
        auto vault = openAs("owner-pw");
        QCOMPARE(vault->purgedOnOpen(), 1);
        const QList<AuditRecord> all = records(*vault);
        // Everything older than 30 days is gone; the purge the vault made at open is the first record left.
        QCOMPARE(all.first().operation, s("SecretPurge"));
        QCOMPARE(all.first().details.value(u"initiatedBy").toString(), s("vault"));
        QVERIFY(all.first().sequence > 1);
        auto report = vault->audit().verify();
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        COFFER_VERIFY_ERROR(vault->audit().setRetentionDays(-1), ErrorCode::InvalidArgument);
    }

    void reviewFindings()
    {
        auto owner = makeVault();
        COFFER_VERIFY_OK(
                owner->access().createUser(s("bob"), SecureString::fromUtf8("bob-pw"), Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(owner->access().assign(s("Key Vault Contributor"), s("bob"), access::Scope::vault()));
        // Key Vault Contributor has no data access, so it may not take the family backup key out either.
        {
            auto bob = openAs("bob-pw");
            auto key = bob->backupKeys().exportOwnKey(SecureString::fromUtf8("k"), Argon2Params::fastForTests());
            COFFER_VERIFY_ERROR(key, ErrorCode::Forbidden);
            QVERIFY(key.error().context().contains(s("getSecret")));
            // ...nor shorten the audit log's retention.
            COFFER_VERIFY_ERROR(bob->audit().setRetentionDays(1), ErrorCode::Forbidden);
        }
        // The only Owner cannot remove their own last keyslots.
        QStringList mine;
        for (const KeyslotInfo &slot : owner->keyslots())
            if (slot.principalId == owner->principalId())
                mine.append(slot.id);
        QCOMPARE(mine.size(), 2);
        COFFER_VERIFY_OK(owner->removeKeyslot(mine.at(1)));
        COFFER_VERIFY_ERROR(owner->removeKeyslot(mine.at(0)), ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestVaultAudit)
#include "TestVaultAudit.moc"
