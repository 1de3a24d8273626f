#include "core/audit/AuditKey.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "tests/support/TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::audit;
using storage::Database;

namespace {

const QStringList operations = {QStringLiteral("SecretGet"), QStringLiteral("SecretSet"), QStringLiteral("SecretList"),
                                QStringLiteral("KeySign"), QStringLiteral("VaultPatch")};
const QStringList principalNames = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};

QDateTime timeOf(qint64 index)
{
    return test::fixedStart().addSecs(60 * index);
}

// Record `index` (1-based) of the generated logs: operations, principals and results cycle; one minute apart.
AuditRecord makeRecord(qint64 index)
{
    AuditRecord r;
    r.time = timeOf(index);
    r.principalName = principalNames.at(index % 3);
    r.principalId = QStringLiteral("id-") + r.principalName;
    r.operation = operations.at(index % 5);
    r.target = QStringLiteral("coffer://team-kv/secrets/Secret-%1/%2")
                       .arg(index % 50)
                       .arg(index, 32, 16, QLatin1Char('0'));
    if (index % 7 == 0)
        r.setError(Error(ErrorCode::Forbidden, QStringLiteral("denied")));
    else if (index % 11 == 0)
        r.setError(Error(ErrorCode::NotFound, QStringLiteral("missing")));
    r.client = index % 2 ? QStringLiteral("cli") : QStringLiteral("console");
    r.processId = 1000 + index % 3;
    r.host = QStringLiteral("host-a");
    r.correlationId = QStringLiteral("corr-%1").arg(index);
    r.durationMicros = index * 3;
    r.details.insert(QStringLiteral("index"), index);
    return r;
}

} // namespace

Q_DECLARE_METATYPE(coffer::audit::AuditFilter)

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_dbKey = crypto::randomSecret(32);
    std::optional<AuditKey> m_key;
    std::optional<AuditKey> m_otherKey;
    QString m_template; // 2,500 records, checkpoints at 1000 and 2000 (closed; copied per test)
    int m_counter = 0;

    std::unique_ptr<Database> create()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_counter)), m_dbKey,
                                 Database::Mode::CreateNew);
        if (!db || !AuditLog::createTables(**db))
            return nullptr;
        return std::move(*db);
    }
    std::unique_ptr<Database> copyOfTemplate()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_counter));
        if (!QFile::copy(m_template, path))
            return nullptr;
        auto db = Database::open(path, m_dbKey, Database::Mode::OpenExisting);
        return db ? std::move(*db) : nullptr;
    }
    // Appends records first..last (makeRecord) in transactions of 500.
    static Result<void> appendRange(Database &db, AuditLog &log, qint64 first, qint64 last)
    {
        for (qint64 i = first; i <= last;) {
            storage::Transaction tx(db);
            COFFER_TRY(tx.begin());
            for (int n = 0; n < 500 && i <= last; ++n, ++i) {
                AuditRecord r = makeRecord(i);
                COFFER_TRY(log.append(db, r));
            }
            COFFER_TRY(tx.commit());
        }
        return {};
    }
    static qint64 scalar(Database &db, const char *sql)
    {
        auto s = db.prepare(sql);
        return s && s->step().value_or(false) ? s->int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = AuditKey::generate();
        COFFER_VERIFY_OK(key);
        m_key.emplace(std::move(*key));
        auto other = AuditKey::generate();
        COFFER_VERIFY_OK(other);
        m_otherKey.emplace(std::move(*other));
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        log.setSigningKey(&*m_key);
        COFFER_VERIFY_OK(appendRange(*db, log, 1, 2500));
        m_template = db->path();
    }

    void init() { test::failOnAnyWarning(); }

    void appendBuildsTheChain()
    {
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        QList<AuditRecord> appended;
        for (int i = 1; i <= 3; ++i) {
            AuditRecord r = makeRecord(i);
            r.time = r.time.addMSecs(123).toOffsetFromUtc(3600); // stored as UTC
            COFFER_VERIFY_OK(log.append(*db, r));
            appended.append(r);
        }
        COFFER_VERIFY_OK(tx.commit());
        QCOMPARE(appended.at(0).sequence, 1);
        QCOMPARE(appended.at(0).previousHash, genesisHash());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(appended.at(i).sequence, i + 1);
            QCOMPARE(appended.at(i).hash, chainHash(appended.at(i)));
            QCOMPARE(appended.at(i).time.timeSpec(), Qt::UTC);
            if (i > 0)
                QCOMPARE(appended.at(i).previousHash, appended.at(i - 1).hash);
        }
        auto stored = AuditLog::query(*db, {});
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(canonicalBytes(stored->at(i)), canonicalBytes(appended.at(i)));
            QCOMPARE(stored->at(i).hash, appended.at(i).hash);
        }
        QCOMPARE(stored->at(0).time, timeOf(1).addMSecs(123));
        QCOMPARE(stored->at(0).principalName, QStringLiteral("bob"));
        auto head = AuditLog::head(*db);
        COFFER_VERIFY_OK(head);
        QCOMPARE(head->sequence, 3);
        QCOMPARE(head->hash, appended.at(2).hash);
        QCOMPARE(head->lastCheckpoint, 0);
    }

    void appendNeedsTheCallersTransaction()
    {
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        AuditRecord r = makeRecord(1);
        COFFER_VERIFY_ERROR(log.append(*db, r), ErrorCode::Internal);
        COFFER_VERIFY_ERROR(log.checkpoint(*db, *m_key, timeOf(1)), ErrorCode::Internal);
        COFFER_VERIFY_ERROR(log.prune(*db, timeOf(1), *m_key, timeOf(1)), ErrorCode::Internal);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_records"), 0);
    }

    void appendRollsBackWithTheOperation()
    {
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        {
            storage::Transaction tx(*db);
            COFFER_VERIFY_OK(tx.begin());
            AuditRecord r = makeRecord(1);
            COFFER_VERIFY_OK(log.append(*db, r));
            QCOMPARE(r.sequence, 1);
        } // the operation failed: rolled back
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        AuditRecord r = makeRecord(2);
        COFFER_VERIFY_OK(log.append(*db, r));
        QCOMPARE(r.sequence, 1);
        QCOMPARE(r.previousHash, genesisHash());
        COFFER_VERIFY_OK(tx.commit());
    }

    void appendRejectsInvalidRecords()
    {
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        AuditRecord r = makeRecord(1);
        r.operation.clear();
        auto appended = log.append(*db, r);
        COFFER_VERIFY_ERROR(appended, ErrorCode::InvalidArgument);
        QVERIFY(appended.error().context().contains(QStringLiteral("'operation'")));
        QCOMPARE(r.sequence, 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_records"), 0);
    }

    void checkpointsEveryInterval()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        auto list = AuditLog::checkpoints(*db);
        COFFER_VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).sequence, 1000);
        QCOMPARE(list->at(1).sequence, 2000);
        QCOMPARE(list->at(1).time, timeOf(2000));
        QCOMPARE(list->at(1).keyId, m_key->keyId());
        AuditLog log;
        auto report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->records, 2500);
        QCOMPARE(report->checkpoints, 2);
        QCOMPARE(report->firstSequence, 1);
        QCOMPARE(report->lastSequence, 2500);
        QCOMPARE(report->firstBadSequence, 0);
        QCOMPARE(report->keyId, m_key->keyId());
        QCOMPARE(report->warning, QStringLiteral("records after the last checkpoint (2001-2500) are not signed yet"));

        // Lock/close: sign the head; a second call has nothing to do.
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        auto made = log.checkpoint(*db, *m_key, timeOf(2600));
        COFFER_VERIFY_OK(made);
        QVERIFY(made->has_value());
        QCOMPARE((*made)->sequence, 2500);
        auto again = log.checkpoint(*db, *m_key, timeOf(2601));
        COFFER_VERIFY_OK(again);
        QVERIFY(!again->has_value());
        auto due = log.maybeCheckpoint(*db, *m_key, timeOf(2601));
        COFFER_VERIFY_OK(due);
        QVERIFY(!due->has_value());
        COFFER_VERIFY_OK(tx.commit());
        report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->checkpoints, 3);
        QVERIFY(report->warning.isEmpty());
    }

    void maybeCheckpointWithoutSigningKey()
    {
        auto db = create();
        QVERIFY(db);
        AuditLog log(3); // no signing key: append never signs
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        for (int i = 1; i <= 2; ++i) {
            AuditRecord r = makeRecord(i);
            COFFER_VERIFY_OK(log.append(*db, r));
        }
        auto due = log.maybeCheckpoint(*db, *m_key, timeOf(3));
        COFFER_VERIFY_OK(due);
        QVERIFY(!due->has_value());
        AuditRecord r = makeRecord(3);
        COFFER_VERIFY_OK(log.append(*db, r));
        due = log.maybeCheckpoint(*db, *m_key, timeOf(3));
        COFFER_VERIFY_OK(due);
        QVERIFY(due->has_value());
        QCOMPARE((*due)->sequence, 3);
        COFFER_VERIFY_OK(tx.commit());
        auto report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void tamperIsLocated_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edit operation") << 0 << qint64(1234)
                                        << QStringLiteral("record 1234 was edited: its hash does not match");
        QTest::newRow("edit details") << 1 << qint64(1500)
                                      << QStringLiteral("record 1500 was edited: its hash does not match");
        QTest::newRow("edit time") << 2 << qint64(42)
                                   << QStringLiteral("record 42 was edited: its hash does not match");
        QTest::newRow("edit hash") << 3 << qint64(77)
                                   << QStringLiteral("record 77 was edited: its hash does not match");
        QTest::newRow("edit previous hash")
                << 4 << qint64(77) << QStringLiteral("record 77 was edited: its hash does not match");
        QTest::newRow("delete a row") << 5 << qint64(1500)
                                      << QStringLiteral("record 1500 is missing (sequence jumps from 1499 to 1501)");
        QTest::newRow("delete rows") << 6 << qint64(1500)
                                     << QStringLiteral(
                                                "records 1500-1502 are missing (sequence jumps from 1499 to 1503)");
        QTest::newRow("swap two rows") << 7 << qint64(40) << QStringLiteral("records 40-41 are out of order");
        QTest::newRow("swap distant rows") << 8 << qint64(40) << QStringLiteral("records 40-45 are out of order");
        QTest::newRow("drop the last checkpoint")
                << 9 << qint64(1001)
                << QStringLiteral(
                           "the checkpoint due at record 2000 is missing: records 1001-2500 are not covered by a "
                           "signed checkpoint (one is signed every 1000 records)");
        QTest::newRow("drop a middle checkpoint")
                << 10 << qint64(1)
                << QStringLiteral("the checkpoint due at record 1000 is missing: records 1-2000 went without one (one "
                                  "is signed every 1000 records)");
        QTest::newRow("cut the tail") << 11 << qint64(1991)
                                      << QStringLiteral(
                                                 "checkpoint at 2000 covers record 2000, which is missing: records "
                                                 "1991-2000 were removed from the end of the log");
        QTest::newRow("cut the head") << 12 << qint64(1)
                                      << QStringLiteral(
                                                 "records 1-10 are missing (the log starts at record 11 without a "
                                                 "signed prune anchor)");
        QTest::newRow("bad signature") << 13 << qint64(1) << QStringLiteral("checkpoint at 1000 has a bad signature");
        QTest::newRow("chain rewritten after an edit")
                << 14 << qint64(1001)
                << QStringLiteral("records 1001-2000 do not match the signed checkpoint at 2000 (their hashes were "
                                  "recomputed)");
        QTest::newRow("checkpoint re-signed with another key")
                << 15 << qint64(1001)
                << QStringLiteral("checkpoint at 2000 was signed by key %1, not by the audit key %2");
        QTest::newRow("verified with another key")
                << 16 << qint64(1)
                << QStringLiteral("checkpoint at 1000 was signed by key %2, not by the audit key %1");
    }
    void tamperIsLocated()
    {
        QFETCH(int, kind);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        auto db = copyOfTemplate();
        QVERIFY(db);
        QByteArray verifyKey = m_key->publicKey();
        auto swap = [&](int a, int b) {
            COFFER_VERIFY_OK(
                    db->exec(QByteArray("UPDATE audit_records SET seq = -1 WHERE seq = " + QByteArray::number(a)
                                        + "; UPDATE audit_records SET seq = " + QByteArray::number(a)
                                        + " WHERE seq = " + QByteArray::number(b) + "; UPDATE audit_records SET seq = "
                                        + QByteArray::number(b) + " WHERE seq = -1")
                                     .constData()));
        };
        // Rewrites records from..2500 after changing `from`'s operation, recomputing every hash as a forger would.
        auto rewriteChain = [&](qint64 from) {
            AuditFilter tail;
            tail.fromSequence = from - 1;
            auto records = AuditLog::query(*db, tail);
            COFFER_VERIFY_OK(records);
            QByteArray previous = records->first().hash;
            auto update = db->prepare("UPDATE audit_records SET operation = ?, prev_hash = ?, hash = ? WHERE seq = ?");
            COFFER_VERIFY_OK(update);
            for (qsizetype i = 1; i < records->size(); ++i) {
                AuditRecord r = records->at(i);
                if (r.sequence == from)
                    r.operation = QStringLiteral("SecretList");
                r.previousHash = previous;
                r.hash = chainHash(r);
                previous = r.hash;
                update->bind(1, r.operation).bind(2, r.previousHash).bind(3, r.hash).bind(4, r.sequence);
                COFFER_VERIFY_OK(update->run());
            }
        };
        switch (kind) {
        case 0:
            COFFER_VERIFY_OK(db->exec("UPDATE audit_records SET operation = 'SecretPurge' WHERE seq = 1234"));
            break;
        case 1:
            COFFER_VERIFY_OK(db->exec("UPDATE audit_records SET details = '{\"index\":1}' WHERE seq = 1500"));
            break;
        case 2: COFFER_VERIFY_OK(db->exec("UPDATE audit_records SET time_ms = time_ms + 1 WHERE seq = 42")); break;
        case 3: COFFER_VERIFY_OK(db->exec("UPDATE audit_records SET hash = zeroblob(32) WHERE seq = 77")); break;
        case 4:
            COFFER_VERIFY_OK(
                    db->exec("UPDATE audit_records SET prev_hash = (SELECT hash FROM audit_records WHERE seq = 10)"
                             " WHERE seq = 77"));
            break;
        case 5: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_records WHERE seq = 1500")); break;
        case 6: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_records WHERE seq BETWEEN 1500 AND 1502")); break;
        case 7: swap(40, 41); break;
        case 8: swap(40, 45); break;
        case 9: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_checkpoints WHERE sequence = 2000")); break;
        case 10: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_checkpoints WHERE sequence = 1000")); break;
        case 11: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_records WHERE seq > 1990")); break;
        case 12: COFFER_VERIFY_OK(db->exec("DELETE FROM audit_records WHERE seq <= 10")); break;
        case 13: {
            auto cps = AuditLog::checkpoints(*db, 1000, 1000);
            COFFER_VERIFY_OK(cps);
            QByteArray signature = cps->first().signature;
            signature[5] = char(signature[5] ^ 0x20);
            auto update = db->prepare("UPDATE audit_checkpoints SET signature = ? WHERE sequence = 1000");
            COFFER_VERIFY_OK(update);
            update->bind(1, signature);
            COFFER_VERIFY_OK(update->run());
            break;
        }
        case 14: rewriteChain(1500); break;
        case 15: {
            rewriteChain(1500);
            auto records = AuditLog::query(*db, [] {
                AuditFilter f;
                f.fromSequence = f.toSequence = 2000;
                return f;
            }());
            COFFER_VERIFY_OK(records);
            auto forged
                    = signCheckpoint(Checkpoint::Kind::Head, 2000, timeOf(2000), records->first().hash, *m_otherKey);
            COFFER_VERIFY_OK(forged);
            auto update = db->prepare("UPDATE audit_checkpoints SET head_hash = ?, key_id = ?, signature = ?"
                                      " WHERE sequence = 2000");
            COFFER_VERIFY_OK(update);
            update->bind(1, forged->headHash).bind(2, forged->keyId).bind(3, forged->signature);
            COFFER_VERIFY_OK(update->run());
            problem = problem.arg(m_otherKey->keyId(), m_key->keyId());
            break;
        }
        case 16:
            verifyKey = m_otherKey->publicKey();
            problem = problem.arg(m_otherKey->keyId(), m_key->keyId());
            break;
        }
        if (QTest::currentTestFailed())
            return;
        AuditLog log;
        auto report = log.verify(*db, verifyKey);
        COFFER_VERIFY_OK(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->problem, problem);
        QCOMPARE(report->firstBadSequence, firstBad);
    }

    void queryAndCount_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<qint64>("expected"); // -1: only cross-check with matches()
        AuditFilter f;
        QTest::newRow("everything") << f << qint64(2500);
        f = {};
        f.operations = {QStringLiteral("KeySign")};
        QTest::newRow("one operation") << f << qint64(500);
        f = {};
        f.operations = {QStringLiteral("KeySign"), QStringLiteral("VaultPatch")};
        QTest::newRow("two operations") << f << qint64(1000);
        f = {};
        f.principals = {QStringLiteral("alice")};
        QTest::newRow("principal by name") << f << qint64(833);
        f = {};
        f.principals = {QStringLiteral("id-bob"), QStringLiteral("carol")};
        QTest::newRow("principal by id or name") << f << qint64(1667);
        f = {};
        f.results = {AuditResult::Forbidden};
        QTest::newRow("forbidden") << f << qint64(357);
        f = {};
        f.results = {AuditResult::NotFound, AuditResult::Success};
        QTest::newRow("not found or success") << f << qint64(2500 - 357);
        f = {};
        f.targetContains = QStringLiteral("SECRET-7/");
        QTest::newRow("target, any case") << f << qint64(50);
        f = {};
        f.from = timeOf(100);
        f.to = timeOf(200);
        QTest::newRow("time range") << f << qint64(100);
        f.operations = {QStringLiteral("SecretGet")};
        f.principals = {QStringLiteral("alice")};
        QTest::newRow("combined") << f << qint64(-1);
        f = {};
        f.fromSequence = 2401;
        QTest::newRow("from sequence") << f << qint64(100);
    }
    void queryAndCount()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(qint64, expected);
        auto db = copyOfTemplate();
        QVERIFY(db);
        auto all = AuditLog::query(*db, {});
        COFFER_VERIFY_OK(all);
        QCOMPARE(all->size(), 2500);
        qint64 matching = 0;
        for (const AuditRecord &r : *all)
            matching += filter.matches(r) ? 1 : 0;
        if (expected >= 0)
            QCOMPARE(matching, expected);
        auto found = AuditLog::query(*db, filter);
        COFFER_VERIFY_OK(found);
        QCOMPARE(found->size(), matching);
        for (const AuditRecord &r : *found)
            QVERIFY(filter.matches(r));
        auto counted = AuditLog::count(*db, filter);
        COFFER_VERIFY_OK(counted);
        QCOMPARE(*counted, matching);
        // Pages, newest first.
        filter.newestFirst = true;
        filter.limit = 7;
        filter.offset = 3;
        auto page = AuditLog::query(*db, filter);
        COFFER_VERIFY_OK(page);
        QCOMPARE(page->size(), std::clamp<qint64>(matching - 3, 0, 7));
        for (qsizetype i = 0; i < page->size(); ++i)
            QCOMPARE(page->at(i).sequence, found->at(found->size() - 4 - i).sequence);
    }

    void stats()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        auto stats = AuditLog::stats(*db);
        COFFER_VERIFY_OK(stats);
        QCOMPARE(stats->total, 2500);
        QCOMPARE(stats->perOperation.size(), 5);
        for (const auto &op : stats->perOperation)
            QCOMPARE(op.count, 500);
        QCOMPARE(stats->perResult[std::size_t(AuditResult::Forbidden)], 357);
        QCOMPARE(stats->perResult[std::size_t(AuditResult::NotFound)], 2500 / 11 - 2500 / 77);
        QCOMPARE(stats->perPrincipal.size(), 3);
        QCOMPARE(stats->perPrincipal.first().count, 834);
        QCOMPARE(stats->perPrincipal.first().label, QStringLiteral("bob"));
        // One minute apart from midnight: records 1-1439 on day one, 1440-2500 on day two.
        QCOMPARE(stats->perDay.size(), 2);
        QCOMPARE(stats->perDay.at(0).date, QDate(2026, 1, 1));
        QCOMPARE(stats->perDay.at(0).total(), 1439);
        QCOMPARE(stats->perDay.at(1).date, QDate(2026, 1, 2));
        QCOMPARE(stats->perDay.at(1).total(), 2500 - 1439);
        AuditFilter forbidden;
        forbidden.results = {AuditResult::Forbidden};
        forbidden.from = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        auto some = AuditLog::stats(*db, forbidden);
        COFFER_VERIFY_OK(some);
        QCOMPARE(some->total, *AuditLog::count(*db, forbidden));
        QCOMPARE(some->perDay.size(), 1);
        QCOMPARE(some->perDay.at(0).perResult[std::size_t(AuditResult::Forbidden)], some->total);
    }

    void pruneKeepsVerifying()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        log.setSigningKey(&*m_key);
        {
            storage::Transaction tx(*db);
            COFFER_VERIFY_OK(tx.begin());
            auto pruned = log.prune(*db, timeOf(1500), *m_key, timeOf(2600));
            COFFER_VERIFY_OK(pruned);
            QCOMPARE(pruned->removed, 1499);
            QVERIFY(pruned->anchor.has_value());
            QCOMPARE(pruned->anchor->sequence, 1499);
            QCOMPARE(pruned->anchor->kind, Checkpoint::Kind::Anchor);
            COFFER_VERIFY_OK(tx.commit());
        }
        auto report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->firstSequence, 1500);
        QCOMPARE(report->records, 1001);
        QCOMPARE(report->checkpoints, 2); // the anchor and the checkpoint at 2000
        auto cps = AuditLog::checkpoints(*db);
        COFFER_VERIFY_OK(cps);
        QCOMPARE(cps->size(), 2);
        QCOMPARE(cps->at(0).sequence, 1499);
        // The log goes on from there.
        COFFER_VERIFY_OK(appendRange(*db, log, 2501, 3100));
        report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->lastSequence, 3100);
        QCOMPARE(report->warning, QStringLiteral("records after the last checkpoint (3001-3100) are not signed yet"));

        // Without the anchor, the missing head is reported.
        COFFER_VERIFY_OK(db->exec("DELETE FROM audit_checkpoints WHERE kind = 'anchor'"));
        report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->problem,
                 QStringLiteral("records 1-1499 are missing (the log starts at record 1500 without a "
                                "signed prune anchor)"));
    }

    void pruneEverything()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        log.setSigningKey(&*m_key);
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        auto nothing = log.prune(*db, timeOf(1), *m_key, timeOf(2600));
        COFFER_VERIFY_OK(nothing);
        QCOMPARE(nothing->removed, 0);
        auto pruned = log.prune(*db, timeOf(5000), *m_key, timeOf(5000));
        COFFER_VERIFY_OK(pruned);
        QCOMPARE(pruned->removed, 2500);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_records"), 0);
        auto head = AuditLog::head(*db);
        COFFER_VERIFY_OK(head);
        QCOMPARE(head->sequence, 2500);
        auto report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->records, 0);
        AuditRecord r = makeRecord(2501);
        COFFER_VERIFY_OK(log.append(*db, r));
        QCOMPARE(r.sequence, 2501);
        QCOMPARE(r.previousHash, head->hash);
        COFFER_VERIFY_OK(tx.commit());
        report = log.verify(*db, m_key->publicKey());
        COFFER_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->firstSequence, 2501);
    }

    void pruneRefusesABrokenLog()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        COFFER_VERIFY_OK(db->exec("UPDATE audit_records SET operation = 'SecretPurge' WHERE seq = 10"));
        AuditLog log;
        storage::Transaction tx(*db);
        COFFER_VERIFY_OK(tx.begin());
        auto pruned = log.prune(*db, timeOf(1500), *m_key, timeOf(2600));
        COFFER_VERIFY_ERROR(pruned, ErrorCode::Corrupted);
        QVERIFY(pruned.error().context().contains(QStringLiteral("record 10 was edited")));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_records"), 2500);
    }

    // Not a timed assertion: prints the cost when COFFER_AUDIT_MEASURE is set.
    void measureAppendCost()
    {
        if (qEnvironmentVariableIsEmpty("COFFER_AUDIT_MEASURE"))
            QSKIP("set COFFER_AUDIT_MEASURE=1 to measure 100,000 appends and a verify");
        auto db = create();
        QVERIFY(db);
        AuditLog log;
        log.setSigningKey(&*m_key);
        QList<AuditRecord> made; // built beforehand: the caller's cost, not the log's
        for (qint64 i = 1; i <= 100000; ++i)
            made.append(makeRecord(i));
        QElapsedTimer timer;
        timer.start();
        {
            storage::Transaction tx(*db);
            COFFER_VERIFY_OK(tx.begin());
            for (AuditRecord &r : made) {
                COFFER_VERIFY_OK(log.append(*db, r));
            }
            COFFER_VERIFY_OK(tx.commit());
        }
        const qint64 appendNs = timer.nsecsElapsed();
        timer.restart();
        auto report = log.verify(*db, m_key->publicKey());
        const qint64 verifyNs = timer.nsecsElapsed();
        COFFER_VERIFY_OK(report);
        QVERIFY(report->ok);

        // Baseline: the same rows, bound the same way, into an identical table and indexes, without the chain.
        COFFER_VERIFY_OK(db->exec("CREATE TABLE bare AS SELECT * FROM audit_records WHERE 0;"
                                  "CREATE INDEX bare_time ON bare (time_ms); CREATE INDEX bare_op ON bare (operation);"
                                  "CREATE INDEX bare_principal ON bare (principal_id)"));
        const QByteArray blob(32, '\x42');
        timer.restart();
        {
            storage::Transaction tx(*db);
            COFFER_VERIFY_OK(tx.begin());
            for (const AuditRecord &r : std::as_const(made)) {
                auto insert = db->cached("INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                COFFER_VERIFY_OK(insert);
                (*insert)
                        ->bind(1, r.sequence)
                        .bind(2, r.time.toMSecsSinceEpoch())
                        .bind(3, r.principalId)
                        .bind(4, r.principalName)
                        .bind(5, r.operation)
                        .bind(6, r.target)
                        .bind(7, auditResultName(r.result))
                        .bind(8, r.errorCode)
                        .bind(9, r.client)
                        .bind(10, r.processId)
                        .bind(11, r.host)
                        .bind(12, r.correlationId)
                        .bind(13, r.durationMicros)
                        .bind(14, QStringLiteral("{\"index\":1}"))
                        .bind(15, blob)
                        .bind(16, blob);
                COFFER_VERIFY_OK((*insert)->run());
            }
            COFFER_VERIFY_OK(tx.commit());
        }
        const qint64 bareNs = timer.nsecsElapsed();
        qInfo("100,000 appends in one transaction: %.1f ms (%.2f us each, 100 checkpoints included); the same rows as "
              "bare INSERTs: %.1f ms (%.2f us each); verify: %.1f ms (%.2f us per record)",
              appendNs / 1e6, appendNs / 1e8, bareNs / 1e6, bareNs / 1e8, verifyNs / 1e6, verifyNs / 1e8);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
