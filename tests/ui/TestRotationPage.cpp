// The Rotation & expiry page (Ctrl+9) offscreen on a real vault (FakeClock): a secret rotating with a generator, a
// key with a rotation policy (both overdue when the console opens), a secret expiring soon, one expired, and a
// self-signed certificate that renews itself. The calendar's rows, groups and states; screenshots at three zoom
// levels and with a time-shift of 3, 12 and 24 months (test-output/screenshots/70-*, 71-*); a time-shift writes
// nothing; clicking a mark or pressing Enter on a row opens the object; "Run due now" rotates what is due once and
// the notices panel lists the notices; the Overview heatmap's month opens the calendar there; the console's own
// timer runs what comes due while it is open.

#include "core/rotation/RotationPolicy.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/CertificatePolicy.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/NotificationModel.h"
#include "models/ScheduleModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/CertificatesPage.h"
#include "ui/KeysPage.h"
#include "ui/MainWindow.h"
#include "ui/PropertiesPage.h"
#include "ui/RotationPage.h"
#include "ui/ScheduleCalendar.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using models::ScheduleModel;
using rotation::EventKind;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "rotation page test passphrase";
const QDateTime kCreated(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
// 33 days later: the 30-day rotations of s-rotating and k-rotating are three days overdue.
const QDateTime kNow(QDate(2026, 2, 3), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = ui::ScheduleCalendar::kDayMsecs;

QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}
} // namespace

class TestRotationPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {kCreated};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::RotationPage *page() { return workspace()->rotationPage(); }
    ScheduleModel *model() { return page()->scheduleModel(); }
    ui::ScheduleCalendar *calendar() { return page()->calendar(); }
    Vault &vault() { return *m_window->currentSession()->vault(); }
    int secretVersions(const QString &name)
    {
        auto versions = vault().secrets().listVersions(name);
        return versions ? int(versions->size()) : -1;
    }
    int keyVersions(const QString &name)
    {
        auto versions = vault().keys().listVersions(name);
        return versions ? int(versions->size()) : -1;
    }
    int noticeCount()
    {
        auto notices = vault().notifications();
        return notices ? int(notices->size()) : -1;
    }
    const ScheduleEntry *entryOf(ObjectKind kind, const QString &name)
    {
        const int row = model()->rowOf(kind, name);
        return row < 0 ? nullptr : &model()->entry(row);
    }
    std::optional<ScheduleState> stateOf(ObjectKind kind, const QString &name)
    {
        const ScheduleEntry *entry = entryOf(kind, name);
        return entry ? std::optional(entry->state) : std::nullopt;
    }
    void press(QWidget *target, const char *keys)
    {
        QTest::keySequence(target, QKeySequence(QString::fromLatin1(keys)));
    }

    void seed(Vault &v)
    {
        rotation::SecretRotationPolicy secretPolicy;
        secretPolicy.schedule.lifetimeActions
                << rotation::LifetimeAction::rotateAfterCreate(rotation::IsoDuration::ofDays(30));
        secretPolicy.generator = rotation::SecretGenerator::password(32);
        COFFER_VERIFY_OK(v.secrets().set(QStringLiteral("s-rotating"), SecureBytes(QByteArrayView("first"))));
        COFFER_VERIFY_OK(v.secrets().setRotationPolicy(QStringLiteral("s-rotating"), secretPolicy));

        NewVersionAttributes soon;
        soon.expires = noon(2, 20); // within 30 days of kNow
        COFFER_VERIFY_OK(v.secrets().set(QStringLiteral("s-soon"), SecureBytes(QByteArrayView("v")), soon));
        NewVersionAttributes gone;
        gone.expires = noon(1, 20); // before kNow
        COFFER_VERIFY_OK(v.secrets().set(QStringLiteral("s-expired"), SecureBytes(QByteArrayView("v")), gone));

        KeyCreateRequest key;
        key.spec = KeySpec::ec(crypto::Curve::P256);
        COFFER_VERIFY_OK(v.keys().create(QStringLiteral("k-rotating"), key));
        auto keyPolicy = rotation::RotationPolicy::fromJson(QJsonDocument::fromJson(R"({"lifetimeActions":[
            {"trigger":{"timeAfterCreate":"P30D"},"action":{"type":"Rotate"}}],
            "attributes":{"expiryTime":"P90D"}})")
                                                                    .object());
        COFFER_VERIFY_OK(keyPolicy);
        COFFER_VERIFY_OK(v.keys().setRotationPolicy(QStringLiteral("k-rotating"), *keyPolicy));

        CertificatePolicy cert;
        cert.kty = KeyType::Ec;
        cert.curve = crypto::Curve::P256;
        cert.exportable = true;
        cert.subject = QStringLiteral("CN=web.example.test");
        cert.dnsNames = {QStringLiteral("web.example.test")};
        cert.keyUsage = crypto::KeyUsages(crypto::KeyUsageBit::DigitalSignature);
        cert.validityMonths = 12;
        cert.lifetimeActions = {{80, std::nullopt, LifetimeActionType::AutoRenew}};
        cert.issuer = IssuerKind::Self;
        auto created = v.certificates().create(QStringLiteral("c-web"), cert);
        COFFER_VERIFY_OK(created);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Coffer"), QStringLiteral("Coffer")).clear();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Schedule");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        seed(*created->vault);
        const QString path = created->vault->path();
        created->vault.reset();
        m_clock.set(kNow);

        // The console's own timer stays off until the last test switches it on: the others run by hand.
        m_settings = std::make_unique<models::AppSettings>();
        m_settings->setRunDueActions(false);
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        QSettings(QStringLiteral("Coffer"), QStringLiteral("Coffer")).clear();
    }

    void rowsGroupsAndStates()
    {
        press(m_window.get(), "Ctrl+9");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("rotation"));
        QVERIFY(page()->isVisible());
        QVERIFY(!child<QCheckBox>(page(), "runDueActionsCheck")->isChecked());
        QCOMPARE(model()->rowCount(), 5);
        const QList<ScheduleModel::Group> groups = model()->groups();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).kind, ObjectKind::Secret);
        QCOMPARE(groups.at(0).count, 3);
        QCOMPARE(groups.at(1).count, 1);
        QCOMPARE(groups.at(2).count, 1);
        QCOMPARE(stateOf(ObjectKind::Secret, QStringLiteral("s-rotating")), ScheduleState::Overdue);
        QCOMPARE(stateOf(ObjectKind::Key, QStringLiteral("k-rotating")), ScheduleState::Overdue);
        QCOMPARE(stateOf(ObjectKind::Secret, QStringLiteral("s-soon")), ScheduleState::Soon);
        QCOMPARE(stateOf(ObjectKind::Secret, QStringLiteral("s-expired")), ScheduleState::Expired);
        QCOMPARE(stateOf(ObjectKind::Certificate, QStringLiteral("c-web")), ScheduleState::Ok);
        // The secret's next rotation was due 30 days after its creation.
        const ScheduleEntry *rotating = entryOf(ObjectKind::Secret, QStringLiteral("s-rotating"));
        QVERIFY(rotating && rotating->nextAction);
        QVERIFY(*rotating->nextAction <= kNow);
        QVERIFY(*rotating->nextAction >= kCreated.addDays(30));
        QVERIFY(page()->summaryLabel()->text().contains(u"5 of 5 objects shown"));
        // Filters: kind, state, text.
        page()->setKindFilter(ObjectKind::Secret);
        QCOMPARE(model()->rowCount(), 3);
        page()->setStateFilter(ScheduleState::Overdue);
        QCOMPARE(model()->rowCount(), 1);
        page()->setKindFilter(std::nullopt);
        QCOMPARE(model()->rowCount(), 2);
        page()->setStateFilter(std::nullopt);
        page()->setFilterText(QStringLiteral("c-web"));
        QCOMPARE(model()->rowCount(), 1);
        page()->setFilterText({});
        QCOMPARE(model()->rowCount(), 5);
    }

    void zoomLevels()
    {
        calendar()->showMonths(1);
        QVERIFY(calendar()->span() <= 35 * kDay);
        QVERIFY(calendar()->rangeStart() <= kNow.toMSecsSinceEpoch());
        QVERIFY(kNow.toMSecsSinceEpoch() <= calendar()->rangeEnd());
        shot(m_window.get(), QStringLiteral("70-rotation-1-month"));
        calendar()->showMonths(6);
        QVERIFY(calendar()->span() >= 170 * kDay && calendar()->span() <= 190 * kDay);
        shot(m_window.get(), QStringLiteral("70-rotation-6-months"));
        const qint64 before = calendar()->span();
        press(calendar(), "Ctrl+-");
        QVERIFY(calendar()->span() > before);
        calendar()->showMonths(24);
        QVERIFY(calendar()->span() >= 700 * kDay);
        shot(m_window.get(), QStringLiteral("70-rotation-24-months"));
        calendar()->showMonths(6);
    }

    void timeShiftWritesNothing()
    {
        const int rotatingVersions = secretVersions(QStringLiteral("s-rotating"));
        const int keyVersionCount = keyVersions(QStringLiteral("k-rotating"));
        const int notices = noticeCount();
        QCOMPARE(rotatingVersions, 1);
        QCOMPARE(keyVersionCount, 1);
        for (int months : {3, 12, 24}) {
            page()->setTimeShift(months);
            QCOMPARE(page()->plannedNow(), kNow.addMonths(months));
            QVERIFY(page()->previewBanner()->isVisible());
            QVERIFY(calendar()->isPreview());
            QVERIFY(!child<QAction>(m_window.get(), "actionRunDueNow")->isEnabled());
            shot(m_window.get(), QStringLiteral("71-rotation-shift-%1-months").arg(months, 2, 10, QLatin1Char('0')));
        }
        // 24 months on, the certificate (12 months, renews at 80%) is past its renewal and its end.
        QVERIFY(stateOf(ObjectKind::Certificate, QStringLiteral("c-web")) != ScheduleState::Ok);
        QCOMPARE(secretVersions(QStringLiteral("s-rotating")), rotatingVersions);
        QCOMPARE(keyVersions(QStringLiteral("k-rotating")), keyVersionCount);
        QCOMPARE(noticeCount(), notices);
        click(child<QPushButton>(page(), "leavePreviewButton"));
        QCOMPARE(page()->timeShift(), 0);
        QVERIFY(!page()->previewBanner()->isVisible());
        QCOMPARE(page()->plannedNow(), kNow);
        QCOMPARE(stateOf(ObjectKind::Certificate, QStringLiteral("c-web")), ScheduleState::Ok);
    }

    void markAndRowOpenTheObject()
    {
        calendar()->showMonths(6);
        const std::optional<QPoint> mark
                = calendar()->markPosition(ObjectKind::Key, QStringLiteral("k-rotating"), EventKind::Rotate);
        QVERIFY(mark);
        QTest::mouseClick(calendar(), Qt::LeftButton, {}, *mark);
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("keys"));
        QCOMPARE(workspace()->keysPage()->currentKey(), QStringLiteral("k-rotating"));

        press(m_window.get(), "Ctrl+9");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("rotation"));
        calendar()->setFocus();
        calendar()->setSelectedRow(model()->rowOf(ObjectKind::Secret, QStringLiteral("s-soon")));
        QTest::keyClick(calendar(), Qt::Key_Return);
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("secrets"));
        QCOMPARE(workspace()->secretsPage()->currentSecret(), QStringLiteral("s-soon"));
        press(m_window.get(), "Ctrl+9");
    }

    void runDueNowRotatesOnce()
    {
        m_prompter.confirmAnswer = false;
        QVERIFY(!page()->runDueNow()); // declined: nothing runs
        QCOMPARE(secretVersions(QStringLiteral("s-rotating")), 1);

        m_prompter.confirmAnswer = true;
        QVERIFY(page()->runDueNow());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), 30000);
        QVERIFY(page()->outcomesPanel()->isVisible());
        QCOMPARE(secretVersions(QStringLiteral("s-rotating")), 2);
        QCOMPARE(keyVersions(QStringLiteral("k-rotating")), 2);
        QCOMPARE(secretVersions(QStringLiteral("s-soon")), 1); // notified, not rotated: it has no generator
        QStringList outcomes;
        for (int i = 0; i < page()->outcomesList()->count(); ++i)
            outcomes << page()->outcomesList()->item(i)->text();
        QVERIFY2(outcomes.filter(QStringLiteral("s-rotating")).size() == 1, qPrintable(outcomes.join(u'\n')));
        QVERIFY2(outcomes.filter(QStringLiteral("k-rotating")).size() == 1, qPrintable(outcomes.join(u'\n')));
        // The notices: s-soon near expiry, s-expired expired, one "rotated" per rotation.
        auto notices = vault().notifications();
        COFFER_VERIFY_OK(notices);
        QStringList seen;
        for (const Notification &n : *notices)
            seen << n.name + u':' + notificationTypeName(n.type);
        QVERIFY2(seen.contains(QStringLiteral("s-soon:near_expiry")), qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(QStringLiteral("s-expired:expired")), qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(QStringLiteral("s-rotating:rotated")), qPrintable(seen.join(u' ')));
        QCOMPARE(page()->notificationModel()->rowCount(), int(notices->size()));
        QCOMPARE(stateOf(ObjectKind::Secret, QStringLiteral("s-rotating")), ScheduleState::Ok);
        shot(m_window.get(), QStringLiteral("72-rotation-after-run"));

        // Again at the same instant: nothing is due.
        const int count = noticeCount();
        QVERIFY(page()->runDueNow());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), 30000);
        QCOMPARE(secretVersions(QStringLiteral("s-rotating")), 2);
        QCOMPARE(keyVersions(QStringLiteral("k-rotating")), 2);
        QCOMPARE(noticeCount(), count);
        QCOMPARE(page()->outcomesList()->count(), 0);
    }

    void heatmapMonthOpensTheCalendar()
    {
        workspace()->showPage(QStringLiteral("properties"));
        Q_EMIT workspace()->propertiesPage()->scheduleMonthActivated(int(ObjectKind::Key), QDate(2026, 5, 1));
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("rotation"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->entry(0).name, QStringLiteral("k-rotating"));
        const qint64 may = QDateTime(QDate(2026, 5, 1), QTime(0, 0)).toMSecsSinceEpoch();
        QVERIFY(calendar()->rangeStart() < may && may < calendar()->rangeEnd());
        QVERIFY(calendar()->span() <= 100 * kDay);
        shot(m_window.get(), QStringLiteral("72-rotation-from-heatmap"));
        page()->setKindFilter(std::nullopt);
    }

    void theConsoleRunsWhatComesDue()
    {
        // 31 days on, s-rotating's second version is due; switching the setting on runs it without a click.
        m_clock.advanceDays(31);
        QCOMPARE(secretVersions(QStringLiteral("s-rotating")), 2);
        auto *box = child<QCheckBox>(page(), "runDueActionsCheck");
        QVERIFY(box->isVisible() && box->isEnabled());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); // on its indicator
        QVERIFY(box->isChecked());
        QVERIFY(models::AppSettings().runDueActions());
        QTRY_COMPARE_WITH_TIMEOUT(secretVersions(QStringLiteral("s-rotating")), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->outcomesPanel()->isVisible(), 10000);
        QVERIFY(page()->outcomesList()->count() >= 1);
    }
};

QTEST_MAIN(TestRotationPage)
#include "TestRotationPage.moc"
