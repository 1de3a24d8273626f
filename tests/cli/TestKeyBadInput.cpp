// cli.KeyBadInput: every key command line and value coffer-cli refuses, each with its exit code and a message naming
// the problem, and without changing the keys a vault holds (list-versions and the audit log show no change).
// Also the window rules Azure has: an expired key still verifies and decrypts, and a disabled one does nothing.
#include "tests/cli/KeyTestSupport.h"
#include "tests/cli/VaultGuard.h"
#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace coffer::test;

class TestKeyBadInput : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    KeyVault m_vault {m_cli};
    VaultGuard m_guard {m_cli};
    QByteArray m_versions; // list-versions of every key before the refused commands
    const QStringList m_keys {QStringLiteral("rsa"),         QStringLiteral("ec"),       QStringLiteral("aes"),
                              QStringLiteral("verify-only"), QStringLiteral("disabled"), QStringLiteral("expired"),
                              QStringLiteral("future")};
    QString m_digest32;
    QString m_digest48;
    QString m_rsaCipher; // RSA-OAEP-256 ciphertext of "expired but decryptable" under key "expired"
    QString m_expiredSignature; // RS256 signature "expired" made while it was valid

    QByteArray allVersions()
    {
        QByteArray out;
        for (const QString &key : m_keys) {
            const CliRun run = m_vault.run(QStringLiteral("list-versions"), {QStringLiteral("--name"), key});
            if (run.exitCode != 0)
                QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
            out += run.out;
        }
        return out;
    }

    // Words of a row with {digest32}, {digest48}, {file:NAME} (a path in the scratch folder) and {empty} replaced.
    QStringList expand(const QString &line) const
    {
        QStringList out;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (word == u"{digest32}")
                out.append(m_digest32);
            else if (word == u"{digest48}")
                out.append(m_digest48);
            else if (word == u"{empty}")
                out.append(QString());
            else if (word.startsWith(QStringLiteral("{file:")))
                out.append(m_cli.path(word.mid(6).chopped(1)));
            else if (word.startsWith(QStringLiteral("@{file:")))
                out.append(u'@' + m_cli.path(word.mid(7).chopped(1)));
            else
                out.append(word);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        QVERIFY(m_vault.create(QStringLiteral("bad-key-kv"), "bad key input passphrase"));
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("rsa"), QStringLiteral("--kty"), QStringLiteral("RSA")});
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("ec"), QStringLiteral("--kty"), QStringLiteral("EC")});
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("aes"), QStringLiteral("--kty"), QStringLiteral("oct")});
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("verify-only"), QStringLiteral("--kty"),
                    QStringLiteral("RSA"), QStringLiteral("--ops"), QStringLiteral("verify"),
                    QStringLiteral("encrypt")});
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("disabled"), QStringLiteral("--kty"),
                    QStringLiteral("RSA"), QStringLiteral("--disabled")});
        m_vault.ok(QStringLiteral("create"),
                   {QStringLiteral("--name"), QStringLiteral("future"), QStringLiteral("--kty"), QStringLiteral("EC"),
                    QStringLiteral("--not-before"), QStringLiteral("2099-01-01T00:00:00Z")});
        // "expired": made valid, used while valid (a signature and a ciphertext), then given a past expiry.
        m_vault.ok(
                QStringLiteral("create"),
                {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--kty"), QStringLiteral("RSA")});
        m_digest32 = toB64(QCryptographicHash::hash("bad input data", QCryptographicHash::Sha256));
        m_digest48 = toB64(QCryptographicHash::hash("bad input data", QCryptographicHash::Sha384));
        m_expiredSignature
                = m_vault.ok(QStringLiteral("sign"),
                             {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--algorithm"),
                              QStringLiteral("RS256"), QStringLiteral("--digest"), m_digest32})
                          .value(u"signature")
                          .toString();
        m_rsaCipher = m_vault.ok(QStringLiteral("encrypt"),
                                 {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--algorithm"),
                                  QStringLiteral("RSA-OAEP-256"), QStringLiteral("--value"), toB64("still readable")})
                              .value(u"result")
                              .toString();
        m_vault.ok(QStringLiteral("set-attributes"),
                   {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--expires"),
                    QStringLiteral("2020-01-01T00:00:00Z")});

        // Key files for the import rows.
        m_cli.addSecret("right pem password");
        const ToolRun made = openssl(m_cli.dir(),
                                     {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                      QStringLiteral("-out"), m_cli.path(QStringLiteral("plain.pem"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const ToolRun encrypted = openssl(m_cli.dir(),
                                          {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                                           m_cli.path(QStringLiteral("plain.pem")), QStringLiteral("-v2"),
                                           QStringLiteral("aes-256-cbc"), QStringLiteral("-passout"),
                                           QStringLiteral("pass:right pem password"), QStringLiteral("-out"),
                                           m_cli.path(QStringLiteral("encrypted.pem"))});
        QVERIFY2(encrypted.exitCode == 0, qPrintable(encrypted.describe()));
        m_cli.writePassphrase(QStringLiteral("wrong.pw"), "wrong pem password");
        m_cli.writeFile(QStringLiteral("public.pem"),
                        openssl(m_cli.dir(),
                                {QStringLiteral("pkey"), QStringLiteral("-in"), m_cli.path(QStringLiteral("plain.pem")),
                                 QStringLiteral("-pubout")})
                                .out);
        m_cli.writeFile(QStringLiteral("not-json.jwk"), "{\"kty\": \"RSA\", ");
        m_cli.writeFile(QStringLiteral("no-d.jwk"),
                        R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
                        R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})");
        m_cli.writeFile(QStringLiteral("bad-curve.jwk"), R"({"kty":"EC","crv":"P-192","x":"AA","y":"AA","d":"AA"})");
        m_cli.writeFile(QStringLiteral("rsa-partial.jwk"), R"({"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB"})");
        m_cli.writeFile(QStringLiteral("garbage.der"), QByteArray("\x30\x03\x02\x01\x05", 5));
        m_cli.writeFile(QStringLiteral("empty.bin"), {});
        m_cli.writeFile(QStringLiteral("exists.out"), "already here");
        m_cli.writeFile(QStringLiteral("short.digest"), QByteArray(20, 'x'));
        m_cli.writeFile(QStringLiteral("long.bin"), QByteArray(200, 'L'));
        m_cli.writeFile(QStringLiteral("policy-short.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P5D"},"action":{"type":"Rotate"}}]})");
        m_cli.writeFile(QStringLiteral("policy-notify-after.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Notify"}}],)"
                        R"("attributes":{"expiryTime":"P1Y"}})");
        m_cli.writeFile(QStringLiteral("policy-before-no-expiry.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Rotate"}}]})");
        m_cli.writeFile(QStringLiteral("policy-expiry-short.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}}],)"
                        R"("attributes":{"expiryTime":"P20D"}})");
        m_cli.writeFile(QStringLiteral("policy-both.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D","timeBeforeExpiry":"P30D"},)"
                        R"("action":{"type":"Rotate"}}],"attributes":{"expiryTime":"P1Y"}})");
        m_cli.writeFile(
                QStringLiteral("policy-bad-duration.json"),
                R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"90 days"},"action":{"type":"Rotate"}}]})");
        m_cli.writeFile(QStringLiteral("policy-bad-action.json"),
                        R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Explode"}}]})");
        m_cli.writeFile(QStringLiteral("policy-not-json.json"), "lifetimeActions: []");
        m_cli.writeFile(QStringLiteral("policy-array.json"), "[]");
        // A policy that is set, to show a refused update keeps it.
        m_vault.ok(QStringLiteral("rotation-policy update"),
                   {QStringLiteral("--name"), QStringLiteral("rsa"), QStringLiteral("--value"),
                    QStringLiteral(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P60D"},)"
                                   R"("action":{"type":"Rotate"}}],"attributes":{"expiryTime":"P1Y"}})")});

        m_versions = allVersions();
        m_guard.reset(m_vault.bundle(), m_vault.unlock().mid(2));
    }
    void init() { failOnAnyWarning(); }

    void refused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *tag, const char *line, int exitCode, const char *message) {
            QTest::newRow(tag) << QString::fromUtf8(line) << exitCode << QString::fromUtf8(message);
        };
        // create: types, sizes, curves, ops, names, dates (2 usage, 7 invalid).
        row("unknown kty", "create --name n1 --kty DSA", 2, "--kty must be RSA, RSA-HSM, EC");
        row("RSA 1024", "create --name n1 --kty RSA --size 1024", 7, "2048");
        row("oct 512", "create --name n1 --kty oct --size 512", 7, "256");
        row("unknown curve", "create --name n1 --kty EC --curve P-192", 7, "--curve must be P-256");
        row("size for EC", "create --name n1 --kty EC --size 256", 2, "EC keys take --curve");
        row("curve for RSA", "create --name n1 --kty RSA --curve P-256", 2, "--curve is for EC keys");
        row("unknown op", "create --name n1 --kty RSA --ops sign fly", 7, "fly");
        row("op EC cannot do", "create --name n1 --kty EC --ops encrypt", 7, "encrypt");
        row("empty ops", "create --name n1 --kty RSA --ops {empty}", 7, "--ops needs at least one operation");
        row("name with underscore", "create --name bad_name --kty RSA", 7, "contains '_'");
        row("nbf after exp",
            "create --name n1 --kty RSA --not-before 2030-01-01T00:00:00Z --expires 2029-01-01T00:00:00Z", 7,
            "not-before");
        row("exportable HSM key", "create --name n1 --kty RSA-HSM --exportable", 7, "export");
        // Wrong algorithm for the key type (7).
        row("RS256 on EC", "sign --name ec --algorithm RS256 --digest {digest32}", 7, "RS256");
        row("ES384 on P-256", "sign --name ec --algorithm ES384 --digest {digest48}", 7, "ES384");
        row("ES256 on RSA", "sign --name rsa --algorithm ES256 --digest {digest32}", 7, "ES256");
        // sha256sum's hex output where base64 is expected (it also parses as base64, of 48 bytes).
        row("hex digest",
            "sign --name ec --algorithm ES256 --digest "
            "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
            7, "looks like hex");
        row("GCM on RSA", "encrypt --name rsa --algorithm A256GCM --value aGVsbG8=", 7, "A256GCM");
        row("OAEP on AES", "encrypt --name aes --algorithm RSA-OAEP --value aGVsbG8=", 7, "RSA-OAEP");
        row("A128GCM on AES-256", "encrypt --name aes --algorithm A128GCM --value aGVsbG8=", 7, "A128GCM");
        row("KW for encrypt", "encrypt --name aes --algorithm A256KW --value aGVsbG8=", 2,
            "not an algorithm of 'encrypt'");
        row("GCM for wrap", "wrap --name aes --algorithm A256GCM --value aGVsbG8=", 2, "not an algorithm of 'wrap'");
        row("unknown sign alg", "sign --name rsa --algorithm RS1 --digest {digest32}", 2, "not a signature algorithm");
        row("verify on AES", "verify --name aes --algorithm RS256 --digest {digest32} --signature AAAA", 7,
            "not permitted");
        // Digests of the wrong length (7).
        row("20-byte digest for ES256", "sign --name ec --algorithm ES256 --digest-file {file:short.digest}", 7,
            "32-byte");
        row("SHA-256 digest for RS384", "sign --name rsa --algorithm RS384 --digest {digest32}", 7, "48-byte");
        row("digest not base64", "sign --name rsa --algorithm RS256 --digest not*base64!", 7, "not base64");
        row("empty digest file", "sign --name rsa --algorithm RS256 --digest-file {file:empty.bin}", 7, "empty");
        row("missing digest file", "sign --name rsa --algorithm RS256 --digest-file {file:nope.bin}", 4, "nope.bin");
        row("digest and digest file", "sign --name rsa --algorithm RS256 --digest {digest32} --digest-file x", 2,
            "--digest");
        // Plaintext too long for the key (7): RSA-OAEP-256 with RSA-2048 takes 190 bytes at most.
        row("plaintext too long", "encrypt --name rsa --algorithm RSA-OAEP-256 --value-file {file:long.bin}", 7, "");
        // Disabled, not yet valid, expired (8).
        row("disabled sign", "sign --name disabled --algorithm RS256 --digest {digest32}", 8, "disabled");
        row("disabled verify", "verify --name disabled --algorithm RS256 --digest {digest32} --signature AAAA", 8,
            "disabled");
        row("disabled encrypt", "encrypt --name disabled --algorithm RSA-OAEP --value aGVsbG8=", 8, "disabled");
        row("expired sign", "sign --name expired --algorithm RS256 --digest {digest32}", 8, "expire");
        row("expired encrypt", "encrypt --name expired --algorithm RSA-OAEP-256 --value aGVsbG8=", 8, "expire");
        row("expired wrap", "wrap --name expired --algorithm RSA-OAEP-256 --value-file {file:short.digest}", 8,
            "expire");
        row("not yet valid sign", "sign --name future --algorithm ES256 --digest {digest32}", 8, "");
        // Operations not in key_ops (7, as Azure's 400 "operation is not permitted"), with a hint to --ops.
        row("sign not in key_ops", "sign --name verify-only --algorithm RS256 --digest {digest32}", 7, "key_ops");
        row("decrypt not in key_ops", "decrypt --name verify-only --algorithm RSA-OAEP --value AAAA", 7, "key_ops");
        row("wrap not in key_ops", "wrap --name verify-only --algorithm RSA-OAEP --value-file {file:short.digest}", 7,
            "key set-attributes --name verify-only --ops");
        // GCM options (2) and bad ciphertexts (7).
        row("GCM decrypt without iv", "decrypt --name aes --algorithm A256GCM --value AAAA --tag AAAA", 2,
            "needs --iv and --tag");
        row("iv for RSA", "decrypt --name rsa --algorithm RSA-OAEP --value AAAA --iv AAAA", 2,
            "--iv is for the AES-GCM");
        row("RSA garbage ciphertext", "decrypt --name rsa --algorithm RSA-OAEP-256 --value AAAA", 7, "");
        row("GCM wrong tag",
            "decrypt --name aes --algorithm A256GCM --value AAAAAAAA --iv AAAAAAAAAAAAAAAA --tag "
            "AAAAAAAAAAAAAAAAAAAAAA",
            7, "decryption failed");
        // Import: wrong PEM password (3), files that are no keys (7), missing files (4).
        row("encrypted PEM wrong password",
            "import --name imp --pem-file {file:encrypted.pem} --pem-password-file {file:wrong.pw}", 3, "password");
        row("encrypted PEM no password", "import --name imp --pem-file {file:encrypted.pem}", 3, "password");
        row("public key PEM", "import --name imp --pem-file {file:public.pem}", 7, "public key");
        row("malformed JWK", "import --name imp --jwk-file {file:not-json.jwk}", 7, "");
        row("JWK without d", "import --name imp --jwk-file {file:no-d.jwk}", 7, "");
        row("JWK bad curve", "import --name imp --jwk-file {file:bad-curve.jwk}", 7, "");
        row("JWK partial RSA", "import --name imp --jwk-file {file:rsa-partial.jwk}", 7, "");
        row("PEM to --jwk-file", "import --name imp --jwk-file {file:plain.pem}", 7, "not a JSON web key");
        row("garbage DER", "import --name imp --der-file {file:garbage.der}", 7, "");
        row("missing key file", "import --name imp --pem-file {file:nope.pem}", 4, "nope.pem");
        row("unknown protection", "import --name imp --pem-file {file:plain.pem} --protection cloud", 2,
            "--protection must be software or hsm");
        // Rotation policies (7), and the policy set before stays.
        row("timeAfterCreate under 7 days", "rotation-policy update --name rsa --value @{file:policy-short.json}", 7,
            "P7D");
        row("Notify after create", "rotation-policy update --name rsa --value @{file:policy-notify-after.json}", 7,
            "Notify");
        row("before expiry without expiryTime",
            "rotation-policy update --name rsa --value @{file:policy-before-no-expiry.json}", 7, "expiryTime");
        row("expiryTime under 28 days", "rotation-policy update --name rsa --value @{file:policy-expiry-short.json}", 7,
            "P28D");
        row("two triggers", "rotation-policy update --name rsa --value @{file:policy-both.json}", 7, "");
        row("bad duration", "rotation-policy update --name rsa --value @{file:policy-bad-duration.json}", 7, "90 days");
        row("bad action", "rotation-policy update --name rsa --value @{file:policy-bad-action.json}", 7, "Explode");
        row("policy not JSON", "rotation-policy update --name rsa --value @{file:policy-not-json.json}", 7, "not JSON");
        row("policy an array", "rotation-policy update --name rsa --value @{file:policy-array.json}", 7,
            "not a JSON object");
        row("policy file missing", "rotation-policy update --name rsa --value @{file:nope.json}", 4, "nope.json");
        // Download and names.
        row("download over a file", "download --name rsa --file {file:exists.out}", 6, "already exists");
        row("download bad encoding", "download --name rsa --file {file:x.out} --encoding PKCS12", 2,
            "--encoding must be PEM, DER or JWK");
        row("private part of a non-exportable key", "download --name rsa --file {file:priv.pem} --include-private", 8,
            "");
        row("private part as DER", "download --name rsa --file {file:priv.der} --include-private --encoding DER", 2,
            "--include-private writes PKCS#8 PEM");
        row("no such key", "show --name nope", 4, "nope");
        row("no such version", "show --name rsa --version 0123456789abcdef0123456789abcdef", 4, "");
        row("no such deleted key", "recover --name rsa", 4, "");
        row("set-attributes bad ops", "set-attributes --name ec --ops decrypt", 7, "decrypt");
        row("HSM key without a token", "create --name n2 --kty EC-HSM", 9, "");
    }
    void refused()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList words = expand(line);
        const qsizetype commandWords = words.first() == u"rotation-policy" ? 2 : 1;
        const CliRun run = m_vault.run(words.mid(0, commandWords).join(u' '), words.mid(commandWords));
        COFFER_VERIFY_EXIT(run, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("coffer-cli: error: "), qPrintable(run.describe()));
        if (!message.isEmpty())
            QVERIFY2(QString::fromUtf8(run.err).contains(message, Qt::CaseInsensitive), qPrintable(run.describe()));
        QCOMPARE(allVersions(), m_versions);
        COFFER_VERIFY_UNCHANGED(m_guard);
        QVERIFY(!QFileInfo::exists(m_cli.path(QStringLiteral("priv.pem"))));
        QCOMPARE(readFileBytes(m_cli.path(QStringLiteral("exists.out"))), QByteArray("already here"));
    }

    void policyKeptAfterRefusals()
    {
        const QJsonObject policy
                = m_vault.ok(QStringLiteral("rotation-policy show"), {QStringLiteral("--name"), QStringLiteral("rsa")});
        QCOMPARE(policy.value(u"lifetimeActions")
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"trigger")
                         .toObject()
                         .value(u"timeAfterCreate")
                         .toString(),
                 QStringLiteral("P60D"));
    }

    // Azure's window rules: outside nbf/exp, verify, decrypt and unwrap still work.
    void expiredKeyStillVerifiesAndDecrypts()
    {
        QCOMPARE(m_vault.ok(QStringLiteral("verify"),
                            {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--algorithm"),
                             QStringLiteral("RS256"), QStringLiteral("--digest"), m_digest32,
                             QStringLiteral("--signature"), m_expiredSignature}),
                 QJsonObject({{QStringLiteral("isValid"), true}}));
        const CliRun run = m_cli.runRevealing(
                m_vault.key(QStringLiteral("decrypt"),
                            {QStringLiteral("--name"), QStringLiteral("expired"), QStringLiteral("--algorithm"),
                             QStringLiteral("RSA-OAEP-256"), QStringLiteral("--value"), m_rsaCipher}));
        COFFER_VERIFY_EXIT(run, 0);
        QCOMPARE(fromB64Url(run.json().value(u"result").toString()), QByteArray("still readable"));
        QCOMPARE(allVersions(), m_versions);
    }

    void secretsNeverPrinted()
    {
        // The plaintext given with --value to encrypt is warned about and not echoed.
        m_cli.addSecret("do not echo me");
        const CliRun run = m_vault.run(QStringLiteral("encrypt"),
                                       {QStringLiteral("--name"), QStringLiteral("aes"), QStringLiteral("--algorithm"),
                                        QStringLiteral("A256GCM"), QStringLiteral("--value"), toB64("do not echo me")});
        COFFER_VERIFY_EXIT(run, 0);
        COFFER_VERIFY_STDERR(run, "visible to other local users");
        QVERIFY(!run.out.contains(toB64("do not echo me").toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestKeyBadInput)
#include "TestKeyBadInput.moc"
