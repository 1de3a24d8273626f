// Schema step 6 (certificates) on a database made by steps 1-5, as an older vault has it: the new tables exist
// and the HSM destroy triggers queue a token object only when the last row naming it goes (a certificate renewed
// with reuse_key shares one token object between key versions; a pending request holds its own).
// Schema step 7 (one schedule) on a database made by steps 1-6 with an owner: key rotation policies and key and
// certificate notices survive in the new tables, and the vault gets its system principal.

#include "core/access/AccessStore.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/vault/Meta.h"
#include "core/vault/Notifications.h"
#include "core/vault/Schema.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

using namespace coffer;
using storage::Database;

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = crypto::randomSecret(32);
    int m_counter = 0;

    // A database made by the steps up to `version`. `owner`: as a vault made before access control, with its
    // owner in meta before step 3 (which then makes the owner's principal).
    std::unique_ptr<Database> schemaUpTo(int version, bool owner = false)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_counter)), m_key,
                                 Database::Mode::CreateNew);
        if (!db)
            return {};
        std::vector<storage::Migration> first, old;
        for (const auto &step : schema::migrations()) {
            if (step.version <= 1)
                first.push_back(step);
            if (step.version <= version)
                old.push_back(step);
        }
        if (!storage::migrate(**db, first))
            return {};
        if (owner) {
            if (!meta::set(**db, meta::kOwnerPrincipalId, QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001"))
                || !meta::set(**db, meta::kOwnerName, QStringLiteral("Olivia"))
                || !meta::set(**db, meta::kPermissionModel, QStringLiteral("rbac"))
                || !meta::set(**db, meta::kCreated, QStringLiteral("2025-06-01T00:00:00.000Z")))
                return {};
        }
        auto migrated = storage::migrate(**db, old);
        if (!migrated || *migrated != version)
            return {};
        return std::move(*db);
    }
    std::unique_ptr<Database> schema5() { return schemaUpTo(5); }

    static qint64 count(Database &db, const char *sql)
    {
        auto s = db.prepare(sql);
        if (!s || !*s->step())
            return -1;
        return s->int64(0);
    }

    // An object with `versions` HSM key versions all naming token object `hsmId`.
    static void addHsmKey(Database &db, int objectId, const QString &name, int versions, const QByteArray &hsmId)
    {
        auto o = db.prepare("INSERT INTO objects (kind, name_key, id, name) VALUES (1, ?, ?, ?)");
        QVERIFY(o);
        o->bind(1, name).bind(2, objectId).bind(3, name);
        COFFER_VERIFY_OK(o->run());
        for (int i = 0; i < versions; ++i) {
            auto v = db.prepare("INSERT INTO versions (object_id, version, enabled, created, updated)"
                                " VALUES (?, ?, 1, 0, 0)");
            QVERIFY(v);
            v->bind(1, objectId).bind(2, QStringLiteral("v%1").arg(i));
            COFFER_VERIFY_OK(v->run());
            auto k = db.prepare("INSERT INTO key_versions (version_id, kty, bits, curve, protection, ops, exportable,"
                                " public_der, hsm_serial, hsm_id, hsm_local) VALUES (?, 0, 2048, NULL, 1, 0, 0,"
                                " x'30', 'SERIAL1', ?, 1)");
            QVERIFY(k);
            k->bind(1, db.lastInsertRowId()).bind(2, hsmId);
            COFFER_VERIFY_OK(k->run());
        }
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void stepSixAddsTheCertificateTables()
    {
        auto db = schema5();
        QVERIFY(db);
        QCOMPARE(count(*db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'certificate_%'"), 0);
        QCOMPARE(*storage::migrate(*db, schema::migrations()), schema::latestVersion());
        QVERIFY(schema::latestVersion() >= 6);
        // (certificate_notifications, made by step 6, went into step 7's notifications table.)
        for (const char *table : {"certificate_versions", "certificate_policies", "certificate_pending",
                                  "certificate_contacts", "notifications", "rotation_policies"}) {
            auto s = db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
            QVERIFY(s);
            s->bind(1, QString::fromLatin1(table));
            QVERIFY(*s->step());
            QVERIFY2(s->int64(0) == 1, table);
        }
    }

    void sharedTokenObjectIsDestroyedWithItsLastVersion()
    {
        auto db = schema5();
        QVERIFY(db);
        QCOMPARE(*storage::migrate(*db, schema::migrations()), schema::latestVersion());
        const QByteArray shared = QByteArray(16, '\x01');
        addHsmKey(*db, 1, QStringLiteral("web"), 2, shared);
        COFFER_VERIFY_OK(db->exec("DELETE FROM versions WHERE version = 'v0'"));
        QCOMPARE(count(*db, "SELECT count(*) FROM hsm_pending_destroy"), 0); // v1 still names it
        COFFER_VERIFY_OK(db->exec("DELETE FROM objects WHERE id = 1")); // purge: cascade to the last version
        QCOMPARE(count(*db, "SELECT count(*) FROM key_versions"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM hsm_pending_destroy"), 1);
    }

    void pendingRequestKeepsItsTokenObjectUntilItGoes()
    {
        auto db = schema5();
        QVERIFY(db);
        QCOMPARE(*storage::migrate(*db, schema::migrations()), schema::latestVersion());
        const QByteArray id = QByteArray(16, '\x02');
        auto p = db->prepare(
                "INSERT INTO certificate_pending (name_key, name, version, request_id, policy, csr, status,"
                " kty, bits, protection, public_der, hsm_serial, hsm_id, created, updated)"
                " VALUES ('web', 'web', 'v9', 'r', '{}', x'30', 0, 0, 2048, 1, x'30', 'SERIAL1', ?, 0, 0)");
        QVERIFY(p);
        p->bind(1, id);
        COFFER_VERIFY_OK(p->run());
        // A merge adds the key version first, then removes the request: nothing is queued.
        addHsmKey(*db, 2, QStringLiteral("web"), 1, id);
        COFFER_VERIFY_OK(db->exec("DELETE FROM certificate_pending WHERE name_key = 'web'"));
        QCOMPARE(count(*db, "SELECT count(*) FROM hsm_pending_destroy"), 0);

        // A request deleted without a merge queues its object.
        const QByteArray alone = QByteArray(16, '\x03');
        auto q = db->prepare(
                "INSERT INTO certificate_pending (name_key, name, version, request_id, policy, csr, status,"
                " kty, bits, protection, public_der, hsm_serial, hsm_id, created, updated)"
                " VALUES ('api', 'api', 'v1', 'r', '{}', x'30', 0, 1, 256, 1, x'30', 'SERIAL1', ?, 0, 0)");
        QVERIFY(q);
        q->bind(1, alone);
        COFFER_VERIFY_OK(q->run());
        COFFER_VERIFY_OK(db->exec("DELETE FROM certificate_pending WHERE name_key = 'api'"));
        auto s = db->prepare("SELECT hsm_id, kty, bits FROM hsm_pending_destroy");
        QVERIFY(s);
        QVERIFY(*s->step());
        QCOMPARE(s->blob(0), alone);
        QCOMPARE(s->int64(1), 1);
        QCOMPARE(s->int64(2), 256);

        // A software pending request queues nothing.
        COFFER_VERIFY_OK(db->exec("INSERT INTO certificate_pending (name_key, name, version, request_id, policy, csr,"
                                  " status, kty, bits, protection, public_der, created, updated)"
                                  " VALUES ('sw', 'sw', 'v1', 'r', '{}', x'30', 0, 0, 2048, 0, x'30', 0, 0)"));
        COFFER_VERIFY_OK(db->exec("DELETE FROM certificate_pending WHERE name_key = 'sw'"));
        QCOMPARE(count(*db, "SELECT count(*) FROM hsm_pending_destroy"), 1);
    }

    void stepSevenKeepsPoliciesAndNoticesAndAddsTheSystemPrincipal()
    {
        auto db = schemaUpTo(6, true);
        QVERIFY(db);
        // Step 3 of today's Coffer already makes the system principal with the owner; a vault made before issue 8
        // had only its owner.
        COFFER_VERIFY_OK(db->exec("DELETE FROM principals WHERE id ="
                                  " (SELECT value FROM meta WHERE key = 'system_principal_id')"));
        COFFER_VERIFY_OK(db->exec("DELETE FROM meta WHERE key = 'system_principal_id'"));
        QCOMPARE(count(*db, "SELECT count(*) FROM principals"), 1); // the owner
        QCOMPARE(count(*db, "SELECT count(*) FROM role_assignments"), 3);
        // A key with two versions, its policy and the near-expiry notice of its first version; a certificate whose
        // current version had its EmailContacts notice.
        COFFER_VERIFY_OK(db->exec("INSERT INTO objects (kind, name_key, id, name, current_version)"
                                  " VALUES (1, 'signing', 1, 'Signing', 2), (2, 'web', 2, 'web', 3)"));
        COFFER_VERIFY_OK(db->exec("INSERT INTO versions (id, object_id, version, enabled, created, updated)"
                                  " VALUES (1, 1, 'k1', 1, 100, 100), (2, 1, 'k2', 1, 200, 200),"
                                  " (3, 2, 'c1', 1, 300, 300)"));
        const QString policy = QStringLiteral(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},)"
                                              R"("action":{"type":"Rotate"}}]})");
        auto p = db->prepare("INSERT INTO key_rotation_policies (object_id, policy, created, updated)"
                             " VALUES (1, ?, 1000, 2000)");
        QVERIFY(p);
        p->bind(1, policy);
        COFFER_VERIFY_OK(p->run());
        COFFER_VERIFY_OK(db->exec("INSERT INTO key_notifications (version_id, notified_at) VALUES (1, 5000)"));
        COFFER_VERIFY_OK(db->exec("INSERT INTO certificate_notifications (version_id, notified_at) VALUES (3, 7000)"));

        QCOMPARE(*storage::migrate(*db, schema::migrations()), schema::latestVersion());

        for (const char *gone : {"key_rotation_policies", "key_notifications", "certificate_notifications"}) {
            auto s = db->prepare("SELECT count(*) FROM sqlite_master WHERE name = ?");
            QVERIFY(s);
            s->bind(1, QString::fromLatin1(gone));
            QVERIFY(*s->step());
            QVERIFY2(s->int64(0) == 0, gone);
        }
        auto moved = db->prepare("SELECT object_id, policy, created, updated FROM rotation_policies");
        QVERIFY(moved);
        QVERIFY(*moved->step());
        QCOMPARE(moved->int64(0), 1);
        QCOMPARE(moved->text(1), policy);
        QCOMPARE(moved->int64(2), 1000);
        QCOMPARE(moved->int64(3), 2000);
        QVERIFY(!*moved->step());

        // The notices, as the stores and the list read them.
        auto keyNotice = notices::recordedAt(*db, 1, NotificationType::NearExpiry);
        COFFER_VERIFY_OK(keyNotice);
        QCOMPARE(*keyNotice, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(5000, Qt::UTC)));
        auto certNotice = notices::recordedAt(*db, 3, NotificationType::NearExpiry);
        COFFER_VERIFY_OK(certNotice);
        QCOMPARE(*certNotice, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(7000, Qt::UTC)));
        auto none = notices::recordedAt(*db, 2, NotificationType::NearExpiry);
        COFFER_VERIFY_OK(none);
        QVERIFY(!*none);
        auto listed = notices::list(*db, {}, {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate});
        COFFER_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).kind, ObjectKind::Certificate); // newest first
        QCOMPARE(listed->at(0).name, QStringLiteral("web"));
        QCOMPARE(listed->at(0).version, QStringLiteral("c1"));
        QCOMPARE(listed->at(1).kind, ObjectKind::Key);
        QCOMPARE(listed->at(1).name, QStringLiteral("Signing"));
        QCOMPARE(listed->at(1).version, QStringLiteral("k1"));
        QCOMPARE(listed->at(1).type, NotificationType::NearExpiry);
        QVERIFY(!listed->at(1).due); // schema 6 did not keep it

        // The system principal: named, in meta, with the officer roles at the vault (the kill switch).
        auto systemId = meta::get(*db, meta::kSystemPrincipalId);
        COFFER_VERIFY_OK(systemId);
        auto who = db->prepare("SELECT name FROM principals WHERE id = ?");
        QVERIFY(who);
        who->bind(1, *systemId);
        QVERIFY(*who->step());
        QCOMPARE(who->text(0), QLatin1StringView(access::store::kSystemPrincipalName));
        auto roles = db->prepare("SELECT count(*) FROM role_assignments WHERE principal_id = ?");
        QVERIFY(roles);
        roles->bind(1, *systemId);
        QVERIFY(*roles->step());
        QCOMPARE(roles->int64(0), 3);
        QCOMPARE(count(*db, "SELECT count(*) FROM principals"), 2);

        // Purging an object takes its notices and policy with it.
        COFFER_VERIFY_OK(db->exec("DELETE FROM objects WHERE id = 1"));
        QCOMPARE(count(*db, "SELECT count(*) FROM rotation_policies"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM notifications"), 1);
    }

    void stepSevenWithoutAnOwnerLeavesTheSystemPrincipalToVaultCreate()
    {
        // A vault being created runs the steps before it has an owner; Vault::create bootstraps both after.
        auto db = schemaUpTo(6);
        QVERIFY(db);
        QCOMPARE(*storage::migrate(*db, schema::migrations()), schema::latestVersion());
        COFFER_VERIFY_ERROR(meta::get(*db, meta::kSystemPrincipalId), ErrorCode::NotFound);
        QCOMPARE(count(*db, "SELECT count(*) FROM principals"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
