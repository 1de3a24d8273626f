// alice opens a vault through her own keyslot, chosen in the real unlock dialog ("Sign in as"), and the console is
// limited to what her role allows: Key Vault Secrets User on one secret. She sees that secret (not the list of all),
// can reveal it, and every action she may not take is disabled with the permission it needs. The choice of keyslot
// is remembered for the next unlock.

#include "core/access/AccessControl.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/RoleAssignmentModel.h"
#include "models/SecretListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/AccessPage.h"
#include "ui/DeletedPage.h"
#include "ui/MainWindow.h"
#include "ui/RoleAssignmentsPanel.h"
#include "ui/SecretDetailsPane.h"
#include "ui/SecretsPage.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;

namespace {
using coffer::test::child;
using coffer::test::shot;
const QByteArray kOwnerPassphrase = "limited console owner passphrase";
const QByteArray kAlicePassphrase = "alice signs in with her own";
const QString kSecret = QStringLiteral("db-password");
const QString kValue = QStringLiteral("postgres://app:Tr0ub4dor&3@db.internal/payments");

} // namespace

class TestLimitedConsole : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_aliceSlot;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::SecretsPage *secrets() { return workspace()->secretsPage(); }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }

    void signInThroughTheDialog(bool chooseAlice)
    {
        QPointer<ui::UnlockDialog> dialog = m_window->showUnlockDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->offersKeyslotChoice()); // the owner's and alice's passphrase slots
        auto *combo = child<QComboBox>(dialog, "signInAsCombo");
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 3);
        QVERIFY(combo->findText(QStringLiteral("Passphrase of alice")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("Passphrase of owner")) >= 0);
        if (chooseAlice) {
            QCOMPARE(dialog->chosenKeyslot(), QString()); // nothing remembered yet: any
            combo->setCurrentIndex(combo->findText(QStringLiteral("Passphrase of alice")));
            shot(dialog, QStringLiteral("39-access-unlock-sign-in-as"));
        } else {
            QCOMPARE(dialog->chosenKeyslot(), m_aliceSlot); // remembered
            QCOMPARE(combo->currentText(), QStringLiteral("Passphrase of alice"));
        }
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kAlicePassphrase));
        QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
        QVERIFY(m_window->currentSession()->isUnlocked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Payments-Prod");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kOwnerPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        m_path = vault.path();
        COFFER_VERIFY_OK(vault.secrets().set(kSecret, SecureBytes(QByteArrayView(kValue.toUtf8()))));
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("stripe-api-key"), SecureBytes(QByteArrayView("sk"))));
        auto alice = vault.access().createUser(QStringLiteral("alice"), SecureString::fromUtf8(kAlicePassphrase),
                                               Argon2Params::fastForTests());
        COFFER_VERIFY_OK(alice);
        m_aliceSlot = alice->keyslotId;
        COFFER_VERIFY_OK(vault.access().assign(QStringLiteral("Key Vault Secrets User"), QStringLiteral("alice"),
                                               access::Scope::object(ObjectKind::Secret, kSecret)));
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(m_path, false));
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void aliceSignsInWithHerKeyslot()
    {
        signInThroughTheDialog(true);
        QCOMPARE(m_window->currentSession()->vault()->unlockedSlotId(), m_aliceSlot);
        QCOMPARE(child<QLabel>(m_window.get(), "identityLabel")->text(), QStringLiteral("Signed in as alice (user)"));
        QVERIFY(child<QLabel>(m_window.get(), "identityLabel")
                        ->toolTip()
                        .contains(u"Key Vault Secrets User at /secrets/db-password"));
        QCOMPARE(m_settings->lastKeyslot(m_window->currentSession()->vaultId()), m_aliceSlot);
    }

    void theConsoleIsLimitedToHerRole()
    {
        workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kSecretsPage));
        // She may not list all secrets; the one shared with her is there.
        auto *notice = child<QLabel>(secrets(), "listNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"shared with you"));
        QCOMPARE(secrets()->secretModel()->rowCount(), 1);
        QVERIFY(secrets()->secretModel()->indexOf(kSecret).isValid());
        QVERIFY(child<QLabel>(secrets(), "pageError")->isHidden());

        QAction *create = action("actionCreateSecret");
        QVERIFY(!create->isEnabled());
        QCOMPARE(create->toolTip(),
                 QStringLiteral("Needs Microsoft.KeyVault/vaults/secrets/setSecret/action (Key "
                                "Vault Secrets Officer or Administrator)"));
        QVERIFY(!action("actionRestore")->isEnabled());
        QVERIFY(action("actionRestore")->toolTip().contains(u"secrets/restore/action"));

        secrets()->selectSecret(kSecret);
        QVERIFY(action("actionReveal")->isEnabled());
        QVERIFY(!action("actionDeleteSecret")->isEnabled());
        QVERIFY(action("actionDeleteSecret")->toolTip().contains(u"secrets/delete"));
        QVERIFY(!action("actionNewVersion")->isEnabled());
        QVERIFY(!action("actionDisableSecret")->isEnabled());
        QVERIFY(action("actionDisableSecret")->toolTip().contains(u"secrets/update/action"));
        QVERIFY(!action("actionBackup")->isEnabled());
        auto *who = child<QPushButton>(secrets(), "whoHasAccessButton");
        QVERIFY(!who->isEnabled());
        QVERIFY(who->toolTip().contains(u"roleAssignments/read"));

        // Reveal works on her secret.
        auto *reveal = child<QPushButton>(secrets(), "revealButton");
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(child<QPlainTextEdit>(secrets(), "valueView")->toPlainText(), kValue);
        shot(m_window.get(), QStringLiteral("39-access-limited-console"));
        secrets()->details()->mask();

        // Manage deleted: listing deleted secrets needs a grant on all secrets.
        workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kDeletedPage));
        auto *deletedError = child<QLabel>(workspace()->deletedPage(), "deletedError");
        QVERIFY(deletedError->isVisible());
        QVERIFY(deletedError->text().contains(u"secrets/readMetadata/action"));

        // Access control: she may look, not change; and she may check her own access.
        workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kAccessPage));
        // Her own role assignments, not everyone's.
        auto *note = child<QLabel>(workspace()->accessPage(), "assignmentsNote");
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(u"only your own role assignments"));
        QCOMPARE(workspace()->accessPage()->assignmentsPanel()->assignmentModel()->rowCount(), 1);
        auto *add = child<QPushButton>(workspace()->accessPage(), "addAssignmentButton");
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(u"Microsoft.Authorization/roleAssignments/write"));
        QVERIFY(!child<QPushButton>(workspace()->accessPage(), "newUserButton")->isEnabled());
        QVERIFY(!child<QPushButton>(workspace()->accessPage(), "switchModelButton")->isEnabled());
        auto *check = child<QPushButton>(workspace()->accessPage(), "checkButton");
        QVERIFY(check->isEnabled()); // her own access
    }

    void theChoiceIsRemembered()
    {
        action("actionLock")->trigger();
        QVERIFY(!m_window->currentSession()->isUnlocked());
        QVERIFY(child<QLabel>(m_window.get(), "identityLabel")->isHidden());
        signInThroughTheDialog(false);
        QCOMPARE(m_window->currentSession()->principal()->name, QStringLiteral("alice"));
    }
};

QTEST_MAIN(TestLimitedConsole)
#include "TestLimitedConsole.moc"
