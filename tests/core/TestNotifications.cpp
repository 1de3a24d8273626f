// The notifications table (schema 7) through core/vault/Notifications.h: a notice fires once per version and type,
// a near-expiry notice re-arms when the version's expiry moves out (also for notices migrated without a due time),
// the list filters by kind (intersected with what the caller may list), type, time and name, newest first, and a
// purge takes an object's notices with it.

#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/vault/Notifications.h"
#include "core/vault/ObjectTypes.h"
#include "core/vault/Schema.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QTemporaryDir>

using namespace coffer;
using storage::Database;

namespace {

const QList<ObjectKind> kAllKinds {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate};

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

qint64 count(Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    if (!s || !*s->step())
        return -1;
    return s->int64(0);
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = crypto::randomSecret(32);
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("n%1.db").arg(++m_counter)), m_key,
                                 Database::Mode::CreateNew);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        auto migrated = storage::migrate(**db, schema::migrations());
        if (!migrated)
            qFatal("%s", qPrintable(migrated.error().toString()));
        return std::move(*db);
    }

    // An object with one version per entry of `versions`; returns the version rows.
    static QList<qint64> addObject(Database &db, ObjectKind kind, qint64 id, const QString &name,
                                   const QStringList &versions, bool deleted = false)
    {
        QList<qint64> rows;
        auto o = db.prepare("INSERT INTO objects (kind, name_key, id, name, deleted_at) VALUES (?, ?, ?, ?, ?)");
        if (!o)
            qFatal("%s", qPrintable(o.error().toString()));
        o->bind(1, int(kind)).bind(2, objects::nameKey(name)).bind(3, id).bind(4, name);
        if (deleted)
            o->bind(5, qint64(1));
        else
            o->bindNull(5);
        if (!o->run())
            qFatal("cannot add object %s", qPrintable(name));
        for (const QString &version : versions) {
            auto v = db.prepare("INSERT INTO versions (object_id, version, enabled, created, updated)"
                                " VALUES (?, ?, 1, 0, 0)");
            if (!v)
                qFatal("%s", qPrintable(v.error().toString()));
            v->bind(1, id).bind(2, version);
            if (!v->run())
                qFatal("cannot add version %s", qPrintable(version));
            rows.append(db.lastInsertRowId());
        }
        return rows;
    }

    static QStringList describe(const QList<Notification> &list)
    {
        QStringList out;
        for (const Notification &n : list)
            out << QStringLiteral("%1/%2/%3").arg(n.name, n.version, notificationTypeName(n.type));
        return out;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void recordsOncePerVersionAndType()
    {
        auto db = freshDatabase();
        const QList<qint64> rows = addObject(*db, ObjectKind::Secret, 1, QStringLiteral("db"), strings({"v1", "v2"}));

        auto first = notices::record(*db, rows[0], NotificationType::Rotated, at(1000), std::nullopt, u"by hand"_qs);
        COFFER_VERIFY_OK(first);
        QVERIFY(*first);
        auto second = notices::record(*db, rows[0], NotificationType::Rotated, at(2000), std::nullopt, u"again"_qs);
        COFFER_VERIFY_OK(second);
        QVERIFY(!*second); // fires once: the first row stays
        auto when = notices::recordedAt(*db, rows[0], NotificationType::Rotated);
        COFFER_VERIFY_OK(when);
        QCOMPARE(*when, std::optional<QDateTime>(at(1000)));

        // Another type, or another version, is another notice.
        auto expired = notices::record(*db, rows[0], NotificationType::Expired, at(3000), at(2500), u"expired"_qs);
        COFFER_VERIFY_OK(expired);
        QVERIFY(*expired);
        auto other = notices::record(*db, rows[1], NotificationType::Rotated, at(4000), std::nullopt, u"x"_qs);
        COFFER_VERIFY_OK(other);
        QVERIFY(*other);
        auto never = notices::recordedAt(*db, rows[1], NotificationType::NearExpiry);
        COFFER_VERIFY_OK(never);
        QVERIFY(!*never);
        QCOMPARE(count(*db, "SELECT count(*) FROM notifications"), 3);

        // A version that is gone: nothing recorded, and the caller learns why.
        COFFER_VERIFY_ERROR(notices::record(*db, 999, NotificationType::Rotated, at(1), std::nullopt, {}),
                            ErrorCode::NotFound);
        QCOMPARE(count(*db, "SELECT count(*) FROM notifications"), 3);
    }

    void nearExpiryRearms_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("storedAt");
        QTest::addColumn<std::optional<qint64>>("storedDue");
        QTest::addColumn<std::optional<qint64>>("newDue");
        QTest::addColumn<bool>("replaced");
        const auto near = int(NotificationType::NearExpiry);
        const std::optional<qint64> none;
        QTest::newRow("same due") << near << qint64(5000) << std::optional<qint64>(4000) << std::optional<qint64>(4000)
                                  << false;
        QTest::newRow("earlier due (expiry moved in)")
                << near << qint64(5000) << std::optional<qint64>(4000) << std::optional<qint64>(3000) << false;
        QTest::newRow("later due (expiry moved out)")
                << near << qint64(5000) << std::optional<qint64>(4000) << std::optional<qint64>(9000) << true;
        QTest::newRow("no due given") << near << qint64(5000) << std::optional<qint64>(4000) << none << false;
        // Migrated from schema 6 (no due): sent counts for every due time up to when it was sent.
        QTest::newRow("migrated, due before it was sent")
                << near << qint64(5000) << none << std::optional<qint64>(4500) << false;
        QTest::newRow("migrated, due at the time it was sent")
                << near << qint64(5000) << none << std::optional<qint64>(5000) << false;
        QTest::newRow("migrated, due after it was sent")
                << near << qint64(5000) << none << std::optional<qint64>(6000) << true;
        // Only near-expiry notices re-arm.
        QTest::newRow("expired never re-arms") << int(NotificationType::Expired) << qint64(5000)
                                               << std::optional<qint64>(4000) << std::optional<qint64>(9000) << false;
    }

    void nearExpiryRearms()
    {
        QFETCH(int, type);
        QFETCH(qint64, storedAt);
        QFETCH(std::optional<qint64>, storedDue);
        QFETCH(std::optional<qint64>, newDue);
        QFETCH(bool, replaced);
        auto db = freshDatabase();
        const qint64 row = addObject(*db, ObjectKind::Key, 1, QStringLiteral("k"), strings({"v1"})).first();
        auto insert = db->prepare("INSERT INTO notifications (object_id, version_id, type, at, due, reason)"
                                  " VALUES (1, ?, ?, ?, ?, 'first')");
        QVERIFY(insert);
        insert->bind(1, row).bind(2, notificationTypeName(NotificationType(type))).bind(3, storedAt);
        if (storedDue)
            insert->bind(4, *storedDue);
        else
            insert->bindNull(4);
        COFFER_VERIFY_OK(insert->run());

        const std::optional<QDateTime> due = newDue ? std::optional<QDateTime>(at(*newDue)) : std::nullopt;
        auto recorded = notices::record(*db, row, NotificationType(type), at(10000), due, u"second"_qs);
        COFFER_VERIFY_OK(recorded);
        QCOMPARE(*recorded, replaced);
        auto listed = notices::list(*db, {}, kAllKinds);
        COFFER_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1); // still one row per version and type
        const Notification &n = listed->first();
        QCOMPARE(n.at, at(replaced ? 10000 : storedAt));
        QCOMPARE(n.reason, replaced ? u"second"_qs : u"first"_qs);
        if (replaced)
            QCOMPARE(n.due, due);
        else
            QCOMPARE(n.due, storedDue ? std::optional<QDateTime>(at(*storedDue)) : std::nullopt);
    }

    void listFiltersAndOrder()
    {
        auto db = freshDatabase();
        const QList<qint64> secret
                = addObject(*db, ObjectKind::Secret, 1, QStringLiteral("db-pass"), strings({"s1", "s2"}));
        const QList<qint64> key = addObject(*db, ObjectKind::Key, 2, QStringLiteral("Signing"), strings({"k1"}));
        const QList<qint64> cert = addObject(*db, ObjectKind::Certificate, 3, QStringLiteral("web"), strings({"c1"}));
        const QList<qint64> gone = addObject(*db, ObjectKind::Secret, 4, QStringLiteral("old"), strings({"o1"}), true);
        const auto put = [&](qint64 row, NotificationType type, qint64 when, std::optional<qint64> due = {}) {
            auto r = notices::record(*db, row, type, at(when), due ? std::optional<QDateTime>(at(*due)) : std::nullopt,
                                     QStringLiteral("reason %1").arg(when));
            QVERIFY(r && *r);
        };
        put(secret[0], NotificationType::NearExpiry, 100, 90);
        put(secret[1], NotificationType::Rotated, 300);
        put(key[0], NotificationType::NearExpiry, 200, 150);
        put(key[0], NotificationType::Expired, 300, 280); // same time as s2's: the later row comes first
        put(cert[0], NotificationType::Renewed, 400);
        put(gone[0], NotificationType::Expired, 50, 40);

        auto all = notices::list(*db, {}, kAllKinds);
        COFFER_VERIFY_OK(all);
        QCOMPARE(describe(*all),
                 strings({"web/c1/renewed", "Signing/k1/expired", "db-pass/s2/rotated", "Signing/k1/near_expiry",
                          "db-pass/s1/near_expiry", "old/o1/expired"}));
        const Notification &first = all->last();
        QCOMPARE(first.kind, ObjectKind::Secret); // a deleted object's notices are listed too
        QCOMPARE(first.at, at(50));
        QCOMPARE(first.due, std::optional<QDateTime>(at(40)));
        QCOMPARE(first.reason, QStringLiteral("reason 50"));
        QVERIFY(all->at(0).id > all->at(1).id);
        QVERIFY(!all->at(0).due);

        // Kinds: what the caller asks for, within what it may list.
        auto keysOnly = notices::list(*db, {}, {ObjectKind::Key});
        COFFER_VERIFY_OK(keysOnly);
        QCOMPARE(describe(*keysOnly), strings({"Signing/k1/expired", "Signing/k1/near_expiry"}));
        NotificationFilter asked;
        asked.kinds = {ObjectKind::Secret, ObjectKind::Key};
        auto both = notices::list(*db, asked, {ObjectKind::Key, ObjectKind::Certificate});
        COFFER_VERIFY_OK(both);
        QCOMPARE(describe(*both), strings({"Signing/k1/expired", "Signing/k1/near_expiry"}));
        asked.kinds = {ObjectKind::Secret};
        auto hidden = notices::list(*db, asked, {ObjectKind::Key});
        COFFER_VERIFY_OK(hidden);
        QVERIFY(hidden->isEmpty());
        auto nothingAllowed = notices::list(*db, {}, {});
        COFFER_VERIFY_OK(nothingAllowed);
        QVERIFY(nothingAllowed->isEmpty());

        NotificationFilter types;
        types.types = {NotificationType::NearExpiry, NotificationType::Renewed};
        auto typed = notices::list(*db, types, kAllKinds);
        COFFER_VERIFY_OK(typed);
        QCOMPARE(describe(*typed), strings({"web/c1/renewed", "Signing/k1/near_expiry", "db-pass/s1/near_expiry"}));

        NotificationFilter since;
        since.since = at(300); // inclusive
        auto recent = notices::list(*db, since, kAllKinds);
        COFFER_VERIFY_OK(recent);
        QCOMPARE(describe(*recent), strings({"web/c1/renewed", "Signing/k1/expired", "db-pass/s2/rotated"}));

        NotificationFilter named;
        named.name = QStringLiteral("SIGNING"); // names compare case-insensitively
        auto byName = notices::list(*db, named, kAllKinds);
        COFFER_VERIFY_OK(byName);
        QCOMPARE(describe(*byName), strings({"Signing/k1/expired", "Signing/k1/near_expiry"}));
        named.name = QStringLiteral("sign"); // exact names only
        auto partial = notices::list(*db, named, kAllKinds);
        COFFER_VERIFY_OK(partial);
        QVERIFY(partial->isEmpty());

        NotificationFilter combined;
        combined.name = QStringLiteral("db-pass");
        combined.types = {NotificationType::Rotated};
        combined.since = at(100);
        auto one = notices::list(*db, combined, kAllKinds);
        COFFER_VERIFY_OK(one);
        QCOMPARE(describe(*one), strings({"db-pass/s2/rotated"}));

        NotificationFilter limited;
        limited.limit = 2;
        auto newest = notices::list(*db, limited, kAllKinds);
        COFFER_VERIFY_OK(newest);
        QCOMPARE(describe(*newest), strings({"web/c1/renewed", "Signing/k1/expired"}));
        limited.limit = 0;
        COFFER_VERIFY_ERROR(notices::list(*db, limited, kAllKinds), ErrorCode::InvalidArgument);
    }

    void purgeTakesTheNoticesAlong()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("N%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("gone"), SecureBytes(QByteArrayView("v1"))));
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("gone"), SecureBytes(QByteArrayView("v2"))));
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("kept"), SecureBytes(QByteArrayView("v"))));
        auto rows = vault.database().prepare("SELECT v.id FROM versions v JOIN objects o ON o.id = v.object_id"
                                             " WHERE o.kind = 0 ORDER BY v.id");
        QVERIFY(rows);
        QList<qint64> ids;
        COFFER_VERIFY_OK(rows->forEachRow([&](const storage::Statement &s) { ids.append(s.int64(0)); }));
        QCOMPARE(ids.size(), 3);
        for (qint64 id : ids)
            COFFER_VERIFY_OK(notices::record(vault.database(), id, NotificationType::Expired, m_clock.now(),
                                             m_clock.now(), u"expired"_qs));
        QCOMPARE(count(vault.database(), "SELECT count(*) FROM notifications"), 3);

        // Deleted (not purged): the notices stay, and are listed.
        COFFER_VERIFY_OK(vault.secrets().remove(QStringLiteral("gone")));
        QCOMPARE(count(vault.database(), "SELECT count(*) FROM notifications"), 3);
        COFFER_VERIFY_OK(vault.secrets().purge(QStringLiteral("gone")));
        auto left = notices::list(vault.database(), {}, kAllKinds);
        COFFER_VERIFY_OK(left);
        QCOMPARE(describe(*left).size(), 1);
        QCOMPARE(left->first().name, QStringLiteral("kept"));
        QCOMPARE(count(vault.database(), "SELECT count(*) FROM notifications"), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "TestNotifications.moc"
