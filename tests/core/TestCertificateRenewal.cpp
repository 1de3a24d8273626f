// CertificateStore renewal on real vaults with a fake clock: renew with and without reuse_key (a new key or the
// same one, the "renewed" notice), renewDue over a year (AutoRenew at 80% once, EmailContacts once, dry runs
// matching the run, idempotent), and the certificate contacts.

#include "core/vault/KeyStore.h"
#include "tests/core/CertificateStoreFixtures.h"

#include <QJsonDocument>

using namespace coffer;
using namespace coffer::test::certstore;

class TestCertificateRenewal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault() { return test::certstore::makeVault(m_dir.path(), m_counter, m_clock); }

private Q_SLOTS:
    void initTestCase() { (void)test::CertFixtures::instance(); }
    void init() { test::failOnAnyWarning(); }

    void renewWithAndWithoutReuseKey()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        CertificatePolicy policy = selfPolicy(KeyType::Ec, Curve::P256);
        policy.reuseKey = true;
        const CertificateInfo first = createSelf(*vault, policy);
        m_clock.advanceDays(1);
        auto renewed = certs.renew(kName);
        COFFER_VERIFY_OK(renewed);
        const CertificateInfo second = std::get<CertificateInfo>(*renewed);
        QVERIFY(second.info.version != first.info.version);
        QVERIFY(second.details.serialHex != first.details.serialHex);
        auto firstLeaf = crypto::X509Certificate::fromDer(first.chainDer.first());
        auto secondLeaf = crypto::X509Certificate::fromDer(second.chainDer.first());
        COFFER_VERIFY_OK(firstLeaf);
        COFFER_VERIFY_OK(secondLeaf);
        QCOMPARE(secondLeaf->publicKeyDer(), firstLeaf->publicKeyDer()); // reuse_key: same SPKI
        auto keyVersions = vault->keys().listVersions(kName);
        COFFER_VERIFY_OK(keyVersions);
        QCOMPARE(keyVersions->size(), 2);
        QCOMPARE(keyVersions->at(0).publicDer, keyVersions->at(1).publicDer);

        policy.reuseKey = false;
        COFFER_VERIFY_OK(certs.updatePolicy(kName, policy));
        renewed = certs.renew(kName);
        COFFER_VERIFY_OK(renewed);
        auto thirdLeaf = crypto::X509Certificate::fromDer(std::get<CertificateInfo>(*renewed).chainDer.first());
        COFFER_VERIFY_OK(thirdLeaf);
        QVERIFY(thirdLeaf->publicKeyDer() != secondLeaf->publicKeyDer());
        auto current = vault->keys().show(kName);
        COFFER_VERIFY_OK(current);
        QCOMPARE(current->publicDer, thirdLeaf->publicKeyDer());
        QCOMPARE(current->info.version, std::get<CertificateInfo>(*renewed).info.version);
        auto listed = certs.list();
        COFFER_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().versionCount, 3);
        // Each renewal left a "renewed" notice on its new version, none on the first.
        const QList<Notification> notices = noticesOf(*vault, kName);
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(0).version, std::get<CertificateInfo>(*renewed).info.version);
        QCOMPARE(notices.at(1).version, second.info.version);
        for (const Notification &notice : notices) {
            QCOMPARE(notice.kind, ObjectKind::Certificate);
            QCOMPARE(notice.type, NotificationType::Renewed);
            QCOMPARE(notice.reason, QStringLiteral("renewed by hand"));
        }
    }

    void renewDueOverAYear()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        CertificatePolicy autoRenew = selfPolicy();
        autoRenew.lifetimeActions = {{80, std::nullopt, LifetimeActionType::AutoRenew}};
        createSelf(*vault, autoRenew, QStringLiteral("auto"));
        CertificatePolicy notify = selfPolicy();
        notify.lifetimeActions = {{std::nullopt, 30, LifetimeActionType::EmailContacts}};
        createSelf(*vault, notify, QStringLiteral("notify"));
        COFFER_VERIFY_OK(certs.setContacts({{QStringLiteral("ops@example.test"), QStringLiteral("Ops"), {}}}));

        auto early = certs.renewDue(false);
        COFFER_VERIFY_OK(early);
        QVERIFY(early->isEmpty());
        const QDateTime start = m_clock.now();
        int renewals = 0;
        int notices = 0;
        for (int day = 1; day <= 365; day += 7) {
            m_clock.set(start.addDays(day));
            auto dry = certs.renewDue(true);
            COFFER_VERIFY_OK(dry);
            auto versionsBefore = certs.listVersions(QStringLiteral("auto"));
            COFFER_VERIFY_OK(versionsBefore);
            auto ran = certs.renewDue(false);
            COFFER_VERIFY_OK(ran);
            QCOMPARE(ran->size(), dry->size()); // the dry run saw exactly what the run did
            for (const CertificateRenewalOutcome &outcome : std::as_const(*ran)) {
                if (outcome.action == CertificateRenewalOutcome::Action::Renewed) {
                    ++renewals;
                    QCOMPARE(outcome.name, QStringLiteral("auto"));
                    // 80% of 12 months from 2026-01-01 is in mid-October.
                    QVERIFY2(m_clock.now() >= start.addDays(290) && m_clock.now() < start.addDays(300),
                             qPrintable(m_clock.now().toString(Qt::ISODate)));
                } else {
                    QCOMPARE(outcome.action, CertificateRenewalOutcome::Action::Notified);
                    QCOMPARE(outcome.name, QStringLiteral("notify"));
                    QVERIFY(m_clock.now() >= start.addMonths(12).addDays(-30));
                    ++notices;
                }
            }
            auto again = certs.renewDue(false);
            COFFER_VERIFY_OK(again);
            QVERIFY(again->isEmpty()); // idempotent
        }
        QCOMPARE(renewals, 1);
        QCOMPARE(notices, 1);
        auto versions = certs.listVersions(QStringLiteral("auto"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificateRenew"), audit::AuditResult::Success), 1);
        QCOMPARE(auditCount(*vault, QStringLiteral("CertificateNearExpiryEventGridNotification")), 1);
        // The notices: "renewed" on auto's new version, near_expiry once on notify's version (dry runs: none).
        const QList<Notification> renewedNotices = noticesOf(*vault, QStringLiteral("auto"));
        QCOMPARE(renewedNotices.size(), 1);
        QCOMPARE(renewedNotices.first().type, NotificationType::Renewed);
        QCOMPARE(renewedNotices.first().version, versions->last().info.version);
        QVERIFY2(renewedNotices.first().reason.startsWith(u"scheduled: AutoRenew at 80%"),
                 qPrintable(renewedNotices.first().reason));
        const QList<Notification> nearExpiry = noticesOf(*vault, QStringLiteral("notify"));
        QCOMPARE(nearExpiry.size(), 1);
        QCOMPARE(nearExpiry.first().type, NotificationType::NearExpiry);
        QVERIFY(nearExpiry.first().due);
        QCOMPARE(*nearExpiry.first().due, start.addMonths(12).addDays(-30));
        audit::AuditFilter filter;
        filter.operations = {QStringLiteral("CertificateRenew")};
        auto records = vault->audit().list(filter);
        COFFER_VERIFY_OK(records);
        QVERIFY2(records->first().details.value(u"trigger").toString().contains(u"80%"),
                 QJsonDocument(records->first().details).toJson().constData());

        // A disabled certificate is not renewed by the timer (an admin's kill switch).
        createSelf(*vault, autoRenew, QStringLiteral("killed"));
        AttributeUpdate off;
        off.enabled = false;
        COFFER_VERIFY_OK(certs.update(QStringLiteral("killed"), {}, off));
        m_clock.set(m_clock.now().addMonths(11));
        auto skipped = certs.renewDue(false);
        COFFER_VERIFY_OK(skipped);
        bool sawSkip = false;
        for (const CertificateRenewalOutcome &outcome : std::as_const(*skipped))
            if (outcome.name == u"killed") {
                QCOMPARE(outcome.action, CertificateRenewalOutcome::Action::Skipped);
                sawSkip = true;
            }
        QVERIFY(sawSkip);
        versions = certs.listVersions(QStringLiteral("killed"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 1);
    }

    void contacts()
    {
        auto vault = makeVault();
        CertificateStore &certs = vault->certificates();
        const QList<CertificateContact> two {{QStringLiteral("a@example.test"), QStringLiteral("A"), {}},
                                             {QStringLiteral("b@example.test"), {}, QStringLiteral("+1 555")}};
        COFFER_VERIFY_OK(certs.setContacts(two));
        auto stored = certs.contacts();
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(1).phone, QStringLiteral("+1 555")); // kept in order, with every field
        auto duplicate = certs.setContacts({two.first(), two.first()});
        COFFER_VERIFY_ERROR(duplicate, ErrorCode::InvalidArgument);
        QVERIFY2(duplicate.error().context().contains(u"already exists"), qPrintable(duplicate.error().context()));
        COFFER_VERIFY_ERROR(certs.setContacts({{QStringLiteral("not-an-email"), {}, {}}}), ErrorCode::InvalidArgument);
        COFFER_VERIFY_OK(certs.deleteContacts());
        stored = certs.contacts();
        COFFER_VERIFY_OK(stored);
        QVERIFY(stored->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateRenewal)
#include "TestCertificateRenewal.moc"
