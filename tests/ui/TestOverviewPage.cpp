// The Overview page (Ctrl+1, the first page of an unlocked vault) offscreen on a real vault (FakeClock, 2026-04-15):
// counts per kind and of deleted objects; warnings for an expired secret, an overdue rotation, a secret expiring
// soon, purge protection off, a key without rotation policy and a one-version secret older than 90 days; the next
// 30 days list the key rotation, the expiry and the overdue rotation at their times; recent activity shows the
// audit log's newest records. Counts, warnings and events lead to their pages and objects; "Turn On Purge
// Protection…" asks first, then turns it on for good (Properties shows it; the warning goes). A principal who may
// not read the audit log sees a note instead of records. Screenshot: test-output/screenshots/15-overview.

#include "core/access/AccessControl.h"
#include "core/access/Scope.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/PropertiesModel.h"
#include "models/VaultOverview.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/KeysPage.h"
#include "ui/MainWindow.h"
#include "ui/OverviewPage.h"
#include "ui/PropertiesPage.h"
#include "ui/Theme.h"
#include "ui/VaultWorkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using Overview = models::VaultOverview;

namespace {
using coffer::test::shot;
const QByteArray kPassphrase = "overview test passphrase";
const QByteArray kBobPassphrase = "bob's own passphrase";
const QDateTime kCreated(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC);

QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

// The warning ids in the table, top to bottom.
QStringList warningIds(const QTableWidget *table)
{
    QStringList ids;
    for (int row = 0; row < table->rowCount(); ++row)
        if (const QTableWidgetItem *item = table->item(row, 0))
            ids << item->data(Qt::UserRole + 3).toString();
    return ids;
}

int rowOf(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    return -1;
}
} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {kCreated};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::OverviewPage *page() { return m_window->workspace()->overviewPage(); }
    void setSecret(Vault &vault, const QString &name, std::optional<QDateTime> expires)
    {
        NewVersionAttributes attributes;
        attributes.expires = expires;
        COFFER_VERIFY_OK(vault.secrets().set(name, SecureBytes(QByteArrayView("value")), attributes));
    }
    void unlock(const QByteArray &passphrase)
    {
        QVERIFY(m_window->openVault(m_path, false));
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(passphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
    }
    void showOverview()
    {
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("overview"));
        QVERIFY(page()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Overview");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        // Everything is made on Jan 1; the console opens on Apr 15.
        setSecret(vault, QStringLiteral("s-old"), std::nullopt); // one version, 104 days old, no policy
        setSecret(vault, QStringLiteral("s-expired"), noon(4, 1));
        setSecret(vault, QStringLiteral("s-soon"), noon(4, 30));
        setSecret(vault, QStringLiteral("s-rotating"), std::nullopt);
        rotation::SecretRotationPolicy secretPolicy;
        secretPolicy.schedule.lifetimeActions << rotation::LifetimeAction::rotateAfterCreate(
                rotation::IsoDuration::ofDays(90)); // due Apr 1, not run: overdue
        secretPolicy.generator = rotation::SecretGenerator::password(32);
        COFFER_VERIFY_OK(vault.secrets().setRotationPolicy(QStringLiteral("s-rotating"), secretPolicy));
        KeyCreateRequest key;
        key.spec = KeySpec::ec(crypto::Curve::P256);
        COFFER_VERIFY_OK(vault.keys().create(QStringLiteral("k-nopolicy"), key));
        COFFER_VERIFY_OK(vault.keys().create(QStringLiteral("k-policy"), key));
        rotation::RotationPolicy keyPolicy;
        keyPolicy.lifetimeActions << rotation::LifetimeAction::rotateAfterCreate(
                rotation::IsoDuration::ofDays(120)); // May 1: within the next 30 days
        COFFER_VERIFY_OK(vault.keys().setRotationPolicy(QStringLiteral("k-policy"), keyPolicy));
        // bob may read secrets but not the audit log.
        COFFER_VERIFY_OK(vault.access().createUser(QStringLiteral("bob"), SecureString::fromUtf8(kBobPassphrase),
                                                   Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(vault.access().assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("bob"),
                                               access::Scope::vault()));
        m_clock.set(noon(4, 10)); // deleted 5 days ago: within the 90 days' retention
        setSecret(vault, QStringLiteral("s-gone"), std::nullopt);
        COFFER_VERIFY_OK(vault.secrets().remove(QStringLiteral("s-gone")));
        m_path = vault.path();
        created->vault.reset();
        m_clock.set(kNow);

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1280, 960);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        unlock(kPassphrase);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void opensFirst()
    {
        QCOMPARE(m_window->workspace()->pageIds().first(), QStringLiteral("overview"));
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("overview"));
        QVERIFY(page()->isVisible());
        QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("overviewTitle"))->text(),
                 QStringLiteral("Overview — Overview"));
    }

    void countsPerKind()
    {
        showOverview();
        QCOMPARE(page()->countButton(0)->text(), QStringLiteral("4\nSecrets"));
        QCOMPARE(page()->countButton(1)->text(), QStringLiteral("2\nKeys"));
        QCOMPARE(page()->countButton(2)->text(), QStringLiteral("0\nCertificates"));
        QCOMPARE(page()->countButton(3)->text(), QStringLiteral("1\nDeleted"));
        QCOMPARE(page()->countButton(0)->toolTip(), QStringLiteral("1 expired"));
        QCOMPARE(page()->countButton(1)->accessibleName(), QStringLiteral("Keys: 2. All enabled and valid"));
    }

    void warningsNameWhatIsWrong()
    {
        showOverview();
        QCOMPARE(warningIds(page()->warningsView()),
                 (QStringList {QStringLiteral("expired-secrets"), QStringLiteral("overdue-secrets"),
                               QStringLiteral("expiring-secrets"), QStringLiteral("purge-protection"),
                               QStringLiteral("keys-without-policy"), QStringLiteral("secrets-never-rotated")}));
        const QTableWidget *table = page()->warningsView();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Expired: 1 secret. Whatever uses them fails now."));
        QVERIFY(table->item(0, 0)->toolTip().contains(QStringLiteral("s-expired")));
        QCOMPARE(table->item(4, 0)->text(),
                 QStringLiteral("No rotation policy: 1 key. They are never rotated unless someone remembers to."));
        QVERIFY(table->item(4, 0)->toolTip().endsWith(QStringLiteral("k-nopolicy")));
        // s-old is 104 days old with one version; s-soon and s-expired too, but each has its own warning above
        // only when it expires: the never-rotated rule is about age and policy.
        QVERIFY(table->item(5, 0)->text().startsWith(QStringLiteral("Never rotated: ")));
        QVERIFY(table->item(5, 0)->toolTip().contains(QStringLiteral("s-old")));
        QVERIFY(!table->item(5, 0)->toolTip().contains(QStringLiteral("s-rotating")));
        QVERIFY(page()->purgeProtectionButton()->isVisible());
    }

    void nextThirtyDays()
    {
        showOverview();
        const QTableWidget *table = page()->upcomingView();
        const int overdue = rowOf(table, 2, QStringLiteral("s-rotating"));
        QVERIFY(overdue >= 0);
        QCOMPARE(table->item(overdue, 3)->text(), QStringLiteral("overdue"));
        const int expiry = rowOf(table, 2, QStringLiteral("s-soon"));
        QVERIFY(expiry > overdue);
        QCOMPARE(table->item(expiry, 3)->text(), QStringLiteral("expires"));
        QCOMPARE(table->item(expiry, 0)->toolTip(), QStringLiteral("2026-04-30 12:00:00Z"));
        const int rotation = rowOf(table, 2, QStringLiteral("k-policy"));
        QVERIFY(rotation > expiry);
        QCOMPARE(table->item(rotation, 3)->text(), QStringLiteral("rotates"));
        QCOMPARE(table->item(rotation, 0)->toolTip(), QStringLiteral("2026-05-01 12:00:00Z"));
        QCOMPARE(rowOf(table, 2, QStringLiteral("k-nopolicy")), -1); // nothing planned
        QCOMPARE(rowOf(table, 2, QStringLiteral("s-expired")), -1); // expired before the window
    }

    void recentActivity()
    {
        showOverview();
        const QTableWidget *table = page()->recentView();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), Overview::kRecentRecords);
        // Every record is on screen without scrolling the table, and the page scrolls instead.
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QVERIFY(table->visibleRegion().boundingRect().height() >= table->rowHeight(0) * 3);
        QVERIFY(rowOf(table, 1, QStringLiteral("owner")) >= 0);
        // Listings (every page's and this page's own) are left out; changes stay.
        QVERIFY(rowOf(table, 2, QStringLiteral("SecretDelete")) >= 0);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY2(!table->item(row, 2)->text().contains(QStringLiteral("List")),
                     qPrintable(table->item(row, 2)->text()));
        shot(m_window.get(), QStringLiteral("15-overview"));
        ui::theme::apply(QStringLiteral("dark")); // the same page in the dark palette
        shot(m_window.get(), QStringLiteral("15-overview-dark"));
        ui::theme::apply(QStringLiteral("system"));
    }

    void everythingLeadsSomewhere()
    {
        showOverview();
        QTest::mouseClick(page()->countButton(1), Qt::LeftButton);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("keys"));
        showOverview();
        QTest::mouseClick(page()->countButton(3), Qt::LeftButton);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("deleted"));

        showOverview();
        QTableWidget *warnings = page()->warningsView();
        warnings->setFocus();
        warnings->setCurrentCell(4, 0); // keys-without-policy, one key
        QTest::keyClick(warnings, Qt::Key_Return);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("keys"));
        QCOMPARE(m_window->workspace()->keysPage()->currentKey(), QStringLiteral("k-nopolicy"));

        showOverview();
        warnings = page()->warningsView();
        warnings->setFocus();
        warnings->setCurrentCell(3, 0); // purge protection → Properties
        QTest::keyClick(warnings, Qt::Key_Return);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("properties"));

        showOverview();
        QTableWidget *upcoming = page()->upcomingView();
        upcoming->setFocus();
        upcoming->setCurrentCell(rowOf(upcoming, 2, QStringLiteral("k-policy")), 0);
        QTest::keyClick(upcoming, Qt::Key_Return);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("keys"));
        QCOMPARE(m_window->workspace()->keysPage()->currentKey(), QStringLiteral("k-policy"));
    }

    void purgeProtectionAsksThenTurnsOn()
    {
        showOverview();
        m_prompter.confirmAnswer = false;
        QTest::mouseClick(page()->purgeProtectionButton(), Qt::LeftButton);
        QVERIFY(m_prompter.questions.last().contains(QStringLiteral("can never be turned off")));
        QVERIFY(!m_window->currentSession()->properties()->purgeProtection);
        QVERIFY(warningIds(page()->warningsView()).contains(QStringLiteral("purge-protection")));

        m_prompter.confirmAnswer = true;
        QTest::mouseClick(page()->purgeProtectionButton(), Qt::LeftButton);
        QVERIFY(m_window->currentSession()->properties()->purgeProtection);
        QVERIFY(!warningIds(page()->warningsView()).contains(QStringLiteral("purge-protection")));
        QVERIFY(!page()->purgeProtectionButton()->isVisible());
        QVERIFY(m_prompter.errors.isEmpty());
        const models::PropertiesModel *properties = m_window->workspace()->propertiesPage()->propertiesModel();
        bool shown = false;
        for (int row = 0; row < properties->rowCount(); ++row)
            shown = shown || properties->index(row, 1).data().toString() == QStringLiteral("On (cannot be turned off)");
        QVERIFY(shown);
    }

    void withoutAuditReadANote()
    {
        m_window->currentSession()->lock();
        unlock(kBobPassphrase);
        showOverview();
        QVERIFY(!page()->recentView()->isVisible());
        const auto *note = page()->findChild<QLabel *>(QStringLiteral("overviewRecentNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("You may not read this vault's audit log."));
        // bob may list secrets only: the other kinds show a dash.
        QCOMPARE(page()->countButton(0)->text(), QStringLiteral("4\nSecrets"));
        QCOMPARE(page()->countButton(1)->text(), QStringLiteral("—\nKeys"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
