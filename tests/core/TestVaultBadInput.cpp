#include "core/crypto/Digest.h"
#include "core/storage/Database.h"
#include "core/vault/RecoveryKey.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultBundle.h"
#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace coffer;

// Every kind of bad input gets its own error code, and a vault that failed to open is left byte-identical.
class TestVaultBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    QString m_path;
    QString m_otherPath;
    QByteArray m_recoveryKey;
    int m_pages = 0;

    static SecureString pass(const char *text) { return SecureString::fromUtf8(text); }

    QString makeVault(const QString &name, QByteArray *recoveryKey)
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = name;
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, pass("right passphrase"), m_clock);
        if (!created)
            qFatal("cannot create the fixture vault: %s", qPrintable(created.error().toString()));
        // Enough rows for the database to span many pages.
        auto &db = created->vault->database();
        (void)db.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)");
        (void)db.begin();
        for (int i = 0; i < 200; ++i) {
            auto stmt = db.prepare("INSERT INTO filler (data) VALUES (?)");
            stmt->bind(1, QByteArray(500, char('a' + i % 26)));
            (void)stmt->run();
        }
        (void)db.commit();
        if (recoveryKey)
            *recoveryKey = created->recoveryKey.utf8().view().toByteArray();
        return created->vault->path();
    }

    // A fresh copy of the fixture vault for one test to damage.
    QString copyOfVault()
    {
        static int counter = 0;
        const QString copy = m_dir.filePath(QStringLiteral("copy%1.coffer").arg(++counter));
        QDir().mkpath(copy);
        for (const char *file : {"header.json", "vault.db"})
            QFile::copy(QDir(m_path).filePath(QLatin1StringView(file)), QDir(copy).filePath(QLatin1StringView(file)));
        return copy;
    }

    static QJsonObject readHeader(const QString &bundlePath)
    {
        QFile f(bundle::headerPath(bundlePath));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static void writeHeader(const QString &bundlePath, QJsonObject json, bool fixChecksum)
    {
        if (fixChecksum) {
            QJsonObject body = json;
            body.remove(QStringLiteral("checksum"));
            body.remove(QStringLiteral("mac"));
            const QByteArray sum = crypto::sha256(QJsonDocument(body).toJson(QJsonDocument::Compact));
            json.insert(QStringLiteral("checksum"), QString::fromLatin1(sum.toHex()));
        }
        QFile f(bundle::headerPath(bundlePath));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(json).toJson());
    }

    // Opens with the right passphrase, expects `code`, and checks nothing in the folder changed.
    void expectOpenFails(const QString &path, ErrorCode code, const Credential &credential)
    {
        const auto before = test::snapshotFolder(path);
        auto opened = Vault::open(path, credential, m_clock);
        COFFER_VERIFY_ERROR(opened, code);
        QVERIFY2(!opened.error().context().contains(QStringLiteral("right passphrase")), "secret in error text");
        QCOMPARE(test::snapshotFolder(path), before);
    }
    void expectOpenFails(const QString &path, ErrorCode code)
    {
        expectOpenFails(path, code, Credential::passphrase(pass("right passphrase")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = makeVault(QStringLiteral("Target"), &m_recoveryKey);
        m_otherPath = makeVault(QStringLiteral("Other"), nullptr);
        m_pages = int(QFileInfo(bundle::databasePath(m_path)).size() / 4096);
        QVERIFY2(m_pages >= 20, "the fixture database should span many pages");
    }
    void init() { test::failOnAnyWarning(); }

    void fixtureOpens()
    {
        COFFER_VERIFY_OK(Vault::open(copyOfVault(), Credential::passphrase(pass("right passphrase")), m_clock));
    }

    void wrongPassphrase()
    {
        expectOpenFails(copyOfVault(), ErrorCode::WrongCredential, Credential::passphrase(pass("wrong")));
    }

    void wrongRecoveryKey()
    {
        const SecureString other = recovery::generate(nullptr);
        expectOpenFails(copyOfVault(), ErrorCode::WrongCredential, Credential::recoveryKey(other.clone()));
    }

    void mistypedRecoveryKey()
    {
        QByteArray typo = m_recoveryKey;
        typo[3] = typo[3] == 'A' ? 'B' : 'A';
        expectOpenFails(copyOfVault(), ErrorCode::InvalidArgument,
                        Credential::recoveryKey(SecureString::fromUtf8(typo)));
        expectOpenFails(copyOfVault(), ErrorCode::InvalidArgument,
                        Credential::recoveryKey(SecureString::fromUtf8(m_recoveryKey.left(20))));
    }

    void headerEditedByHand()
    {
        const QString path = copyOfVault();
        QJsonObject json = readHeader(path);
        json.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        writeHeader(path, json, false);
        expectOpenFails(path, ErrorCode::HeaderTampered);
        COFFER_VERIFY_ERROR(Vault::inspect(path), ErrorCode::HeaderTampered);
    }

    void headerEditedWithChecksumRecomputed()
    {
        const QString path = copyOfVault();
        QJsonObject json = readHeader(path);
        json.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        writeHeader(path, json, true);
        COFFER_VERIFY_OK(Vault::inspect(path)); // the checksum alone cannot tell...
        expectOpenFails(path, ErrorCode::HeaderTampered); // ...the MAC can.
    }

    void headerNotJson()
    {
        const QString path = copyOfVault();
        QFile f(bundle::headerPath(path));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ \"format\": 1, ");
        f.close();
        expectOpenFails(path, ErrorCode::HeaderTampered);
    }

    void headerFromAnotherVault()
    {
        const QString path = copyOfVault();
        QFile::remove(bundle::headerPath(path));
        QFile::copy(bundle::headerPath(m_otherPath), bundle::headerPath(path));
        expectOpenFails(path, ErrorCode::HeaderMismatch);
    }

    void newerFormat()
    {
        const QString path = copyOfVault();
        QJsonObject json = readHeader(path);
        json.insert(QStringLiteral("format"), 99);
        writeHeader(path, json, true);
        expectOpenFails(path, ErrorCode::UnsupportedFormat);
    }

    void databaseByteFlipped_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("page 1, after the salt") << qint64(100);
        QTest::newRow("page 1, middle") << qint64(2000);
        QTest::newRow("page 2") << qint64(4096 + 100);
        QTest::newRow("page 3") << qint64(2 * 4096 + 2000);
    }

    void databaseByteFlipped()
    {
        QFETCH(qint64, offset);
        const QString path = copyOfVault();
        test::flipByte(bundle::databasePath(path), offset);
        expectOpenFails(path, ErrorCode::Corrupted);
    }

    void databaseDeepPageFlippedFoundByCheck()
    {
        const QString path = copyOfVault();
        test::flipByte(bundle::databasePath(path), qint64(m_pages - 2) * 4096 + 1234);
        auto opened = Vault::open(path, Credential::passphrase(pass("right passphrase")), m_clock);
        if (!opened) {
            COFFER_VERIFY_ERROR(opened, ErrorCode::Corrupted);
            return;
        }
        COFFER_VERIFY_ERROR((*opened)->checkIntegrity(), ErrorCode::Corrupted);
    }

    void databaseTruncated_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<bool>("pageAligned");
        QTest::newRow("half, page aligned") << 0.5 << true;
        QTest::newRow("half, mid-page") << 0.5 << false;
        QTest::newRow("all but the last page") << -1.0 << true;
        QTest::newRow("1000 bytes") << 0.0 << false;
    }

    void databaseTruncated()
    {
        QFETCH(double, fraction);
        QFETCH(bool, pageAligned);
        const QString path = copyOfVault();
        QFile db(bundle::databasePath(path));
        qint64 size = db.size();
        if (fraction < 0)
            size -= 4096;
        else if (fraction == 0)
            size = 1000;
        else
            size = qint64(size * fraction);
        if (pageAligned)
            size -= size % 4096;
        else if (size % 4096 == 0)
            size += 123;
        QVERIFY(db.resize(size));
        expectOpenFails(path, ErrorCode::Corrupted);
    }

    void headerMissing()
    {
        const QString path = copyOfVault();
        QFile::remove(bundle::headerPath(path));
        expectOpenFails(path, ErrorCode::MissingFile);
    }

    void databaseMissing()
    {
        const QString path = copyOfVault();
        QFile::remove(bundle::databasePath(path));
        expectOpenFails(path, ErrorCode::MissingFile);
    }

    void notAVault()
    {
        const QString empty = m_dir.filePath(QStringLiteral("just-a-folder"));
        QDir().mkpath(empty);
        QFile other(QDir(empty).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("hello");
        other.close();
        expectOpenFails(empty, ErrorCode::NotAVault);
        expectOpenFails(QDir(empty).filePath(QStringLiteral("notes.txt")), ErrorCode::NotAVault);
    }

    void noSuchFolder()
    {
        COFFER_VERIFY_ERROR(Vault::open(m_dir.filePath(QStringLiteral("nope.coffer")),
                                        Credential::passphrase(pass("right passphrase")), m_clock),
                            ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestVaultBadInput)
#include "TestVaultBadInput.moc"
