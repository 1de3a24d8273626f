// Drives the Secrets and Manage deleted pages offscreen through the real widgets: create → new version
// (pre-filled) → reveal (re-masked) → copy (cleared) → disable → enable → delete → undo → delete → Manage deleted
// (countdown) → recover → delete → purge → restore from backup; a name in the deleted list; a vault with purge
// protection. Leaves screenshots in test-output/screenshots.

#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/DeletedItemsModel.h"
#include "models/ErrorText.h"
#include "models/ExternalChangeWatcher.h"
#include "models/ObjectOperations.h"
#include "models/SecretClipboard.h"
#include "models/SecretFilterProxy.h"
#include "models/SecretListModel.h"
#include "models/SecretVersionsModel.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/DeletedPage.h"
#include "ui/MainWindow.h"
#include "ui/MaskedTextEdit.h"
#include "ui/OptionalDateEdit.h"
#include "ui/SecretDetailsPane.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsPage.h"
#include "ui/TagsEditor.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace std::chrono_literals;
using coffer::ui::SecretDialog;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "secrets page test passphrase";
const QString kValue = QStringLiteral("postgres://app:Tr0ub4dor&3@db.internal:5432/payments");
const QString kValue2 = kValue + QStringLiteral("?sslmode=verify-full");

void tick(QAbstractButton *button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}
} // namespace

class TestSecretsPages : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
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
    QString makeVault(const QString &name, bool purgeProtection)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.retentionDays = 30;
        options.purgeProtection = purgeProtection;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a vault: %s", qPrintable(created.error().toString()));
        return created->vault->path();
    }
    // Lists the vault and unlocks it (as the unlock dialog would, without the key derivation wait).
    void openAndUnlock(const QString &path)
    {
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::SecretsPage *secrets() { return workspace()->secretsPage(); }
    ui::DeletedPage *deleted() { return workspace()->deletedPage(); }
    QTableView *table() { return child<QTableView>(secrets(), "secretsView"); }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }
    void select(const QString &name)
    {
        const QModelIndex index = secrets()->proxy()->indexOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        table()->setCurrentIndex(index);
        QCOMPARE(secrets()->currentSecret(), name);
    }
    void press(QWidget *target, const char *keys)
    {
        // Window shortcuts need the main window active (a dialog that just closed may still hold activation).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(target, QKeySequence(QLatin1StringView(keys)));
        QCoreApplication::processEvents();
    }
    QPointer<SecretDialog> openedDialog()
    {
        QPointer<SecretDialog> dialog = m_window->findChild<SecretDialog *>();
        if (dialog)
            (void)QTest::qWaitFor([&] { return dialog->isVisible(); });
        return dialog;
    }
    QString deletedCountdown(const QString &name)
    {
        auto *model = deleted()->deletedModel();
        const QModelIndex index = model->indexOf(models::DeletedItemsModel::makeId(ObjectKind::Secret, name));
        return index.siblingAtColumn(models::DeletedItemsModel::CountdownColumn).data().toString();
    }
    void deleteSelected(const QString &name)
    {
        select(name);
        m_prompter.confirmAnswer = true;
        action("actionDeleteSecret")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Delete Secret"));
        QVERIFY(!secrets()->secretModel()->indexOf(name).isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        m_path = makeVault(QStringLiteral("Payments-Prod"), false);
        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        openAndUnlock(m_path);
        // Short, injected intervals.
        QCOMPARE(m_window->secretClipboard()->clearInterval(), std::chrono::milliseconds(20s)); // the default
        QCOMPARE(workspace()->changeWatcher()->interval(), std::chrono::milliseconds(2s));
        m_window->secretClipboard()->setClearInterval(300ms);
        secrets()->details()->setRevealDuration(300ms);
        workspace()->changeWatcher()->setInterval(50ms);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void navigationWithShortcuts()
    {
        auto *nav = child<QListWidget>(workspace(), "navList");
        QCOMPARE(workspace()->pageIds(),
                 (QStringList {QStringLiteral("overview"), QStringLiteral("properties"), QStringLiteral("secrets"),
                               QStringLiteral("keys"), QStringLiteral("certificates"), QStringLiteral("deleted"),
                               QStringLiteral("access"), QStringLiteral("audit"), QStringLiteral("rotation")}));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Secrets"));
        QCOMPARE(nav->item(8)->text(), QStringLiteral("Rotation & expiry"));
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("overview"));
        press(m_window.get(), "Ctrl+9");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("rotation"));
        press(m_window.get(), "Ctrl+6");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        QVERIFY(child<QLabel>(deleted(), "deletedEmptyLabel")->isVisible());
        press(m_window.get(), "Ctrl+3");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("secrets"));
        QCOMPARE(secrets()->secretModel()->rowCount(), 0);
    }

    void changesByAnotherProcessAppear()
    {
        {
            // coffer-cli (here: a second Vault on the same path) adds secrets while the console is open.
            auto other = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
            COFFER_VERIFY_OK(other);
            SecretStore &store = (*other)->secrets();
            NewVersionAttributes expired;
            expired.expires = m_clock.now().addDays(-2);
            expired.contentType = QStringLiteral("application/x-pkcs12");
            COFFER_VERIFY_OK(
                    store.set(QStringLiteral("legacy-cert-pass"), SecureBytes(QByteArrayView("p12")), expired));
            NewVersionAttributes soon;
            soon.expires = m_clock.now().addDays(12);
            soon.tags = {{QStringLiteral("env"), QStringLiteral("prod")},
                         {QStringLiteral("owner"), QStringLiteral("payments")}};
            COFFER_VERIFY_OK(
                    store.set(QStringLiteral("stripe-api-key"), SecureBytes(QByteArrayView("sk_live_x")), soon));
            NewVersionAttributes later;
            later.expires = m_clock.now().addDays(300);
            later.contentType = QStringLiteral("text/plain");
            COFFER_VERIFY_OK(store.set(QStringLiteral("smtp-relay"), SecureBytes(QByteArrayView("mail")), later));
            NewVersionAttributes off;
            off.enabled = false;
            COFFER_VERIFY_OK(store.set(QStringLiteral("old-webhook-secret"), SecureBytes(QByteArrayView("w")), off));
        }
        QTRY_COMPARE_WITH_TIMEOUT(secrets()->secretModel()->rowCount(), 4, 5000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"another program"));
        QCOMPARE(child<QLabel>(secrets(), "countLabel")->text(), QStringLiteral("4 secrets"));
        select(QStringLiteral("stripe-api-key"));
        QCOMPARE(child<QLabel>(secrets(), "detailsTitle")->text(), QStringLiteral("stripe-api-key"));
        QVERIFY(child<QLabel>(secrets(), "propertiesLabel")->text().contains(u"Expires in 12 days"));
        shot(m_window.get(), QStringLiteral("20-secrets-page"));
    }

    void filterAndSort()
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+F");
        auto *filter = child<QLineEdit>(secrets(), "filterEdit");
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("expired"));
        QCOMPARE(secrets()->proxy()->rowCount(), 1);
        QCOMPARE(secrets()->proxy()->idAt(secrets()->proxy()->index(0, 0)), QStringLiteral("legacy-cert-pass"));
        QCOMPARE(child<QLabel>(secrets(), "countLabel")->text(), QStringLiteral("1 of 4 secrets"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("env=prod"));
        QCOMPARE(secrets()->proxy()->rowCount(), 0); // "env=prod" is not a term: name, type, tag name or value
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("PROD"));
        QCOMPARE(secrets()->proxy()->rowCount(), 1);
        filter->clear();
        table()->sortByColumn(models::SecretListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(secrets()->proxy()->idAt(secrets()->proxy()->index(0, 0)), QStringLiteral("legacy-cert-pass"));
        table()->sortByColumn(models::SecretListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(secrets()->proxy()->idAt(secrets()->proxy()->index(0, 0)), QStringLiteral("legacy-cert-pass"));
    }

    void createSecret()
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<SecretDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), SecretDialog::Mode::Create);
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        auto *hint = child<QLabel>(dialog, "nameHint");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QTest::keyClicks(name, QStringLiteral("db password"));
        // Core's own message.
        QCOMPARE(hint->text(),
                 objects::validateName(ObjectKind::Secret, QStringLiteral("db password")).error().context());
        QVERIFY(!ok->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("SMTP-relay"));
        QVERIFY(hint->text().contains(u"New version")); // exists already (case-insensitive)
        name->clear();
        QTest::keyClicks(name, QStringLiteral("db-password"));
        QVERIFY2(hint->text().startsWith(u"✓"), qPrintable(hint->text()));
        QVERIFY(!ok->isEnabled()); // no value yet

        auto *value = child<ui::MaskedTextEdit>(dialog, "valueEdit");
        QVERIFY(value->isMasked());
        value->setFocus();
        QTest::keyClicks(value, kValue);
        QCOMPARE(value->toPlainText(), kValue);
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "contentTypeEdit"), QStringLiteral("text/x-uri"));
        auto *tags = child<ui::TagsEditor>(dialog, "tagsEditor");
        tags->addTag(QStringLiteral("env"), QStringLiteral("prod"));
        tags->addTag(QStringLiteral("env "), QStringLiteral("twice")); // the same name once trimmed
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "tagsError")->text().contains(u"twice"));
        tags->setTags({{QStringLiteral("env"), QStringLiteral("prod")},
                       {QStringLiteral("team"), QStringLiteral("payments")}});
        QCOMPARE(child<QLabel>(dialog, "tagCountLabel")->text(), QStringLiteral("2 of 15 tags"));
        QVERIFY(ok->isEnabled());
        auto *expires = child<ui::OptionalDateEdit>(dialog, "expiresEdit");
        tick(expires->checkBox());
        QCOMPARE(*expires->value(), m_clock.now().addYears(1));
        shot(dialog, QStringLiteral("21-create-secret-dialog"));
        click(child<QCheckBox>(dialog, "showValueCheck"));
        QVERIFY(!value->isMasked());
        shot(dialog, QStringLiteral("21b-create-secret-dialog-shown"));

        click(ok);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(secrets()->secretModel()->rowCount(), 5);
        QCOMPARE(secrets()->currentSecret(), QStringLiteral("db-password"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"created"));
        const VersionInfo *info = secrets()->secretModel()->info(QStringLiteral("db-password"));
        QCOMPARE(info->contentType, QStringLiteral("text/x-uri"));
        QCOMPARE(info->tags.value(QStringLiteral("team")), QStringLiteral("payments"));
        QCOMPARE(*info->attributes.expires, m_clock.now().addYears(1));
        shot(m_window.get(), QStringLiteral("22-secrets-details-pane"));
    }

    void newVersionPrefilled()
    {
        select(QStringLiteral("db-password"));
        action("actionNewVersion")->trigger();
        QPointer<SecretDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), SecretDialog::Mode::NewVersion);
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, "contentTypeEdit")->text(), QStringLiteral("text/x-uri"));
        auto *value = child<ui::MaskedTextEdit>(dialog, "valueEdit");
        QVERIFY(value->toPlainText().isEmpty()); // nothing is read until asked
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        click(child<QPushButton>(dialog, "prefillButton"));
        QCOMPARE(value->toPlainText(), kValue);
        QVERIFY(value->isMasked());
        QVERIFY(child<QLabel>(dialog, "valueOriginLabel")->text().startsWith(u"Pre-filled from version"));
        shot(dialog, QStringLiteral("23-new-version-dialog"));
        value->moveCursor(QTextCursor::End);
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("?sslmode=verify-full"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(dialog.isNull());
        auto *versions = secrets()->details()->versionsModel();
        QCOMPARE(versions->rowCount(), 2);
        QVERIFY(versions->index(0, 0).data().toString().startsWith(u"(current) "));
    }

    void revealThenMaskedAgain()
    {
        select(QStringLiteral("db-password"));
        auto *view = child<QPlainTextEdit>(secrets(), "valueView");
        QVERIFY(view->toPlainText().isEmpty());
        click(child<QPushButton>(secrets(), "revealButton"));
        QCOMPARE(view->toPlainText(), kValue2);
        QVERIFY(secrets()->details()->isRevealed());
        shot(m_window.get(), QStringLiteral("24-secret-revealed"));
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().isEmpty(), 3000); // after the reveal time
        QVERIFY(!secrets()->details()->isRevealed());

        // Another selection masks at once.
        secrets()->details()->setRevealDuration(30s);
        click(child<QPushButton>(secrets(), "revealButton"));
        QCOMPARE(view->toPlainText(), kValue2);
        select(QStringLiteral("smtp-relay"));
        QVERIFY(view->toPlainText().isEmpty());
        // An older version through the versions list.
        select(QStringLiteral("db-password"));
        auto *versionsView = child<QTableView>(secrets(), "versionsView");
        versionsView->setCurrentIndex(secrets()->details()->versionsModel()->index(1, 0));
        click(child<QPushButton>(secrets(), "versionRevealButton"));
        QCOMPARE(view->toPlainText(), kValue);
        secrets()->details()->setRevealDuration(300ms);
        secrets()->details()->mask();
    }

    void copyThenClipboardCleared()
    {
        select(QStringLiteral("db-password"));
        table()->setFocus();
        press(table(), "Ctrl+C");
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), kValue2);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"copied"));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    }

    void disableThenEnable()
    {
        select(QStringLiteral("db-password"));
        QVERIFY(!action("actionEnableSecret")->isEnabled());
        action("actionDisableSecret")->trigger();
        const QModelIndex row = secrets()->secretModel()->indexOf(QStringLiteral("db-password"));
        QCOMPARE(row.siblingAtColumn(models::SecretListModel::EnabledColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QVERIFY(!action("actionReveal")->isEnabled());
        QVERIFY(!action("actionCopyValue")->isEnabled());
        QVERIFY(!child<QPushButton>(secrets(), "revealButton")->isEnabled());
        QVERIFY(child<QLabel>(secrets(), "valueNote")->text().contains(u"disabled"));
        // The console refuses what the engine refuses, with the reason.
        QVERIFY(!secrets()->details()->copyValue());
        QCOMPARE(child<QLabel>(secrets(), "detailsError")->text(),
                 models::ErrorText::forObject(Error(ErrorCode::Forbidden, {}), models::ObjectOp::Read,
                                              ObjectKind::Secret, QStringLiteral("db-password")));
        action("actionEnableSecret")->trigger();
        QCOMPARE(row.siblingAtColumn(models::SecretListModel::EnabledColumn).data().toString(),
                 QStringLiteral("Enabled"));
        QVERIFY(action("actionReveal")->isEnabled());
        QVERIFY(child<QLabel>(secrets(), "detailsError")->isHidden());
    }

    void deleteThenUndo()
    {
        m_prompter.confirmAnswer = false;
        select(QStringLiteral("db-password"));
        action("actionDeleteSecret")->trigger();
        QVERIFY(secrets()->secretModel()->indexOf(QStringLiteral("db-password")).isValid()); // declined
        const QString question = m_prompter.questions.last();
        QVERIFY2(question.contains(u"30 days") && question.contains(u"Manage deleted") && question.contains(u"soft"),
                 qPrintable(question));
        deleteSelected(QStringLiteral("db-password"));
        auto *undo = child<QPushButton>(m_window.get(), "undoButton");
        QVERIFY(undo->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"deleted"));
        QCOMPARE(deleted()->deletedModel()->rowCount(), 1);
        click(undo);
        QVERIFY(!undo->isVisible());
        QVERIFY(secrets()->secretModel()->indexOf(QStringLiteral("db-password")).isValid());
        QCOMPARE(secrets()->currentSecret(), QStringLiteral("db-password"));
        QCOMPARE(deleted()->deletedModel()->rowCount(), 0);
    }

    void manageDeletedCountdownAndRecover()
    {
        deleteSelected(QStringLiteral("db-password"));
        press(m_window.get(), "Ctrl+6");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        QCOMPARE(deletedCountdown(QStringLiteral("db-password")), QStringLiteral("purged in 30 days 0 h"));
        deleted()->setTickInterval(50ms);
        m_clock.advanceSecs(3 * 3600 + 60);
        QTRY_COMPARE_WITH_TIMEOUT(deletedCountdown(QStringLiteral("db-password")),
                                  QStringLiteral("purged in 29 days 20 h"), 3000);
        deleted()->selectItem(QStringLiteral("secrets/db-password"));
        QVERIFY(child<QPushButton>(deleted(), "purgeButton")->isEnabled());
        QVERIFY(child<QLabel>(deleted(), "purgeReasonLabel")->isHidden());
        shot(m_window.get(), QStringLiteral("25-manage-deleted-countdown"));
        click(child<QPushButton>(deleted(), "recoverButton"));
        QCOMPARE(deleted()->deletedModel()->rowCount(), 0);
        QVERIFY(secrets()->secretModel()->indexOf(QStringLiteral("db-password")).isValid());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"recovered"));
    }

    void purgeIsConfirmedAndFinal()
    {
        // A backup first, to bring it back at the end.
        press(m_window.get(), "Ctrl+3");
        select(QStringLiteral("db-password"));
        const QString backupFile = QDir(m_dir.path()).filePath(QStringLiteral("db-password.cofferbackup"));
        m_prompter.saveFileAnswer = backupFile;
        action("actionBackup")->trigger();
        QVERIFY(QFileInfo(backupFile).size() > 0);

        deleteSelected(QStringLiteral("db-password"));
        press(m_window.get(), "Ctrl+6");
        deleted()->selectItem(QStringLiteral("secrets/db-password"));
        m_prompter.confirmAnswer = false;
        click(child<QPushButton>(deleted(), "purgeButton"));
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Purge db-password"));
        QVERIFY(m_prompter.questions.last().contains(u"irreversible"));
        QCOMPARE(deleted()->deletedModel()->rowCount(), 1); // declined: still there
        m_prompter.confirmAnswer = true;
        click(child<QPushButton>(deleted(), "purgeButton"));
        QCOMPARE(deleted()->deletedModel()->rowCount(), 0);
        QVERIFY(!secrets()->secretModel()->indexOf(QStringLiteral("db-password")).isValid());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"purged"));

        // Restore from the backup: back with both versions.
        press(m_window.get(), "Ctrl+3");
        m_prompter.openFileAnswer = backupFile;
        action("actionRestore")->trigger();
        QCOMPARE(secrets()->currentSecret(), QStringLiteral("db-password"));
        QCOMPARE(secrets()->details()->versionsModel()->rowCount(), 2);
        // Restoring again: the name is taken.
        const int errors = int(m_prompter.errors.size());
        action("actionRestore")->trigger();
        QCOMPARE(m_prompter.errors.size(), errors + 1);
        QCOMPARE(m_prompter.errors.last(),
                 models::ErrorText::forObject(Error(ErrorCode::Conflict, {}), models::ObjectOp::Restore,
                                              ObjectKind::Secret, {}));
    }

    void creatingWithADeletedNameExplainsIt()
    {
        deleteSelected(QStringLiteral("smtp-relay"));
        action("actionCreateSecret")->trigger();
        QPointer<SecretDialog> dialog = openedDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("smtp-relay"));
        QCOMPARE(child<QLabel>(dialog, "nameHint")->text(),
                 models::ErrorText::forObject(Error(ErrorCode::Conflict, {}), models::ObjectOp::Create,
                                              ObjectKind::Secret, QStringLiteral("smtp-relay")));
        auto *go = child<QPushButton>(dialog, "goToDeletedButton");
        QVERIFY(go->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        shot(dialog, QStringLiteral("26-create-with-deleted-name"));
        click(go);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        QCOMPARE(deleted()->currentItem(), QStringLiteral("secrets/smtp-relay"));
    }

    void lockClearsClipboardAndValues()
    {
        press(m_window.get(), "Ctrl+3");
        select(QStringLiteral("stripe-api-key"));
        m_window->secretClipboard()->setClearInterval(60s);
        QVERIFY(secrets()->details()->copyValue());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sk_live_x"));
        action("actionLock")->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(secrets()->secretModel()->rowCount(), 0);
        QCOMPARE(deleted()->deletedModel()->rowCount(), 0);
        QVERIFY(!workspace()->changeWatcher()->isPolling());
        m_window->secretClipboard()->setClearInterval(300ms);
    }

    void purgeProtectionRefusesPurge()
    {
        const QString path = makeVault(QStringLiteral("Audit-Keys"), true);
        openAndUnlock(path);
        press(m_window.get(), "Ctrl+3");
        COFFER_VERIFY_OK(workspace()->operations()->createSecret(QStringLiteral("signing-seed"),
                                                                 SecureBytes(QByteArrayView("seed")), {}));
        select(QStringLiteral("signing-seed"));
        m_prompter.confirmAnswer = true;
        action("actionDeleteSecret")->trigger();
        QVERIFY(m_prompter.questions.last().contains(u"Purge protection is on"));
        press(m_window.get(), "Ctrl+6");
        deleted()->selectItem(QStringLiteral("secrets/signing-seed"));
        auto *purge = child<QPushButton>(deleted(), "purgeButton");
        auto *reason = child<QLabel>(deleted(), "purgeReasonLabel");
        QVERIFY(!purge->isEnabled());
        QVERIFY(purge->toolTip().contains(u"Purge protection is on"));
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), purge->toolTip());
        QVERIFY(child<QPushButton>(deleted(), "recoverButton")->isEnabled());
        QVERIFY(child<QLabel>(deleted(), "deletedIntro")->text().contains(u"Purge protection is on"));
        shot(m_window.get(), QStringLiteral("27-purge-refused"));
        // The engine agrees.
        COFFER_VERIFY_ERROR(workspace()->operations()->purge(ObjectKind::Secret, QStringLiteral("signing-seed")),
                            ErrorCode::Forbidden);
    }
};

QTEST_MAIN(TestSecretsPages)
#include "TestSecretsPages.moc"
