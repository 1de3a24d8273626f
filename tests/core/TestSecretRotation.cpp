// SecretStore's rotation on real vaults with a fake clock: the policy (round trip, validation with every rule
// kind), "Rotate now" (a value following the generator's rules, content type/tags kept, expiry from the policy,
// a "rotated" notice), managed secrets left to their certificate, the scheduled run over two years day by day
// (rotations exactly when due and never twice, near-expiry notices once per version and re-armed by a moved
// expiry, a disabled current version skipped, dry runs writing nothing), access checks, and no generated value in
// any audit record.

#include "core/access/AccessControl.h"
#include "core/access/Engine.h"
#include "core/audit/AuditRecord.h"
#include "core/audit/AuditService.h"
#include "core/storage/Database.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/Meta.h"
#include "core/vault/Notifications.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace coffer;
using rotation::SecretGenerator;
using rotation::SecretRotationPolicy;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

SecretRotationPolicy policy(const char *text)
{
    auto parsed = SecretRotationPolicy::fromJson(json(text));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return *parsed;
}

SecureBytes bytes(const char *text)
{
    return SecureBytes(QByteArrayView(text));
}

// Rotate 90 days after creation, notify 30 days before expiry, new versions expire after 180 days; a generator.
constexpr const char *kRotatingPolicy = R"({"lifetimeActions":[
    {"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}},
    {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
    "attributes":{"expiryTime":"P180D"},
    "generator":{"kind":"password","length":24,"classes":["lower","upper","digits"],"excludeAmbiguous":true}})";

} // namespace

class TestSecretRotation : public QObject
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
        o.name = QStringLiteral("R%1").arg(++m_counter, 3, 10, QLatin1Char('0'));
        o.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(o, SecureString::fromUtf8("pw"), m_clock);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }

    static qint64 count(Vault &vault, const char *sql)
    {
        auto s = vault.database().prepare(sql);
        if (!s || !*s->step())
            return -1;
        return s->int64(0);
    }

    static QList<audit::AuditRecord> records(Vault &vault, const QString &operation = {})
    {
        audit::AuditFilter filter;
        if (!operation.isEmpty())
            filter.operations = {operation};
        auto listed = vault.audit().list(filter);
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        return *listed;
    }

    static QList<Notification> noticesOf(Vault &vault, const QString &name, QList<NotificationType> types = {})
    {
        NotificationFilter filter;
        filter.name = name;
        filter.types = std::move(types);
        auto listed = notices::list(vault.database(), filter, {ObjectKind::Secret});
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        return *listed;
    }

    static int versionCount(Vault &vault, const QString &name)
    {
        auto versions = vault.secrets().listVersions(name);
        return versions ? int(versions->size()) : -1;
    }

    // Every version's value of the secrets named (plain bytes, for the audit scan).
    static QList<QByteArray> valuesOf(Vault &vault, const QStringList &names)
    {
        QList<QByteArray> out;
        for (const QString &name : names) {
            auto versions = vault.secrets().listVersions(name);
            if (!versions)
                qFatal("%s", qPrintable(versions.error().toString()));
            for (const VersionInfo &info : std::as_const(*versions)) {
                auto value = vault.secrets().get(name, info.version);
                if (!value)
                    qFatal("%s", qPrintable(value.error().toString()));
                out.append(value->value.view().toByteArray());
            }
        }
        return out;
    }

    // No record of the log (every field of its canonical form) holds any of `values`.
    static void verifyNoValueRecorded(Vault &vault, const QList<QByteArray> &values)
    {
        const QList<audit::AuditRecord> all = records(vault);
        QVERIFY(!all.isEmpty());
        for (const audit::AuditRecord &record : all) {
            const QByteArray text = audit::canonicalBytes(record);
            for (const QByteArray &value : values)
                QVERIFY2(!text.contains(value),
                         qPrintable(QStringLiteral("record %1 (%2) holds a secret value")
                                            .arg(record.sequence)
                                            .arg(record.operation)));
        }
    }

private Q_SLOTS:
    void init() { test::failOnAnyWarning(); }

    void policyRoundTripAndValidation()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        COFFER_VERIFY_ERROR(secrets.rotationPolicy(QStringLiteral("nothing")), ErrorCode::NotFound);
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("db"), bytes("initial")));

        // Before any is set: the default (notify 30 days before expiry), no generator, with its id.
        auto byDefault = secrets.rotationPolicy(QStringLiteral("db"));
        COFFER_VERIFY_OK(byDefault);
        QCOMPARE(byDefault->schedule.id,
                 QStringLiteral("coffer://%1/secrets/db/rotationpolicy").arg(vault->properties().name));
        QVERIFY(!byDefault->generator);
        QVERIFY(!byDefault->hasRotateAction());
        QCOMPARE(byDefault->schedule.effectiveLifetimeActions().size(), 1);
        QCOMPARE(byDefault->schedule.effectiveLifetimeActions().first().type, rotation::ActionType::Notify);

        const SecretRotationPolicy wanted = policy(kRotatingPolicy);
        auto stored = secrets.setRotationPolicy(QStringLiteral("DB"), wanted); // names are case-insensitive
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->schedule.id, byDefault->schedule.id);
        QCOMPARE(stored->schedule.created, std::optional<QDateTime>(m_clock.now()));
        QCOMPARE(stored->schedule.updated, std::optional<QDateTime>(m_clock.now()));
        QCOMPARE(stored->schedule.lifetimeActions, wanted.schedule.lifetimeActions);
        QCOMPARE(stored->schedule.expiryTime, wanted.schedule.expiryTime);
        QCOMPARE(stored->generator, wanted.generator);
        QVERIFY(stored->hasRotateAction());
        auto read = secrets.rotationPolicy(QStringLiteral("db"));
        COFFER_VERIFY_OK(read);
        QCOMPARE(*read, *stored);

        // An update keeps the creation time.
        const QDateTime firstSet = m_clock.now();
        m_clock.advanceDays(1);
        SecretRotationPolicy longer = wanted;
        longer.generator->length = 40;
        auto updated = secrets.setRotationPolicy(QStringLiteral("db"), longer);
        COFFER_VERIFY_OK(updated);
        QCOMPARE(updated->schedule.created, std::optional<QDateTime>(firstSet));
        QCOMPARE(updated->schedule.updated, std::optional<QDateTime>(m_clock.now()));
        QCOMPARE(updated->generator->length, 40);

        // Refused, naming the path and the rule; the stored policy stays.
        struct Bad
        {
            const char *json;
            const char *path;
            QString rule;
        };
        const Bad bad[] = {
                {R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}]})",
                 "lifetimeActions[0].action.type",
                 rotation::secretPolicyRuleName(rotation::SecretPolicyRule::RotateNeedsGenerator)},
                {R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}],
                    "generator":{"kind":"password","length":7}})",
                 "generator.length", rotation::generatorRuleName(rotation::GeneratorRule::PasswordLength)},
                {R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P3D"},"action":{"type":"Rotate"}}],
                    "generator":{"kind":"bytes","length":32}})",
                 "lifetimeActions[0].trigger.timeAfterCreate",
                 rotation::policyRuleName(rotation::PolicyRule::MinTimeAfterCreate)},
        };
        for (const Bad &b : bad) {
            auto refused = secrets.setRotationPolicy(QStringLiteral("db"), policy(b.json));
            COFFER_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().context().contains(QLatin1StringView(b.path)),
                     qPrintable(refused.error().context()));
            QVERIFY2(refused.error().context().contains(b.rule), qPrintable(refused.error().context()));
        }
        read = secrets.rotationPolicy(QStringLiteral("db"));
        COFFER_VERIFY_OK(read);
        QCOMPARE(*read, *updated);

        // Notify only needs no generator.
        auto notifyOnly = secrets.setRotationPolicy(
                QStringLiteral("db"), policy(R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P14D"},
                                                 "action":{"type":"Notify"}}]})"));
        COFFER_VERIFY_OK(notifyOnly);
        QVERIFY(!notifyOnly->generator);

        const QList<audit::AuditRecord> sets = records(*vault, QStringLiteral("SecretRotationPolicySet"));
        QCOMPARE(sets.size(), 6); // 3 stored, 3 refused
        int refusedCount = 0;
        for (const audit::AuditRecord &record : sets)
            refusedCount += record.result == audit::AuditResult::Success ? 0 : 1;
        QCOMPARE(refusedCount, 3);
        QVERIFY(sets.first().details.value(u"policy").toObject().contains(u"generator"));
        QCOMPARE(records(*vault, QStringLiteral("SecretRotationPolicyGet")).size(), 4);
    }

    void rotateUsesTheGenerator_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::newRow("password, some classes, no ambiguous characters") << QStringLiteral(
                R"({"kind":"password","length":24,"classes":["lower","digits"], "excludeAmbiguous":true})");
        QTest::newRow("password, every class, own symbols")
                << QStringLiteral(R"({"kind":"password","length":64,"symbols":"%+="})");
        QTest::newRow("bytes, hex") << QStringLiteral(R"({"kind":"bytes","length":32,"encoding":"hex"})");
        QTest::newRow("bytes, base64") << QStringLiteral(R"({"kind":"bytes","length":32,"encoding":"base64"})");
        QTest::newRow("bytes, base64url") << QStringLiteral(R"({"kind":"bytes","length":47,"encoding":"base64url"})");
    }

    void rotateUsesTheGenerator()
    {
        QFETCH(QString, generator);
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        NewVersionAttributes attributes;
        attributes.contentType = QStringLiteral("application/x-token");
        attributes.tags
                = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("owner"), QStringLiteral("ops")}};
        attributes.notBefore = m_clock.now();
        attributes.expires = m_clock.now().addDays(10);
        auto first = secrets.set(QStringLiteral("api"), bytes("first-value"), attributes);
        COFFER_VERIFY_OK(first);
        SecretRotationPolicy wanted = policy(kRotatingPolicy);
        auto parsed = SecretGenerator::fromJson(QJsonDocument::fromJson(generator.toUtf8()).object());
        COFFER_VERIFY_OK(parsed);
        wanted.generator = *parsed;
        COFFER_VERIFY_OK(secrets.setRotationPolicy(QStringLiteral("api"), wanted));

        m_clock.advanceDays(3);
        auto rotated = secrets.rotate(QStringLiteral("api"));
        COFFER_VERIFY_OK(rotated);
        QVERIFY(rotated->version != first->version);
        QCOMPARE(rotated->contentType, attributes.contentType);
        QCOMPARE(rotated->tags, attributes.tags);
        QVERIFY(rotated->attributes.enabled);
        QVERIFY(!rotated->attributes.notBefore);
        QCOMPARE(rotated->attributes.expires, std::optional<QDateTime>(m_clock.now().addDays(180)));
        QCOMPARE(rotated->attributes.created, m_clock.now());
        QCOMPARE(versionCount(*vault, QStringLiteral("api")), 2);
        auto old = secrets.get(QStringLiteral("api"), first->version);
        COFFER_VERIFY_OK(old);
        QCOMPARE(old->value.view().toByteArray(), QByteArray("first-value")); // older versions untouched
        QCOMPARE(old->info.attributes.expires, attributes.expires);

        auto current = secrets.get(QStringLiteral("api"));
        COFFER_VERIFY_OK(current);
        QCOMPARE(current->info.version, rotated->version);
        const QByteArray value = current->value.view().toByteArray();
        const SecretGenerator &g = *parsed;
        if (g.kind == rotation::GeneratorKind::Password) {
            QCOMPARE(value.size(), qsizetype(g.length));
            const QByteArray alphabet = g.alphabet();
            for (char c : value)
                QVERIFY2(alphabet.contains(c), qPrintable(QStringLiteral("'%1' is not allowed").arg(QLatin1Char(c))));
            for (rotation::CharClass charClass : g.classes) {
                const QByteArray members = g.alphabet(charClass);
                QVERIFY2(std::any_of(value.begin(), value.end(), [&](char c) { return members.contains(c); }),
                         qPrintable(rotation::charClassName(charClass)));
            }
            if (g.excludeAmbiguous)
                for (QChar c : SecretGenerator::ambiguousCharacters())
                    QVERIFY(!value.contains(char(c.unicode())));
        } else if (g.encoding == rotation::ByteEncoding::Hex) {
            QCOMPARE(value.size(), qsizetype(2 * g.length));
            QCOMPARE(QByteArray::fromHex(value).toHex(), value);
        } else {
            const auto options = g.encoding == rotation::ByteEncoding::Base64Url
                    ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                    : QByteArray::Base64Encoding;
            auto decoded = QByteArray::fromBase64Encoding(value, options | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), qsizetype(g.length));
            QCOMPARE(decoded.decoded.toBase64(options), value); // canonical: padding only in base64
        }

        // The notice and the record: the new version, where it came from, never the value.
        const QList<Notification> notices = noticesOf(*vault, QStringLiteral("api"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().type, NotificationType::Rotated);
        QCOMPARE(notices.first().version, rotated->version);
        QCOMPARE(notices.first().reason, QStringLiteral("rotated by hand"));
        const QList<audit::AuditRecord> rotations = records(*vault, QStringLiteral("SecretRotate"));
        QCOMPARE(rotations.size(), 1);
        QCOMPARE(rotations.first().result, audit::AuditResult::Success);
        QVERIFY(rotations.first().target.endsWith(rotated->version));
        QCOMPARE(rotations.first().details.value(u"previousVersion").toString(), first->version);

        // Another rotation: another value.
        auto again = secrets.rotate(QStringLiteral("api"));
        COFFER_VERIFY_OK(again);
        const QList<QByteArray> values = valuesOf(*vault, {QStringLiteral("api")});
        QCOMPARE(values.size(), 3);
        QVERIFY(values.at(1) != values.at(2));
        verifyNoValueRecorded(*vault, values);
    }

    void rotateWithoutGeneratorFailsClearly()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        COFFER_VERIFY_ERROR(secrets.rotate(QStringLiteral("missing")), ErrorCode::NotFound);
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("plain"), bytes("v")));
        auto byDefault = secrets.rotate(QStringLiteral("plain")); // the default policy: notify only
        COFFER_VERIFY_ERROR(byDefault, ErrorCode::InvalidArgument);
        QVERIFY2(byDefault.error().context().contains(u"no generator")
                         && byDefault.error().context().contains(u"add a \"generator\""),
                 qPrintable(byDefault.error().context()));
        const SecretRotationPolicy plainPolicy = policy(R"({"lifetimeActions":[{"trigger":{"timeBeforeExpiry":"P30D"},
                                                    "action":{"type":"Notify"}}]})");
        COFFER_VERIFY_OK(secrets.setRotationPolicy(QStringLiteral("plain"), plainPolicy));
        COFFER_VERIFY_ERROR(secrets.rotate(QStringLiteral("plain")), ErrorCode::InvalidArgument);
        QCOMPARE(versionCount(*vault, QStringLiteral("plain")), 1);
        QCOMPARE(count(*vault, "SELECT count(*) FROM notifications"), 0);
        const QList<audit::AuditRecord> rotations = records(*vault, QStringLiteral("SecretRotate"));
        QCOMPARE(rotations.size(), 3); // each failure recorded
        for (const audit::AuditRecord &record : rotations)
            QVERIFY(record.result != audit::AuditResult::Success);
    }

    void managedSecretIsLeftToItsCertificate()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        CertificatePolicy certPolicy;
        certPolicy.kty = KeyType::Ec;
        certPolicy.curve = Curve::P256;
        certPolicy.exportable = true;
        certPolicy.subject = QStringLiteral("CN=web.example.test");
        certPolicy.validityMonths = 12;
        certPolicy.issuer = IssuerKind::Self;
        auto created = vault->certificates().create(QStringLiteral("web"), certPolicy);
        COFFER_VERIFY_OK(created);
        QVERIFY(std::holds_alternative<CertificateInfo>(*created));

        auto set = secrets.setRotationPolicy(QStringLiteral("web"), policy(kRotatingPolicy));
        COFFER_VERIFY_ERROR(set, ErrorCode::Forbidden);
        QVERIFY2(set.error().context().startsWith(u"Operation \"update\" is not allowed"),
                 qPrintable(set.error().context()));
        auto rotated = secrets.rotate(QStringLiteral("web"));
        COFFER_VERIFY_ERROR(rotated, ErrorCode::Forbidden);
        QVERIFY2(rotated.error().context().startsWith(u"Operation \"rotate\" is not allowed"),
                 qPrintable(rotated.error().context()));
        COFFER_VERIFY_OK(secrets.rotationPolicy(QStringLiteral("web"))); // reading it is fine

        // Near the certificate's expiry the secret (which carries that expiry) gets no notice of its own, and a
        // secret of the same age that is not managed does: the scheduled run looks at the right rows.
        auto shown = secrets.show(QStringLiteral("web"));
        COFFER_VERIFY_OK(shown);
        QVERIFY(shown->managed);
        QVERIFY(shown->attributes.expires);
        NewVersionAttributes same;
        same.expires = shown->attributes.expires;
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("own"), bytes("v"), same));
        m_clock.set(shown->attributes.expires->addDays(-10));
        auto due = secrets.rotateDue(false);
        COFFER_VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().name, QStringLiteral("own"));
        QCOMPARE(due->first().action, DueOutcome::Action::Notified);
        QVERIFY(noticesOf(*vault, QStringLiteral("web")).isEmpty());
        QCOMPARE(versionCount(*vault, QStringLiteral("web")), 1);
    }

    void rotateDueOverTwoYears()
    {
        auto vault = makeVault();
        SecretStore &secrets = vault->secrets();
        const QDateTime start = m_clock.now();
        // rotating: every 90 days. mixed: notified 30 and rotated 10 days before each version's 60-day expiry.
        // notified: the default policy, its expiry moved out once. killed: due, but its current version is
        // disabled. plain: nothing to do.
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("rotating"), bytes("rotating-initial-value")));
        const SecretRotationPolicy rotatingPolicy
                = policy(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}],
                    "attributes":{"expiryTime":"P180D"},"generator":{"kind":"bytes","length":32}})");
        COFFER_VERIFY_OK(secrets.setRotationPolicy(QStringLiteral("rotating"), rotatingPolicy));
        NewVersionAttributes sixtyDays;
        sixtyDays.expires = start.addDays(60);
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("mixed"), bytes("mixed-initial-value"), sixtyDays));
        const SecretRotationPolicy mixedPolicy = policy(R"({"lifetimeActions":[
                    {"trigger":{"timeBeforeExpiry":"P10D"},"action":{"type":"Rotate"}},
                    {"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],
                    "attributes":{"expiryTime":"P60D"},"generator":{"kind":"password","length":20}})");
        COFFER_VERIFY_OK(secrets.setRotationPolicy(QStringLiteral("mixed"), mixedPolicy));
        NewVersionAttributes hundredDays;
        hundredDays.expires = start.addDays(100);
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("notified"), bytes("n0"), hundredDays));
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("killed"), bytes("k0")));
        const SecretRotationPolicy killedPolicy
                = policy(R"({"lifetimeActions":[{"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}}],
                    "generator":{"kind":"bytes","length":16,"encoding":"hex"}})");
        COFFER_VERIFY_OK(secrets.setRotationPolicy(QStringLiteral("killed"), killedPolicy));
        AttributeUpdate off;
        off.enabled = false; // an admin's kill switch
        COFFER_VERIFY_OK(secrets.updateAttributes(QStringLiteral("killed"), {}, off));
        COFFER_VERIFY_OK(secrets.set(QStringLiteral("plain"), bytes("p0")));

        using Action = DueOutcome::Action;
        const auto expected = [](int day) {
            QStringList out; // "name action", by name
            if (day >= 30)
                out << QStringLiteral("killed skipped");
            if (day % 50 == 0)
                out << QStringLiteral("mixed rotated");
            else if (day % 50 == 30)
                out << QStringLiteral("mixed notified");
            if (day == 70 || day == 170)
                out << QStringLiteral("notified notified");
            if (day % 90 == 0)
                out << QStringLiteral("rotating rotated");
            return out;
        };
        const auto described = [](const QList<DueOutcome> &outcomes) {
            QStringList out;
            for (const DueOutcome &o : outcomes) {
                if (o.kind != ObjectKind::Secret)
                    return QStringList {QStringLiteral("wrong kind")};
                out << o.name + u' ' + dueActionName(o.action);
            }
            return out;
        };
        int rotations = 0;
        int notices = 0;
        for (int day = 1; day <= 730; ++day) {
            m_clock.set(start.addDays(day));
            if (day == 80) { // the expiry of "notified" moves out by 100 days: its notice is due again at 170
                AttributeUpdate later;
                later.expires = std::optional<QDateTime>(start.addDays(200));
                COFFER_VERIFY_OK(secrets.updateAttributes(QStringLiteral("notified"), {}, later));
            }
            const qint64 versionsBefore = count(*vault, "SELECT count(*) FROM versions");
            const qint64 noticesBefore = count(*vault, "SELECT count(*) FROM notifications");
            auto dry = secrets.rotateDue(true);
            COFFER_VERIFY_OK(dry);
            QCOMPARE(count(*vault, "SELECT count(*) FROM versions"), versionsBefore);
            QCOMPARE(count(*vault, "SELECT count(*) FROM notifications"), noticesBefore);

            auto ran = secrets.rotateDue(false);
            COFFER_VERIFY_OK(ran);
            const QStringList did = described(*ran);
            QVERIFY2(did == expected(day),
                     qPrintable(QStringLiteral("day %1: %2").arg(day).arg(did.join(QStringLiteral(", ")))));
            // The dry run saw what the run then did.
            QStringList would = described(*dry);
            would.replaceInStrings(QStringLiteral("would-rotate"), QStringLiteral("rotated"));
            would.replaceInStrings(QStringLiteral("would-notify"), QStringLiteral("notified"));
            QCOMPARE(would, did);
            for (const DueOutcome &outcome : std::as_const(*ran)) {
                if (outcome.action == Action::Rotated) {
                    ++rotations;
                    auto current = secrets.show(outcome.name);
                    COFFER_VERIFY_OK(current);
                    QCOMPARE(current->version, outcome.newVersion);
                    QCOMPARE(current->attributes.created, m_clock.now()); // exactly on its due day
                } else if (outcome.action == Action::Notified) {
                    ++notices;
                }
            }
            // Never twice: a second run the same day finds only the skipped one.
            auto again = secrets.rotateDue(false);
            COFFER_VERIFY_OK(again);
            QCOMPARE(described(*again), day >= 30 ? QStringList {QStringLiteral("killed skipped")} : QStringList());
        }

        // rotating: days 90..720 (8); mixed: days 50..700 (14), notified at 30, 80, ..., 730 (15).
        QCOMPARE(rotations, 8 + 14);
        QCOMPARE(notices, 15 + 2);
        QCOMPARE(versionCount(*vault, QStringLiteral("rotating")), 9);
        QCOMPARE(versionCount(*vault, QStringLiteral("mixed")), 15);
        QCOMPARE(versionCount(*vault, QStringLiteral("notified")), 1);
        QCOMPARE(versionCount(*vault, QStringLiteral("killed")), 1);
        QCOMPARE(versionCount(*vault, QStringLiteral("plain")), 1);

        // Notices once per version: a "rotated" one on each version a rotation made; near_expiry on each version
        // of mixed (the last one too, at day 730), and one row for notified, moved to its re-armed time.
        QCOMPARE(noticesOf(*vault, QStringLiteral("rotating"), {NotificationType::Rotated}).size(), 8);
        QCOMPARE(noticesOf(*vault, QStringLiteral("mixed"), {NotificationType::Rotated}).size(), 14);
        const QList<Notification> mixedNear
                = noticesOf(*vault, QStringLiteral("mixed"), {NotificationType::NearExpiry});
        QCOMPARE(mixedNear.size(), 15);
        QSet<QString> notifiedVersions;
        for (const Notification &n : mixedNear)
            notifiedVersions.insert(n.version);
        QCOMPARE(notifiedVersions.size(), 15);
        const QList<Notification> moved = noticesOf(*vault, QStringLiteral("notified"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at, start.addDays(170));
        QCOMPARE(moved.first().due, std::optional<QDateTime>(start.addDays(170)));
        QVERIFY(noticesOf(*vault, QStringLiteral("killed")).isEmpty());

        // The records: one per action, with why and from which version.
        const QList<audit::AuditRecord> scheduled = records(*vault, QStringLiteral("SecretRotateIfDue"));
        QCOMPARE(scheduled.size(), rotations);
        for (const audit::AuditRecord &record : scheduled) {
            QCOMPARE(record.result, audit::AuditResult::Success);
            QVERIFY(!record.details.value(u"reason").toString().isEmpty());
            QVERIFY(!record.details.value(u"previousVersion").toString().isEmpty());
        }
        QCOMPARE(records(*vault, QStringLiteral("SecretNearExpiryEventGridNotification")).size(), notices);

        // Every generated value is distinct and none is in the log.
        const QList<QByteArray> values = valuesOf(*vault, {QStringLiteral("rotating"), QStringLiteral("mixed")});
        QCOMPARE(values.size(), 9 + 15);
        QCOMPARE(QSet<QByteArray>(values.begin(), values.end()).size(), values.size());
        verifyNoValueRecorded(*vault, values);
    }

    void accessIsCheckedAndRecorded()
    {
        auto vault = makeVault();
        const QString path = vault->path();
        const QString ownerId = vault->principalId();
        COFFER_VERIFY_OK(vault->secrets().set(QStringLiteral("shared"), bytes("shared-initial-value")));
        COFFER_VERIFY_OK(vault->secrets().setRotationPolicy(QStringLiteral("shared"), policy(kRotatingPolicy)));
        COFFER_VERIFY_OK(vault->access().createUser(QStringLiteral("carol"), SecureString::fromUtf8("carol-pw"),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(vault->access().assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("carol"),
                                                access::Scope::vault()));
        COFFER_VERIFY_OK(vault->access().createUser(QStringLiteral("olga"), SecureString::fromUtf8("olga-pw"),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(vault->access().assign(QStringLiteral("Key Vault Secrets Officer"), QStringLiteral("olga"),
                                                access::Scope::vault()));
        vault.reset();

        m_clock.advanceDays(91); // the rotation is due
        {
            auto carol = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("carol-pw")), m_clock);
            COFFER_VERIFY_OK(carol);
            SecretStore &secrets = (*carol)->secrets();
            COFFER_VERIFY_OK(secrets.get(QStringLiteral("shared")));
            COFFER_VERIFY_OK(secrets.rotationPolicy(QStringLiteral("shared")));
            COFFER_VERIFY_ERROR(secrets.rotate(QStringLiteral("shared")), ErrorCode::Forbidden);
            COFFER_VERIFY_ERROR(secrets.setRotationPolicy(QStringLiteral("shared"), policy(kRotatingPolicy)),
                                ErrorCode::Forbidden);
            auto due = secrets.rotateDue(false); // as herself: denied, reported, nothing rotated
            COFFER_VERIFY_OK(due);
            QCOMPARE(due->size(), 1);
            QCOMPARE(due->first().action, DueOutcome::Action::Failed);
            QVERIFY2(due->first().reason.contains(u"Forbidden"), qPrintable(due->first().reason));
            QCOMPARE(versionCount(**carol, QStringLiteral("shared")), 1);
        }
        {
            auto olga = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("olga-pw")), m_clock);
            COFFER_VERIFY_OK(olga);
            COFFER_VERIFY_OK((*olga)->secrets().rotate(QStringLiteral("shared")));
        }
        auto owner = Vault::open(path, Credential::passphrase(SecureString::fromUtf8("pw")), m_clock);
        COFFER_VERIFY_OK(owner);
        const QList<audit::AuditRecord> rotations = records(**owner, QStringLiteral("SecretRotate"));
        QCOMPARE(rotations.size(), 2);
        QCOMPARE(rotations.at(0).principalName, QStringLiteral("carol"));
        QCOMPARE(rotations.at(0).result, audit::AuditResult::Forbidden);
        QCOMPARE(rotations.at(1).principalName, QStringLiteral("olga"));
        QCOMPARE(rotations.at(1).result, audit::AuditResult::Success);
        const QList<audit::AuditRecord> scheduled = records(**owner, QStringLiteral("SecretRotateIfDue"));
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.first().result, audit::AuditResult::Forbidden);
        QCOMPARE(records(**owner, QStringLiteral("SecretRotationPolicySet")).last().result,
                 audit::AuditResult::Forbidden);

        // Run as the vault's system principal (as Vault::runDue does): allowed by its roles, recorded as it.
        m_clock.advanceDays(91);
        auto ran = (*owner)->engine().runAsSystem([&] { return (*owner)->secrets().rotateDue(false); });
        COFFER_VERIFY_OK(ran);
        QCOMPARE(ran->size(), 1);
        QCOMPARE(ran->first().action, DueOutcome::Action::Rotated);
        auto systemId = meta::get((*owner)->database(), meta::kSystemPrincipalId);
        COFFER_VERIFY_OK(systemId);
        const audit::AuditRecord bySystem = records(**owner, QStringLiteral("SecretRotateIfDue")).last();
        QCOMPARE(bySystem.result, audit::AuditResult::Success);
        QCOMPARE(bySystem.principalId, *systemId);
        QCOMPARE(bySystem.details.value(u"initiatedBy").toString(), QStringLiteral("schedule"));
        QCOMPARE(bySystem.details.value(u"triggeredBy").toString(), ownerId);
        verifyNoValueRecorded(**owner, valuesOf(**owner, {QStringLiteral("shared")}));
    }
};

QTEST_GUILESS_MAIN(TestSecretRotation)
#include "TestSecretRotation.moc"
