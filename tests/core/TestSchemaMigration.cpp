// Schema step 6 (certificates) on a database made by steps 1-5, as an older vault has it: the new tables exist
// and the HSM destroy triggers queue a token object only when the last row naming it goes (a certificate renewed
// with reuse_key shares one token object between key versions; a pending request holds its own).

#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
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

    std::unique_ptr<Database> schema5()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_counter)), m_key,
                                 Database::Mode::CreateNew);
        if (!db)
            return {};
        std::vector<storage::Migration> old;
        for (const auto &step : schema::migrations())
            if (step.version <= 5)
                old.push_back(step);
        auto migrated = storage::migrate(**db, old);
        if (!migrated || *migrated != 5)
            return {};
        return std::move(*db);
    }

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
        for (const char *table : {"certificate_versions", "certificate_policies", "certificate_pending",
                                  "certificate_notifications", "certificate_contacts"}) {
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
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
