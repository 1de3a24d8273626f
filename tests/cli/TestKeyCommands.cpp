// cli.KeyCommands: the key lifecycle through the real binary for RSA, EC and oct keys: create, show, list,
// list-versions, set-attributes (also --ops), download (PEM, DER, JWK; 0600, no overwrite), delete, show-deleted,
// list-deleted, recover, purge, backup/restore, rotate, rotation-policy show/update, rotate-due --dry-run, help.
#include "tests/cli/KeyTestSupport.h"
#include "tests/support/TestUtil.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace coffer::test;

namespace {
const QRegularExpression kKid(QStringLiteral("^coffer://key-kv/keys/([a-z0-9-]+)/([0-9a-f]{32})$"));

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

class TestKeyCommands : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    KeyVault m_vault {m_cli};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(QStringLiteral("key-kv"), "key commands passphrase"));
    }
    void init() { failOnAnyWarning(); }

    void create_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("kty");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QStringList>("ops");
        QTest::addColumn<QStringList>("members"); // the JWK's public members
        const QStringList all {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                               QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
        const QStringList rsa {QStringLiteral("n"), QStringLiteral("e")};
        const QStringList ec {QStringLiteral("crv"), QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("RSA default") << "rsa-default"
                                     << "--kty RSA"
                                     << "RSA" << 2048 << all << rsa;
        QTest::newRow("RSA 3072, two ops")
                << "rsa-3072"
                << "--kty rsa --size 3072 --ops sign,verify"
                << "RSA" << 3072 << QStringList {QStringLiteral("sign"), QStringLiteral("verify")} << rsa;
        QTest::newRow("EC default P-256")
                << "ec-default"
                << "--kty EC"
                << "EC" << 256 << QStringList {QStringLiteral("sign"), QStringLiteral("verify")} << ec;
        QTest::newRow("EC P-521") << "ec-521"
                                  << "--kty EC --curve P-521 --ops sign verify"
                                  << "EC" << 521 << QStringList {QStringLiteral("sign"), QStringLiteral("verify")}
                                  << ec;
        QTest::newRow("EC secp256k1") << "ec-k1"
                                      << "--kty EC --curve P-256K"
                                      << "EC" << 256 << QStringList {QStringLiteral("sign"), QStringLiteral("verify")}
                                      << ec;
        QTest::newRow("oct default") << "aes-default"
                                     << "--kty oct"
                                     << "oct" << 256
                                     << QStringList {QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                                     QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}
                                     << QStringList();
        QTest::newRow("oct 128 exportable")
                << "aes-128"
                << "--kty oct --size 128 --ops encrypt decrypt --exportable"
                << "oct" << 128 << QStringList {QStringLiteral("encrypt"), QStringLiteral("decrypt")} << QStringList();
    }
    void create()
    {
        QFETCH(QString, name);
        QFETCH(QString, options);
        QFETCH(QString, kty);
        QFETCH(int, bits);
        QFETCH(QStringList, ops);
        QFETCH(QStringList, members);
        const QJsonObject bundle
                = m_vault.ok(QStringLiteral("create"),
                             QStringList {QStringLiteral("--name"), name} + options.split(u' ', Qt::SkipEmptyParts));
        const QJsonObject key = bundle.value(u"key").toObject();
        const auto match = kKid.match(key.value(u"kid").toString());
        QVERIFY2(match.hasMatch(), qPrintable(key.value(u"kid").toString()));
        QCOMPARE(match.captured(1), name);
        QCOMPARE(key.value(u"kty").toString(), kty);
        QStringList gotOps;
        for (const QJsonValue &op : key.value(u"key_ops").toArray())
            gotOps.append(op.toString());
        QCOMPARE(gotOps, ops);
        QStringList expectedKeys
                = members + QStringList {QStringLiteral("kid"), QStringLiteral("kty"), QStringLiteral("key_ops")};
        QStringList gotKeys = key.keys();
        expectedKeys.sort();
        gotKeys.sort();
        QCOMPARE(gotKeys, expectedKeys); // never d, p, q, k
        if (kty == u"RSA") {
            QCOMPARE(key.value(u"e").toString(), QStringLiteral("AQAB"));
            QCOMPARE(fromB64Url(key.value(u"n").toString()).size(), bits / 8);
            QVERIFY(!key.value(u"n").toString().contains(u'='));
        } else if (kty == u"EC") {
            const int field = (bits + 7) / 8;
            QCOMPARE(fromB64Url(key.value(u"x").toString()).size(), field);
            QCOMPARE(fromB64Url(key.value(u"y").toString()).size(), field);
        }
        const QJsonObject attributes = bundle.value(u"attributes").toObject();
        QCOMPARE(attributes.value(u"enabled").toBool(), true);
        QCOMPARE(attributes.value(u"exportable").toBool(), options.contains(QStringLiteral("--exportable")));
        QVERIFY(attributes.value(u"created").toInteger() > 1700000000);
        QVERIFY(!attributes.value(u"recoveryLevel").toString().isEmpty());
        const QJsonObject coffer = bundle.value(u"coffer").toObject();
        QCOMPARE(coffer.value(u"protection").toString(), QStringLiteral("software"));
        QCOMPARE(coffer.value(u"keySize").toInt(), bits);
        QVERIFY(!coffer.contains(u"hsm"));

        // show gives the same bundle.
        QCOMPARE(m_vault.ok(QStringLiteral("show"), {QStringLiteral("--name"), name}), bundle);
    }

    void createWithAttributes()
    {
        const QJsonObject bundle
                = m_vault.ok(QStringLiteral("create"),
                             words("--name attr-key --kty EC --curve P-384 --disabled --tags env=prod owner=ops "
                                   "--not-before 2026-01-01T00:00:00Z --expires 2036-01-31T12:00:00Z"));
        const QJsonObject attributes = bundle.value(u"attributes").toObject();
        QCOMPARE(attributes.value(u"enabled").toBool(), false);
        QCOMPARE(attributes.value(u"nbf").toInteger(), 1767225600);
        QCOMPARE(attributes.value(u"exp").toInteger(), 2085393600);
        QCOMPARE(bundle.value(u"tags").toObject().value(u"env").toString(), QStringLiteral("prod"));
        QCOMPARE(bundle.value(u"key").toObject().value(u"crv").toString(), QStringLiteral("P-384"));
    }

    void versionsAndAttributes()
    {
        const QJsonObject first = m_vault.ok(QStringLiteral("create"), words("--name versioned --kty RSA"));
        const QJsonObject second
                = m_vault.ok(QStringLiteral("create"), words("--name versioned --kty RSA --ops encrypt decrypt"));
        const QStringList versions = m_vault.versions(QStringLiteral("versioned"));
        QCOMPARE(versions, (QStringList {versionOf(first), versionOf(second)}));
        // show --version gives the older one; show without it the newer.
        QCOMPARE(versionOf(m_vault.ok(QStringLiteral("show"),
                                      {QStringLiteral("--name"), QStringLiteral("versioned"),
                                       QStringLiteral("--version"), versionOf(first)})),
                 versionOf(first));
        QCOMPARE(versionOf(m_vault.ok(QStringLiteral("show"), words("--name versioned"))), versionOf(second));

        // set-attributes on the current version: enabled, ops, tags, expiry.
        QJsonObject changed = m_vault.ok(QStringLiteral("set-attributes"),
                                         words("--name versioned --enabled false --ops decrypt --tags team=a "
                                               "--expires 2030-06-01T00:00:00Z"));
        QCOMPARE(versionOf(changed), versionOf(second));
        QCOMPARE(changed.value(u"attributes").toObject().value(u"enabled").toBool(), false);
        QCOMPARE(changed.value(u"key").toObject().value(u"key_ops").toArray(), QJsonArray {QStringLiteral("decrypt")});
        QCOMPARE(changed.value(u"tags").toObject().value(u"team").toString(), QStringLiteral("a"));
        QVERIFY(changed.value(u"attributes").toObject().contains(u"exp"));
        // Clearing the expiry and the tags, on the older version by --version.
        changed = m_vault.ok(QStringLiteral("set-attributes"),
                             {QStringLiteral("--name"), QStringLiteral("versioned"), QStringLiteral("--version"),
                              versionOf(first), QStringLiteral("--tags"), QString(), QStringLiteral("--ops"),
                              QStringLiteral("sign verify")});
        QCOMPARE(versionOf(changed), versionOf(first));
        QCOMPARE(changed.value(u"key").toObject().value(u"key_ops").toArray(),
                 (QJsonArray {QStringLiteral("sign"), QStringLiteral("verify")}));
        QVERIFY(!changed.contains(u"tags"));
        changed = m_vault.ok(
                QStringLiteral("set-attributes"),
                {QStringLiteral("--name"), QStringLiteral("versioned"), QStringLiteral("--expires"), QString()});
        QVERIFY(!changed.value(u"attributes").toObject().contains(u"exp"));
        // Nothing to change is a usage error.
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("set-attributes"), words("--name versioned")), 2);
        QCOMPARE(m_vault.versions(QStringLiteral("versioned")).size(), 2);
    }

    void list()
    {
        m_vault.ok(QStringLiteral("create"), words("--name listed --kty EC"));
        const QJsonArray items = m_vault.okArray(QStringLiteral("list"));
        QJsonObject listed;
        for (const QJsonValue &item : items)
            if (item.toObject().value(u"kid").toString().endsWith(QStringLiteral("/keys/listed")))
                listed = item.toObject();
        QVERIFY2(!listed.isEmpty(), items.isEmpty() ? "empty list" : "no item for key 'listed'");
        QCOMPARE(listed.value(u"coffer").toObject().value(u"kty").toString(), QStringLiteral("EC"));
        QVERIFY(!listed.contains(u"key")); // a KeyItem has no JWK
        // -o table shows names.
        const CliRun table
                = m_cli.run(m_vault.key(QStringLiteral("list"), {QStringLiteral("-o"), QStringLiteral("table")}));
        COFFER_VERIFY_EXIT(table, 0);
        QVERIFY2(table.out.contains("listed") && table.out.contains("Kty"), qPrintable(table.describe()));
    }

    void download_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("RSA PEM default") << "rsa-default"
                                         << "" << QByteArray("-----BEGIN PUBLIC KEY-----");
        QTest::newRow("RSA DER") << "rsa-default"
                                 << "DER" << QByteArray("\x30\x82");
        QTest::newRow("EC PEM") << "ec-default"
                                << "PEM" << QByteArray("-----BEGIN PUBLIC KEY-----");
        QTest::newRow("EC JWK") << "ec-default"
                                << "JWK" << QByteArray("{");
        QTest::newRow("oct JWK") << "aes-default"
                                 << "jwk" << QByteArray("{");
    }
    void download()
    {
        QFETCH(QString, key);
        QFETCH(QString, encoding);
        QFETCH(QByteArray, starts);
        const QString file
                = m_cli.path(QStringLiteral("%1-%2.out").arg(key, encoding.isEmpty() ? QStringLiteral("x") : encoding));
        QStringList extra {QStringLiteral("--name"), key, QStringLiteral("--file"), file};
        if (!encoding.isEmpty())
            extra += {QStringLiteral("--encoding"), encoding};
        const CliRun run = m_vault.run(QStringLiteral("download"), extra);
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY(run.out.isEmpty());
        const QByteArray bytes = readFileBytes(file);
        QVERIFY2(bytes.startsWith(starts), bytes.left(40).toHex().constData());
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        if (encoding.compare(QStringLiteral("jwk"), Qt::CaseInsensitive) == 0) {
            const QJsonObject jwk = QJsonDocument::fromJson(bytes).object();
            const QJsonObject shown
                    = m_vault.ok(QStringLiteral("show"), {QStringLiteral("--name"), key}).value(u"key").toObject();
            QCOMPARE(jwk, shown);
            QVERIFY(!jwk.contains(u"k") && !jwk.contains(u"d"));
        } else {
            // openssl reads it as the same public key the JWK describes.
            const ToolRun text
                    = openssl(m_cli.dir(),
                              {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                               encoding == u"DER" ? QStringLiteral("DER") : QStringLiteral("PEM"),
                               QStringLiteral("-in"), file, QStringLiteral("-noout"), QStringLiteral("-text")});
            QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
            QVERIFY(text.out.contains("Public-Key"));
        }
        // The file is never overwritten without --overwrite.
        const CliRun again = m_vault.run(QStringLiteral("download"), extra);
        COFFER_VERIFY_EXIT(again, 6);
        COFFER_VERIFY_STDERR(again, "already exists");
        QCOMPARE(readFileBytes(file), bytes);
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("download"), extra + QStringList {QStringLiteral("--overwrite")}),
                           0);
        QCOMPARE(readFileBytes(file), bytes);
    }
    void downloadOctPem()
    {
        const CliRun run = m_vault.run(QStringLiteral("download"),
                                       {QStringLiteral("--name"), QStringLiteral("aes-default"),
                                        QStringLiteral("--file"), m_cli.path(QStringLiteral("aes.pem"))});
        COFFER_VERIFY_EXIT(run, 7);
        COFFER_VERIFY_STDERR(run, "--encoding JWK");
        QVERIFY(!QFileInfo::exists(m_cli.path(QStringLiteral("aes.pem"))));
    }

    void deleteRecoverPurge()
    {
        const QJsonObject created = m_vault.ok(QStringLiteral("create"), words("--name doomed --kty EC"));
        const QJsonObject deleted = m_vault.ok(QStringLiteral("delete"), words("--name doomed"));
        QCOMPARE(deleted.value(u"recoveryId").toString(), QStringLiteral("coffer://key-kv/deletedkeys/doomed"));
        QVERIFY(deleted.value(u"scheduledPurgeDate").toInteger() > deleted.value(u"deletedDate").toInteger());
        QCOMPARE(deleted.value(u"kid").toString(), created.value(u"key").toObject().value(u"kid").toString());
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("show"), words("--name doomed")), 4);
        bool listed = false;
        for (const QJsonValue &item : m_vault.okArray(QStringLiteral("list-deleted")))
            listed = listed || item.toObject().value(u"recoveryId").toString().endsWith(QStringLiteral("/doomed"));
        QVERIFY(listed);
        QCOMPARE(m_vault.ok(QStringLiteral("show-deleted"), words("--name doomed")).value(u"recoveryId"),
                 deleted.value(u"recoveryId"));
        const CliRun taken = m_vault.run(QStringLiteral("create"), words("--name doomed --kty EC"));
        COFFER_VERIFY_EXIT(taken, 6);
        COFFER_VERIFY_STDERR(taken, "key recover --name doomed");

        const QJsonObject recovered = m_vault.ok(QStringLiteral("recover"), words("--name doomed"));
        QCOMPARE(recovered.value(u"key").toObject(), created.value(u"key").toObject());
        m_vault.ok(QStringLiteral("delete"), words("--name doomed"));
        const CliRun purged = m_vault.run(QStringLiteral("purge"), words("--name doomed"));
        COFFER_VERIFY_EXIT(purged, 0);
        QVERIFY(purged.out.isEmpty());
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("show-deleted"), words("--name doomed")), 4);
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("recover"), words("--name doomed")), 4);
    }

    void backupRestore()
    {
        m_vault.ok(QStringLiteral("create"), words("--name saved --kty RSA --tags keep=yes"));
        m_vault.ok(QStringLiteral("create"), words("--name saved --kty RSA --size 3072"));
        const QStringList before = m_vault.versions(QStringLiteral("saved"));
        const QJsonObject shown = m_vault.ok(QStringLiteral("show"), words("--name saved"));
        const QString file = m_cli.path(QStringLiteral("saved.keybackup"));
        COFFER_VERIFY_EXIT(
                m_vault.run(QStringLiteral("backup"),
                            {QStringLiteral("--name"), QStringLiteral("saved"), QStringLiteral("--file"), file}),
                0);
        QVERIFY(QFileInfo(file).size() > 0);
        COFFER_VERIFY_EXIT(
                m_vault.run(QStringLiteral("backup"),
                            {QStringLiteral("--name"), QStringLiteral("saved"), QStringLiteral("--file"), file}),
                6);
        // Restore over a live key is refused; after delete + purge it comes back with every version.
        const CliRun conflict = m_vault.run(QStringLiteral("restore"), {QStringLiteral("--file"), file});
        COFFER_VERIFY_EXIT(conflict, 6);
        m_vault.ok(QStringLiteral("delete"), words("--name saved"));
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("purge"), words("--name saved")), 0);
        const QJsonObject restored = m_vault.ok(QStringLiteral("restore"), {QStringLiteral("--file"), file});
        QCOMPARE(restored.value(u"key").toObject(), shown.value(u"key").toObject());
        QCOMPARE(m_vault.versions(QStringLiteral("saved")), before);
        // A file that is not a backup.
        const QString junk = m_cli.writeFile(QStringLiteral("junk.keybackup"), "{\"not\": \"a backup\"}");
        const CliRun bad = m_vault.run(QStringLiteral("restore"), {QStringLiteral("--file"), junk});
        QVERIFY2(bad.exitCode == 7 || bad.exitCode == 5, qPrintable(bad.describe()));
    }

    void rotate()
    {
        const QJsonObject first = m_vault.ok(
                QStringLiteral("create"), words("--name spinner --kty EC --curve P-384 --ops sign verify --tags a=1"));
        const QJsonObject rotated = m_vault.ok(QStringLiteral("rotate"), words("--name spinner"));
        QVERIFY(versionOf(rotated) != versionOf(first));
        const QJsonObject a = first.value(u"key").toObject();
        const QJsonObject b = rotated.value(u"key").toObject();
        QCOMPARE(b.value(u"kty"), a.value(u"kty"));
        QCOMPARE(b.value(u"crv"), a.value(u"crv"));
        QCOMPARE(b.value(u"key_ops"), a.value(u"key_ops"));
        QVERIFY(b.value(u"x") != a.value(u"x")); // new key material
        QCOMPARE(rotated.value(u"tags"), first.value(u"tags"));
        QCOMPARE(m_vault.versions(QStringLiteral("spinner")), (QStringList {versionOf(first), versionOf(rotated)}));
    }

    void rotationPolicy()
    {
        m_vault.ok(QStringLiteral("create"), words("--name policed --kty RSA"));
        // The default policy: Notify 30 days before expiry.
        QJsonObject policy = m_vault.ok(QStringLiteral("rotation-policy show"), words("--name policed"));
        QCOMPARE(policy.value(u"id").toString(), QStringLiteral("coffer://key-kv/keys/policed/rotationpolicy"));
        QJsonArray actions = policy.value(u"lifetimeActions").toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).toObject().value(u"action").toObject().value(u"type").toString(),
                 QStringLiteral("Notify"));

        const QByteArray json = R"({"lifetimeActions": [
            {"trigger": {"timeAfterCreate": "P90D", "timeBeforeExpiry": null}, "action": {"type": "rotate"}},
            {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],
            "attributes": {"expiryTime": "P1Y"}})";
        const QString file = m_cli.writeFile(QStringLiteral("policy.json"), json);
        policy = m_vault.ok(QStringLiteral("rotation-policy update"),
                            {QStringLiteral("--name"), QStringLiteral("policed"), QStringLiteral("--value"),
                             QLatin1Char('@') + file});
        actions = policy.value(u"lifetimeActions").toArray();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).toObject().value(u"trigger").toObject().value(u"timeAfterCreate").toString(),
                 QStringLiteral("P90D"));
        QCOMPARE(actions.at(0).toObject().value(u"action").toObject().value(u"type").toString(),
                 QStringLiteral("Rotate"));
        QCOMPARE(policy.value(u"attributes").toObject().value(u"expiryTime").toString(), QStringLiteral("P1Y"));
        QCOMPARE(m_vault.ok(QStringLiteral("rotation-policy show"), words("--name policed")).value(u"lifetimeActions"),
                 policy.value(u"lifetimeActions"));

        // Inline JSON works too.
        policy = m_vault.ok(QStringLiteral("rotation-policy update"),
                            {QStringLiteral("--name"), QStringLiteral("policed"), QStringLiteral("--value"),
                             QStringLiteral(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D"},)"
                                            R"("action":{"type":"Rotate"}}],"attributes":{}})")});
        QCOMPARE(policy.value(u"lifetimeActions").toArray().size(), 1);
    }

    void rotateDueDryRun()
    {
        // Every policy above rotates 30 or 90 days after creation: nothing is due now.
        const CliRun run = m_vault.run(QStringLiteral("rotate-due"), {QStringLiteral("--dry-run")});
        COFFER_VERIFY_EXIT(run, 0);
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        QVERIFY2(document.isArray(), qPrintable(run.describe()));
        // Nothing is due (the CLI runs on the system clock; due rotations are tested in core.KeyStore).
        QCOMPARE(document.array().size(), 0);
        const QStringList before = m_vault.versions(QStringLiteral("policed"));
        COFFER_VERIFY_EXIT(m_vault.run(QStringLiteral("rotate-due")), 0);
        QCOMPARE(m_vault.versions(QStringLiteral("policed")), before);
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"create",
                                    "import",
                                    "show",
                                    "list",
                                    "list-versions",
                                    "set-attributes",
                                    "download",
                                    "delete",
                                    "recover",
                                    "purge",
                                    "list-deleted",
                                    "show-deleted",
                                    "backup",
                                    "restore",
                                    "sign",
                                    "verify",
                                    "encrypt",
                                    "decrypt",
                                    "wrap",
                                    "unwrap",
                                    "rotate",
                                    "rotation-policy show",
                                    "rotation-policy update",
                                    "rotate-due"})
            QTest::newRow(command) << QString::fromUtf8(command);
    }
    void help()
    {
        QFETCH(QString, command);
        const CliRun run = m_cli.run(QStringList {QStringLiteral("key")} + command.split(u' ')
                                     + QStringList {QStringLiteral("--help")});
        COFFER_VERIFY_EXIT(run, 0);
        QVERIFY2(run.out.contains("--vault"), qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QString(QStringLiteral("coffer-cli key ") + command).toUtf8()),
                 qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Examples:"), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestKeyCommands)
#include "TestKeyCommands.moc"
