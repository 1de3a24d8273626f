// The Properties page's "Expiry and rotation, next 12 months" offscreen on a real vault (FakeClock): secrets and a
// key expiring in different months, a secret rotating every 90 days, one already expired, one expiring within 30
// days → the heatmap's cells and the totals match; the cell text, tooltip and accessible description; clicking a
// cell and Enter after the arrow keys emit scheduleMonthActivated(kind, month); a principal who may list no kind
// sees a short note instead. Screenshot: test-output/screenshots/83-properties-expiry-heatmap.

#include "core/access/AccessControl.h"
#include "core/access/Scope.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/ExpiryHeatmapData.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/ExpiryHeatmap.h"
#include "ui/MainWindow.h"
#include "ui/PropertiesPage.h"
#include "ui/VaultWorkspace.h"

#include <QApplication>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace coffer;
using models::ExpiryHeatmapData;

namespace {
using coffer::test::child;
using coffer::test::shot;
const QByteArray kPassphrase = "heatmap test passphrase";
const QByteArray kBobPassphrase = "bob's own passphrase";
const QDateTime kCreated(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

constexpr int kSecrets = 0;
constexpr int kKeys = 1;
constexpr int kCertificates = 2;
} // namespace

class TestExpiryHeatmap : public QObject
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
    ui::PropertiesPage *page() { return m_window->workspace()->propertiesPage(); }
    ui::ExpiryHeatmap *heatmap() { return child<ui::ExpiryHeatmap>(page(), "expiryHeatmap"); }
    std::unique_ptr<Vault> createVault(const QString &name)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a vault: %s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }
    void setSecret(Vault &vault, const QString &name, std::optional<QDateTime> expires)
    {
        NewVersionAttributes attributes;
        attributes.expires = expires;
        COFFER_VERIFY_OK(vault.secrets().set(name, SecureBytes(QByteArrayView("value")), attributes));
    }
    void unlock(const QString &path, const QByteArray &passphrase)
    {
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(passphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
        m_window->workspace()->showPage(QStringLiteral("properties"));
        QVERIFY(page()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        // Everything is made on Jan 1; the console opens on Jan 10 (all at noon UTC: the same month everywhere).
        std::unique_ptr<Vault> vault = createVault(QStringLiteral("Heatmap"));
        setSecret(*vault, QStringLiteral("s-expired"), noon(1, 5));
        setSecret(*vault, QStringLiteral("s-soon"), noon(1, 30));
        setSecret(*vault, QStringLiteral("s-march-1"), noon(3, 15));
        setSecret(*vault, QStringLiteral("s-march-2"), noon(3, 20));
        setSecret(*vault, QStringLiteral("s-june"), noon(6, 15));
        setSecret(*vault, QStringLiteral("s-rotating"), std::nullopt);
        rotation::SecretRotationPolicy policy;
        policy.schedule.lifetimeActions << rotation::LifetimeAction::rotateAfterCreate(
                rotation::IsoDuration::ofDays(90));
        policy.generator = rotation::SecretGenerator::password(32);
        COFFER_VERIFY_OK(vault->secrets().setRotationPolicy(QStringLiteral("s-rotating"), policy));
        KeyCreateRequest key;
        key.spec = KeySpec::ec(crypto::Curve::P256);
        key.attributes.expires = noon(5, 15);
        COFFER_VERIFY_OK(vault->keys().create(QStringLiteral("k-may"), key));
        const QString path = vault->path();
        vault.reset();
        m_clock.set(kNow);

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        unlock(path, kPassphrase);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void cellsMatchTheVault()
    {
        QVERIFY(child<QGroupBox>(page(), "scheduleBox")->isVisible());
        QVERIFY(!child<QLabel>(page(), "scheduleNote")->isVisible());
        const ExpiryHeatmapData &data = heatmap()->data();
        QVERIFY(data.isValid());
        QCOMPARE(data.firstMonth(), QDate(2026, 1, 1));
        // Expected (row, column) → (expiries, rotations); every other cell is empty.
        QMap<QPair<int, int>, QPair<int, int>> expected {
                {{kSecrets, 0}, {1, 0}}, // s-soon, Jan 30 (s-expired is in the past: the Expired total)
                {{kSecrets, 2}, {2, 0}}, // s-march-1, s-march-2
                // s-rotating was made on Jan 1 and rotates 90 days after each version's creation: Apr 1, Jun 30,
                // Sep 28, Dec 27.
                {{kSecrets, 3}, {0, 1}},
                {{kSecrets, 5}, {1, 1}}, // s-june, and s-rotating on Jun 30
                {{kSecrets, 8}, {0, 1}},
                {{kSecrets, 11}, {0, 1}},
                {{kKeys, 4}, {1, 0}}, // k-may
        };
        for (int row = 0; row < ExpiryHeatmapData::kRows; ++row) {
            for (int column = 0; column < ExpiryHeatmapData::kMonths; ++column) {
                const models::HeatmapCell &cell = data.cell(row, column);
                const QPair<int, int> want = expected.value({row, column}, {0, 0});
                QVERIFY2(cell.expiries == want.first && cell.rotations == want.second,
                         qPrintable(QStringLiteral("row %1, column %2: %3 expiries, %4 rotations")
                                            .arg(row)
                                            .arg(column)
                                            .arg(cell.expiries)
                                            .arg(cell.rotations)));
                QCOMPARE(heatmap()->cellText(row, column),
                         cell.total() > 0 ? QString::number(cell.total()) : QString());
            }
        }
        QCOMPARE(data.cell(kSecrets, 2).expiryNames,
                 (QStringList {QStringLiteral("s-march-1"), QStringLiteral("s-march-2")}));
        QVERIFY(!data.isHidden(kCertificates));
        QCOMPARE(child<QLabel>(page(), "expiringSoonTotal")->text(), QStringLiteral("Expire within 30 days: 1"));
        QCOMPARE(child<QLabel>(page(), "expiredTotal")->text(), QStringLiteral("Expired: 1"));
        QCOMPARE(child<QLabel>(page(), "overdueTotal")->text(), QStringLiteral("Overdue: 0"));
        shot(m_window.get(), QStringLiteral("83-properties-expiry-heatmap"));
    }

    void tooltipAndAccessibleText()
    {
        ui::ExpiryHeatmap *map = heatmap();
        const QPoint centre = map->cellRect(kSecrets, 2).center();
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()"); // the offscreen platform
        QHelpEvent help(QEvent::ToolTip, centre, map->mapToGlobal(centre));
        QApplication::sendEvent(map, &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Secrets, March 2026\nExpire (2): s-march-1, s-march-2"));
        QToolTip::hideText();
        map->setCurrentCell(kKeys, 4);
        QCOMPARE(map->accessibleDescription(), QStringLiteral("Keys, May 2026: 1 expiring, 0 rotations"));
        QVERIFY(!map->accessibleName().isEmpty());
    }

    void clickAndKeysActivateAMonth()
    {
        ui::ExpiryHeatmap *map = heatmap();
        QSignalSpy spy(page(), &ui::PropertiesPage::scheduleMonthActivated);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(kSecrets, 2).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), int(ObjectKind::Secret));
        QCOMPARE(spy.at(0).at(1).toDate(), QDate(2026, 3, 1));
        QCOMPARE(map->currentRow(), kSecrets);
        QCOMPARE(map->currentColumn(), 2);
        // Activating a month opens the Rotation & expiry page there; come back to use the keyboard.
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("rotation"));
        m_window->workspace()->showPage(QStringLiteral("properties"));
        map = heatmap();
        QVERIFY(map->focusPolicy() & Qt::TabFocus);
        QCOMPARE(map->currentRow(), kSecrets);

        QTest::keyClick(map, Qt::Key_Down);
        QTest::keyClick(map, Qt::Key_Right);
        QTest::keyClick(map, Qt::Key_Right);
        QCOMPARE(spy.count(), 1); // moving does not activate
        QTest::keyClick(map, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), int(ObjectKind::Key));
        QCOMPARE(spy.at(1).at(1).toDate(), QDate(2026, 5, 1));
        QTest::keyClick(map, Qt::Key_End);
        QCOMPARE(map->currentColumn(), ExpiryHeatmapData::kMonths - 1);
        QTest::keyClick(map, Qt::Key_Right); // stays on the last column
        QCOMPARE(map->currentColumn(), ExpiryHeatmapData::kMonths - 1);
        QTest::keyClick(map, Qt::Key_Home);
        QTest::keyClick(map, Qt::Key_Down);
        QTest::keyClick(map, Qt::Key_Space);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toInt(), int(ObjectKind::Certificate));
        QCOMPARE(spy.at(2).at(1).toDate(), QDate(2026, 1, 1));
    }

    void refreshedWhenShownAgain()
    {
        // A new secret expiring in February appears after the page is shown again.
        COFFER_VERIFY_OK(m_window->currentSession()->vault()->secrets().set(QStringLiteral("s-february"),
                                                                            SecureBytes(QByteArrayView("v")),
                                                                            {true, std::nullopt, noon(2, 14), {}, {}}));
        QCOMPARE(heatmap()->data().cell(kSecrets, 1).total(), 0);
        m_window->workspace()->showPage(QStringLiteral("secrets"));
        m_window->workspace()->showPage(QStringLiteral("properties"));
        QCOMPARE(heatmap()->data().cell(kSecrets, 1).expiries, 1);
    }

    void aPrincipalWhoMayListNothingSeesANote()
    {
        std::unique_ptr<Vault> vault = createVault(QStringLiteral("Limited"));
        setSecret(*vault, QStringLiteral("only-this"), noon(3, 1));
        COFFER_VERIFY_OK(vault->access().createUser(QStringLiteral("bob"), SecureString::fromUtf8(kBobPassphrase),
                                                    Argon2Params::fastForTests()));
        COFFER_VERIFY_OK(
                vault->access().assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("bob"),
                                       access::Scope::object(ObjectKind::Secret, QStringLiteral("only-this"))));
        const QString path = vault->path();
        vault.reset();
        unlock(path, kBobPassphrase);
        QCOMPARE(m_window->currentSession()->principal()->name, QStringLiteral("bob"));
        auto *note = child<QLabel>(page(), "scheduleNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"may not list any secrets, keys or certificates"), qPrintable(note->text()));
        QVERIFY(!child<QGroupBox>(page(), "scheduleBox")->isVisible());
    }
};

QTEST_MAIN(TestExpiryHeatmap)
#include "TestExpiryHeatmap.moc"
