// cli.DamagedVault: every kind of bad vault input gives its own exit code and a message naming the problem,
// and nothing in the bundle is changed by the failed attempt.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace coffer::test;

namespace {
QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &file, const QJsonObject &json)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(file));
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

// header.json's checksum: SHA-256 hex of the canonical compact JSON without `checksum` and `mac`
// (see core/vault/VaultHeader.cpp).
QString headerChecksum(QJsonObject json)
{
    json.remove(QStringLiteral("checksum"));
    json.remove(QStringLiteral("mac"));
    return QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                    .toHex());
}

// Edits header.json, optionally recomputing its checksum so only the MAC (or the format check) can notice.
void editHeader(const QString &bundle, const std::function<void(QJsonObject &)> &edit, bool recomputeChecksum)
{
    const QString file = QDir(bundle).filePath(QStringLiteral("header.json"));
    QJsonObject json = readJson(file);
    edit(json);
    if (recomputeChecksum)
        json.insert(QStringLiteral("checksum"), headerChecksum(json));
    writeJson(file, json);
}

void resizeFile(const QString &file, qint64 size)
{
    QFile f(file);
    if (!f.resize(size))
        qFatal("cannot resize %s", qPrintable(file));
}
} // namespace

class TestDamagedVault : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_pass;
    QString m_wrongPass;
    CliRunner::Created m_other; // another vault with the same passphrase
    int m_count = 0;

    CliRunner::Created freshVault()
    {
        const auto created = m_cli.createVault(m_cli.path(QStringLiteral("rows")),
                                               QStringLiteral("row-%1").arg(++m_count), m_pass);
        if (created.run.exitCode != 0)
            qFatal("cannot create a vault: %s", qPrintable(created.run.describe()));
        m_cli.addSecret(created.recoveryKey);
        return created;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        m_pass = m_cli.writePassphrase(QStringLiteral("pass.txt"), "the right passphrase");
        m_wrongPass = m_cli.writePassphrase(QStringLiteral("wrong.txt"), "the wrong passphrase");
        m_other = m_cli.createVault(m_cli.path(QStringLiteral("other")), QStringLiteral("other-kv"), m_pass);
        COFFER_VERIFY_EXIT(m_other.run, 0);
        m_cli.addSecret(m_other.recoveryKey);
        // Our checksum recipe matches core's, so the format-99 row really reaches the format check.
        const QJsonObject header = readJson(QDir(m_other.bundle).filePath(QStringLiteral("header.json")));
        QCOMPARE(headerChecksum(header), header.value(u"checksum").toString());
    }
    void init() { failOnAnyWarning(); }

    void badVaultIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *tag, const char *damage, int exitCode, const char *message) {
            QTest::newRow(tag) << QString::fromUtf8(damage) << exitCode << QString::fromUtf8(message);
        };

        row("wrong passphrase", "wrong passphrase", 3, "the passphrase does not unlock this vault");
        row("wrong recovery key", "wrong recovery key", 3, "the recovery key does not unlock");
        row("mistyped recovery key", "mistyped recovery key", 3, "recovery key is mistyped");
        row("recovery key too short", "short recovery key", 3, "56 characters");
        row("header.json name edited", "header name edited", 5, "header.json was changed outside");
        row("header.json edited, checksum recomputed", "header name edited, checksum recomputed", 5,
            "its MAC does not verify");
        row("header.json from another vault", "header from another vault", 5, "do not belong together");
        row("header.json rolled back", "header rolled back", 5, "older copy");
        row("header.json not JSON", "header not JSON", 5, "header.json is not valid JSON");
        row("header.json format 99", "format 99", 5, "written by a newer Coffer (file format 99");
        row("vault.db byte flipped at 100", "flip 100", 5, "vault.db is damaged");
        row("vault.db byte flipped at 4196", "flip 4196", 5, "vault.db is damaged");
        row("vault.db truncated to half", "truncate half", 5, "vault.db is"); // truncated, or damaged if page-aligned
        row("vault.db truncated to 1000 bytes", "truncate 1000", 5, "vault.db is truncated (1000 bytes");
        row("header.json missing", "header missing", 4, "header.json is missing");
        row("vault.db missing", "db missing", 4, "vault.db is missing");
        row("folder is not a vault", "not a vault", 4, "is not a Coffer vault");
        row("a file, not a folder", "a file", 4, "is a file, not a vault");
        row("path does not exist", "no such path", 4, "there is no vault at");
    }

    void badVaultIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        const auto created = freshVault();
        QString target = created.bundle;
        const QString db = QDir(target).filePath(QStringLiteral("vault.db"));
        const QString header = QDir(target).filePath(QStringLiteral("header.json"));
        QStringList credential {QStringLiteral("--passphrase-file"), m_pass};
        auto recoveryFile = [this](const QByteArray &key) {
            return QStringList {QStringLiteral("--recovery-key-file"),
                                m_cli.writeFile(QStringLiteral("recovery-%1.txt").arg(m_count), key + '\n')};
        };

        if (damage == u"wrong passphrase") {
            credential = {QStringLiteral("--passphrase-file"), m_wrongPass};
        } else if (damage == u"wrong recovery key") {
            credential = recoveryFile(m_other.recoveryKey);
        } else if (damage == u"mistyped recovery key") {
            QByteArray key = created.recoveryKey;
            key[5] = key.at(5) == 'A' ? 'B' : 'A';
            credential = recoveryFile(key);
        } else if (damage == u"short recovery key") {
            credential = recoveryFile(created.recoveryKey.left(created.recoveryKey.size() - 5));
        } else if (damage == u"header name edited") {
            editHeader(
                    target, [](QJsonObject &h) { h.insert(QStringLiteral("name"), QStringLiteral("renamed")); }, false);
        } else if (damage == u"header name edited, checksum recomputed") {
            editHeader(
                    target, [](QJsonObject &h) { h.insert(QStringLiteral("name"), QStringLiteral("renamed")); }, true);
        } else if (damage == u"header from another vault") {
            QFile::remove(header);
            QVERIFY(QFile::copy(QDir(m_other.bundle).filePath(QStringLiteral("header.json")), header));
        } else if (damage == u"header rolled back") {
            const QString old = m_cli.path(QStringLiteral("old-header.json"));
            QFile::remove(old);
            QVERIFY(QFile::copy(header, old));
            const CliRun added = m_cli.run({QStringLiteral("vault"), QStringLiteral("keyslot"), QStringLiteral("add"),
                                            QStringLiteral("--vault"), target, QStringLiteral("--passphrase-file"),
                                            m_pass, QStringLiteral("--type"), QStringLiteral("recovery")});
            COFFER_VERIFY_EXIT(added, 0);
            m_cli.addSecret(added.json().value(u"recoveryKey").toString().toLatin1());
            QFile::remove(header);
            QVERIFY(QFile::copy(old, header));
        } else if (damage == u"header not JSON") {
            m_cli.writeFile(QStringLiteral("garbage.json"), "this is not { json");
            QFile::remove(header);
            QVERIFY(QFile::copy(m_cli.path(QStringLiteral("garbage.json")), header));
        } else if (damage == u"format 99") {
            editHeader(
                    target, [](QJsonObject &h) { h.insert(QStringLiteral("format"), 99); }, true);
        } else if (damage == u"flip 100") {
            flipByte(db, 100);
        } else if (damage == u"flip 4196") {
            flipByte(db, 4096 + 100);
        } else if (damage == u"truncate half") {
            resizeFile(db, QFileInfo(db).size() / 2);
        } else if (damage == u"truncate 1000") {
            resizeFile(db, 1000);
        } else if (damage == u"header missing") {
            QVERIFY(QFile::remove(header));
        } else if (damage == u"db missing") {
            QVERIFY(QFile::remove(db));
        } else if (damage == u"not a vault") {
            target = m_cli.path(QStringLiteral("plain-%1").arg(m_count));
            QVERIFY(QDir().mkpath(target));
            m_cli.writeFile(QStringLiteral("plain-%1/notes.txt").arg(m_count), "not a vault\n");
        } else if (damage == u"a file") {
            target = m_cli.writeFile(QStringLiteral("file-%1.coffer").arg(m_count), "just a file\n");
        } else if (damage == u"no such path") {
            target = m_cli.path(QStringLiteral("nowhere/missing.coffer"));
        } else {
            QFAIL("unknown row");
        }

        const bool existed = QFileInfo::exists(target);
        const auto before = snapshotFolder(target);
        const QByteArray targetBytes = QFileInfo(target).isFile() ? [&target] {
            QFile f(target);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }()
                                                                  : QByteArray();

        const CliRun run = m_cli.run(
                QStringList {QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), target}
                + credential);
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith("coffer-cli: error: "), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(run.describe()));
        if (exitCode == 5) // damage is never reported as a wrong credential
            QVERIFY2(!run.err.contains("does not unlock"), qPrintable(run.describe()));

        // Nothing was written, created or removed.
        QCOMPARE(QFileInfo::exists(target), existed);
        QCOMPARE(snapshotFolder(target), before);
        if (!targetBytes.isEmpty()) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), targetBytes);
        }
    }

    void hintsNameTheWayOut_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("hint");
        auto row = [](const char *tag, const char *damage, const char *hint) {
            QTest::newRow(tag) << QString::fromUtf8(damage) << QString::fromUtf8(hint);
        };
        row("wrong passphrase", "wrong passphrase", "hint: check the passphrase, or unlock with --recovery-key-file");
        row("mistyped recovery key", "mistyped recovery key", "hint: a recovery key is 14 groups of 4");
        row("not a vault", "not a vault", "hint: a vault is a folder NAME.coffer");
    }

    void hintsNameTheWayOut()
    {
        QFETCH(QString, damage);
        QFETCH(QString, hint);
        const auto created = freshVault();
        QString target = created.bundle;
        QStringList credential {QStringLiteral("--passphrase-file"), m_wrongPass};
        if (damage == u"mistyped recovery key") {
            QByteArray key = created.recoveryKey;
            key[0] = key.at(0) == 'A' ? 'B' : 'A';
            credential = {QStringLiteral("--recovery-key-file"), m_cli.writeFile(QStringLiteral("mistyped.txt"), key)};
        } else if (damage == u"not a vault") {
            target = m_cli.dir();
        }
        const CliRun run = m_cli.run(
                QStringList {QStringLiteral("vault"), QStringLiteral("show"), QStringLiteral("--vault"), target}
                + credential);
        QVERIFY2(QString::fromUtf8(run.err).contains(hint), qPrintable(run.describe()));
    }

    void checkFindsDamageThatOpeningDoesNotRead()
    {
        const auto created = freshVault();
        const QString db = QDir(created.bundle).filePath(QStringLiteral("vault.db"));
        const qint64 pages = QFileInfo(db).size() / 4096;
        QVERIFY(pages >= 3);
        flipByte(db, (pages - 1) * 4096 + 100); // the last page
        const auto before = snapshotFolder(created.bundle);
        const CliRun run = m_cli.run({QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("--vault"),
                                      created.bundle, QStringLiteral("--passphrase-file"), m_pass});
        COFFER_VERIFY_EXIT(run, 5);
        QVERIFY2(run.err.contains("vault.db failed its integrity check") || run.err.contains("vault.db is damaged"),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        // The failed check is audited (vault.db gains its record); the header stays, and the damage is still found.
        const auto after = snapshotFolder(created.bundle);
        QCOMPARE(after.value(QStringLiteral("header.json")), before.value(QStringLiteral("header.json")));
        COFFER_VERIFY_EXIT(m_cli.run({QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("--vault"),
                                      created.bundle, QStringLiteral("--passphrase-file"), m_pass}),
                           5);
        const CliRun audit = m_cli.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--vault"),
                                        created.bundle, QStringLiteral("--passphrase-file"), m_pass,
                                        QStringLiteral("--operation"), QStringLiteral("VaultCheckIntegrity")});
        COFFER_VERIFY_EXIT(audit, 0);
        const QJsonArray checks = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(u"resultType").toString(), QStringLiteral("Failed"));
        QCOMPARE(checks.at(0).toObject().value(u"errorCode").toString(), QStringLiteral("Corrupted"));
    }
};

QTEST_GUILESS_MAIN(TestDamagedVault)
#include "TestDamagedVault.moc"
