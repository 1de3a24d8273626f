// Fixtures the CertificateStore tests share (TestCertificateStore, TestCertificateRenewal): a self-signed policy,
// a vault per test, creation that must succeed, openssl checks, audit and notice counts.
#pragma once

#include "core/audit/AuditService.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Notifications.h"
#include "core/vault/Vault.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

namespace coffer::test::certstore {

inline const QString kName = QStringLiteral("web");

inline CertificatePolicy selfPolicy(KeyType kty = KeyType::Rsa, std::optional<Curve> curve = std::nullopt)
{
    CertificatePolicy p;
    p.kty = kty;
    p.keySize = 2048;
    p.curve = curve;
    p.exportable = true;
    p.reuseKey = false;
    p.subject = QStringLiteral("CN=web.example.test, O=Coffer");
    p.dnsNames = {QStringLiteral("web.example.test"), QStringLiteral("www.web.example.test")};
    p.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    p.keyUsage = crypto::KeyUsages(KeyUsageBit::DigitalSignature);
    p.validityMonths = 12;
    p.lifetimeActions = {{80, std::nullopt, LifetimeActionType::EmailContacts}};
    p.issuer = IssuerKind::Self;
    return p;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, QByteArrayView bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), bytes.size()) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// `openssl x509 -noout -fingerprint -sha1` as upper-case hex without colons.
inline QString opensslSha1(const QString &pemPath)
{
    const QByteArray out = test::CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath,
                                                        QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                                        QStringLiteral("-sha1")});
    return QString::fromLatin1(out.mid(out.indexOf('=') + 1).trimmed()).remove(u':');
}

// `openssl pkcs12 -info` of a PFX with `password` (stderr merged: -info writes there); exit code in *rc.
inline QString pkcs12Info(const QString &pfxPath, const QString &password, int *rc)
{
    return QString::fromLatin1(test::CertFixtures::openssl(
            {QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), pfxPath,
             QStringLiteral("-passin"), QStringLiteral("pass:") + password, QStringLiteral("-nodes")},
            {}, rc, true));
}

inline int auditCount(Vault &vault, const QString &operation, std::optional<audit::AuditResult> result = std::nullopt)
{
    audit::AuditFilter filter;
    filter.operations = {operation};
    if (result)
        filter.results = {*result};
    auto records = vault.audit().list(filter);
    return records ? int(records->size()) : -1;
}

// The notices of one object (newest first), as notifications list reads them.
inline QList<Notification> noticesOf(Vault &vault, const QString &name, QList<NotificationType> types = {})
{
    NotificationFilter filter;
    filter.name = name;
    filter.types = std::move(types);
    auto listed
            = notices::list(vault.database(), filter, {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate});
    if (!listed)
        qFatal("%s", qPrintable(listed.error().toString()));
    return *listed;
}

// A new vault in `folder` named C001, C002, ... (`counter` counts), made with the fake clock.
inline std::unique_ptr<Vault> makeVault(const QString &folder, int &counter, const Clock &clock,
                                        bool purgeProtection = false)
{
    VaultCreateOptions o;
    o.parentFolder = folder;
    o.name = QStringLiteral("C%1").arg(++counter, 3, 10, QLatin1Char('0'));
    o.purgeProtection = purgeProtection;
    o.kdf = Argon2Params::fastForTests();
    auto created = Vault::create(o, SecureString::fromUtf8("pw"), clock);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return std::move(created->vault);
}

inline CertificateInfo createSelf(Vault &vault, const CertificatePolicy &policy, const QString &name = kName)
{
    auto created = vault.certificates().create(name, policy);
    if (!created || !std::holds_alternative<CertificateInfo>(*created))
        qFatal("create failed: %s", created ? "pending" : qPrintable(created.error().toString()));
    return std::get<CertificateInfo>(*created);
}

} // namespace coffer::test::certstore
