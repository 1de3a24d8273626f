#include "core/audit/AuditExport.h"
#include "core/audit/AuditKey.h"
#include "core/audit/AuditLog.h"
#include "core/audit/CanonicalJson.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"
#include "tests/support/TestUtil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

AuditRecord makeRecord(qint64 index)
{
    AuditRecord r;
    r.time = timeOf(index);
    r.principalName = principalNames.at(index % 3);
    r.principalId = QStringLiteral("id-") + r.principalName;
    r.operation = operations.at(index % 5);
    r.target = QStringLiteral("coffer://team-kv/secrets/Secret-%1").arg(index);
    if (index % 7 == 0)
        r.setError(Error(ErrorCode::Forbidden, QStringLiteral("denied")));
    r.client = QStringLiteral("cli");
    r.processId = 4000;
    r.host = QStringLiteral("host-a");
    r.correlationId = QStringLiteral("corr-%1").arg(index);
    r.durationMicros = 250;
    r.details.insert(QStringLiteral("marker"), QStringLiteral("detail-%1").arg(index));
    return r;
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joinLines(const QList<QByteArray> &lines)
{
    return lines.join('\n') + '\n';
}

QJsonObject parse(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

// Index (0-based) of the line of `type` at `sequence`, or -1.
qsizetype indexOf(const QList<QByteArray> &lines, const char *type, qint64 sequence)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = parse(lines.at(i));
        if (o.value(QStringLiteral("type")).toString() == QLatin1StringView(type)
            && o.value(QStringLiteral("sequence")).toInteger() == sequence)
            return i;
    }
    return -1;
}

} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_dbKey = crypto::randomSecret(32);
    std::optional<AuditKey> m_key;
    std::optional<AuditKey> m_attackerKey;
    QString m_template; // 2,500 records, checkpoints at 1000 and 2000
    QByteArray m_full; // export of everything (which signs the head: checkpoint at 2500)
    int m_counter = 0;

    std::unique_ptr<Database> copyOfTemplate()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_counter));
        if (!QFile::copy(m_template, path))
            return nullptr;
        auto db = Database::open(path, m_dbKey, Database::Mode::OpenExisting);
        return db ? std::move(*db) : nullptr;
    }
    ExportOptions options(const AuditFilter &filter = {}) const
    {
        ExportOptions o;
        o.filter = filter;
        o.vaultId = QStringLiteral("0b7e4f0e-5c55-4d2b-a3c4-6a3f0a1f2b3c");
        o.vaultName = QStringLiteral("team-kv");
        o.exportedAt = timeOf(3000);
        return o;
    }
    // What someone holding another key can make: the export with record 1234 changed, every hash recomputed and
    // every signature (header and checkpoints) made again with their key.
    QByteArray forge(const QByteArray &bytes, const AuditKey &attacker)
    {
        const QList<QByteArray> lines = splitLines(bytes);
        QList<QByteArray> out;
        QByteArray previous = genesisHash();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QJsonObject o = parse(lines.at(i));
            if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("record")) {
                AuditRecord r = *recordFromJson(o);
                if (r.sequence == 1234)
                    r.operation = QStringLiteral("SecretList");
                r.previousHash = previous;
                r.hash = chainHash(r);
                previous = r.hash;
                out.append(toJson(r));
            } else {
                const Checkpoint c = *checkpointFromJson(o);
                out.append(toJson(*signCheckpoint(Checkpoint::Kind::Head, c.sequence, c.time, previous, attacker)));
            }
        }
        QJsonObject header = parse(lines.first());
        header.insert(QStringLiteral("publicKey"), QString::fromLatin1(attacker.publicKey().toBase64()));
        header.insert(QStringLiteral("keyId"), attacker.keyId());
        header.remove(QStringLiteral("signature"));
        header.insert(QStringLiteral("signature"),
                      QString::fromLatin1(attacker.sign(canonical::object(header))->toBase64()));
        out.prepend(canonical::object(header));
        return joinLines(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = AuditKey::generate();
        COFFER_VERIFY_OK(key);
        m_key.emplace(std::move(*key));
        auto attacker = AuditKey::generate();
        COFFER_VERIFY_OK(attacker);
        m_attackerKey.emplace(std::move(*attacker));
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        {
            auto db = Database::open(m_template, m_dbKey, Database::Mode::CreateNew);
            COFFER_VERIFY_OK(db);
            COFFER_VERIFY_OK(AuditLog::createTables(**db));
            AuditLog log;
            log.setSigningKey(&*m_key);
            storage::Transaction tx(**db);
            COFFER_VERIFY_OK(tx.begin());
            for (qint64 i = 1; i <= 2500; ++i) {
                AuditRecord r = makeRecord(i);
                COFFER_VERIFY_OK(log.append(**db, r));
            }
            COFFER_VERIFY_OK(tx.commit());
        }
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        auto exported = exportJsonLines(*db, log, *m_key, options());
        COFFER_VERIFY_OK(exported);
        m_full = *exported;
        QFile file(test::outputDir(QStringLiteral("audit")) + QStringLiteral("/full-export.jsonl"));
        if (file.open(QIODevice::WriteOnly))
            file.write(m_full);
    }

    void init() { test::failOnAnyWarning(); }

    void wholeLogExportVerifies()
    {
        const QList<QByteArray> lines = splitLines(m_full);
        QCOMPARE(lines.size(), 1 + 2500 + 3);
        const QJsonObject header = parse(lines.first());
        QCOMPARE(header.value(QStringLiteral("type")).toString(), QStringLiteral("coffer-audit-export"));
        QCOMPARE(header.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(header.value(QStringLiteral("vaultName")).toString(), QStringLiteral("team-kv"));
        QCOMPARE(header.value(QStringLiteral("publicKey")).toString(),
                 QString::fromLatin1(m_key->publicKey().toBase64()));
        QCOMPARE(header.value(QStringLiteral("keyId")).toString(), m_key->keyId());
        QCOMPARE(header.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-01-03T02:00:00.000Z"));
        QCOMPARE(header.value(QStringLiteral("firstSequence")).toInteger(), 1);
        QCOMPARE(header.value(QStringLiteral("lastSequence")).toInteger(), 2500);
        // Records and checkpoints in sequence order; the last line is the checkpoint made for the export.
        QCOMPARE(indexOf(lines, "record", 1), 1);
        QCOMPARE(indexOf(lines, "checkpoint", 1000), indexOf(lines, "record", 1000) + 1);
        QCOMPARE(indexOf(lines, "checkpoint", 2500), lines.size() - 1);
        // Every line is canonical JSON.
        for (const QByteArray &line : lines)
            QCOMPARE(canonical::object(parse(line)), line);

        const VerifyReport report = verifyExport(m_full);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, 2500);
        QCOMPARE(report.stubs, 0);
        QCOMPARE(report.checkpoints, 3);
        QCOMPARE(report.firstSequence, 1);
        QCOMPARE(report.lastSequence, 2500);
        QCOMPARE(report.keyId, m_key->keyId());
        QVERIFY(verifyExport(m_full, m_key->publicKey()).ok);
        // CRLF line ends (a file passed through Windows tools) verify too.
        QByteArray crlf = m_full;
        crlf.replace("\n", "\r\n");
        QVERIFY(verifyExport(crlf).ok);
    }

    void exportSignsTheHeadOnlyOnce()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        auto first = exportJsonLines(*db, log, *m_key, options());
        COFFER_VERIFY_OK(first);
        QCOMPARE(*first, m_full); // Ed25519 is deterministic: same log, same time, same bytes
        auto cps = AuditLog::checkpoints(*db);
        COFFER_VERIFY_OK(cps);
        QCOMPARE(cps->size(), 3);
        QByteArray streamed;
        QBuffer buffer(&streamed);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        COFFER_VERIFY_OK(exportJsonLines(*db, log, *m_key, options(), buffer));
        QCOMPARE(streamed, m_full);
        cps = AuditLog::checkpoints(*db);
        COFFER_VERIFY_OK(cps);
        QCOMPARE(cps->size(), 3);
    }

    void tamperIsLocated_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edit a field") << 0 << qint64(1234)
                                      << QStringLiteral("record 1234 was edited: its hash does not match");
        QTest::newRow("edit details") << 1 << qint64(77)
                                      << QStringLiteral("record 77 was edited: its hash does not match");
        QTest::newRow("edit the hash") << 2 << qint64(77)
                                       << QStringLiteral("record 77 was edited: its hash does not match");
        QTest::newRow("remove a record") << 3 << qint64(1500)
                                         << QStringLiteral("record 1500 is missing (sequence jumps from 1499 to 1501)");
        QTest::newRow("swap two records") << 4 << qint64(40) << QStringLiteral("records 40-41 are out of order");
        QTest::newRow("checkpoint before its record")
                << 5 << qint64(1000)
                << QStringLiteral("lines are out of order: the checkpoint at 1000 comes before record 1000");
        QTest::newRow("remove a checkpoint")
                << 6 << qint64(1)
                << QStringLiteral("the checkpoint due at record 1000 is missing: records 1-2000 went without one (one "
                                  "is signed every 1000 records)");
        QTest::newRow("cut the last checkpoint")
                << 7 << qint64(2001)
                << QStringLiteral("records 2001-2500 after the last checkpoint are not covered by a signature (the "
                                  "export was cut after its last checkpoint)");
        QTest::newRow("cut after a checkpoint")
                << 8 << qint64(2001)
                << QStringLiteral("the export ends at record 2000 but its signed header says it ends at 2500: records "
                                  "2001-2500 were cut off");
        QTest::newRow("cut in the tail")
                << 9 << qint64(2001)
                << QStringLiteral("records 2001-2300 after the last checkpoint are not covered by a signature (the "
                                  "export was cut after its last checkpoint)");
        QTest::newRow("flip a signature byte")
                << 10 << qint64(1001) << QStringLiteral("checkpoint at 2000 has a bad signature");
        QTest::newRow("replace the public key") << 11 << qint64(0) << QStringLiteral("is not the id of its public key");
        QTest::newRow("replace the public key and id")
                << 12 << qint64(0) << QStringLiteral("the header's signature does not verify");
        QTest::newRow("malformed line") << 13 << qint64(600) << QStringLiteral("line: not valid JSON");
        QTest::newRow("edit the header") << 14 << qint64(0) << QStringLiteral("the header's signature does not verify");
        QTest::newRow("hide a record as a stub")
                << 15 << qint64(0)
                << QStringLiteral(
                           "the export holds 2499 records, 1 stubs and 3 checkpoints, but its signed header says "
                           "2500, 0 and 3 (a record was replaced by a stub, or a line removed)");
        QTest::newRow("repeat a record") << 16 << qint64(10)
                                         << QStringLiteral("record 10 is out of order: it comes after record 10");
        QTest::newRow("empty file") << 17 << qint64(0) << QStringLiteral("line 1: the file is empty");
        QTest::newRow("re-signed with another key")
                << 18 << qint64(0)
                << QStringLiteral("wrong key: the export is signed with key %1, not with the vault's "
                                  "audit key %2");
        QTest::newRow("unknown field") << 19 << qint64(99) << QStringLiteral("audit record: unknown field 'value'");
        QTest::newRow("spaces") << 20 << qint64(500) << QStringLiteral("the record is not in canonical form");
        QTest::newRow("a member twice") << 21 << qint64(500) << QStringLiteral("the record is not in canonical form");
    }
    void tamperIsLocated()
    {
        QFETCH(int, kind);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        QList<QByteArray> lines = splitLines(m_full);
        qsizetype badIndex = -1; // the line the report must name (0-based); -1: none; lines.size(): past the end
        auto editRecord = [&](qint64 sequence, const QString &field, const QJsonValue &value) {
            const qsizetype i = indexOf(lines, "record", sequence);
            QJsonObject o = parse(lines.at(i));
            o.insert(field, value);
            lines[i] = canonical::object(o);
            badIndex = i;
        };
        QByteArray bytes;
        QByteArray expectedKey;
        switch (kind) {
        case 0: editRecord(1234, QStringLiteral("operation"), QStringLiteral("SecretPurge")); break;
        case 1: {
            QJsonObject details;
            details.insert(QStringLiteral("marker"), QStringLiteral("detail-78"));
            editRecord(77, QStringLiteral("details"), details);
            break;
        }
        case 2: editRecord(77, QStringLiteral("hash"), QString(64, u'a')); break;
        case 3:
            badIndex = indexOf(lines, "record", 1500);
            lines.removeAt(badIndex);
            break;
        case 4:
            badIndex = indexOf(lines, "record", 40);
            lines.swapItemsAt(badIndex, badIndex + 1);
            break;
        case 5:
            badIndex = indexOf(lines, "record", 1000);
            lines.swapItemsAt(badIndex, badIndex + 1);
            break;
        case 6:
            lines.removeAt(indexOf(lines, "checkpoint", 1000));
            badIndex = indexOf(lines, "checkpoint", 2000);
            break;
        case 7:
            lines.removeLast();
            badIndex = indexOf(lines, "record", 2001);
            break;
        case 8:
            lines = lines.mid(0, indexOf(lines, "checkpoint", 2000) + 1);
            badIndex = lines.size();
            break;
        case 9:
            lines = lines.mid(0, indexOf(lines, "record", 2300) + 1);
            badIndex = indexOf(lines, "record", 2001);
            break;
        case 10: {
            badIndex = indexOf(lines, "checkpoint", 2000);
            QJsonObject o = parse(lines.at(badIndex));
            QByteArray signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
            signature[20] = char(signature[20] ^ 0x01);
            o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
            lines[badIndex] = canonical::object(o);
            break;
        }
        case 11:
        case 12: {
            QJsonObject o = parse(lines.first());
            o.insert(QStringLiteral("publicKey"), QString::fromLatin1(m_attackerKey->publicKey().toBase64()));
            if (kind == 12)
                o.insert(QStringLiteral("keyId"), m_attackerKey->keyId());
            lines[0] = canonical::object(o);
            badIndex = 0;
            break;
        }
        case 13:
            badIndex = indexOf(lines, "record", 600);
            lines[badIndex] = "{\"type\":\"record\"";
            break;
        case 14: {
            QJsonObject o = parse(lines.first());
            o.insert(QStringLiteral("vaultName"), QStringLiteral("other-kv"));
            lines[0] = canonical::object(o);
            badIndex = 0;
            break;
        }
        case 15: {
            const qsizetype i = indexOf(lines, "record", 321);
            const QJsonObject o = parse(lines.at(i));
            lines[i] = "{\"hash\":\"" + o.value(QStringLiteral("hash")).toString().toLatin1() + "\",\"previousHash\":\""
                    + o.value(QStringLiteral("previousHash")).toString().toLatin1()
                    + "\",\"sequence\":321,\"type\":\"stub\"}";
            break;
        }
        case 16: {
            const qsizetype i = indexOf(lines, "record", 10);
            lines.insert(i + 1, lines.at(i));
            badIndex = i + 1;
            break;
        }
        case 17:
            bytes = QByteArray("");
            badIndex = 0;
            break;
        case 18: {
            bytes = forge(m_full, *m_attackerKey);
            const VerifyReport alone = verifyExport(bytes); // consistent in itself…
            QVERIFY2(alone.ok, qPrintable(alone.problem));
            expectedKey = m_key->publicKey(); // …but not signed by this vault's key
            problem = problem.arg(m_attackerKey->keyId(), m_key->keyId());
            badIndex = 0;
            break;
        }
        case 19: editRecord(99, QStringLiteral("value"), QStringLiteral("s3cr3t")); break;
        case 20:
        case 21: {
            badIndex = indexOf(lines, "record", 500);
            QByteArray &line = lines[badIndex];
            if (kind == 20)
                line.replace("{\"client\":", "{ \"client\": ");
            else
                line.insert(line.size() - 1, ",\"operation\":\"SecretPurge\"");
            break;
        }
        }
        if (kind != 17 && kind != 18)
            bytes = joinLines(lines);
        const VerifyReport report = verifyExport(bytes, expectedKey);
        QVERIFY(!report.ok);
        QVERIFY2(report.problem.contains(problem), qPrintable(report.problem));
        QCOMPARE(report.firstBadSequence, firstBad);
        QCOMPARE(report.firstBadLine, badIndex + 1);
        if (badIndex >= 0)
            QVERIFY2(report.problem.startsWith(QStringLiteral("line %1: ").arg(badIndex + 1)),
                     qPrintable(report.problem));
    }

    // Details with names and values the fast line scanner leaves to the slow path still verify, with the same hashes.
    void unusualDetailsVerify()
    {
        const QString path = m_dir.filePath(QStringLiteral("unusual.db"));
        auto opened = Database::open(path, m_dbKey, Database::Mode::CreateNew);
        COFFER_VERIFY_OK(opened);
        Database &db = **opened;
        COFFER_VERIFY_OK(AuditLog::createTables(db));
        AuditLog log;
        storage::Transaction tx(db);
        COFFER_VERIFY_OK(tx.begin());
        const QList<QPair<QString, QJsonValue>> unusual = {
                {QString::fromUtf8("caf\xc3\xa9"), QStringLiteral("non-ASCII name")},
                {QStringLiteral("a\"b"), QStringLiteral("escaped name")},
                {QStringLiteral("a#"), QStringLiteral("sorts after a\" by code unit")},
                {QString::fromUtf8("\xef\xbc\xa1"), QStringLiteral("U+FF21 sorts after U+1F511 in UTF-16")},
                {QString::fromUtf8("\xf0\x9f\x94\x91"), QStringLiteral("U+1F511")},
                {QStringLiteral("ratio"), 0.1},
                {QStringLiteral("big"), 1e21},
                {QStringLiteral("small"), -2.5e-9},
                {QStringLiteral("control"), QStringLiteral("\x01\x1f\t")},
        };
        for (qsizetype i = 0; i < unusual.size(); ++i) {
            AuditRecord r = makeRecord(i + 1);
            r.details.insert(unusual.at(i).first, unusual.at(i).second);
            r.principalName = QString::fromUtf8("J\xc3\xb6rg \xf0\x9f\x94\x91");
            COFFER_VERIFY_OK(log.append(db, r));
        }
        COFFER_VERIFY_OK(tx.commit());
        ExportOptions o = options();
        auto exported = exportJsonLines(db, log, *m_key, o);
        COFFER_VERIFY_OK(exported);
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, unusual.size());
        auto fromDb = log.verify(db, m_key->publicKey());
        COFFER_VERIFY_OK(fromDb);
        QVERIFY2(fromDb->ok, qPrintable(fromDb->problem));
    }

    void timeRangeExport()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        AuditFilter range;
        range.from = timeOf(1200);
        range.to = timeOf(1300);
        auto exported = exportJsonLines(*db, log, *m_key, options(range));
        COFFER_VERIFY_OK(exported);
        const QList<QByteArray> lines = splitLines(*exported);
        // Anchor at 1199, records 1200-1299, stubs 1300-2000, the existing checkpoint at 2000 last.
        const QJsonObject anchor = parse(lines.at(1));
        QCOMPARE(anchor.value(QStringLiteral("type")).toString(), QStringLiteral("anchor"));
        QCOMPARE(anchor.value(QStringLiteral("sequence")).toInteger(), 1199);
        AuditFilter before;
        before.fromSequence = before.toSequence = 1199;
        QCOMPARE(anchor.value(QStringLiteral("hash")).toString().toLatin1(),
                 AuditLog::query(*db, before)->first().hash.toHex());
        QCOMPARE(parse(lines.at(2)).value(QStringLiteral("sequence")).toInteger(), 1200);
        QCOMPARE(parse(lines.last()).value(QStringLiteral("type")).toString(), QStringLiteral("checkpoint"));
        QCOMPARE(parse(lines.last()).value(QStringLiteral("sequence")).toInteger(), 2000);
        QCOMPARE(AuditLog::checkpoints(*db)->size(), 2); // an existing checkpoint covered the range
        QVERIFY(!exported->contains("\"corr-1199\""));
        QVERIFY(!exported->contains("\"corr-1300\""));
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, 100);
        QCOMPARE(report.stubs, 701);
        QCOMPARE(report.checkpoints, 1);
        QCOMPARE(report.firstSequence, 1200);
        QCOMPARE(report.lastSequence, 2000);
        // Without its anchor, the start is reported.
        QList<QByteArray> cut = lines;
        cut.removeAt(1);
        const VerifyReport noAnchor = verifyExport(joinLines(cut));
        QVERIFY(!noAnchor.ok);
        QCOMPARE(noAnchor.firstBadLine, 2);
        QVERIFY2(noAnchor.problem.contains(QStringLiteral("the anchor line for record 1199 is missing")),
                 qPrintable(noAnchor.problem));
    }

    void rangeInTheUnsignedTail()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        AuditFilter range;
        range.from = timeOf(2100);
        range.to = timeOf(2200);
        QVERIFY(!db->inTransaction());
        auto exported = exportJsonLines(*db, log, *m_key, options(range));
        COFFER_VERIFY_OK(exported);
        QVERIFY(!db->inTransaction());
        const QList<QByteArray> lines = splitLines(*exported);
        QCOMPARE(parse(lines.last()).value(QStringLiteral("sequence")).toInteger(), 2500);
        auto cps = AuditLog::checkpoints(*db);
        COFFER_VERIFY_OK(cps);
        QCOMPARE(cps->last().sequence, 2500); // signed for the export, kept in the log
        QCOMPARE(cps->last().time, timeOf(3000));
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, 100);
        QCOMPARE(report.stubs, 301);
    }

    void filteredExportRevealsOnlyTheSelected()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        AuditFilter filter;
        filter.operations = {QStringLiteral("KeySign")};
        filter.principals = {QStringLiteral("alice")};
        auto exported = exportJsonLines(*db, log, *m_key, options(filter));
        COFFER_VERIFY_OK(exported);
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        qint64 selected = 0;
        for (qint64 i = 1; i <= 2500; ++i) {
            const AuditRecord r = makeRecord(i);
            const bool shown = filter.matches(r);
            selected += shown ? 1 : 0;
            for (const QString &text :
                 {r.correlationId, r.target, r.details.value(QStringLiteral("marker")).toString()})
                QCOMPARE(exported->contains(QByteArray('"' + text.toUtf8() + '"')), shown);
        }
        QCOMPARE(selected, 167);
        QCOMPARE(report.records, selected);
        QCOMPARE(report.stubs, 2500 - selected);
        const QList<QByteArray> lines = splitLines(*exported);
        const QJsonObject stub = parse(lines.at(indexOf(lines, "stub", 1)));
        QCOMPARE(stub.keys(),
                 QStringList({QStringLiteral("hash"), QStringLiteral("previousHash"), QStringLiteral("sequence"),
                              QStringLiteral("type")}));
        const QJsonObject header = parse(lines.first());
        QCOMPARE(header.value(QStringLiteral("filter")).toObject().value(QStringLiteral("operations")).toArray().size(),
                 1);
    }

    void emptyRange()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        AuditFilter range;
        range.from = timeOf(10000);
        auto exported = exportJsonLines(*db, log, *m_key, options(range));
        COFFER_VERIFY_OK(exported);
        QCOMPARE(splitLines(*exported).size(), 1);
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.records, 0);
        const VerifyReport extended = verifyExport(QByteArray(*exported + splitLines(m_full).at(1) + '\n'));
        QVERIFY(!extended.ok);
        QCOMPARE(extended.firstBadLine, 2);
    }

    void exportAfterPrune()
    {
        auto db = copyOfTemplate();
        QVERIFY(db);
        AuditLog log;
        log.setSigningKey(&*m_key);
        {
            storage::Transaction tx(*db);
            COFFER_VERIFY_OK(tx.begin());
            COFFER_VERIFY_OK(log.prune(*db, timeOf(1500), *m_key, timeOf(2600)));
            COFFER_VERIFY_OK(tx.commit());
        }
        auto exported = exportJsonLines(*db, log, *m_key, options());
        COFFER_VERIFY_OK(exported);
        const QList<QByteArray> lines = splitLines(*exported);
        QCOMPARE(parse(lines.at(1)).value(QStringLiteral("type")).toString(), QStringLiteral("anchor"));
        QCOMPARE(parse(lines.at(1)).value(QStringLiteral("sequence")).toInteger(), 1499);
        const VerifyReport report = verifyExport(*exported, m_key->publicKey());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.firstSequence, 1500);
        QCOMPARE(report.records, 1001);
    }

    // Not a timed assertion: prints the cost when COFFER_AUDIT_MEASURE is set.
    void measureVerifyCost()
    {
        if (qEnvironmentVariableIsEmpty("COFFER_AUDIT_MEASURE"))
            QSKIP("set COFFER_AUDIT_MEASURE=1 to measure verifying 100,000 records");
        const QString path = m_dir.filePath(QStringLiteral("measure.db"));
        auto opened = Database::open(path, m_dbKey, Database::Mode::CreateNew);
        COFFER_VERIFY_OK(opened);
        Database &db = **opened;
        COFFER_VERIFY_OK(AuditLog::createTables(db));
        AuditLog log;
        log.setSigningKey(&*m_key);
        {
            storage::Transaction tx(db);
            COFFER_VERIFY_OK(tx.begin());
            for (qint64 i = 1; i <= 100000; ++i) {
                AuditRecord r = makeRecord(i);
                COFFER_VERIFY_OK(log.append(db, r));
            }
            COFFER_VERIFY_OK(tx.commit());
        }
        auto exported = exportJsonLines(db, log, *m_key, options());
        COFFER_VERIFY_OK(exported);
        QElapsedTimer timer;
        timer.start();
        const VerifyReport fromFile = verifyExport(*exported, m_key->publicKey());
        const qint64 fileNs = timer.nsecsElapsed();
        QVERIFY(fromFile.ok);
        timer.restart();
        auto fromDb = log.verify(db, m_key->publicKey());
        const qint64 dbNs = timer.nsecsElapsed();
        COFFER_VERIFY_OK(fromDb);
        QVERIFY(fromDb->ok);
        // Bare SHA-256 over the same bytes, one call per line as the chain does.
        const QList<QByteArray> lines = splitLines(*exported);
        timer.restart();
        QByteArray digest;
        for (const QByteArray &line : lines)
            digest = crypto::sha256(line);
        const qint64 shaNs = timer.nsecsElapsed();
        QVERIFY(!digest.isEmpty());
        qInfo("100,000 records (%lld bytes exported): verifyExport %.1f ms, AuditLog::verify %.1f ms, bare SHA-256 of "
              "every line %.1f ms (ratios %.2f and %.2f)",
              qint64(exported->size()), fileNs / 1e6, dbNs / 1e6, shaNs / 1e6, double(shaNs) / fileNs,
              double(shaNs) / dbNs);
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "TestAuditExport.moc"
