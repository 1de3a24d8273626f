#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace coffer;
using storage::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = crypto::randomSecret(32);
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    static std::vector<storage::Migration> steps()
    {
        return {
                {1, "one", [](Database &db) { return db.exec("CREATE TABLE a (x INTEGER)"); }},
                {2, "two", [](Database &db) { return db.exec("CREATE TABLE b (y TEXT)"); }},
        };
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void createKeyAndReopen()
    {
        const QString path = nextPath();
        {
            auto db = Database::open(path, m_key, Database::Mode::CreateNew);
            COFFER_VERIFY_OK(db);
            COFFER_VERIFY_OK((*db)->exec("CREATE TABLE t (v TEXT)"));
            auto insert = (*db)->prepare("INSERT INTO t (v) VALUES (?)");
            COFFER_VERIFY_OK(insert);
            insert->bind(1, QStringLiteral("hello"));
            COFFER_VERIFY_OK(insert->run());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        COFFER_VERIFY_ERROR(Database::open(path, m_key, Database::Mode::CreateNew), ErrorCode::AlreadyExists);
        COFFER_VERIFY_ERROR(Database::open(path, crypto::randomSecret(32), Database::Mode::OpenExisting),
                            ErrorCode::Corrupted);
        auto db = Database::open(path, m_key, Database::Mode::OpenExisting);
        COFFER_VERIFY_OK(db);
        auto select = (*db)->prepare("SELECT v FROM t");
        COFFER_VERIFY_OK(select);
        QVERIFY(*select->step());
        QCOMPARE(select->text(0), QStringLiteral("hello"));
        auto mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(*mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        COFFER_VERIFY_OK((*db)->checkIntegrity());
        COFFER_VERIFY_ERROR(Database::open(nextPath(), m_key, Database::Mode::OpenExisting), ErrorCode::MissingFile);
    }

    void transactionsRollBackUnlessCommitted()
    {
        auto db = Database::open(nextPath(), m_key, Database::Mode::CreateNew);
        COFFER_VERIFY_OK(db);
        COFFER_VERIFY_OK((*db)->exec("CREATE TABLE t (v INTEGER UNIQUE)"));
        {
            storage::Transaction tx(**db);
            COFFER_VERIFY_OK(tx.begin());
            COFFER_VERIFY_OK((*db)->exec("INSERT INTO t VALUES (1)"));
        }
        {
            storage::Transaction tx(**db);
            COFFER_VERIFY_OK(tx.begin());
            COFFER_VERIFY_OK((*db)->exec("INSERT INTO t VALUES (2)"));
            COFFER_VERIFY_OK(tx.commit());
        }
        auto count = (*db)->prepare("SELECT group_concat(v) FROM t");
        QVERIFY(*count->step());
        QCOMPARE(count->text(0), QStringLiteral("2"));
        COFFER_VERIFY_ERROR((*db)->exec("INSERT INTO t VALUES (2)"), ErrorCode::Conflict);
    }

    void migrationsRunOnceAndRefuseNewer()
    {
        auto db = Database::open(nextPath(), m_key, Database::Mode::CreateNew);
        COFFER_VERIFY_OK(db);
        QCOMPARE(*storage::schemaVersion(**db), 0);
        auto first = std::vector<storage::Migration> {steps().front()};
        QCOMPARE(*storage::migrate(**db, first), 1);
        QCOMPARE(*storage::migrate(**db, steps()), 2);
        QCOMPARE(*storage::migrate(**db, steps()), 2);
        COFFER_VERIFY_ERROR(storage::migrate(**db, first), ErrorCode::UnsupportedFormat);

        // A failing step leaves the previous version in place.
        auto failing = steps();
        failing.push_back({3, "broken", [](Database &d) { return d.exec("CREATE TABLE a (dup INTEGER)"); }});
        COFFER_VERIFY_ERROR(storage::migrate(**db, failing), ErrorCode::Internal);
        QCOMPARE(*storage::schemaVersion(**db), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
