#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/SoftwareKey.h"
#include "core/vault/CertificatePolicy.h"
#include "tests/support/TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace coffer;
using namespace coffer::crypto;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// The policy of Azure's GetCertificate example (REST 7.4, Azure/azure-rest-api-specs
// specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.4/examples/GetCertificate-example.json).
const char *const kAzureGetPolicy
        = "{ \"id\": \"https://myvault.vault.azure.net/certificates/selfSignedCert01/policy\", \"key_props\": "
          "{\"exportable\": true, \"kty\": \"RSA\", \"key_size\": 2048, \"reuse_key\": false}, \"secret_props\": "
          "{\"contentType\": \"application/x-pkcs12\"}, \"x509_props\": {\"subject\": \"CN=KeyVaultTest\", \"ekus\": "
          "[], \"key_usage\": [], \"validity_months\": 297}, \"lifetime_actions\": [{\"trigger\": "
          "{\"lifetime_percentage\": 80}, \"action\": {\"action_type\": \"EmailContacts\"}}], \"issuer\": {\"name\": "
          "\"Unknown\"}, \"attributes\": {\"enabled\": true, \"created\": 1493938289, \"updated\": 1493938291} }";

// The certificate ("cer") of the same example.
const char *const kAzureGetCer
        = "MIICODCCAeagAwIBAgIQqHmpBAv+CY9IJFoUhlbziTAJBgUrDgMCHQUAMBYxFDASBgNVBAMTC1Jvb3QgQWdlbmN5MB4XDTE1MDQyOTIxNTM0"
          "MVoXDTM5MTIzMTIzNTk1OVowFzEVMBMGA1UEAxMMS2V5VmF1bHRUZXN0MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5bVAT73z"
          "r4+N4WVv2+SvTunAw08ksS4BrJW/nNliz3S9XuzMBMXvmYzU5HJ8TtEgluBiZZYd5qsMJD+OXHSNbsLdmMhni0jYX09h3XlC2VJw2sGKeYF+"
          "xEaavXm337aZZaZyjrFBrrUl51UePaN+kVFXNlBb3N3TYpqa7KokXenJQuR+i9Gv9a77c0UsSsDSryxppYhKK7HvTZCpKrhVtulF5iPMswWe"
          "9np3uggfMamyIsK/0L7X9w9B2qN7993RR0A00nOk4H6CnkuwO77dSsD0KJsk6FyAoZBzRXDZh9+d9R76zCL506NcQy/jl0lCiQYwsUX73PG5"
          "pxOh02OwKwIDAQABo0swSTBHBgNVHQEEQDA+gBAS5AktBh0dTwCNYSHcFmRjoRgwFjEUMBIGA1UEAxMLUm9vdCBBZ2VuY3mCEAY3bACqAGSK"
          "Ec+41KpcNfQwCQYFKw4DAh0FAANBAGqIjo2geVagzuzaZOe1ClGKhZeiCKfWAxklaGN+qlGUbVS4IN4V1lot3VKnzabasmkEHeNxPwLn1qvS"
          "D0cX9CE=";

// The policy of Azure's CreateCertificate example (same folder).
const char *const kAzureCreatePolicy
        = "{ \"key_props\": {\"exportable\": true, \"kty\": \"RSA\", \"key_size\": 2048, \"reuse_key\": false}, "
          "\"secret_props\": {\"contentType\": \"application/x-pkcs12\"}, \"x509_props\": {\"subject\": "
          "\"CN=*.microsoft.com\", \"sans\": {\"dns_names\": [\"onedrive.microsoft.com\", \"xbox.microsoft.com\"]}}, "
          "\"issuer\": {\"name\": \"Self\"} }";

CertificatePolicy validPolicy()
{
    CertificatePolicy policy;
    policy.subject = QStringLiteral("CN=www.example.test, O=Coffer");
    policy.dnsNames = {QStringLiteral("www.example.test")};
    return policy;
}

void verifyErrorContains(const Result<void> &result, const QString &fragment)
{
    QVERIFY2(!result, qPrintable(QStringLiteral("expected an error containing: ") + fragment));
    QCOMPARE(result.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(result.error().context().contains(fragment),
             qPrintable(QStringLiteral("'%1' not in '%2'").arg(fragment, result.error().context())));
}

using Mutation = std::function<void(CertificatePolicy &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(std::optional<coffer::crypto::KeyUsages>)

class TestCertificatePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void azureGetExampleRoundTrips()
    {
        const QJsonObject json = parse(kAzureGetPolicy);
        Result<CertificatePolicy> policy = CertificatePolicy::fromJson(json);
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->kty, KeyType::Rsa);
        QCOMPARE(policy->protection, Protection::Software);
        QCOMPARE(policy->keySize, 2048);
        QVERIFY(policy->exportable);
        QVERIFY(!policy->reuseKey);
        QCOMPARE(policy->contentType, kContentTypePkcs12);
        QCOMPARE(policy->subject, QStringLiteral("CN=KeyVaultTest"));
        QVERIFY(policy->ekus.isEmpty());
        QCOMPARE(policy->keyUsage, std::optional<KeyUsages>(KeyUsages()));
        QCOMPARE(policy->validityMonths, 297);
        QCOMPARE(policy->lifetimeActions.size(), 1);
        QCOMPARE(policy->lifetimeActions.at(0),
                 (CertificateLifetimeAction {80, std::nullopt, LifetimeActionType::EmailContacts}));
        QCOMPARE(policy->issuer, IssuerKind::Unknown);
        QVERIFY(policy->enabled);
        QCOMPARE(policy->created, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1493938289, Qt::UTC)));
        QCOMPARE(policy->updated, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1493938291, Qt::UTC)));
        COFFER_VERIFY_OK(policy->validate());
        // Written back, it is Azure's JSON exactly.
        QCOMPARE(policy->toJson(json.value(QStringLiteral("id")).toString()), json);
    }

    void azureCreateExample()
    {
        Result<CertificatePolicy> policy = CertificatePolicy::fromJson(parse(kAzureCreatePolicy));
        COFFER_VERIFY_OK(policy);
        COFFER_VERIFY_OK(policy->validate());
        QCOMPARE(policy->subject, QStringLiteral("CN=*.microsoft.com"));
        QCOMPARE(policy->dnsNames,
                 QStringList({QStringLiteral("onedrive.microsoft.com"), QStringLiteral("xbox.microsoft.com")}));
        QCOMPARE(policy->issuer, IssuerKind::Self);
        QVERIFY(!policy->keyUsage); // absent: the default usage
        QCOMPARE(policy->effectiveKeyUsage(), KeyUsageBit::DigitalSignature | KeyUsageBit::KeyEncipherment);
        QCOMPARE(policy->validityMonths, 12);
        QVERIFY(policy->lifetimeActions.isEmpty());

        const QJsonObject out = policy->toJson();
        QVERIFY(!out.contains(QStringLiteral("id")));
        const QJsonObject x509 = out.value(QStringLiteral("x509_props")).toObject();
        QCOMPARE(x509.value(QStringLiteral("sans")).toObject(),
                 parse("{\"dns_names\": [\"onedrive.microsoft.com\", \"xbox.microsoft.com\"]}"));
        QVERIFY(!x509.contains(QStringLiteral("key_usage")));
        QCOMPARE(out.value(QStringLiteral("issuer")).toObject(), parse("{\"name\": \"Self\"}"));
        // And back again: the same policy.
        Result<CertificatePolicy> again = CertificatePolicy::fromJson(out);
        COFFER_VERIFY_OK(again);
        QCOMPARE(again->toJson(), out);
    }

    void defaultPolicyIsAzureCli()
    {
        // azure-cli `az keyvault certificate get-default-policy`, in REST casing.
        const QJsonObject expected
                = parse("{ \"key_props\": {\"exportable\": true, \"kty\": \"RSA\", \"key_size\": 2048, \"reuse_key\": "
                        "true}, \"secret_props\": {\"contentType\": \"application/x-pkcs12\"}, \"x509_props\": "
                        "{\"subject\": \"CN=CLIGetDefaultPolicy\", \"ekus\": [], \"validity_months\": 12, "
                        "\"key_usage\": [\"digitalSignature\", \"keyEncipherment\", \"dataEncipherment\", "
                        "\"keyAgreement\", \"keyCertSign\", \"cRLSign\"]}, \"lifetime_actions\": [{\"trigger\": "
                        "{\"days_before_expiry\": 90}, \"action\": {\"action_type\": \"AutoRenew\"}}], \"issuer\": "
                        "{\"name\": \"Self\"}, \"attributes\": {\"enabled\": true} }");
        const CertificatePolicy policy = CertificatePolicy::defaultPolicy();
        QCOMPARE(policy.toJson(), expected);
        COFFER_VERIFY_OK(policy.validate());

        const CertificatePolicy scaffold = CertificatePolicy::defaultPolicy(true);
        COFFER_VERIFY_OK(scaffold.validate());
        const QJsonObject x509 = scaffold.toJson().value(QStringLiteral("x509_props")).toObject();
        QCOMPARE(x509.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("C=US, ST=WA, L=Redmond, O=Contoso, OU=Contoso HR, CN=www.contoso.com"));
        QCOMPARE(
                x509.value(QStringLiteral("sans")).toObject(),
                parse("{\"dns_names\": [\"hr.contoso.com\", \"m.contoso.com\"], \"emails\": [\"hello@contoso.com\"]}"));
        QCOMPARE(x509.value(QStringLiteral("ekus")).toArray(), QJsonArray({QStringLiteral("1.3.6.1.5.5.7.3.1")}));
        QCOMPARE(x509.value(QStringLiteral("validity_months")).toInt(), 24);
    }

    void partialJsonGetsServiceDefaults()
    {
        Result<CertificatePolicy> policy
                = CertificatePolicy::fromJson(parse("{\"x509_props\": {\"subject\": \"CN=partial\"}}"));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->kty, KeyType::Rsa);
        QCOMPARE(policy->keySize, 2048);
        QVERIFY(policy->exportable);
        QVERIFY(!policy->reuseKey); // the service default (the CLI's default policy says true)
        QCOMPARE(policy->contentType, kContentTypePkcs12);
        QCOMPARE(policy->validityMonths, 12);
        QCOMPARE(policy->issuer, IssuerKind::Self);
        QVERIFY(policy->enabled);
        COFFER_VERIFY_OK(policy->validate());

        Result<CertificatePolicy> empty = CertificatePolicy::fromJson(QJsonObject());
        COFFER_VERIFY_OK(empty);
        verifyErrorContains(empty->validate(), QStringLiteral("x509_props.subject is required"));
    }

    void ecAndHsmKeys()
    {
        Result<CertificatePolicy> policy = CertificatePolicy::fromJson(
                parse("{\"key_props\": {\"kty\": \"EC-HSM\", \"crv\": \"P-384\", \"exportable\": false}, "
                      "\"x509_props\": {\"subject\": \"CN=ec\"}}"));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->kty, KeyType::Ec);
        QCOMPARE(policy->protection, Protection::Hsm);
        QCOMPARE(policy->curve, std::optional<Curve>(Curve::P384));
        QCOMPARE(policy->keySpec(), KeySpec::ec(Curve::P384));
        COFFER_VERIFY_OK(policy->validate());
        QCOMPARE(policy->toJson().value(QStringLiteral("key_props")).toObject(),
                 parse("{\"kty\": \"EC-HSM\", \"crv\": \"P-384\", \"key_size\": 384, \"exportable\": false, "
                       "\"reuse_key\": false}"));

        // key_size alone picks the curve; with crv it must agree.
        Result<CertificatePolicy> bySize
                = CertificatePolicy::fromJson(parse("{\"key_props\": {\"kty\": \"EC\", \"key_size\": 521}}"));
        COFFER_VERIFY_OK(bySize);
        QCOMPARE(bySize->keySpec(), KeySpec::ec(Curve::P521));
        Result<CertificatePolicy> secp
                = CertificatePolicy::fromJson(parse("{\"key_props\": {\"kty\": \"ec\", \"crv\": \"P-256K\"}}"));
        COFFER_VERIFY_OK(secp);
        QCOMPARE(secp->keySpec(), KeySpec::ec(Curve::P256K));
        Result<CertificatePolicy> ecDefault = CertificatePolicy::fromJson(parse("{\"key_props\": {\"kty\": \"EC\"}}"));
        COFFER_VERIFY_OK(ecDefault);
        QCOMPARE(ecDefault->keySpec(), KeySpec::ec(Curve::P256));
        QCOMPARE(CertificatePolicy().keySpec(), KeySpec::rsa(2048));
    }

    void ipAddressesOnlyWhenUsed()
    {
        CertificatePolicy policy = validPolicy();
        QVERIFY(!policy.toJson()
                         .value(QStringLiteral("x509_props"))
                         .toObject()
                         .value(QStringLiteral("sans"))
                         .toObject()
                         .contains(QStringLiteral("ip_addresses")));
        policy.ipAddresses = {QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::1")};
        policy.upns = {QStringLiteral("user@example.test")};
        COFFER_VERIFY_OK(policy.validate());
        const QJsonObject json = policy.toJson();
        QCOMPARE(json.value(QStringLiteral("x509_props")).toObject().value(QStringLiteral("sans")).toObject(),
                 parse("{\"dns_names\": [\"www.example.test\"], \"upns\": [\"user@example.test\"], \"ip_addresses\": "
                       "[\"192.0.2.7\", \"2001:db8::1\"]}"));
        Result<CertificatePolicy> back = CertificatePolicy::fromJson(json);
        COFFER_VERIFY_OK(back);
        QCOMPARE(back->ipAddresses, policy.ipAddresses);
        QCOMPARE(back->sans(),
                 (QList<SubjectAltName> {{SanType::Dns, QStringLiteral("www.example.test")},
                                         {SanType::Upn, QStringLiteral("user@example.test")},
                                         {SanType::Ip, QStringLiteral("192.0.2.7")},
                                         {SanType::Ip, QStringLiteral("2001:db8::1")}}));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown top") << QStringLiteral("{\"foo\": 1}")
                                     << QStringLiteral("foo: unknown field (a policy has id, key_props");
        QTest::newRow("unknown key_props")
                << QStringLiteral("{\"key_props\": {\"kty2\": \"RSA\"}}")
                << QStringLiteral(
                           "key_props.kty2: unknown field (key_props has exportable, kty, key_size, reuse_key or crv)");
        QTest::newRow("unknown sans") << QStringLiteral("{\"x509_props\": {\"sans\": {\"uris\": []}}}")
                                      << QStringLiteral("x509_props.sans.uris: unknown field");
        QTest::newRow("unknown trigger") << QStringLiteral("{\"lifetime_actions\": [{\"trigger\": {\"percent\": 5}, "
                                                           "\"action\": {\"action_type\": \"EmailContacts\"}}]}")
                                         << QStringLiteral("lifetime_actions[0].trigger.percent: unknown field");
        QTest::newRow("unknown issuer field") << QStringLiteral("{\"issuer\": {\"name\": \"Self\", \"org\": \"x\"}}")
                                              << QStringLiteral("issuer.org: unknown field");
        QTest::newRow("unknown attribute")
                << QStringLiteral("{\"attributes\": {\"exp\": 1}}") << QStringLiteral("attributes.exp: unknown field");
        QTest::newRow("camelCase (SDK) name")
                << QStringLiteral("{\"keyProperties\": {}}") << QStringLiteral("keyProperties: unknown field");
        QTest::newRow("key_size string") << QStringLiteral("{\"key_props\": {\"key_size\": \"2048\"}}")
                                         << QStringLiteral("key_props.key_size: expected a whole number");
        QTest::newRow("key_size fraction")
                << QStringLiteral("{\"key_props\": {\"key_size\": 2048.5}}")
                << QStringLiteral("key_props.key_size: expected a whole number from 0 to 2147483647, got 2048.5");
        QTest::newRow("exportable string")
                << QStringLiteral("{\"key_props\": {\"exportable\": \"yes\"}}")
                << QStringLiteral("key_props.exportable: expected true or false, got a string");
        QTest::newRow("kty") << QStringLiteral("{\"key_props\": {\"kty\": \"DSA\"}}")
                             << QStringLiteral(
                                        "key_props.kty: 'DSA' is not a key type (use RSA, RSA-HSM, EC or EC-HSM)");
        QTest::newRow("crv") << QStringLiteral("{\"key_props\": {\"kty\": \"EC\", \"crv\": \"P-224\"}}")
                             << QStringLiteral(
                                        "key_props.crv: 'P-224' is not a curve (use P-256, P-256K, P-384 or P-521)");
        QTest::newRow("ec size mismatch")
                << QStringLiteral("{\"key_props\": {\"kty\": \"EC\", \"crv\": \"P-256\", \"key_size\": 384}}")
                << QStringLiteral("key_props.key_size: 384 does not match crv P-256 (256 bits)");
        QTest::newRow("ec size")
                << QStringLiteral("{\"key_props\": {\"kty\": \"EC\", \"key_size\": 300}}")
                << QStringLiteral("key_props.key_size: 300 is not an EC key size (use 256, 384 or 521, or crv)");
        QTest::newRow("key usage") << QStringLiteral(
                "{\"x509_props\": {\"key_usage\": [\"digitalSignature\", \"signing\"]}}")
                                   << QStringLiteral("x509_props.key_usage[1]: 'signing' is not a key usage (use "
                                                     "digitalSignature, nonRepudiation");
        QTest::newRow("ekus not array") << QStringLiteral("{\"x509_props\": {\"ekus\": \"1.2.3\"}}")
                                        << QStringLiteral(
                                                   "x509_props.ekus: expected an array of strings, got a string");
        QTest::newRow("action type") << QStringLiteral(
                "{\"lifetime_actions\": [{\"trigger\": {\"lifetime_percentage\": 80}, \"action\": {\"action_type\": "
                "\"Renew\"}}]}")
                                     << QStringLiteral("lifetime_actions[0].action.action_type: 'Renew' is not an "
                                                       "action type (use EmailContacts or AutoRenew)");
        QTest::newRow("action missing")
                << QStringLiteral("{\"lifetime_actions\": [{\"trigger\": {\"lifetime_percentage\": 80}}]}")
                << QStringLiteral("lifetime_actions[0].action.action_type: required (EmailContacts or AutoRenew)");
        QTest::newRow("actions not array") << QStringLiteral("{\"lifetime_actions\": {}}")
                                           << QStringLiteral("lifetime_actions: expected an array, got an object");
        QTest::newRow("issuer")
                << QStringLiteral("{\"issuer\": {\"name\": \"DigiCert\"}}")
                << QStringLiteral("issuer.name: 'DigiCert': only Self and Unknown issuers are available offline");
        QTest::newRow("created negative") << QStringLiteral("{\"attributes\": {\"created\": -5}}")
                                          << QStringLiteral("attributes.created: expected a whole number");
        QTest::newRow("x509_props array") << QStringLiteral("{\"x509_props\": []}")
                                          << QStringLiteral("x509_props: expected an object, got an array");
    }

    void syntaxErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, fragment);
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        QVERIFY(doc.isObject());
        const Result<CertificatePolicy> policy = CertificatePolicy::fromJson(doc.object());
        COFFER_VERIFY_ERROR(policy, ErrorCode::InvalidArgument);
        QVERIFY2(policy.error().context().startsWith(QStringLiteral("certificate policy: ")),
                 qPrintable(policy.error().context()));
        QVERIFY2(policy.error().context().contains(fragment),
                 qPrintable(QStringLiteral("'%1' not in '%2'").arg(fragment, policy.error().context())));
    }

    void allSyntaxErrorsInOneMessage()
    {
        const Result<CertificatePolicy> policy = CertificatePolicy::fromJson(
                parse("{\"foo\": 1, \"key_props\": {\"kty\": \"DSA\"}, \"issuer\": {\"name\": \"GlobalSign\"}}"));
        COFFER_VERIFY_ERROR(policy, ErrorCode::InvalidArgument);
        QVERIFY(policy.error().context().contains(QStringLiteral("foo: unknown field")));
        QVERIFY(policy.error().context().contains(QStringLiteral("'DSA' is not a key type")));
        QVERIFY(policy.error().context().contains(QStringLiteral("'GlobalSign': only Self and Unknown")));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("fragment"); // empty: valid
        auto row = [](const char *name, Mutation m, const QString &fragment) { QTest::newRow(name) << m << fragment; };
        row("valid", [](CertificatePolicy &) {}, {});
        row(
                "oct", [](CertificatePolicy &p) { p.kty = KeyType::Oct; },
                QStringLiteral(
                        "key_props.kty 'oct' is not allowed for a certificate (use RSA, RSA-HSM, EC or EC-HSM)"));
        row(
                "rsa 1024", [](CertificatePolicy &p) { p.keySize = 1024; },
                QStringLiteral("key_props.key_size 1024 is not allowed for RSA (use 2048, 3072 or 4096)"));
        row("rsa 4096", [](CertificatePolicy &p) { p.keySize = 4096; }, {});
        row(
                "rsa with crv", [](CertificatePolicy &p) { p.curve = Curve::P256; },
                QStringLiteral("key_props.crv P-256 is only for EC keys (kty is RSA)"));
        row(
                "hsm exportable", [](CertificatePolicy &p) { p.protection = Protection::Hsm; },
                QStringLiteral(
                        "key_props.exportable must be false with kty RSA-HSM (a key on the HSM never leaves it)"));
        row("hsm not exportable",
            [](CertificatePolicy &p) {
                p.protection = Protection::Hsm;
                p.kty = KeyType::Ec;
                p.curve = Curve::P521;
                p.exportable = false;
            },
            {});
        row(
                "content type", [](CertificatePolicy &p) { p.contentType = QStringLiteral("text/plain"); },
                QStringLiteral("secret_props.contentType 'text/plain' is not allowed (use application/x-pkcs12 or "
                               "application/x-pem-file)"));
        row("pem", [](CertificatePolicy &p) { p.contentType = kContentTypePem; }, {});
        row(
                "no subject", [](CertificatePolicy &p) { p.subject = QStringLiteral(" "); },
                QStringLiteral("x509_props.subject is required (e.g. \"CN=www.example.test\")"));
        row(
                "bad subject", [](CertificatePolicy &p) { p.subject = QStringLiteral("www.example.test"); },
                QStringLiteral("x509_props.subject: subject 'www.example.test': 'www.example.test' is not an "
                               "attribute=value pair"));
        row(
                "validity 0", [](CertificatePolicy &p) { p.validityMonths = 0; },
                QStringLiteral("x509_props.validity_months 0 is out of range (1..1200)"));
        row(
                "validity 1201", [](CertificatePolicy &p) { p.validityMonths = 1201; },
                QStringLiteral("x509_props.validity_months 1201 is out of range (1..1200)"));
        row("validity bounds", [](CertificatePolicy &p) { p.validityMonths = 1200; }, {});
        row(
                "dns", [](CertificatePolicy &p) { p.dnsNames << QStringLiteral("bad_name.example"); },
                QStringLiteral("x509_props.sans.dns_names[1] 'bad_name.example' is not a DNS name"));
        row("dns wildcard", [](CertificatePolicy &p) { p.dnsNames << QStringLiteral("*.example.test"); }, {});
        row(
                "dns wildcard inside", [](CertificatePolicy &p) { p.dnsNames = {QStringLiteral("www.*.test")}; },
                QStringLiteral("x509_props.sans.dns_names[0] 'www.*.test' is not a DNS name"));
        row(
                "email", [](CertificatePolicy &p) { p.emails = {QStringLiteral("nobody")}; },
                QStringLiteral("x509_props.sans.emails[0] 'nobody' is not an e-mail address (name@domain)"));
        row(
                "upn", [](CertificatePolicy &p) { p.upns = {QStringLiteral("user")}; },
                QStringLiteral("x509_props.sans.upns[0] 'user' is not a user principal name (user@domain)"));
        row(
                "ip", [](CertificatePolicy &p) { p.ipAddresses = {QStringLiteral("10.0.0.256")}; },
                QStringLiteral("x509_props.sans.ip_addresses[0] '10.0.0.256' is not an IPv4 or IPv6 address"));
        row(
                "eku", [](CertificatePolicy &p) { p.ekus = {QStringLiteral("serverAuth")}; },
                QStringLiteral("x509_props.ekus[0] 'serverAuth' is not a dotted OID (e.g. 1.3.6.1.5.5.7.3.1 for "
                               "serverAuth)"));
        row(
                "no trigger", [](CertificatePolicy &p) { p.lifetimeActions = {{}}; },
                QStringLiteral("lifetime_actions[0].trigger needs exactly one of lifetime_percentage or "
                               "days_before_expiry"));
        row(
                "two triggers",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{80, 30, LifetimeActionType::EmailContacts}};
                },
                QStringLiteral("lifetime_actions[0].trigger needs exactly one"));
        row(
                "percentage 0",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{0, std::nullopt, LifetimeActionType::EmailContacts}};
                },
                QStringLiteral("lifetime_actions[0].trigger.lifetime_percentage 0 is out of range (1..99)"));
        row(
                "percentage 100",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{100, std::nullopt, LifetimeActionType::EmailContacts}};
                },
                QStringLiteral("lifetime_actions[0].trigger.lifetime_percentage 100 is out of range (1..99)"));
        row("percentage 1 and 99",
            [](CertificatePolicy &p) {
                p.lifetimeActions = {{1, std::nullopt, LifetimeActionType::EmailContacts},
                                     {99, std::nullopt, LifetimeActionType::AutoRenew}};
            },
            {});
        row(
                "days 0",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{std::nullopt, 0, LifetimeActionType::AutoRenew}};
                },
                QStringLiteral("lifetime_actions[0].trigger.days_before_expiry 0 is out of range (1..324 = "
                               "validity_months 12 x 27)"));
        row(
                "days 325",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{std::nullopt, 325, LifetimeActionType::AutoRenew}};
                },
                QStringLiteral("days_before_expiry 325 is out of range (1..324"));
        row("days 324",
            [](CertificatePolicy &p) {
                p.lifetimeActions = {{std::nullopt, 324, LifetimeActionType::AutoRenew}};
            },
            {});
        row(
                "days follow validity",
                [](CertificatePolicy &p) {
                    p.validityMonths = 1;
                    p.lifetimeActions = {{std::nullopt, 28, LifetimeActionType::EmailContacts}};
                },
                QStringLiteral("days_before_expiry 28 is out of range (1..27 = validity_months 1 x 27)"));
        row(
                "two email actions",
                [](CertificatePolicy &p) {
                    p.lifetimeActions = {{80, std::nullopt, LifetimeActionType::EmailContacts},
                                         {std::nullopt, 10, LifetimeActionType::EmailContacts}};
                },
                QStringLiteral(
                        "lifetime_actions[1].action.action_type EmailContacts: a second EmailContacts action (at "
                        "most one action of each type)"));
        row(
                "autorenew unknown",
                [](CertificatePolicy &p) {
                    p.issuer = IssuerKind::Unknown;
                    p.lifetimeActions = {{80, std::nullopt, LifetimeActionType::AutoRenew}};
                },
                QStringLiteral("lifetime_actions[0].action.action_type AutoRenew needs issuer Self here (issuer is "
                               "Unknown: there is no CA to renew with offline); use EmailContacts"));
        row("email unknown",
            [](CertificatePolicy &p) {
                p.issuer = IssuerKind::Unknown;
                p.lifetimeActions = {{80, std::nullopt, LifetimeActionType::EmailContacts}};
            },
            {});
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, fragment);
        CertificatePolicy policy = validPolicy();
        mutate(policy);
        const Result<void> result = policy.validate();
        if (fragment.isEmpty()) {
            COFFER_VERIFY_OK(result);
            return;
        }
        verifyErrorContains(result, fragment);
        QVERIFY(result.error().context().startsWith(QStringLiteral("certificate policy: ")));
    }

    void allRuleViolationsInOneMessage()
    {
        CertificatePolicy policy = validPolicy();
        policy.keySize = 1000;
        policy.validityMonths = 0;
        const Result<void> result = policy.validate();
        verifyErrorContains(result, QStringLiteral("key_props.key_size 1000"));
        verifyErrorContains(result, QStringLiteral("; x509_props.validity_months 0"));
    }

    void keyOps_data()
    {
        QTest::addColumn<std::optional<KeyUsages>>("usage");
        QTest::addColumn<QStringList>("rsa");
        QTest::addColumn<QStringList>("ec");
        const QStringList signVerify {QStringLiteral("sign"), QStringLiteral("verify")};
        const QStringList none;
        auto one = [](KeyUsageBit bit) { return std::optional<KeyUsages>(KeyUsages(bit)); };
        QTest::newRow("default") << std::optional<KeyUsages>()
                                 << QStringList {QStringLiteral("sign"), QStringLiteral("verify"),
                                                 QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}
                                 << signVerify;
        QTest::newRow("empty = default") << std::optional<KeyUsages>(KeyUsages())
                                         << QStringList {QStringLiteral("sign"), QStringLiteral("verify"),
                                                         QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}
                                         << signVerify;
        QTest::newRow("digitalSignature") << one(KeyUsageBit::DigitalSignature) << signVerify << signVerify;
        QTest::newRow("keyCertSign") << one(KeyUsageBit::KeyCertSign) << signVerify << signVerify;
        QTest::newRow("nonRepudiation") << one(KeyUsageBit::NonRepudiation) << signVerify << signVerify;
        QTest::newRow("cRLSign") << one(KeyUsageBit::CrlSign) << signVerify << signVerify;
        QTest::newRow("keyEncipherment") << one(KeyUsageBit::KeyEncipherment)
                                         << QStringList {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}
                                         << none;
        QTest::newRow("dataEncipherment") << one(KeyUsageBit::DataEncipherment)
                                          << QStringList {QStringLiteral("encrypt"), QStringLiteral("decrypt")} << none;
        QTest::newRow("encipherOnly") << one(KeyUsageBit::EncipherOnly) << QStringList {QStringLiteral("encrypt")}
                                      << none;
        QTest::newRow("decipherOnly") << one(KeyUsageBit::DecipherOnly) << QStringList {QStringLiteral("decrypt")}
                                      << none;
        QTest::newRow("keyAgreement") << one(KeyUsageBit::KeyAgreement) << none << none;
        QTest::newRow("cli default") << CertificatePolicy::defaultPolicy().keyUsage
                                     << QStringList {QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                                     QStringLiteral("sign"),    QStringLiteral("verify"),
                                                     QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}
                                     << signVerify;
    }

    void keyOps()
    {
        QFETCH(std::optional<KeyUsages>, usage);
        QFETCH(QStringList, rsa);
        QFETCH(QStringList, ec);
        CertificatePolicy policy = validPolicy();
        policy.keyUsage = usage;
        QCOMPARE(keyOpNames(policy.keyOps()), rsa);
        policy.kty = KeyType::Ec;
        QCOMPARE(keyOpNames(policy.keyOps()), ec);
        // The X.509 key usage stays as asked (only the managed key's operations are narrowed for EC).
        QCOMPARE(policy.keyUsage, usage);
    }

    void issuerNames()
    {
        QCOMPARE(issuerKindName(IssuerKind::Self), QStringLiteral("Self"));
        QCOMPARE(issuerKindName(IssuerKind::Unknown), QStringLiteral("Unknown"));
    }

    void fromAzureExampleCertificate()
    {
        // The example's certificate, read as an import: Azure's own policy for it comes out (but for the times).
        Result<X509Certificate> cert = X509Certificate::fromDer(QByteArray::fromBase64(QByteArray(kAzureGetCer)));
        COFFER_VERIFY_OK(cert);
        CertificatePolicy policy = CertificatePolicy::fromCertificate(cert->details(), true);
        policy.created = QDateTime::fromSecsSinceEpoch(1493938289, Qt::UTC);
        policy.updated = QDateTime::fromSecsSinceEpoch(1493938291, Qt::UTC);
        const QJsonObject expected = parse(kAzureGetPolicy);
        QCOMPARE(policy.toJson(expected.value(QStringLiteral("id")).toString()), expected);
    }

    void fromBuiltCertificate()
    {
        Result<SoftwareKey> key = SoftwareKey::generate(KeySpec::ec(Curve::P384));
        COFFER_VERIFY_OK(key);
        BuildRequest request;
        request.subject = QStringLiteral("CN=imported.example.test, O=Coffer");
        request.sans = {{SanType::Dns, QStringLiteral("imported.example.test")},
                        {SanType::Email, QStringLiteral("ops@example.test")},
                        {SanType::Upn, QStringLiteral("svc@example.test")},
                        {SanType::Ip, QStringLiteral("192.0.2.10")},
                        {SanType::Uri, QStringLiteral("https://example.test/")}};
        request.keyUsage = KeyUsages(KeyUsageBit::DigitalSignature);
        request.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
        request.publicKeyDer = key->publicDer().value_or(QByteArray());
        request.spec = key->spec();
        request.notBefore = utc(2026, 1, 31, 10);
        request.notAfter = utc(2027, 1, 31, 10);
        Result<X509Certificate> cert
                = buildSelfSigned(request, [&](SignAlg alg, QByteArrayView digest) { return key->sign(alg, digest); });
        COFFER_VERIFY_OK(cert);

        const CertificatePolicy policy = CertificatePolicy::fromCertificate(cert->details(), false);
        QCOMPARE(policy.kty, KeyType::Ec);
        QCOMPARE(policy.curve, std::optional<Curve>(Curve::P384));
        QCOMPARE(policy.protection, Protection::Software);
        QVERIFY(!policy.exportable);
        QVERIFY(!policy.reuseKey);
        QCOMPARE(policy.subject, QStringLiteral("CN=imported.example.test,O=Coffer"));
        QCOMPARE(policy.dnsNames, QStringList {QStringLiteral("imported.example.test")});
        QCOMPARE(policy.emails, QStringList {QStringLiteral("ops@example.test")});
        QCOMPARE(policy.upns, QStringList {QStringLiteral("svc@example.test")});
        QCOMPARE(policy.ipAddresses, QStringList {QStringLiteral("192.0.2.10")});
        QCOMPARE(policy.ekus, request.ekus);
        QCOMPARE(policy.keyUsage, request.keyUsage);
        QCOMPARE(policy.validityMonths, 12);
        QCOMPARE(policy.lifetimeActions,
                 (QList<CertificateLifetimeAction> {{80, std::nullopt, LifetimeActionType::EmailContacts}}));
        QCOMPARE(policy.issuer, IssuerKind::Self);
        QCOMPARE(policy.contentType, kContentTypePkcs12);
        COFFER_VERIFY_OK(policy.validate());
        // The policy rebuilds the same subject and SANs (but the URI, which Azure's policy cannot hold).
        QCOMPARE(policy.sans(), request.sans.mid(0, 4));

        CertificateDetails other = cert->details();
        other.selfSigned = false;
        QCOMPARE(CertificatePolicy::fromCertificate(other, false).issuer, IssuerKind::Unknown);
    }

    void validityMonthsFromDates_data()
    {
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<int>("months");
        QTest::newRow("one year") << utc(2026, 1, 1) << utc(2027, 1, 1) << 12;
        QTest::newRow("365 days in a leap year") << utc(2028, 1, 1) << utc(2028, 12, 31) << 12;
        QTest::newRow("one second more") << utc(2026, 1, 1) << utc(2027, 1, 1, 0, 0, 1) << 13;
        QTest::newRow("Jan 31 to Feb 28") << utc(2026, 1, 31) << utc(2026, 2, 28) << 1;
        QTest::newRow("Jan 31 to Mar 1") << utc(2026, 1, 31) << utc(2026, 3, 1) << 2;
        QTest::newRow("Feb 29 to Feb 28") << utc(2028, 2, 29) << utc(2029, 2, 28) << 12;
        QTest::newRow("one day") << utc(2026, 1, 1) << utc(2026, 1, 2) << 1;
        QTest::newRow("3650 days") << utc(2026, 1, 1) << utc(2026, 1, 1).addDays(3650) << 120;
        QTest::newRow("azure example") << QDateTime::fromSecsSinceEpoch(1430344421, Qt::UTC)
                                       << QDateTime::fromSecsSinceEpoch(2208988799, Qt::UTC) << 297;
        QTest::newRow("clamped") << utc(2000, 1, 1) << utc(2200, 1, 1) << 1200;
    }

    void validityMonthsFromDates()
    {
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, notAfter);
        QFETCH(int, months);
        CertificateDetails details;
        details.subject = QStringLiteral("CN=x");
        details.keyType = QStringLiteral("RSA");
        details.keyBits = 2048;
        details.notBefore = notBefore;
        details.notAfter = notAfter;
        QCOMPARE(CertificatePolicy::fromCertificate(details, false).validityMonths, months);
    }
};

QTEST_GUILESS_MAIN(TestCertificatePolicy)
#include "TestCertificatePolicy.moc"
