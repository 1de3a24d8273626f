// Drives the Keys page offscreen through the real widgets: navigation (Ctrl+4) → New key RSA and EC through the
// dialog (type-dependent sizes and operations, the HSM option refused with its reason, the busy state while the
// key is generated) → the table → the details pane's public key (PEM equal to KeyStore::exportPublic, JWK, copy,
// save as DER) → Rotate now (a new version; the old one still selectable) → Properties (narrowing ops) → import
// of an encrypted PEM (password asked, wrong password said so) → an HSM key on SoftHSM with the PIN typed in the
// dialog (when the fixture is there) → delete → Manage deleted → recover. Screenshots:
// test-output/screenshots/30-keys-*.

#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/DeletedItemsModel.h"
#include "models/KeyFilterProxy.h"
#include "models/KeyOperations.h"
#include "models/KeyVersionsModel.h"
#include "models/KeysModel.h"
#include "models/VaultSession.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/DeletedPage.h"
#include "ui/KeyCreateDialog.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyImportDialog.h"
#include "ui/KeyOpsBox.h"
#include "ui/KeyPropertiesDialog.h"
#include "ui/KeyProtectionChooser.h"
#include "ui/KeysPage.h"
#include "ui/MainWindow.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace coffer;
using namespace std::chrono_literals;
using coffer::models::KeysModel;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "keys page test passphrase";

QStringList comboTexts(QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}
} // namespace

class TestKeysPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<test::TestToken> m_token;
    QString m_tokenSerial;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::KeysPage *keysPage() { return workspace()->keysPage(); }
    ui::KeyDetailsPane *details() { return keysPage()->details(); }
    KeyStore &store() { return m_window->currentSession()->vault()->keys(); }
    QTableView *table() { return child<QTableView>(keysPage(), "keysView"); }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }
    QModelIndex rowOf(const QString &name) { return keysPage()->proxy()->indexOf(name); }
    QString cell(const QString &name, int column) { return rowOf(name).siblingAtColumn(column).data().toString(); }
    void select(const QString &name)
    {
        const QModelIndex index = rowOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        table()->setCurrentIndex(index);
        QCOMPARE(keysPage()->currentKey(), name);
    }
    void press(QWidget *target, const char *keys)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(target, QKeySequence(QLatin1StringView(keys)));
        QCoreApplication::processEvents();
    }
    template<typename D>
    QPointer<D> opened()
    {
        QPointer<D> dialog = m_window->findChild<D *>();
        if (dialog)
            (void)QTest::qWaitFor([&] { return dialog->isVisible(); });
        return dialog;
    }
    // Creates a key through the dialog: name, type, size or curve, as a person would pick them.
    void createThroughDialog(const QString &name, int typeIndex, const QString &size)
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<ui::KeyCreateDialog> dialog = opened<ui::KeyCreateDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
        child<QComboBox>(dialog, "typeCombo")->setCurrentIndex(typeIndex);
        auto *sizes = child<QComboBox>(dialog, "sizeCombo");
        sizes->setCurrentIndex(sizes->findText(size));
        QVERIFY(sizes->currentIndex() >= 0);
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 60000);
        QCOMPARE(keysPage()->currentKey(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Crypto-Prod");
        options.retentionDays = 30;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_path = created->vault->path();
        // With SoftHSM at hand the vault gets a token (as `vault hsm bind` would); the console must ask for its PIN.
        m_token = test::testToken();
        if (m_token) {
            auto bound = created->vault->hsm().bind(m_token->module, m_token->label, m_token->pin);
            COFFER_VERIFY_OK(bound);
            m_tokenSerial = bound->tokenSerial;
        }
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1400, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(m_path, false));
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void keysPageNextToSecrets()
    {
        auto *nav = child<QListWidget>(workspace(), "navList");
        QCOMPARE(workspace()->pageIds().indexOf(QStringLiteral("keys")),
                 workspace()->pageIds().indexOf(QStringLiteral("secrets")) + 1);
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Keys"));
        QVERIFY(nav->item(3)->toolTip().contains(
                QKeySequence(QStringLiteral("Ctrl+4")).toString(QKeySequence::NativeText)));
        press(m_window.get(), "Ctrl+4");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("keys"));
        QCOMPARE(keysPage()->keyModel()->rowCount(), 0);
        QCOMPARE(child<QLabel>(keysPage(), "countLabel")->text(), QStringLiteral("0 keys"));
        // Nothing selected: only what needs no selection is enabled.
        QVERIFY(action("actionNewKey")->isEnabled());
        QVERIFY(action("actionImportKey")->isEnabled());
        QVERIFY(!action("actionRotateKey")->isEnabled());
        QVERIFY(!action("actionDeleteKey")->isEnabled());
        QVERIFY(!action("actionDownloadPublicKey")->isEnabled());
    }

    void createDialogFollowsTheType()
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<ui::KeyCreateDialog> dialog = opened<ui::KeyCreateDialog>();
        QVERIFY(dialog);
        auto *type = child<QComboBox>(dialog, "typeCombo");
        auto *sizes = child<QComboBox>(dialog, "sizeCombo");
        auto *ops = child<ui::KeyOpsBox>(dialog, "opsBox");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QCOMPARE(comboTexts(sizes),
                 (QStringList {QStringLiteral("2048 bits"), QStringLiteral("3072 bits"), QStringLiteral("4096 bits")}));
        QVERIFY(ops->box(KeyOp::Sign)->isEnabled() && ops->box(KeyOp::WrapKey)->isEnabled());
        type->setCurrentIndex(1); // EC
        QCOMPARE(comboTexts(sizes),
                 (QStringList {QStringLiteral("P-256"), QStringLiteral("P-384"), QStringLiteral("P-521"),
                               QStringLiteral("P-256K")}));
        QVERIFY(ops->box(KeyOp::Sign)->isChecked() && ops->box(KeyOp::Verify)->isChecked());
        QVERIFY(!ops->box(KeyOp::Encrypt)->isEnabled());
        QVERIFY(!ops->box(KeyOp::UnwrapKey)->isEnabled());
        QCOMPARE(ops->ops(), KeyOps(KeyOp::Sign | KeyOp::Verify));
        type->setCurrentIndex(2); // oct
        QCOMPARE(sizes->currentText(), QStringLiteral("256 bits"));
        QVERIFY(!ops->box(KeyOp::Sign)->isEnabled());
        QVERIFY(ops->box(KeyOp::WrapKey)->isChecked());
        type->setCurrentIndex(0);

        // The HSM option: refused with the reason (no token, or its PIN not given yet).
        auto *hsm = child<QRadioButton>(dialog, "hsmRadio");
        QVERIFY(!hsm->isEnabled());
        const QString reason = child<QLabel>(dialog, "hsmReasonLabel")->text();
        if (m_token)
            QVERIFY2(reason.contains(u"PIN"), qPrintable(reason));
        else
            QVERIFY2(reason.contains(u"No PKCS#11 token is bound"), qPrintable(reason));
        QCOMPARE(child<QLineEdit>(dialog, "pinEdit")->isVisibleTo(dialog), m_token.has_value());

        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("bad name"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "nameHint")->text(),
                 objects::validateName(ObjectKind::Key, QStringLiteral("bad name")).error().context());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("payments-signing"));
        QVERIFY(ok->isEnabled());
        for (KeyOp op : {KeyOp::Encrypt, KeyOp::Decrypt, KeyOp::Sign, KeyOp::Verify, KeyOp::WrapKey, KeyOp::UnwrapKey})
            ops->box(op)->setChecked(false);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(u"at least one operation"));
        ops->box(KeyOp::Sign)->setChecked(true);
        ops->box(KeyOp::Verify)->setChecked(true);
        QVERIFY(ok->isEnabled());
        shot(dialog, QStringLiteral("30-keys-create-dialog"));

        // RSA 3072: generated off the GUI thread, the dialog says it is working meanwhile.
        sizes->setCurrentIndex(1);
        click(ok);
        QVERIFY(dialog->isWorking());
        QVERIFY(child<QProgressBar>(dialog, "busyBar")->isVisibleTo(dialog));
        QVERIFY(child<QLabel>(dialog, "busyLabel")->text().contains(u"3072"));
        QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->isEnabled());
        QVERIFY(!ok->isEnabled());
        dialog->reject(); // refused while the key is being made
        QVERIFY(!dialog.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 60000);
        QCOMPARE(keysPage()->currentKey(), QStringLiteral("payments-signing"));
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::TypeColumn), QStringLiteral("RSA"));
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::SizeColumn), QStringLiteral("3072 bits"));
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::OperationsColumn), QStringLiteral("sign, verify"));
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::ProtectionColumn), QStringLiteral("Software"));
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::VersionsColumn), QStringLiteral("1"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"created"));
        auto stored = store().show(QStringLiteral("payments-signing"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->spec, KeySpec::rsa(3072));
        QCOMPARE(stored->ops, KeyOps(KeyOp::Sign | KeyOp::Verify));
    }

    void createEcKey()
    {
        createThroughDialog(QStringLiteral("api-token-ec"), 1, QStringLiteral("P-384"));
        QCOMPARE(keysPage()->keyModel()->rowCount(), 2);
        QCOMPARE(cell(QStringLiteral("api-token-ec"), KeysModel::TypeColumn), QStringLiteral("EC"));
        QCOMPARE(cell(QStringLiteral("api-token-ec"), KeysModel::SizeColumn), QStringLiteral("P-384"));
        QCOMPARE(child<QLabel>(keysPage(), "countLabel")->text(), QStringLiteral("2 keys"));
        auto stored = store().show(QStringLiteral("api-token-ec"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->spec, KeySpec::ec(Curve::P384));
        // The filter knows key words.
        auto *filter = child<QLineEdit>(keysPage(), "filterEdit");
        QTest::keyClicks(filter, QStringLiteral("p-384"));
        QCOMPARE(keysPage()->proxy()->rowCount(), 1);
        QCOMPARE(child<QLabel>(keysPage(), "countLabel")->text(), QStringLiteral("1 of 2 keys"));
        filter->clear();
        QCOMPARE(keysPage()->proxy()->rowCount(), 2);
    }

    void publicKeyInTheDetailsPane()
    {
        select(QStringLiteral("payments-signing"));
        QCOMPARE(child<QLabel>(details(), "detailsTitle")->text(), QStringLiteral("payments-signing"));
        QVERIFY(child<QLabel>(details(), "hsmBadge")->isHidden());
        auto *tabs = child<QTabWidget>(details(), "detailsTabs");
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Try it"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Rotation policy"));
        QVERIFY(child<QWidget>(details(), "keyTryPanel"));
        QVERIFY(child<QWidget>(details(), "rotationPolicyEditor"));
        tabs->setCurrentIndex(1);
        const QString version = store().show(QStringLiteral("payments-signing"))->info.version;
        auto pem = store().exportPublic(QStringLiteral("payments-signing"), version, PublicFormat::Pem);
        COFFER_VERIFY_OK(pem);
        QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(details()->publicKeyText(), QString::fromLatin1(*pem));
        QCOMPARE(child<QPlainTextEdit>(details(), "publicKeyView")->toPlainText(), QString::fromLatin1(*pem));
        shot(m_window.get(), QStringLiteral("30-keys-details-public-pem"));

        // JWK: Azure's fields.
        click(child<QToolButton>(details(), "jwkToggle"));
        const QJsonObject jwk = QJsonDocument::fromJson(details()->publicKeyText().toUtf8()).object();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QVERIFY(!jwk.value(QStringLiteral("n")).toString().isEmpty());
        QVERIFY(!jwk.value(QStringLiteral("e")).toString().isEmpty());
        QVERIFY(!jwk.contains(QStringLiteral("d"))); // never the private part
        QVERIFY(jwk.value(QStringLiteral("kid")).toString().endsWith(version));
        click(child<QPushButton>(details(), "copyPublicButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), details()->publicKeyText());
        click(child<QToolButton>(details(), "pemToggle"));
        QCOMPARE(details()->publicKeyText(), QString::fromLatin1(*pem));

        // Save… as DER (the extension picks the format), and Download public key (Ctrl+Shift+S) as PEM.
        const QString der = QDir(m_dir.path()).filePath(QStringLiteral("payments-signing.der"));
        m_prompter.saveFileAnswer = der;
        click(child<QPushButton>(details(), "savePublicButton"));
        QFile derFile(der);
        QVERIFY(derFile.open(QIODevice::ReadOnly));
        QCOMPARE(derFile.readAll(),
                 *store().exportPublic(QStringLiteral("payments-signing"), version, PublicFormat::Der));
        const QString pemPath = QDir(m_dir.path()).filePath(QStringLiteral("payments-signing.pem"));
        m_prompter.saveFileAnswer = pemPath;
        table()->setFocus();
        press(table(), "Ctrl+Shift+S");
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Save Public Key of payments-signing"));
        QFile pemFile(pemPath);
        QVERIFY(pemFile.open(QIODevice::ReadOnly));
        QCOMPARE(pemFile.readAll(), *pem);
        tabs->setCurrentIndex(0);
    }

    void rotateNowAddsAVersion()
    {
        select(QStringLiteral("payments-signing"));
        const QString before = store().show(QStringLiteral("payments-signing"))->info.version;
        // Declined: nothing happens.
        m_prompter.confirmAnswer = false;
        action("actionRotateKey")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Rotate Key"));
        QVERIFY(!keysPage()->isRotating());
        QCOMPARE(store().listVersions(QStringLiteral("payments-signing"))->size(), 1);
        m_prompter.confirmAnswer = true;
        m_clock.advanceSecs(3600);
        QVERIFY(keysPage()->rotateCurrent());
        QVERIFY2(m_prompter.questions.last().contains(u"new version") && m_prompter.questions.last().contains(u"3072"),
                 qPrintable(m_prompter.questions.last()));
        QVERIFY(child<QProgressBar>(keysPage(), "busyBar")->isVisibleTo(keysPage()));
        QVERIFY(!action("actionRotateKey")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!keysPage()->isRotating(), 60000);
        QCOMPARE(cell(QStringLiteral("payments-signing"), KeysModel::VersionsColumn), QStringLiteral("2"));
        const QString after = store().show(QStringLiteral("payments-signing"))->info.version;
        QVERIFY(after != before);
        QVERIFY(m_window->statusBar()->currentMessage().contains(after));
        QCOMPARE(details()->versionsModel()->rowCount(), 2);
        QCOMPARE(details()->selectedVersion(), after);
        // The old version stays selectable, and its public key is its own.
        details()->selectVersion(before);
        QCOMPARE(details()->shown()->info.version, before);
        QCOMPARE(details()->publicKeyText(),
                 QString::fromLatin1(
                         *store().exportPublic(QStringLiteral("payments-signing"), before, PublicFormat::Pem)));
        QVERIFY(details()->publicKeyText()
                != QString::fromLatin1(
                        *store().exportPublic(QStringLiteral("payments-signing"), after, PublicFormat::Pem)));
        QCOMPARE(details()->shown()->spec, KeySpec::rsa(3072));
        shot(m_window.get(), QStringLiteral("30-keys-rotated"));
    }

    void propertiesNarrowOperations()
    {
        select(QStringLiteral("api-token-ec"));
        QPointer<ui::KeyPropertiesDialog> dialog = details()->showPropertiesDialog();
        QVERIFY(dialog);
        auto *ops = child<ui::KeyOpsBox>(dialog, "opsBox");
        QVERIFY(!ops->box(KeyOp::Encrypt)->isEnabled());
        ops->box(KeyOp::Sign)->setChecked(false);
        child<QCheckBox>(dialog, "enabledCheck")->setChecked(false);
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(dialog.isNull());
        auto stored = store().show(QStringLiteral("api-token-ec"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->ops, KeyOps(KeyOp::Verify));
        QVERIFY(!stored->info.attributes.enabled);
        QCOMPARE(cell(QStringLiteral("api-token-ec"), KeysModel::StatusColumn), QStringLiteral("Disabled"));
        QCOMPARE(cell(QStringLiteral("api-token-ec"), KeysModel::OperationsColumn), QStringLiteral("verify"));
    }

    void importEncryptedPem()
    {
        const QString pemPath = QDir(m_dir.path()).filePath(QStringLiteral("partner-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                       QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), QStringLiteral("pass:partner-secret"),
                       QStringLiteral("-out"), pemPath});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl genpkey is not available to make an encrypted PEM");
        QVERIFY(QFile(pemPath).exists());

        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+I");
        QPointer<ui::KeyImportDialog> dialog = opened<ui::KeyImportDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isPasswordShown());
        auto *ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled()); // no file yet
        m_prompter.openFileAnswer = pemPath;
        click(child<QPushButton>(dialog, "chooseFileButton"));
        QCOMPARE(dialog->fileFormat(), ui::KeyImportDialog::FileFormat::EncryptedPem);
        QVERIFY(dialog->isPasswordShown());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("partner-key"));
        QVERIFY(!ok->isEnabled()); // the password is needed
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("wrong-guess"));
        click(ok);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 30000);
        const QString error = child<QLabel>(dialog, "errorLabel")->text();
        QVERIFY2(error.startsWith(u"Wrong password"), qPrintable(error));
        QVERIFY(!dialog.isNull());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!store().show(QStringLiteral("partner-key")));
        shot(dialog, QStringLiteral("30-keys-import-wrong-password"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("partner-secret"));
        click(ok);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 30000);
        QCOMPARE(keysPage()->currentKey(), QStringLiteral("partner-key"));
        QCOMPARE(cell(QStringLiteral("partner-key"), KeysModel::SizeColumn), QStringLiteral("P-256"));
        auto imported = store().show(QStringLiteral("partner-key"));
        COFFER_VERIFY_OK(imported);
        QCOMPARE(imported->spec, KeySpec::ec(Curve::P256));
        // The public key the vault shows is the one openssl made.
        QProcess pub;
        pub.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"), pemPath, QStringLiteral("-passin"),
                   QStringLiteral("pass:partner-secret"), QStringLiteral("-pubout")});
        QVERIFY(pub.waitForFinished(30000));
        QCOMPARE(pub.readAllStandardOutput(),
                 *store().exportPublic(QStringLiteral("partner-key"), {}, PublicFormat::Pem));
    }

    void hsmKeyWithPinPrompt()
    {
        if (!m_token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<ui::KeyCreateDialog> dialog = opened<ui::KeyCreateDialog>();
        QVERIFY(dialog);
        auto *hsm = child<QRadioButton>(dialog, "hsmRadio");
        auto *pin = child<QLineEdit>(dialog, "pinEdit");
        QVERIFY(!hsm->isEnabled());
        QVERIFY(pin->isVisibleTo(dialog));
        QVERIFY(child<QLabel>(dialog, "tokenLabel")->text().contains(m_tokenSerial));
        QTest::keyClicks(pin, QStringLiteral("000000"));
        click(child<QPushButton>(dialog, "hsmLoginButton"));
        QVERIFY2(child<QLabel>(dialog, "hsmErrorLabel")->text().startsWith(u"Wrong PIN"),
                 qPrintable(child<QLabel>(dialog, "hsmErrorLabel")->text()));
        QVERIFY(!hsm->isEnabled());
        QTest::keyClicks(pin, QString::fromUtf8(m_token->pin.utf8().view()));
        click(child<QPushButton>(dialog, "hsmLoginButton"));
        QVERIFY(hsm->isEnabled());
        QVERIFY(hsm->isChecked());
        QVERIFY(!pin->isVisibleTo(dialog));
        QVERIFY(!child<QCheckBox>(dialog, "exportableCheck")->isEnabled()); // HSM keys never leave the token
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("hsm-signing"));
        child<QComboBox>(dialog, "typeCombo")->setCurrentIndex(1); // EC P-256
        shot(dialog, QStringLiteral("30-keys-create-hsm"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 60000);
        const QModelIndex badge = rowOf(QStringLiteral("hsm-signing")).siblingAtColumn(KeysModel::ProtectionColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("HSM"));
        QVERIFY(badge.data(KeysModel::IsHsmRole).toBool());
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(m_tokenSerial));
        QVERIFY(child<QLabel>(details(), "hsmBadge")->isVisibleTo(details()));
        auto stored = store().show(QStringLiteral("hsm-signing"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->protection, Protection::Hsm);
        QCOMPARE(stored->hsmSerial, m_tokenSerial);
        QCOMPARE(details()->publicKeyText().isEmpty(), false);
        shot(m_window.get(), QStringLiteral("30-keys-hsm-badge"));
    }

    void deleteThenRecoverInManageDeleted()
    {
        shot(m_window.get(), QStringLiteral("30-keys-page"));
        select(QStringLiteral("api-token-ec"));
        m_prompter.confirmAnswer = true;
        table()->setFocus();
        action("actionDeleteKey")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Delete Key"));
        QVERIFY2(m_prompter.questions.last().contains(u"30 days") && m_prompter.questions.last().contains(u"soft"),
                 qPrintable(m_prompter.questions.last()));
        QVERIFY(!rowOf(QStringLiteral("api-token-ec")).isValid());
        COFFER_VERIFY_ERROR(store().show(QStringLiteral("api-token-ec")), ErrorCode::NotFound);

        press(m_window.get(), "Ctrl+6");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        auto *deleted = workspace()->deletedPage();
        const QString id = models::DeletedItemsModel::makeId(ObjectKind::Key, QStringLiteral("api-token-ec"));
        const QModelIndex index = deleted->deletedModel()->indexOf(id);
        QVERIFY(index.isValid());
        QCOMPARE(index.siblingAtColumn(models::DeletedItemsModel::KindColumn).data().toString(), QStringLiteral("Key"));
        QCOMPARE(index.siblingAtColumn(models::DeletedItemsModel::CountdownColumn).data().toString(),
                 QStringLiteral("purged in 30 days 0 h"));
        deleted->selectItem(id);
        shot(m_window.get(), QStringLiteral("30-keys-deleted"));
        click(child<QPushButton>(deleted, "recoverButton"));
        QVERIFY(!deleted->deletedModel()->indexOf(id).isValid());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"recovered"));
        press(m_window.get(), "Ctrl+4");
        QVERIFY(rowOf(QStringLiteral("api-token-ec")).isValid());
        COFFER_VERIFY_OK(store().show(QStringLiteral("api-token-ec")));
        QCOMPARE(cell(QStringLiteral("api-token-ec"), KeysModel::OperationsColumn), QStringLiteral("verify"));
    }
};

QTEST_MAIN(TestKeysPage)
#include "TestKeysPage.moc"
