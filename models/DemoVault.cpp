#include "models/DemoVault.h"

#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QStandardPaths>

namespace coffer::models {

QString DemoVault::parentFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

QString DemoVault::bundlePath()
{
    return Vault::bundlePath(parentFolder(), name());
}

Result<void> DemoVault::fill(Vault &vault)
{
    const QDateTime now = vault.clock().now();
    const auto randomValue = [](int length) { return rotation::SecretGenerator::password(length).generate(); };
    const auto setSecret = [&](const QString &secretName, NewVersionAttributes attributes) -> Result<void> {
        auto value = randomValue(24);
        if (!value)
            return value.error();
        auto set = vault.secrets().set(secretName, *value, attributes);
        if (!set)
            return set.error();
        return {};
    };

    NewVersionAttributes database;
    database.contentType = QStringLiteral("text/plain");
    database.tags
            = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("app"), QStringLiteral("billing")}};
    database.expires = now.addDays(20);
    if (auto r = setSecret(QStringLiteral("billing-db-password"), database); !r)
        return r.error();
    NewVersionAttributes token;
    token.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("owner"), QStringLiteral("ops")}};
    if (auto r = setSecret(QStringLiteral("webhook-token"), token); !r)
        return r.error();
    rotation::SecretRotationPolicy policy;
    policy.schedule.lifetimeActions << rotation::LifetimeAction::rotateAfterCreate(rotation::IsoDuration::ofDays(90));
    policy.generator = rotation::SecretGenerator::password(32);
    if (auto r = vault.secrets().setRotationPolicy(QStringLiteral("webhook-token"), policy); !r)
        return r.error();
    NewVersionAttributes staging;
    staging.tags = {{QStringLiteral("env"), QStringLiteral("staging")}};
    if (auto r = setSecret(QStringLiteral("smtp-relay-password"), staging); !r)
        return r.error();
    if (auto r = setSecret(QStringLiteral("old-ftp-password"), {}); !r)
        return r.error();
    if (auto r = vault.secrets().remove(QStringLiteral("old-ftp-password")); !r)
        return r.error();

    KeyCreateRequest signing;
    signing.spec = KeySpec::ec(crypto::Curve::P256);
    signing.attributes.tags = {{QStringLiteral("purpose"), QStringLiteral("release-signing")}};
    if (auto r = vault.keys().create(QStringLiteral("release-signing-key"), signing); !r)
        return r.error();
    rotation::RotationPolicy keyPolicy;
    keyPolicy.lifetimeActions << rotation::LifetimeAction::rotateAfterCreate(rotation::IsoDuration::ofDays(90));
    keyPolicy.expiryTime = rotation::IsoDuration::ofDays(180);
    if (auto r = vault.keys().setRotationPolicy(QStringLiteral("release-signing-key"), keyPolicy); !r)
        return r.error();
    KeyCreateRequest wrapping;
    wrapping.spec = KeySpec::rsa(2048);
    if (auto r = vault.keys().create(QStringLiteral("backup-wrapping-key"), wrapping); !r)
        return r.error();

    CertificatePolicy tls;
    tls.kty = KeyType::Ec;
    tls.curve = Curve::P256;
    tls.subject = QStringLiteral("CN=portal.demo.example, O=Coffer Demo");
    tls.dnsNames = {QStringLiteral("portal.demo.example"), QStringLiteral("www.portal.demo.example")};
    tls.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    tls.validityMonths = 12;
    tls.lifetimeActions = {{80, std::nullopt, LifetimeActionType::AutoRenew}};
    tls.issuer = IssuerKind::Self;
    if (auto r = vault.certificates().create(QStringLiteral("portal-tls"), tls); !r)
        return r.error();
    return {};
}

} // namespace coffer::models
