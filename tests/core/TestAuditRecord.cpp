#include "core/audit/AuditKey.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/CanonicalJson.h"
#include "core/audit/Checkpoint.h"
#include "core/crypto/Digest.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace coffer;
using namespace coffer::audit;

namespace {

AuditRecord goldenRecord()
{
    AuditRecord r;
    r.sequence = 1;
    r.time = QDateTime(QDate(2026, 1, 1), QTime(12, 34, 56, 789), Qt::UTC);
    r.principalId = QStringLiteral("6f1c2a7e-4b1d-4c55-9a0e-2f3b4c5d6e7f");
    r.principalName = QStringLiteral("Alice Ng");
    r.operation = QStringLiteral("SecretGet");
    r.target = QStringLiteral("coffer://team-kv/secrets/db-password/0123456789abcdef0123456789abcdef");
    r.result = AuditResult::Success;
    r.client = QStringLiteral("cli");
    r.processId = 4242;
    r.host = QStringLiteral("build-host");
    r.correlationId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    r.durationMicros = 1234;
    QJsonObject tags;
    tags.insert(QStringLiteral("env"), QStringLiteral("prod"));
    tags.insert(QStringLiteral("Team"), QStringLiteral("core"));
    r.details.insert(QStringLiteral("tags"), tags);
    r.details.insert(QStringLiteral("contentType"), QStringLiteral("text/plain"));
    r.details.insert(QStringLiteral("versions"), 3);
    r.details.insert(QStringLiteral("ratio"), 0.5);
    r.details.insert(QStringLiteral("note"), QString::fromUtf8("line\nbreak \"quoted\" caf\xc3\xa9 \\ \x01"));
    r.details.insert(QStringLiteral("enabled"), true);
    r.details.insert(QStringLiteral("expires"), QJsonValue());
    r.details.insert(QStringLiteral("list"), QJsonArray {2, 1, QStringLiteral("b")});
    r.previousHash = genesisHash();
    return r;
}

// Written out by hand from the rules in AuditRecord.h and cross-checked with an independent implementation
// (Python: json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False), then hashlib.sha256).
const char goldenCanonical[]
        = "{\"client\":\"cli\",\"correlationId\":\"c0ffee00-0000-4000-8000-000000000001\",\"details\":{\"contentType\":"
          "\"text/plain\",\"enabled\":true,\"expires\":null,\"list\":[2,1,\"b\"],\"note\":\"line\\nbreak "
          "\\\"quoted\\\" "
          "caf\xc3\xa9 \\\\ \\u0001\",\"ratio\":0.5,\"tags\":{\"Team\":\"core\",\"env\":\"prod\"},\"versions\":3},"
          "\"durationMicros\":1234,\"errorCode\":\"\",\"format\":1,\"host\":\"build-host\",\"operation\":\"SecretGet\","
          "\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"principalId\":"
          "\"6f1c2a7e-4b1d-4c55-9a0e-2f3b4c5d6e7f\",\"principalName\":\"Alice Ng\",\"processId\":4242,\"result\":"
          "\"Success\",\"sequence\":1,\"target\":\"coffer://team-kv/secrets/db-password/"
          "0123456789abcdef0123456789abcdef\",\"time\":\"2026-01-01T12:34:56.789Z\",\"type\":\"record\"}";
const char goldenHash[] = "6c778c31dd8ac2040e620bb03188a9d04ffdcc1e895f70300610c1490cbf33fc";

QByteArray unhex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

class TestAuditRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void canonicalGoldenVector()
    {
        const AuditRecord r = goldenRecord();
        const QByteArray canonical = canonicalBytes(r);
        QCOMPARE(canonical, QByteArray(goldenCanonical));
        QCOMPARE(chainHash(r).toHex(), QByteArray(goldenHash));
        QCOMPARE(chainHash(r.previousHash, canonical), chainHash(r));
        // The export line is the same object with "hash" in its sorted place, itself canonical.
        AuditRecord withHash = r;
        withHash.hash = chainHash(r);
        const QByteArray line = toJson(withHash);
        QVERIFY(line.contains(QByteArray(",\"format\":1,\"hash\":\"" + QByteArray(goldenHash) + "\",\"host\":")));
        QJsonObject reparsed = QJsonDocument::fromJson(line).object();
        QCOMPARE(canonical::object(reparsed), line);
        reparsed.remove(QStringLiteral("hash"));
        QCOMPARE(canonical::object(reparsed), canonical);
    }

    void canonicalStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("short escapes") << QStringLiteral("\b\t\n\f\r") << QByteArray("\"\\b\\t\\n\\f\\r\"");
        QTest::newRow("other controls") << QString(QChar(0x1f)) + QChar(0x00) << QByteArray("\"\\u001f\\u0000\"");
        QTest::newRow("slash and DEL as themselves") << QStringLiteral("a/b\x7f") << QByteArray("\"a/b\x7f\"");
        QTest::newRow("non-ASCII as UTF-8") << QString::fromUtf8("\xe2\x82\xac \xf0\x9f\x94\x91")
                                            << QByteArray("\"\xe2\x82\xac \xf0\x9f\x94\x91\"");
    }
    void canonicalStrings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QByteArray out;
        canonical::appendString(out, text);
        QCOMPARE(out, expected);
    }

    void canonicalNumbers_data()
    {
        // ECMAScript Number::toString, as RFC 8785 uses (its appendix B lists some of these).
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("half") << 0.5 << QByteArray("0.5");
        QTest::newRow("negative") << -1.25 << QByteArray("-1.25");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("below 1e21") << 999999999999999868928.0 << QByteArray("999999999999999900000");
        QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
        QTest::newRow("0.000001") << 0.000001 << QByteArray("0.000001");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("max double") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("min subnormal") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("not finite") << std::numeric_limits<double>::infinity() << QByteArray("null");
    }
    void canonicalNumbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QByteArray out;
        canonical::appendNumber(out, value);
        QCOMPARE(out, expected);
    }

    void canonicalIntegers()
    {
        QByteArray out;
        canonical::appendInteger(out, (qint64(1) << 53) - 1);
        QCOMPARE(out, QByteArray("9007199254740991"));
        out.clear();
        canonical::appendInteger(out, (qint64(1) << 53) + 1); // a JavaScript number cannot hold it: rounds as one
        QCOMPARE(out, QByteArray("9007199254740992"));
        // Canonicalising what was parsed from canonical text gives the same text (so hashes survive an export).
        QJsonObject o;
        o.insert(QStringLiteral("big"), qint64(1) << 60);
        o.insert(QStringLiteral("third"), 1.0 / 3);
        o.insert(QStringLiteral("tiny"), 1e-9);
        const QByteArray text = canonical::object(o);
        QCOMPARE(canonical::object(QJsonDocument::fromJson(text).object()), text);
    }

    void isoTime()
    {
        QCOMPARE(canonical::isoTime(0), QByteArray("1970-01-01T00:00:00.000Z"));
        QCOMPARE(canonical::isoTime(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 7), Qt::UTC)),
                 QByteArray("2024-02-29T23:59:59.007Z"));
        QCOMPARE(canonical::isoTime(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)),
                 QByteArray("9999-12-31T23:59:59.999Z"));
        QCOMPARE(canonical::parseIsoTime(u"2026-01-01T12:34:56.789Z"),
                 QDateTime(QDate(2026, 1, 1), QTime(12, 34, 56, 789), Qt::UTC));
        QVERIFY(!canonical::parseIsoTime(u"2026-01-01T12:34:56Z").isValid());
        QVERIFY(!canonical::parseIsoTime(u"2026-01-01T12:34:56.789+00:00").isValid());
        QVERIFY(!canonical::parseIsoTime(u"2026-02-30T12:34:56.789Z").isValid());
    }

    void jsonRoundTrip()
    {
        AuditRecord r = goldenRecord();
        r.sequence = 7;
        r.result = AuditResult::Forbidden;
        r.setError(Error(ErrorCode::Forbidden, QStringLiteral("no grant")));
        r.previousHash = QByteArray(32, '\x5a');
        r.hash = chainHash(r);
        auto parsed = recordFromJson(toJson(r));
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->errorCode, QStringLiteral("Forbidden"));
        QCOMPARE(parsed->result, AuditResult::Forbidden);
        QCOMPARE(parsed->time, r.time);
        QCOMPARE(parsed->details, r.details);
        QCOMPARE(parsed->hash, r.hash);
        QCOMPARE(canonicalBytes(*parsed), canonicalBytes(r));
        QCOMPARE(chainHash(*parsed), r.hash);
    }

    void fromJsonNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the member
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("operation") << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("field 'operation' is missing");
        QTest::newRow("unknown") << QStringLiteral("secretValue") << QJsonValue(QStringLiteral("x"))
                                 << QStringLiteral("unknown field 'secretValue'");
        QTest::newRow("wrong type") << QStringLiteral("host") << QJsonValue(3)
                                    << QStringLiteral("field 'host' must be a string");
        QTest::newRow("fraction") << QStringLiteral("sequence") << QJsonValue(1.5)
                                  << QStringLiteral("field 'sequence' must be an integer");
        QTest::newRow("zero sequence") << QStringLiteral("sequence") << QJsonValue(0)
                                       << QStringLiteral("field 'sequence' must be between 1");
        QTest::newRow("time without ms") << QStringLiteral("time") << QJsonValue(QStringLiteral("2026-01-01T00:00:00Z"))
                                         << QStringLiteral("field 'time' must be a UTC time");
        QTest::newRow("uppercase hex") << QStringLiteral("hash") << QJsonValue(QString(64, u'A'))
                                       << QStringLiteral("field 'hash' must be 64");
        QTest::newRow("short hash") << QStringLiteral("previousHash") << QJsonValue(QString(62, u'0'))
                                    << QStringLiteral("field 'previousHash' must be 64");
        QTest::newRow("result") << QStringLiteral("result") << QJsonValue(QStringLiteral("OK"))
                                << QStringLiteral("field 'result' must be Success");
        QTest::newRow("format") << QStringLiteral("format") << QJsonValue(2)
                                << QStringLiteral("field 'format' must be 1");
        QTest::newRow("type") << QStringLiteral("type") << QJsonValue(QStringLiteral("stub"))
                              << QStringLiteral("field 'type' must be \"record\"");
        QTest::newRow("details") << QStringLiteral("details") << QJsonValue(QStringLiteral("{}"))
                                 << QStringLiteral("field 'details' must be an object");
    }
    void fromJsonNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        AuditRecord r = goldenRecord();
        r.hash = chainHash(r);
        QJsonObject o = QJsonDocument::fromJson(toJson(r)).object();
        COFFER_VERIFY_OK(recordFromJson(o));
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        auto parsed = recordFromJson(o);
        COFFER_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().context().contains(message), qPrintable(parsed.error().context()));
        COFFER_VERIFY_ERROR(recordFromJson(QByteArrayView("{\"client\":")), ErrorCode::InvalidArgument);
        COFFER_VERIFY_ERROR(recordFromJson(QByteArrayView("[1]")), ErrorCode::InvalidArgument);
    }

    void validateRecord_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("field");
        QTest::newRow("no time") << 0 << QStringLiteral("'time'");
        QTest::newRow("before 1970") << 1 << QStringLiteral("'time'");
        QTest::newRow("no operation") << 2 << QStringLiteral("'operation'");
        QTest::newRow("no client") << 3 << QStringLiteral("'client'");
        QTest::newRow("negative duration") << 4 << QStringLiteral("'durationMicros'");
        QTest::newRow("huge details") << 5 << QStringLiteral("'details'");
    }
    void validateRecord()
    {
        QFETCH(int, breakage);
        QFETCH(QString, field);
        AuditRecord r = goldenRecord();
        COFFER_VERIFY_OK(audit::validateRecord(r));
        switch (breakage) {
        case 0: r.time = QDateTime(); break;
        case 1: r.time = QDateTime(QDate(1969, 12, 31), QTime(0, 0), Qt::UTC); break;
        case 2: r.operation.clear(); break;
        case 3: r.client.clear(); break;
        case 4: r.durationMicros = -1; break;
        case 5: r.details.insert(QStringLiteral("big"), QString(70000, u'x')); break;
        }
        auto result = audit::validateRecord(r);
        COFFER_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().context().contains(field), qPrintable(result.error().context()));
    }

    void resultMapping()
    {
        QCOMPARE(auditResultFor(ErrorCode::Forbidden), AuditResult::Forbidden);
        QCOMPARE(auditResultFor(ErrorCode::NotFound), AuditResult::NotFound);
        QCOMPARE(auditResultFor(ErrorCode::Conflict), AuditResult::Conflict);
        QCOMPARE(auditResultFor(ErrorCode::AlreadyExists), AuditResult::Conflict);
        QCOMPARE(auditResultFor(ErrorCode::Corrupted), AuditResult::Failed);
        for (auto result : {AuditResult::Success, AuditResult::Forbidden, AuditResult::NotFound, AuditResult::Conflict,
                            AuditResult::Failed})
            QCOMPARE(auditResultFromName(auditResultName(result)), std::optional<AuditResult>(result));
        QVERIFY(!auditResultFromName(u"success"));
    }

    void ed25519Rfc8032Vector1()
    {
        // RFC 8032 section 7.1, TEST 1 (empty message).
        const QByteArray secret = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const QByteArray publicKey = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray signature
                = unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a3"
                        "3bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        auto key = AuditKey::fromPrivateKey(SecureBytes(secret));
        COFFER_VERIFY_OK(key);
        QCOMPARE(key->publicKey(), publicKey);
        auto signed_ = key->sign(QByteArrayView());
        COFFER_VERIFY_OK(signed_);
        QCOMPARE(*signed_, signature);
        QVERIFY(AuditKey::verify(publicKey, QByteArrayView(), signature));
        QVERIFY(!AuditKey::verify(publicKey, QByteArrayView("x"), signature));
        QCOMPARE(key->keyId(), QString::fromLatin1(crypto::sha256(publicKey).toHex().left(16)));
        auto exported = key->privateKey();
        COFFER_VERIFY_OK(exported);
        QCOMPARE(exported->view(), QByteArrayView(secret));
    }

    void ed25519SignVerify()
    {
        auto key = AuditKey::generate();
        COFFER_VERIFY_OK(key);
        auto other = AuditKey::generate();
        COFFER_VERIFY_OK(other);
        QCOMPARE(key->publicKey().size(), 32);
        QCOMPARE(key->keyId().size(), 16);
        QVERIFY(key->keyId() != other->keyId());
        const QByteArray message("checkpoint bytes");
        auto signature = key->sign(message);
        COFFER_VERIFY_OK(signature);
        QCOMPARE(signature->size(), 64);
        QVERIFY(AuditKey::verify(key->publicKey(), message, *signature));
        QVERIFY(!AuditKey::verify(other->publicKey(), message, *signature));
        QByteArray flipped = *signature;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!AuditKey::verify(key->publicKey(), message, flipped));
        QVERIFY(!AuditKey::verify(key->publicKey(), message, signature->left(63)));
        QVERIFY(!AuditKey::verify(key->publicKey().left(31), message, *signature));
        // The private key round-trips.
        auto exported = key->privateKey();
        COFFER_VERIFY_OK(exported);
        auto reloaded = AuditKey::fromPrivateKey(*exported);
        COFFER_VERIFY_OK(reloaded);
        QCOMPARE(reloaded->publicKey(), key->publicKey());
        COFFER_VERIFY_ERROR(AuditKey::fromPrivateKey(SecureBytes(QByteArrayView("short"))), ErrorCode::InvalidArgument);
    }

    void checkpointSignedBytes()
    {
        auto key = AuditKey::fromPrivateKey(
                SecureBytes(unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")));
        COFFER_VERIFY_OK(key);
        const QByteArray head(32, '\x11');
        const QDateTime time(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        auto cp = signCheckpoint(Checkpoint::Kind::Head, 1000, time, head, *key);
        COFFER_VERIFY_OK(cp);
        QCOMPARE(canonicalBytes(*cp),
                 QByteArray("{\"format\":1,\"headHash\":\"" + head.toHex() + "\",\"keyId\":\"" + key->keyId().toLatin1()
                            + "\",\"sequence\":1000,\"time\":\"2026-01-01T00:00:00.000Z\",\"type\":\"checkpoint\"}"));
        QVERIFY(verifyCheckpoint(*cp, key->publicKey()));
        QVERIFY(AuditKey::verify(key->publicKey(), canonicalBytes(*cp), cp->signature));
        // The signature binds every field, and the kind: a checkpoint cannot pass for a prune anchor.
        Checkpoint changed = *cp;
        changed.sequence = 1001;
        QVERIFY(!verifyCheckpoint(changed, key->publicKey()));
        changed = *cp;
        changed.kind = Checkpoint::Kind::Anchor;
        QVERIFY(!verifyCheckpoint(changed, key->publicKey()));
        changed = *cp;
        changed.headHash[0] = 0;
        QVERIFY(!verifyCheckpoint(changed, key->publicKey()));
        // Export line round trip.
        auto parsed = checkpointFromJson(QJsonDocument::fromJson(toJson(*cp)).object());
        COFFER_VERIFY_OK(parsed);
        QCOMPARE(parsed->signature, cp->signature);
        QCOMPARE(parsed->time, cp->time);
        QVERIFY(verifyCheckpoint(*parsed, key->publicKey()));
    }
};

QTEST_GUILESS_MAIN(TestAuditRecord)
#include "TestAuditRecord.moc"
