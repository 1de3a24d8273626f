// Vault::runDue and Vault::schedule over years of simulated time with a fake clock, every kind at once: a secret
// with a generator and a key rotating every 30 days (a version exactly every 30 days, never twice), a secret
// with only the default near-expiry notice (each notice once), a self-signed certificate renewed at 80% of its
// lifetime; dry runs and the time-shifted schedule write nothing and agree with what a real run then does; a
// week (or months) without a run rotates once; every scheduled action is recorded as the vault's system
// principal, the run itself as the person who asked; taking vault-system's roles away fails the run loudly.

#include "core/access/AccessControl.h"
#include "core/access/Engine.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/AuditService.h"
#include "core/storage/Database.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Meta.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace coffer;
using Action = DueOutcome::Action;

namespace {

constexpr int kDay = 86400;

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Rotate 30 days after creation, notify 30 days before expiry, new versions expire 90 days after creation.
constexpr const char *kSchedule = R"({"lifetimeActions":[
    {"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}},
    {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
    "attributes":{"expiryTime":"P90D"}})";

constexpr const char *kSecretPolicy = R"({"lifetimeActions":[
    {"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}},
    {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
    "attributes":{"expiryTime":"P90D"},
    "generator":{"kind":"bytes","length":32,"encoding":"base64"}})";

CertificatePolicy autoRenewPolicy()
{
    CertificatePolicy p;
    p.kty = KeyType::Ec;
    p.curve = Curve::P256;
    p.exportable = true;
    p.subject = QStringLiteral("CN=due.example.test");
    p.dnsNames = {QStringLiteral("due.example.test")};
    p.keyUsage = crypto::KeyUsages(KeyUsageBit::DigitalSignature);
    p.validityMonths = 12;
    p.lifetimeActions = {{80, std::nullopt, LifetimeActionType::AutoRenew}};
    p.issuer = IssuerKind::Self;
    return p;
}

} // namespace

class TestDueRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {test::fixedStart()};
    int m_counter = 0;

    std::unique_ptr<Vault> makeVault()
    {
        VaultCreateOptions o;
        o.parentFolder = m_dir.path();
        o.name = QStringLiteral("D%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }

    // The four objects of every test: rotating secret and key, a secret with only the default notice (expiring
    // 45 days from now), an auto-renewing certificate.
    void populate(Vault &vault)
    {
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("webhook"), SecureBytes(QByteArrayView("first"))));
        auto secretPolicy = rotation::SecretRotationPolicy::fromJson(json(kSecretPolicy));
        COFFER_VERIFY_OK(secretPolicy);
        COFFER_VERIFY_OK(vault.secrets().setRotationPolicy(QStringLiteral("webhook"), *secretPolicy));

        NewVersionAttributes expiring;
        expiring.expires = m_clock.now().addDays(45);
        COFFER_VERIFY_OK(
                vault.secrets().set(QStringLiteral("manual"), SecureBytes(QByteArrayView("by hand")), expiring));

        KeyCreateRequest key;
        key.spec = KeySpec::ec(crypto::Curve::P256);
        COFFER_VERIFY_OK(vault.keys().create(QStringLiteral("signing"), key));
        auto keyPolicy = rotation::RotationPolicy::fromJson(json(kSchedule));
        COFFER_VERIFY_OK(keyPolicy);
        COFFER_VERIFY_OK(vault.keys().setRotationPolicy(QStringLiteral("signing"), *keyPolicy));

        auto cert = vault.certificates().create(QStringLiteral("tls"), autoRenewPolicy());
        COFFER_VERIFY_OK(cert);
        QVERIFY(std::holds_alternative<CertificateInfo>(*cert));
    }

    static QList<audit::AuditRecord> records(Vault &vault, const QString &operation)
    {
        audit::AuditFilter filter;
        filter.operations = {operation};
        auto listed = vault.audit().list(filter);
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        return *listed;
    }

    static qint64 count(Vault &vault, const char *sql)
    {
        auto s = vault.database().prepare(sql);
        if (!s || !*s->step())
            return -1;
        return s->int64(0);
    }

    // What a dry run or a time-shifted schedule must leave alone.
    struct Footprint
    {
        qint64 versions = 0;
        qint64 notices = 0;
        qint64 changes = 0; // audit records other than the run's or the schedule's own
        bool operator==(const Footprint &) const = default;
    };
    static Footprint footprint(Vault &vault)
    {
        return {count(vault, "SELECT count(*) FROM versions"), count(vault, "SELECT count(*) FROM notifications"),
                count(vault,
                      "SELECT count(*) FROM audit_records WHERE operation NOT IN ('VaultRunDue', 'VaultScheduleGet', "
                      "'SecretList', 'KeyList', 'CertificateList')")};
    }

    static QList<QDateTime> createdTimes(Vault &vault, ObjectKind kind, const QString &name)
    {
        QList<QDateTime> out;
        if (kind == ObjectKind::Secret) {
            auto versions = vault.secrets().listVersions(name);
            if (!versions)
                qFatal("%s", qPrintable(versions.error().toString()));
            for (const VersionInfo &v : std::as_const(*versions))
                out << v.attributes.created;
        } else {
            auto versions = vault.keys().listVersions(name);
            if (!versions)
                qFatal("%s", qPrintable(versions.error().toString()));
            for (const auto &v : std::as_const(*versions))
                out << v.info.attributes.created;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    static QSet<QString> namesWith(const DueRun &run, QList<Action> actions)
    {
        QSet<QString> out;
        for (const DueOutcome &o : run.outcomes)
            if (actions.contains(o.action))
                out << o.name;
        return out;
    }

    static QSet<QString> namesIn(const Schedule &schedule, ScheduleState state)
    {
        QSet<QString> out;
        for (const ScheduleEntry &e : schedule.entries)
            if (e.state == state)
                out << e.name;
        return out;
    }

    QString systemId(Vault &vault)
    {
        auto id = meta::get(vault.database(), meta::kSystemPrincipalId);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void threeYearsDayByDay()
    {
        auto vault = makeVault();
        populate(*vault);
        const QDateTime start = m_clock.now();
        const QString system = systemId(*vault);
        constexpr int kDays = 3 * 365;
        QMap<QString, int> notices; // "name/version/type" -> how many runs recorded it
        QList<QDateTime> renewedAt;
        for (int day = 1; day <= kDays; ++day) {
            m_clock.set(start.addSecs(qint64(day) * kDay));
            if (day % 7 == 0) {
                const Footprint before = footprint(*vault);
                auto dry = vault->runDue(true);
                COFFER_VERIFY_OK(dry);
                QVERIFY(dry->dryRun);
                const Footprint after = footprint(*vault);
                QVERIFY2(after == before,
                         qPrintable(QStringLiteral("day %1: versions %2 -> %3, notices %4 -> %5, records %6 -> %7")
                                            .arg(day)
                                            .arg(before.versions)
                                            .arg(after.versions)
                                            .arg(before.notices)
                                            .arg(after.notices)
                                            .arg(before.changes)
                                            .arg(after.changes)));
                for (const DueOutcome &o : std::as_const(dry->outcomes))
                    QVERIFY2(o.action == Action::WouldRotate || o.action == Action::WouldRenew
                                     || o.action == Action::WouldNotify,
                             qPrintable(o.name + u' ' + dueActionName(o.action)));
                auto ran = vault->runDue(false);
                COFFER_VERIFY_OK(ran);
                // The dry run saw exactly what the run then did.
                QCOMPARE(namesWith(*dry, {Action::WouldRotate}), namesWith(*ran, {Action::Rotated}));
                QCOMPARE(namesWith(*dry, {Action::WouldRenew}), namesWith(*ran, {Action::Renewed}));
                QCOMPARE(dry->count(Action::WouldNotify),
                         ran->count(Action::Notified) + ran->count(Action::ExpiredNotice));
                for (const DueOutcome &o : std::as_const(ran->outcomes))
                    if (o.action == Action::Renewed)
                        renewedAt << m_clock.now();
            } else {
                auto ran = vault->runDue(false);
                COFFER_VERIFY_OK(ran);
                QVERIFY2(!ran->anyFailed(), qPrintable(ran->outcomes.isEmpty() ? QString() : ran->outcomes[0].reason));
                for (const DueOutcome &o : std::as_const(ran->outcomes))
                    if (o.action == Action::Renewed)
                        renewedAt << m_clock.now();
            }
            // The same instant again: nothing.
            auto again = vault->runDue(false);
            COFFER_VERIFY_OK(again);
            QVERIFY2(again->outcomes.isEmpty(), qPrintable(QString::number(day)));
            QVERIFY(again->nextDue);
            QVERIFY(*again->nextDue > m_clock.now());
        }

        // A version exactly every 30 days, never before, never twice.
        for (const auto &[kind, name] : {std::pair {ObjectKind::Secret, QStringLiteral("webhook")},
                                         {ObjectKind::Key, QStringLiteral("signing")}}) {
            const QList<QDateTime> created = createdTimes(*vault, kind, name);
            QCOMPARE(created.size(), 1 + kDays / 30);
            for (qsizetype i = 1; i < created.size(); ++i)
                QCOMPARE(created[i - 1].secsTo(created[i]), qint64(30) * kDay);
        }
        // The notice-only secret: near expiry 30 days before (day 15), expired on day 45; each once.
        auto manual = vault->notifications({std::nullopt, {ObjectKind::Secret}, {}, QStringLiteral("manual"), 100});
        COFFER_VERIFY_OK(manual);
        QCOMPARE(manual->size(), 2);
        QSet<NotificationType> types;
        for (const Notification &n : std::as_const(*manual)) {
            types << n.type;
            QVERIFY(n.due);
            QCOMPARE(n.at, *n.due); // recorded on the day it came due (runs are daily, at the same hour)
        }
        QCOMPARE(types, (QSet<NotificationType> {NotificationType::NearExpiry, NotificationType::Expired}));
        QCOMPARE(vault->secrets().listVersions(QStringLiteral("manual"))->size(), 1);

        // Every notice is one per version and type.
        auto all = vault->notifications({std::nullopt, {}, {}, {}, 100000});
        COFFER_VERIFY_OK(all);
        QSet<QString> seen;
        for (const Notification &n : std::as_const(*all)) {
            const QString key = QStringLiteral("%1/%2/%3").arg(n.name, n.version, notificationTypeName(n.type));
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen << key;
        }
        // A "rotated" notice on each new version of the rotating objects.
        for (const char *name : {"webhook", "signing"}) {
            int rotated = 0;
            for (const Notification &n : std::as_const(*all))
                rotated += n.name == QLatin1String(name) && n.type == NotificationType::Rotated;
            QCOMPARE(rotated, kDays / 30);
        }

        // The certificate: renewed at 80% of each version's lifetime (the run of that day), three times.
        auto certs = vault->certificates().listVersions(QStringLiteral("tls"));
        COFFER_VERIFY_OK(certs);
        QCOMPARE(certs->size(), 4);
        QCOMPARE(renewedAt.size(), 3);
        for (qsizetype i = 0; i + 1 < certs->size(); ++i) {
            const QDateTime notBefore = *certs->at(i).info.attributes.notBefore;
            const QDateTime notAfter = *certs->at(i).info.attributes.expires;
            const QDateTime due = notBefore.addSecs(notBefore.secsTo(notAfter) * 8 / 10);
            const QDateTime renewed = certs->at(i + 1).info.attributes.created;
            QCOMPARE(renewed, renewedAt[i]);
            QVERIFY2(renewed >= due && renewed < due.addSecs(kDay),
                     qPrintable(renewed.toString(Qt::ISODate) + u" due " + due.toString(Qt::ISODate)));
        }

        // Who did what: the scheduled actions as vault-system, the runs as the owner who asked.
        const QList<audit::AuditRecord> rotations = records(*vault, QStringLiteral("SecretRotateIfDue"))
                + records(*vault, QStringLiteral("KeyRotateIfDue"))
                + records(*vault, QStringLiteral("CertificateRenew"));
        QCOMPARE(rotations.size(), 2 * (kDays / 30) + 3);
        for (const audit::AuditRecord &r : rotations) {
            QCOMPARE(r.principalId, system);
            QCOMPARE(r.result, audit::AuditResult::Success);
        }
        const QList<audit::AuditRecord> runs = records(*vault, QStringLiteral("VaultRunDue"));
        QCOMPARE(runs.size(), 2 * kDays + kDays / 7);
        QCOMPARE(runs.first().principalName, QStringLiteral("owner"));
        QVERIFY(runs.first().principalId != system);
        auto verified = vault->audit().verify();
        COFFER_VERIFY_OK(verified);
        QVERIFY(verified->ok);
    }

    void timeShiftWritesNothingAndMatchesTheRun()
    {
        auto vault = makeVault();
        populate(*vault);
        const QDateTime start = m_clock.now();
        const QDateTime later = start.addDays(100);

        ScheduleQuery query;
        query.from = start;
        query.to = start.addYears(2);
        query.now = later;
        const Footprint before = footprint(*vault);
        auto shifted = vault->schedule(query);
        COFFER_VERIFY_OK(shifted);
        QCOMPARE(footprint(*vault), before);
        QCOMPARE(shifted->now, later);
        QCOMPARE(namesIn(*shifted, ScheduleState::Overdue),
                 (QSet<QString> {QStringLiteral("webhook"), QStringLiteral("signing")}));
        QCOMPARE(namesIn(*shifted, ScheduleState::Expired), QSet<QString> {QStringLiteral("manual")});
        QCOMPARE(namesIn(*shifted, ScheduleState::Ok), QSet<QString> {QStringLiteral("tls")});
        // Today, nothing is overdue.
        query.now.reset();
        auto today = vault->schedule(query);
        COFFER_VERIFY_OK(today);
        QVERIFY(namesIn(*today, ScheduleState::Overdue).isEmpty());
        QCOMPARE(footprint(*vault), before);

        // Without a run for 100 days: what the preview called overdue rotates once, the expired version is
        // noticed (with the near-expiry notice it also missed), and nothing else happens.
        m_clock.set(later);
        auto ran = vault->runDue(false);
        COFFER_VERIFY_OK(ran);
        QCOMPARE(namesWith(*ran, {Action::Rotated}), namesIn(*shifted, ScheduleState::Overdue));
        QCOMPARE(ran->count(Action::Rotated), 2);
        QCOMPARE(namesWith(*ran, {Action::ExpiredNotice}), namesIn(*shifted, ScheduleState::Expired));
        QCOMPARE(ran->count(Action::Renewed), 0);
        QCOMPARE(vault->secrets().listVersions(QStringLiteral("webhook"))->size(), 2);
        QCOMPARE(vault->keys().listVersions(QStringLiteral("signing"))->size(), 2);
        auto again = vault->runDue(false);
        COFFER_VERIFY_OK(again);
        QVERIFY(again->outcomes.isEmpty());
        // The new versions run on their own 30 days from now, not from when the old ones were due.
        m_clock.set(later.addDays(29));
        auto early = vault->runDue(false);
        COFFER_VERIFY_OK(early);
        QCOMPARE(early->count(Action::Rotated), 0);
        m_clock.set(later.addDays(30));
        auto due = vault->runDue(false);
        COFFER_VERIFY_OK(due);
        QCOMPARE(due->count(Action::Rotated), 2);
    }

    void withoutItsRolesTheSystemPrincipalFailsLoudly()
    {
        auto vault = makeVault();
        populate(*vault);
        auto assignments = vault->access().assignments(QStringLiteral("vault-system"));
        COFFER_VERIFY_OK(assignments);
        QVERIFY(!assignments->isEmpty());
        for (const access::RoleAssignment &a : std::as_const(*assignments))
            COFFER_VERIFY_OK(vault->access().unassign(a.id));

        m_clock.advanceDays(31);
        const Footprint before = footprint(*vault);
        auto ran = vault->runDue(false);
        COFFER_VERIFY_OK(ran); // the run happened; each kind it could not act on says why
        QVERIFY(ran->anyFailed());
        QCOMPARE(ran->count(Action::Rotated), 0);
        for (const DueOutcome &o : std::as_const(ran->outcomes)) {
            QCOMPARE(o.action, Action::Failed);
            QVERIFY2(o.reason.contains(u"vault-system"), qPrintable(o.reason));
        }
        QCOMPARE(footprint(*vault).versions, before.versions);
        QCOMPARE(footprint(*vault).notices, before.notices);

        // Nobody may remove the system principal itself.
        COFFER_VERIFY_ERROR(vault->access().deletePrincipal(QStringLiteral("vault-system")),
                            ErrorCode::InvalidArgument);
    }

    void scheduleRefusesBadWindows()
    {
        auto vault = makeVault();
        const QDateTime now = m_clock.now();
        ScheduleQuery backwards {now, now, std::nullopt, {}};
        COFFER_VERIFY_ERROR(vault->schedule(backwards), ErrorCode::InvalidArgument);
        ScheduleQuery tooLong {now, now.addYears(10).addDays(1), std::nullopt, {}};
        COFFER_VERIFY_ERROR(vault->schedule(tooLong), ErrorCode::InvalidArgument);
        ScheduleQuery past {now, now.addYears(1), now.addDays(-1), {}};
        COFFER_VERIFY_ERROR(vault->schedule(past), ErrorCode::InvalidArgument);
        ScheduleQuery fine {now, now.addYears(10), std::nullopt, {}};
        COFFER_VERIFY_OK(vault->schedule(fine));
    }
};

QTEST_GUILESS_MAIN(TestDueRunner)
#include "TestDueRunner.moc"
