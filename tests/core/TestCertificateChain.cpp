// Ordering and checking certificate chains: any order in, leaf -> root out; gaps, unrelated certificates, partial
// chains and broken signatures, checked against `openssl verify`.

#include "core/crypto/CertificateChain.h"
#include "core/crypto/CertificateFile.h"
#include "core/crypto/KeyEncoding.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <algorithm>

using namespace coffer;
using namespace coffer::crypto;
using coffer::test::CertFixtures;

namespace {

X509Certificate load(QStringView name)
{
    auto cert = X509Certificate::fromPem(CertFixtures::instance().bytes(name));
    if (!cert)
        qFatal("fixture %s: %s", qPrintable(name.toString()), qPrintable(cert.error().toString()));
    return std::move(*cert);
}

QStringList cns(const QList<X509Certificate> &chain)
{
    QStringList out;
    for (const X509Certificate &cert : chain)
        out.append(cert.details().commonName());
    return out;
}

QByteArray leafSpki()
{
    auto key = keyencoding::readPrivateKey(CertFixtures::instance().bytes(u"leaf.key"));
    if (!key)
        qFatal("leaf.key: %s", qPrintable(key.error().toString()));
    return key->publicDer().value();
}

} // namespace

class TestCertificateChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void issuedBy()
    {
        const X509Certificate leaf = load(u"leaf.pem");
        const X509Certificate inter = load(u"inter.pem");
        const X509Certificate root = load(u"root.pem");
        QVERIFY(leaf.isIssuedBy(inter));
        QVERIFY(inter.isIssuedBy(root));
        QVERIFY(root.isIssuedBy(root));
        QVERIFY(!leaf.isIssuedBy(root));
        QVERIFY(!inter.isIssuedBy(leaf));
        QVERIFY(!leaf.isIssuedBy(X509Certificate()));
    }

    void anyPermutation()
    {
        const QStringList expected {QStringLiteral("www.example.test"), QStringLiteral("Test Intermediate CA"),
                                    QStringLiteral("Test Root CA")};
        QList<int> order {0, 1, 2};
        const QStringList names {QStringLiteral("leaf.pem"), QStringLiteral("inter.pem"), QStringLiteral("root.pem")};
        int permutations = 0;
        do {
            QList<X509Certificate> certs;
            for (int i : order)
                certs.append(load(names[i]));
            auto ordered = orderChain(certs, std::nullopt);
            COFFER_VERIFY_OK(ordered);
            QCOMPARE(cns(*ordered), expected);
            auto withKey = orderChain(certs, leafSpki());
            COFFER_VERIFY_OK(withKey);
            QCOMPARE(cns(*withKey), expected);
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(permutations, 6);
    }

    void duplicatesCountOnce()
    {
        auto ordered = orderChain({load(u"inter.pem"), load(u"leaf.pem"), load(u"leaf.pem")}, std::nullopt);
        COFFER_VERIFY_OK(ordered);
        QCOMPARE(cns(*ordered),
                 (QStringList {QStringLiteral("www.example.test"), QStringLiteral("Test Intermediate CA")}));
    }

    void gap()
    {
        auto ordered = orderChain({load(u"root.pem"), load(u"leaf.pem")}, std::nullopt);
        COFFER_VERIFY_ERROR(ordered, ErrorCode::InvalidArgument);
        QCOMPARE(ordered.error().context(),
                 QStringLiteral("the chain has a gap: the issuer 'CN=Test Intermediate CA' of 'O=Coffer Test,"
                                "CN=www.example.test' is missing, so 'CN=Test Root CA' does not connect to it (add "
                                "the missing certificate, or remove 'CN=Test Root CA' if it does not belong to this "
                                "chain)"));
    }

    void unrelated()
    {
        auto ordered = orderChain({load(u"leaf.pem"), load(u"other.pem")}, std::nullopt);
        COFFER_VERIFY_ERROR(ordered, ErrorCode::InvalidArgument);
        QCOMPARE(ordered.error().context(),
                 QStringLiteral("'CN=Unrelated' is not part of the chain of 'O=Coffer Test,CN=www.example.test'"));
        // A complete chain plus a stranger CA: the stranger is unrelated, not a gap.
        auto extra = orderChain({load(u"leaf.pem"), load(u"inter.pem"), load(u"root.pem"), load(u"brainpool.pem")},
                                leafSpki());
        COFFER_VERIFY_ERROR(extra, ErrorCode::InvalidArgument);
        QVERIFY2(extra.error().context().startsWith(u"'CN=Brainpool Leaf' is not part of the chain"),
                 qPrintable(extra.error().context()));
    }

    void keyMatchesNone()
    {
        auto ordered = orderChain({load(u"leaf.pem"), load(u"inter.pem")}, load(u"other.pem").publicKeyDer());
        COFFER_VERIFY_ERROR(ordered, ErrorCode::InvalidArgument);
        QCOMPARE(ordered.error().context(), QStringLiteral("the private key belongs to none of the certificates"));
        COFFER_VERIFY_ERROR(orderChain({}, std::nullopt), ErrorCode::InvalidArgument);
    }

    void verifyComplete()
    {
        auto ordered = orderChain({load(u"root.pem"), load(u"leaf.pem"), load(u"inter.pem")}, std::nullopt);
        COFFER_VERIFY_OK(ordered);
        const ChainCheck check = verifyChain(*ordered);
        QVERIFY(check.complete);
        QVERIFY2(check.signaturesOk, qPrintable(check.error));
        QVERIFY(check.error.isEmpty());
        // openssl agrees.
        const CertFixtures &fx = CertFixtures::instance();
        const QByteArray out
                = CertFixtures::openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), fx.rootPem(),
                                         QStringLiteral("-untrusted"), fx.path(u"inter.pem"), fx.path(u"leaf.pem")});
        QVERIFY(out.trimmed().endsWith(": OK"));
    }

    void verifyPartial()
    {
        const ChainCheck partial = verifyChain({load(u"leaf.pem"), load(u"inter.pem")});
        QVERIFY(!partial.complete);
        QVERIFY2(partial.signaturesOk, qPrintable(partial.error));
        const ChainCheck leafOnly = verifyChain({load(u"leaf.pem")});
        QVERIFY(!leafOnly.complete);
        QVERIFY(leafOnly.signaturesOk);
        // Dates are not checked here (the caller warns from its clock): an expired leaf still verifies.
        const ChainCheck expired = verifyChain({load(u"expired.pem"), load(u"inter.pem"), load(u"root.pem")});
        QVERIFY(expired.complete);
        QVERIFY2(expired.signaturesOk, qPrintable(expired.error));
        const ChainCheck empty = verifyChain({});
        QVERIFY(!empty.signaturesOk);
    }

    void verifyWrongIssuer()
    {
        // Not issued by the given root: the system's trust store is never consulted, so nothing rescues it.
        const ChainCheck check = verifyChain({load(u"leaf.pem"), load(u"root.pem")});
        QVERIFY(check.complete);
        QVERIFY(!check.signaturesOk);
        QVERIFY2(check.error.contains(u"unable to get local issuer certificate"), qPrintable(check.error));
    }

    void brokenSignature()
    {
        QByteArray der = CertFixtures::instance().bytes(u"leaf.der");
        der[der.size() - 5] = char(der[der.size() - 5] ^ 0x01); // inside the signature BIT STRING
        auto tampered = X509Certificate::fromDer(der);
        COFFER_VERIFY_OK(tampered);
        QVERIFY(!tampered->isIssuedBy(load(u"inter.pem")));
        const ChainCheck check = verifyChain({*tampered, load(u"inter.pem"), load(u"root.pem")});
        QVERIFY(!check.signaturesOk);
        QVERIFY2(check.error.contains(u"signature"), qPrintable(check.error));
        // Ordered with its key, the tampered leaf no longer links to its issuer: a gap.
        auto ordered = orderChain({*tampered, load(u"inter.pem"), load(u"root.pem")}, leafSpki());
        COFFER_VERIFY_ERROR(ordered, ErrorCode::InvalidArgument);
        QVERIFY2(ordered.error().context().startsWith(u"the chain has a gap"), qPrintable(ordered.error().context()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateChain)
#include "TestCertificateChain.moc"
