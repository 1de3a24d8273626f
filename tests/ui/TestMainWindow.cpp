// Drives the real console offscreen: New Vault wizard → Properties → Lock → Unlock (wrong, right, recovery key)
// → auto-lock → settings → remembered list → open/remove. Leaves screenshots in test-output/screenshots.

#include "core/audit/AuditService.h"
#include "core/vault/CertificateStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/DemoVault.h"
#include "models/ErrorText.h"
#include "models/IdleWatcher.h"
#include "models/KeyslotListModel.h"
#include "models/PropertiesModel.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "tests/support/FakeKeychainStore.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/MainWindow.h"
#include "ui/NewVaultWizard.h"
#include "ui/PropertiesPage.h"
#include "ui/RotationPage.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultWorkspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace std::chrono_literals;
using coffer::models::VaultState;
using coffer::ui::MainWindow;
using coffer::ui::NewVaultWizard;
using coffer::ui::UnlockDialog;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QString kName = QStringLiteral("Payments-Prod");
const QString kPassphrase = QStringLiteral("correct horse battery staple 42");

// A check box or radio button reacts to clicks on its indicator and text, not on the empty space a layout gives it.
void tick(QAbstractButton *button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::FakeKeychainStore m_keychain;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_vaultPath;
    QString m_recoveryKey;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.keychain = &m_keychain;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    models::VaultSession *session() { return m_window->vaultModel()->session(m_vaultPath); }
    // The page shown on the right; for an unlocked vault, the workspace's current page (Properties first).
    QWidget *currentPage()
    {
        QWidget *page = child<QStackedWidget>(m_window.get(), "pageStack")->currentWidget();
        if (auto *workspace = qobject_cast<ui::VaultWorkspace *>(page))
            return workspace->currentPage();
        return page;
    }

    UnlockDialog *openUnlockDialog()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionUnlock"))->trigger();
        return m_window->findChild<UnlockDialog *>();
    }

    // Clicks Unlock and waits for the job's result.
    void submit(UnlockDialog *dialog)
    {
        QSignalSpy finished(session(), &models::VaultSession::unlockFinished);
        click(child<QPushButton>(dialog, "unlockButton"));
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QVERIFY(finished.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void init()
    {
        // Any warning fails, except the offscreen platform's note that it cannot pass size hints to a window
        // manager (QPlatformWindow::propagateSizeHints; a real platform plugin implements it).
        QTest::failOnWarning(
                QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void startsEmpty()
    {
        QCOMPARE(m_window->vaultModel()->rowCount(), 0);
        QCOMPARE(currentPage()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionUnlock"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionLock"))->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionNew"))->isEnabled());
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionNew"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+N")));
        shot(m_window.get(), QStringLiteral("01-main-window-empty"));
    }

    void newVaultWizard()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        QPointer<NewVaultWizard> wizard = m_window->findChild<NewVaultWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QAbstractButton *next = wizard->button(QWizard::NextButton);

        // 1. Name (checked live) and folder (through the prompter).
        auto *name = child<QLineEdit>(wizard, "nameEdit");
        auto *hint = child<QLabel>(wizard, "nameHint");
        QTest::keyClicks(name, QStringLiteral("1st"));
        QVERIFY(hint->text().contains(u"start with a letter"));
        QVERIFY(!next->isEnabled());
        name->clear();
        QTest::keyClicks(name, kName);
        QVERIFY2(hint->text().startsWith(u"✓"), qPrintable(hint->text()));
        m_prompter.folderAnswer = m_dir.path();
        click(child<QPushButton>(wizard, "chooseFolderButton"));
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(wizard, "folderEdit")->text()), m_dir.path());
        m_vaultPath = Vault::bundlePath(m_dir.path(), kName);
        QVERIFY(child<QLabel>(wizard, "bundlePathLabel")->text().contains(QDir::toNativeSeparators(m_vaultPath)));
        QVERIFY(next->isEnabled());
        shot(wizard, QStringLiteral("02-wizard-1-name"));
        click(next);
        QCOMPARE(wizard->currentId(), int(NewVaultWizard::PassphrasePageId));

        // 2. Passphrase: weak is refused, mismatch is refused.
        auto *pass = child<QLineEdit>(wizard, "passphraseEdit");
        auto *confirm = child<QLineEdit>(wizard, "confirmEdit");
        QTest::keyClicks(pass, QStringLiteral("password1"));
        QTest::keyClicks(confirm, QStringLiteral("password1"));
        QVERIFY(child<QLabel>(wizard, "strengthLabel")->text().startsWith(u"Weak"));
        QVERIFY(child<QLabel>(wizard, "strengthFeedback")->text().contains(u"most commonly used"));
        QVERIFY(!next->isEnabled());
        shot(wizard, QStringLiteral("03-wizard-2-passphrase-weak"));
        pass->clear();
        confirm->clear();
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClicks(confirm, kPassphrase.left(10));
        QVERIFY(child<QLabel>(wizard, "matchLabel")->text().contains(u"differ"));
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(confirm, kPassphrase.mid(10));
        QVERIFY(child<QLabel>(wizard, "strengthLabel")->text().startsWith(u"Strong"));
        QVERIFY(next->isEnabled());
        shot(wizard, QStringLiteral("04-wizard-2-passphrase-strong"));
        click(next);

        // 3. Retention and purge protection.
        auto *retention = child<QSpinBox>(wizard, "retentionSpin");
        QCOMPARE(retention->value(), 90);
        QCOMPARE(retention->minimum(), 7);
        QCOMPARE(retention->maximum(), 90);
        retention->setValue(30);
        tick(child<QCheckBox>(wizard, "purgeProtectionCheck"));
        QVERIFY(child<QCheckBox>(wizard, "purgeProtectionCheck")->isChecked());
        QCOMPARE(next->text(), QStringLiteral("&Create"));
        shot(wizard, QStringLiteral("05-wizard-3-retention"));
        click(next);

        // 4. Creating: busy, and the wizard cannot be closed.
        QCOMPARE(wizard->currentId(), int(NewVaultWizard::CreatePageId));
        QVERIFY(wizard->isCreating());
        QVERIFY(child<QProgressBar>(wizard, "busyIndicator")->isVisible());
        shot(wizard, QStringLiteral("06-wizard-4-creating"));
        wizard->reject();
        QVERIFY(wizard->isVisible());

        // 5. The recovery key, once.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewVaultWizard::RecoveryKeyPageId), 20000);
        QPointer<QPlainTextEdit> keyView = child<QPlainTextEdit>(wizard, "recoveryKeyView");
        m_recoveryKey = keyView->toPlainText();
        static const QRegularExpression format(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$"));
        QVERIFY2(format.match(m_recoveryKey).hasMatch(), qPrintable(m_recoveryKey));
        QVERIFY(keyView->isReadOnly());
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        wizard->reject(); // leaving before the key is saved is refused
        QVERIFY(wizard->isVisible());

        const QString keyFile = QDir(m_dir.path()).filePath(QStringLiteral("recovery.txt"));
        m_prompter.saveFileAnswer = keyFile;
        click(child<QPushButton>(wizard, "saveButton"));
        QFile saved(keyFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains(m_recoveryKey.toUtf8()));
        QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QVERIFY(child<QLabel>(wizard, "savedToLabel")->text().contains(u"Saved to"));

        // Meanwhile the vault is listed, selected and unlocked behind the wizard.
        QVERIFY(QFileInfo(m_vaultPath).isDir());
        QCOMPARE(m_window->currentVaultId(), models::VaultSession::normalizedPath(m_vaultPath));
        QCOMPARE(session()->state(), VaultState::Unlocked);

        tick(child<QCheckBox>(wizard, "savedCheck"));
        QVERIFY(finish->isEnabled());
        shot(wizard, QStringLiteral("07-wizard-5-recovery-key"));
        click(finish);
        // The key is gone from the widget and from the wizard at once.
        QVERIFY(!keyView || keyView->toPlainText().isEmpty());
        QVERIFY(!wizard || wizard->recoveryKey().isEmpty());
        QTRY_VERIFY(wizard.isNull());
    }

    void propertiesPageShowsTheVault()
    {
        // A vault opens on its Overview; the next page is its Properties.
        QCOMPARE(currentPage()->objectName(), QStringLiteral("overviewPage"));
        m_window->workspace()->showPage(QStringLiteral("properties"));
        QCOMPARE(currentPage()->objectName(), QStringLiteral("propertiesPage"));
        auto *page = qobject_cast<ui::PropertiesPage *>(currentPage());
        QVERIFY(page);
        QCOMPARE(child<QLabel>(page, "propertiesTitle")->text(), kName + QStringLiteral(" — Properties"));
        auto *properties = page->propertiesModel();
        QCOMPARE(properties->value(models::PropertiesModel::VaultNameRow), kName);
        QCOMPARE(properties->value(models::PropertiesModel::RetentionRow), QStringLiteral("30 days"));
        QCOMPARE(properties->value(models::PropertiesModel::PurgeProtectionRow),
                 QStringLiteral("On (cannot be turned off)"));
        QCOMPARE(properties->value(models::PropertiesModel::LocationRow),
                 models::VaultSession::normalizedPath(m_vaultPath));
        QVERIFY(!properties->value(models::PropertiesModel::VaultIdRow).isEmpty());
        QCOMPARE(child<QTableView>(page, "propertiesView")->model()->rowCount(),
                 int(models::PropertiesModel::RowCount));
        auto *slots = child<QTableView>(page, "keyslotView")->model();
        QCOMPARE(slots->rowCount(), 2);
        QCOMPARE(slots->index(0, 0).data().toString(), QStringLiteral("Passphrase"));
        QCOMPARE(slots->index(1, 0).data().toString(), QStringLiteral("Recovery key"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionLock"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionUnlock"))->isEnabled());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"created"));
        shot(m_window.get(), QStringLiteral("08-main-window-properties"));
    }

    void lockThenUnlockWithPassphrase()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+L")));
        QCOMPARE(session()->state(), VaultState::Locked);
        QVERIFY(!session()->vault());
        QCOMPARE(currentPage()->findChild<QLabel *>(QStringLiteral("lockedNameLabel"))->text(), kName);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"locked"));
        shot(m_window.get(), QStringLiteral("09-main-window-locked"));

        QPointer<UnlockDialog> dialog = openUnlockDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QRadioButton>(dialog, "passphraseRadio")->isChecked());
        QVERIFY(!child<QRadioButton>(dialog, "keychainRadio")->isVisible()); // no keychain slot
        QVERIFY(!child<QPushButton>(dialog, "unlockButton")->isEnabled()); // nothing typed yet
        shot(dialog, QStringLiteral("10-unlock-dialog"));

        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("not the passphrase"));
        submit(dialog);
        QVERIFY(dialog->isVisible()); // stays open for another try
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 models::ErrorText::forUnlock(Error(ErrorCode::WrongCredential, {}), Credential::Kind::Passphrase));
        QVERIFY(child<QLineEdit>(dialog, "passphraseEdit")->text().isEmpty());
        QCOMPARE(session()->state(), VaultState::Locked);
        shot(dialog, QStringLiteral("11-unlock-dialog-wrong-passphrase"));

        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), kPassphrase);
        submit(dialog);
        QCOMPARE(session()->state(), VaultState::Unlocked);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(qobject_cast<ui::PropertiesPage *>(currentPage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"unlocked"));
    }

    void unlockWithRecoveryKey()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionLock"))->trigger();
        QCOMPARE(session()->state(), VaultState::Locked);
        QPointer<UnlockDialog> dialog = openUnlockDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        tick(child<QRadioButton>(dialog, "recoveryRadio"));
        auto *edit = child<QLineEdit>(dialog, "recoveryKeyEdit");
        QVERIFY(edit->isVisible());

        QString mistyped = m_recoveryKey;
        mistyped.chop(1);
        QTest::keyClicks(edit, mistyped);
        submit(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "errorLabel")->text(),
                 models::ErrorText::forUnlock(Error(ErrorCode::InvalidArgument, {}), Credential::Kind::RecoveryKey));
        shot(dialog, QStringLiteral("12-unlock-dialog-recovery-key-mistyped"));

        edit->clear();
        QTest::keyClicks(edit, m_recoveryKey.toLower().replace(u'-', u' '));
        submit(dialog);
        QCOMPARE(session()->state(), VaultState::Unlocked);
        QTRY_VERIFY(dialog.isNull());
    }

    void autoLockAfterIdle()
    {
        QCOMPARE(session()->state(), VaultState::Unlocked);
        QCOMPARE(m_window->idleWatcher()->timeout(), std::chrono::milliseconds(10min)); // the default setting
        m_window->idleWatcher()->setTimeout(100ms);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), VaultState::Locked, 5000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"without input"));
        QVERIFY(!qobject_cast<ui::PropertiesPage *>(currentPage()));
        m_window->applySettings(); // back to the configured 10 minutes
    }

    void settingsDialog()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QPointer<ui::SettingsDialog> dialog = m_window->findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *autoLock = child<QSpinBox>(dialog, "autoLockSpin");
        auto *clipboard = child<QSpinBox>(dialog, "clipboardSpin");
        auto *retention = child<QSpinBox>(dialog, "defaultRetentionSpin");
        auto *timeShift = child<QSpinBox>(dialog, "timeShiftLimitSpin");
        auto *runDue = child<QCheckBox>(dialog, "runDueActionsSetting");
        QCOMPARE(autoLock->value(), 10);
        QCOMPARE(clipboard->value(), 20);
        QCOMPARE(retention->value(), 90);
        QCOMPARE(timeShift->value(), 24);
        QVERIFY(!runDue->isChecked()); // the tests' settings: off (tests/support/UiTestUtil.h)
        shot(dialog, QStringLiteral("13-settings-dialog"));
        autoLock->setValue(3);
        clipboard->setValue(45);
        retention->setValue(14);
        timeShift->setValue(6);
        click(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(m_settings->autoLockMinutes(), 3);
        QCOMPARE(m_settings->clipboardClearSeconds(), 45);
        QCOMPARE(m_settings->defaultRetentionDays(), 14);
        QCOMPARE(m_settings->timeShiftLimitMonths(), 6);
        QCOMPARE(m_window->idleWatcher()->timeout(), std::chrono::milliseconds(3min));
        // Applied: the Rotation page's preview reaches 6 months; the New Vault wizard proposes 14 days.
        QCOMPARE(m_window->workspace()->rotationPage()->timeShiftLimit(), 6);
        QPointer<ui::NewVaultWizard> wizard = m_window->showNewVaultWizard();
        QCOMPARE(child<QSpinBox>(wizard, "retentionSpin")->value(), 14);
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
        m_settings->setDefaultRetentionDays(90);
        m_settings->setTimeShiftLimitMonths(24);
        m_window->applySettings();
        QCOMPARE(m_window->workspace()->rotationPage()->timeShiftLimit(), 24);

        // Appearance: dark applies at once to the whole window; "Follow the system" brings the platform's back.
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!ui::theme::isDark());
        m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        dialog = m_window->findChild<ui::SettingsDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        auto *themeCombo = child<QComboBox>(dialog, "themeCombo");
        QCOMPARE(themeCombo->currentData().toString(), QStringLiteral("system"));
        themeCombo->setCurrentIndex(themeCombo->findData(QStringLiteral("dark")));
        click(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(m_settings->theme(), QStringLiteral("dark"));
        QVERIFY(ui::theme::isDark());
        QVERIFY(m_window->palette().color(QPalette::Base).lightness() < 64);
        shot(m_window.get(), QStringLiteral("18-main-window-dark"));
        m_settings->setTheme(QStringLiteral("system"));
        m_window->applySettings();
        QVERIFY(!ui::theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    void listIsRemembered()
    {
        QCOMPARE(m_settings->recentVaults(), QStringList {models::VaultSession::normalizedPath(m_vaultPath)});
        test::ScriptedPrompter prompter;
        MainWindow second(services(), m_settings.get(), &prompter);
        QCOMPARE(second.vaultModel()->rowCount(), 1);
        QCOMPARE(second.vaultModel()->index(0, 0).data().toString(), kName);
        QCOMPARE(second.currentVaultId(), models::VaultSession::normalizedPath(m_vaultPath));
    }

    void openVaultFolder()
    {
        // Not a vault: refused with its own message.
        QDir(m_dir.path()).mkdir(QStringLiteral("just-a-folder"));
        m_prompter.folderAnswer = QDir(m_dir.path()).filePath(QStringLiteral("just-a-folder"));
        m_window->findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(m_prompter.errors.first().startsWith(models::ErrorText::forCode(ErrorCode::NotAVault)));
        QCOMPARE(m_window->vaultModel()->rowCount(), 1);

        // A second vault made elsewhere (as coffer-cli would): listed, selected, unlock dialog shown.
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Team-Shared");
        options.kdf = Argon2Params::fastForTests();
        QString otherPath;
        {
            auto created = Vault::create(options, SecureString::fromUtf8("team passphrase 2026"), m_clock);
            COFFER_VERIFY_OK(created);
            otherPath = created->vault->path();
        }
        QVERIFY(m_window->openVault(otherPath, true));
        QCOMPARE(m_window->vaultModel()->rowCount(), 2);
        QCOMPARE(m_window->currentVaultId(), models::VaultSession::normalizedPath(otherPath));
        QPointer<UnlockDialog> dialog = m_window->findChild<UnlockDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        shot(m_window.get(), QStringLiteral("14-main-window-two-vaults"));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void pinToTop()
    {
        // Team-Shared (added second) pinned: first in the list, still selected, remembered for the next start.
        auto *pin = m_window->findChild<QAction *>(QStringLiteral("actionPin"));
        const QString team = m_window->currentVaultId();
        QCOMPARE(m_window->vaultModel()->indexOf(team).row(), 1);
        QVERIFY(pin->isEnabled());
        QVERIFY(!pin->isChecked());
        pin->trigger();
        QCOMPARE(m_window->vaultModel()->indexOf(team).row(), 0);
        QCOMPARE(m_window->currentVaultId(), team);
        QVERIFY(pin->isChecked());
        QCOMPARE(m_settings->pinnedVaults(), QStringList {team});
        {
            test::ScriptedPrompter prompter;
            MainWindow second(services(), m_settings.get(), &prompter);
            QCOMPARE(second.vaultModel()->idAt(second.vaultModel()->index(0, 0)), team);
        }
        m_window->selectVault(m_vaultPath);
        QVERIFY(!pin->isChecked());
        m_window->selectVault(team);
        pin->trigger(); // unpin: back to the order they were added in
        QCOMPARE(m_window->vaultModel()->indexOf(team).row(), 1);
        QVERIFY(m_settings->pinnedVaults().isEmpty());
    }

    void removeFromList()
    {
        m_window->selectVault(m_vaultPath);
        m_prompter.confirmAnswer = false;
        m_window->findChild<QAction *>(QStringLiteral("actionRemove"))->trigger();
        QCOMPARE(m_window->vaultModel()->rowCount(), 2);
        m_prompter.confirmAnswer = true;
        m_window->findChild<QAction *>(QStringLiteral("actionRemove"))->trigger();
        QCOMPARE(m_window->vaultModel()->rowCount(), 1);
        QVERIFY(QFileInfo(m_vaultPath).isDir()); // the folder stays
        QCOMPARE(m_settings->recentVaults().size(), 1);
        QVERIFY(!m_settings->recentVaults().contains(models::VaultSession::normalizedPath(m_vaultPath)));
    }

    void demoVault()
    {
        // The welcome page offers it with its passphrase; the action makes it, fills it and opens it unlocked.
        QVERIFY(child<QLabel>(m_window.get(), "demoHint")->text().contains(models::DemoVault::passphrase()));
        m_prompter.errors.clear();
        auto *demo = m_window->findChild<QAction *>(QStringLiteral("actionDemo"));
        QVERIFY(QStandardPaths::isTestModeEnabled()); // the data folder is the tests' own
        QVERIFY(QDir(models::DemoVault::parentFolder()).removeRecursively()); // from an earlier run
        QVERIFY(!QFileInfo::exists(models::DemoVault::bundlePath()));
        demo->trigger();
        QVERIFY(!demo->isEnabled()); // while it is being made
        QTRY_VERIFY_WITH_TIMEOUT(demo->isEnabled(), 30000);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
        QCOMPARE(m_window->currentVaultId(), models::VaultSession::normalizedPath(models::DemoVault::bundlePath()));
        QVERIFY(m_window->currentSession()->isUnlocked());
        QVERIFY(m_window->statusBar()->currentMessage().contains(models::DemoVault::passphrase()));
        Vault *vault = m_window->currentSession()->vault();
        auto secrets = vault->secrets().list();
        COFFER_VERIFY_OK(secrets);
        QStringList names;
        for (const VersionInfo &info : std::as_const(*secrets))
            if (!info.managed)
                names << info.name;
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("billing-db-password"), QStringLiteral("smtp-relay-password"),
                               QStringLiteral("webhook-token")}));
        QCOMPARE(vault->secrets().listDeleted()->size(), 1);
        QCOMPARE(vault->certificates().list()->size(), 1);
        auto audit = vault->audit().verify();
        COFFER_VERIFY_OK(audit);
        QVERIFY(audit->ok);

        // Again, once it exists: opened (and asked to unlock) rather than made anew.
        m_window->currentSession()->lock();
        demo->trigger();
        QPointer<UnlockDialog> dialog = m_window->findChild<UnlockDialog *>();
        QVERIFY(dialog);
        QVERIFY(m_window->statusBar()->currentMessage().contains(models::DemoVault::passphrase()));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
