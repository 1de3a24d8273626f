// The HSM settings of the vault's Properties page on a real SoftHSM2 token (a fresh one per run, CTest fixture):
// the module chosen with Browse…, its tokens listed, a wrong PIN refused as "Wrong PIN" with nothing bound, the right
// PIN binds (after the confirmation), Test PIN, an HSM key made and tried (off the GUI thread), and Unbind refused
// while it exists. A vault bound to a module this computer does not trust (a copy of SoftHSM, its trust removed as
// on another machine): the warning and "Trust this module…", refused then confirmed. Without SoftHSM2 the token
// cases skip; the rules without a token always run.
// Leaves the screenshots 33-hsm-settings.png and 34-hsm-untrusted-module.png in test-output/screenshots.

#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "models/HsmSettingsModel.h"
#include "models/KeyOperations.h"
#include "models/VaultSession.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/HsmSettingsPanel.h"
#include "ui/KeyTryPanel.h"
#include "ui/PropertiesPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using models::HsmSettingsModel;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "hsm settings test passphrase";

// Modules whose tokens were listed (from the model's worker thread).
struct ListedModules
{
    QMutex mutex;
    QStringList modules;
    void add(const QString &module)
    {
        const QMutexLocker lock(&mutex);
        modules << module;
    }
    bool contains(const QString &module)
    {
        const QMutexLocker lock(&mutex);
        return modules.contains(module);
    }
};

} // namespace

class TestHsmSettings : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::VaultSession> m_session;

    std::unique_ptr<models::VaultSession> makeSession(const QString &name)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a vault: %s", qPrintable(created.error().toString()));
        models::Services services;
        services.clock = &m_clock;
        services.kdf = Argon2Params::fastForTests();
        auto session = std::make_unique<models::VaultSession>(created->vault->path(), services);
        session->adopt(std::move(created->vault));
        return session;
    }
    // A new session on the vault at `path`, as when it is opened again (a fresh HSM binding, no token open).
    std::unique_ptr<models::VaultSession> reopen(const QString &path)
    {
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        if (!vault)
            qFatal("cannot open the vault: %s", qPrintable(vault.error().toString()));
        models::Services services;
        services.clock = &m_clock;
        services.kdf = Argon2Params::fastForTests();
        auto session = std::make_unique<models::VaultSession>(path, services);
        session->adopt(std::move(*vault));
        return session;
    }
    static QString text(QWidget *w, const char *name) { return child<QLabel>(w, name)->text(); }
    static void waitIdle(HsmSettingsModel *model) { QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { test::failOnAnyWarning(); }

    void rulesWithoutAToken()
    {
        HsmStatus unbound;
        QCOMPARE(HsmSettingsModel::unbindRefusal(unbound), QStringLiteral("No token is bound."));
        HsmStatus withKeys;
        withKeys.bound = true;
        withKeys.keyCount = 2;
        QCOMPARE(HsmSettingsModel::unbindRefusal(withKeys),
                 QStringLiteral("The vault holds 2 HSM key versions on this token: purge them before unbinding."));
        withKeys.keyCount = 0;
        QCOMPARE(HsmSettingsModel::unbindRefusal(withKeys), QString());
        QVERIFY(HsmSettingsModel::errorText(Error(ErrorCode::WrongCredential, QStringLiteral("CKR_PIN_INCORRECT")),
                                            HsmSettingsModel::Task::Bind)
                        .startsWith(QStringLiteral("Wrong PIN")));

        // A locked (no) session: nothing starts; bind names what is missing first.
        HsmSettingsModel model;
        QVERIFY(!model.refresh());
        QCOMPARE(model.bindRefusal(QStringLiteral("/m.so"), QStringLiteral("t"), true),
                 QStringLiteral("The vault is locked."));
        auto session = makeSession(QStringLiteral("Rules"));
        model.setSession(session.get());
        QCOMPARE(model.bindRefusal({}, QStringLiteral("t"), true), QStringLiteral("Choose a PKCS#11 module first."));
        QCOMPARE(model.bindRefusal(QStringLiteral("/m.so"), {}, true),
                 QStringLiteral("Choose a token of the module first."));
        QCOMPARE(model.bindRefusal(QStringLiteral("/m.so"), QStringLiteral("t"), false),
                 QStringLiteral("Enter the token's user PIN first."));
        QCOMPARE(model.bindRefusal(QStringLiteral("/m.so"), QStringLiteral("t"), true), QString());
        // An unbound vault answers at once, without holding the vault.
        QVERIFY(!model.refresh());
        QVERIFY(model.status().has_value());
        QVERIFY(!model.status()->bound);
        QVERIFY(!session->isBusy());
        QCOMPARE(model.testPinRefusal(true), QStringLiteral("No token is bound yet: Bind checks the PIN."));

        // Listing a module that is not one fails in words, on the token note.
        model.setListers([] { return QStringList {QStringLiteral("/nowhere/libnothing.so")}; },
                         [](const QString &module) -> Result<QList<HsmTokenChoice>> {
                             return Error(ErrorCode::HsmUnavailable, QStringLiteral("cannot load %1").arg(module));
                         });
        QVERIFY(model.loadTokens(QStringLiteral("/nowhere/libnothing.so")));
        waitIdle(&model);
        QCOMPARE(model.tokensError(), QStringLiteral("The module cannot be used: cannot load /nowhere/libnothing.so"));
        QVERIFY(model.loadModules());
        waitIdle(&model);
        QCOMPARE(model.modules(), QStringList {QStringLiteral("/nowhere/libnothing.so")});
    }

    void bindOnSoftHsm()
    {
        const auto token = test::testToken();
        if (!token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        m_session = makeSession(QStringLiteral("HsmSettings"));
        ui::PropertiesPage page;
        page.resize(900, 1000);
        ui::HsmSettingsPanel *panel = page.hsmSettings();
        panel->setPrompter(&m_prompter);
        HsmSettingsModel *model = panel->model();
        // p11-kit's list on this machine may or may not hold SoftHSM: the test takes the module through Browse….
        model->setListers([] { return QStringList(); }, [](const QString &m) { return HsmBinding::tokens(m); });
        page.setSession(m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitIdle(model);
        QVERIFY(model->status().has_value());
        QVERIFY(!model->status()->bound);
        QVERIFY2(text(panel, "hsmStatus").contains(QStringLiteral("no HSM binding")),
                 qPrintable(text(panel, "hsmStatus")));
        auto *unbind = child<QPushButton>(panel, "hsmUnbindButton");
        QVERIFY(!unbind->isEnabled());
        QCOMPARE(unbind->toolTip(), QStringLiteral("No token is bound."));

        // Browse… picks the module file; its tokens are listed.
        auto *module = child<QComboBox>(panel, "hsmModuleCombo");
        QCOMPARE(module->count(), 1); // only Browse…
        m_prompter.openFileAnswer = token->module;
        module->setCurrentIndex(0);
        Q_EMIT module->activated(0);
        waitIdle(model);
        QCOMPARE(module->currentData().toString(), token->module);
        auto *tokens = child<QComboBox>(panel, "hsmTokenCombo");
        QTRY_VERIFY(tokens->findData(token->label) >= 0);
        tokens->setCurrentIndex(tokens->findData(token->label));

        // A wrong PIN: "Wrong PIN", and nothing bound.
        auto *pin = child<QLineEdit>(panel, "hsmPinEdit");
        auto *bind = child<QPushButton>(panel, "hsmBindButton");
        QVERIFY(!bind->isEnabled()); // no PIN yet
        QTest::keyClicks(pin, QStringLiteral("not-the-pin"));
        m_prompter.confirmAnswer = true;
        click(bind);
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Bind to a token"));
        QVERIFY2(m_prompter.questions.last().contains(token->label), qPrintable(m_prompter.questions.last()));
        QCOMPARE(pin->text(), QString()); // the PIN does not stay in the field
        waitIdle(model);
        QVERIFY2(text(panel, "hsmError").startsWith(QStringLiteral("Wrong PIN")), qPrintable(text(panel, "hsmError")));
        QVERIFY(!m_session->vault()->hsm().binding().has_value());
        QVERIFY(!model->status()->bound);

        // Declining the confirmation binds nothing either.
        QTest::keyClicks(pin, token->pin.toQStringForDisplay());
        m_prompter.confirmAnswer = false;
        click(bind);
        QVERIFY(!model->isBusy());
        QVERIFY(!m_session->vault()->hsm().binding().has_value());

        // The right PIN binds.
        m_prompter.confirmAnswer = true;
        click(bind);
        waitIdle(model);
        QCOMPARE(text(panel, "hsmError"), QString());
        QCOMPARE(text(panel, "hsmMessage"), QStringLiteral("The vault is bound to the token."));
        const auto binding = m_session->vault()->hsm().binding();
        QVERIFY(binding.has_value());
        QCOMPARE(binding->tokenLabel, token->label);
        QVERIFY(model->status()->bound);
        QVERIFY2(text(panel, "hsmStatus").contains(token->label), qPrintable(text(panel, "hsmStatus")));
        QVERIFY2(text(panel, "hsmStatus").contains(binding->tokenSerial), qPrintable(text(panel, "hsmStatus")));
        QVERIFY(unbind->isEnabled()); // no HSM key yet

        // Test PIN: wrong, then right.
        auto *testPin = child<QPushButton>(panel, "hsmTestPinButton");
        QTest::keyClicks(pin, QStringLiteral("0000"));
        click(testPin);
        waitIdle(model);
        QVERIFY2(text(panel, "hsmError").startsWith(QStringLiteral("Wrong PIN")), qPrintable(text(panel, "hsmError")));
        QTest::keyClicks(pin, token->pin.toQStringForDisplay());
        click(testPin);
        waitIdle(model);
        QCOMPARE(text(panel, "hsmMessage"), QStringLiteral("The PIN is correct: the token accepted it."));
        QVERIFY(model->status()->loggedIn);

        // An HSM key, tried off the GUI thread.
        models::KeyOperations ops;
        ops.setSession(m_session.get());
        KeyCreateRequest request;
        request.spec = KeySpec::ec(Curve::P256);
        request.protection = Protection::Hsm;
        auto created = ops.create(QStringLiteral("hsm-key"), request);
        COFFER_VERIFY_OK(created);
        ui::KeyTryPanel tryPanel(&ops);
        tryPanel.setKey(QStringLiteral("hsm-key"), {}, *created);
        tryPanel.setInput(QStringLiteral("signed on the token"));
        QVERIFY(tryPanel.run());
        QVERIFY(tryPanel.isRunning());
        QVERIFY(m_session->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!tryPanel.isRunning(), 20000);
        QCOMPARE(child<QLabel>(&tryPanel, "tryError")->text(), QString());
        QCOMPARE(QByteArray::fromBase64(tryPanel.outputText().toLatin1()).size(), 64);
        QTest::mouseClick(child<QPushButton>(&tryPanel, "tryVerifyThisButton"), Qt::LeftButton);
        QVERIFY(tryPanel.run());
        QTRY_VERIFY_WITH_TIMEOUT(!tryPanel.isRunning(), 20000);
        QVERIFY2(child<QLabel>(&tryPanel, "tryVerdict")->text().contains(QStringLiteral("Valid")),
                 qPrintable(child<QLabel>(&tryPanel, "tryVerdict")->text()));

        // Unbind is refused while the key exists, with the reason.
        click(child<QPushButton>(panel, "hsmRefreshButton"));
        waitIdle(model);
        QCOMPARE(model->status()->keyCount, 1);
        QVERIFY(!unbind->isEnabled());
        QCOMPARE(unbind->toolTip(),
                 QStringLiteral("The vault holds 1 HSM key version on this token: purge it before unbinding."));
        QVERIFY2(text(panel, "hsmStatus").contains(QStringLiteral("HSM keys")), qPrintable(text(panel, "hsmStatus")));
        shot(&page, QStringLiteral("33-hsm-settings"));

        // Locking forgets what was read.
        m_session->lock();
        QVERIFY(!model->status().has_value());
        QVERIFY(!panel->isEnabled());
    }

    void untrustedModule()
    {
        const auto token = test::testToken();
        if (!token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        // A module file this computer has never trusted: a copy of SoftHSM in a folder of its own.
        const QString folder = m_dir.filePath(QStringLiteral("modules"));
        QVERIFY(QDir().mkpath(folder));
        const QString copy = QDir(folder).filePath(QStringLiteral("libvendor-pkcs11.so"));
        QVERIFY(QFile::copy(QFileInfo(token->module).canonicalFilePath(), copy));
        const QString module = QFileInfo(copy).canonicalFilePath();
        QVERIFY(!HsmBinding::isTrustedModule(module));

        // Bound here (bind trusts the module it is given), then the trust goes, as on another computer.
        QString path;
        {
            auto binder = makeSession(QStringLiteral("Untrusted"));
            path = binder->path();
            COFFER_VERIFY_OK(binder->vault()->hsm().bind(module, token->label, token->pin));
            QVERIFY(HsmBinding::isTrustedModule(module));
        }
        QVERIFY(QFile::remove(HsmBinding::trustedModulesFile()));
        QVERIFY(!HsmBinding::isTrustedModule(module));
        m_session = reopen(path);

        ui::PropertiesPage page;
        page.resize(900, 1000);
        ui::HsmSettingsPanel *panel = page.hsmSettings();
        panel->setPrompter(&m_prompter);
        HsmSettingsModel *model = panel->model();
        // Which modules were asked for their tokens (each one is loaded for that).
        auto listed = std::make_shared<ListedModules>();
        model->setListers([] { return QStringList(); },
                          [listed](const QString &m) {
                              listed->add(m);
                              return HsmBinding::tokens(m);
                          });
        page.setSession(m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitIdle(model);
        QVERIFY(model->status().has_value());
        QVERIFY(model->status()->bound);
        QVERIFY(!model->status()->moduleTrusted);
        QVERIFY(!model->status()->moduleLoads); // not loaded at all
        QVERIFY(!model->status()->loggedIn);

        // The warning names the module, and Trust is offered.
        const QString warning
                = QStringLiteral("This vault names the PKCS#11 module %1, which this computer does not trust. "
                                 "A module runs inside Coffer with your rights and sees the token PIN. Trust it "
                                 "only if you know where it comes from.")
                          .arg(module);
        auto *trustBox = child<QWidget>(panel, "hsmTrustBox");
        QVERIFY(trustBox->isVisible());
        QCOMPARE(text(panel, "hsmTrustWarning"), warning);
        QVERIFY2(text(panel, "hsmStatus").contains(QStringLiteral("no: it is not loaded")),
                 qPrintable(text(panel, "hsmStatus")));
        auto *trust = child<QPushButton>(panel, "hsmTrustModuleButton");
        QVERIFY(trust->isVisible());
        QVERIFY(trust->isEnabled());
        // The module is not loaded, not even to list its tokens, and Test PIN says why it cannot run.
        QVERIFY(!listed->contains(module));
        auto *tokens = child<QComboBox>(panel, "hsmTokenCombo");
        QCOMPARE(tokens->count(), 0);
        QCOMPARE(text(panel, "hsmTokenNote"),
                 QStringLiteral("This computer does not trust this module, so its tokens are not listed."));
        auto *pin = child<QLineEdit>(panel, "hsmPinEdit");
        auto *testPin = child<QPushButton>(panel, "hsmTestPinButton");
        QTest::keyClicks(pin, token->pin.toQStringForDisplay());
        QVERIFY(!testPin->isEnabled());
        QCOMPARE(testPin->toolTip(),
                 QStringLiteral("This computer does not trust the token's module: trust it first."));
        pin->clear();
        shot(&page, QStringLiteral("34-hsm-untrusted-module"));

        // Refused: nothing changes.
        m_prompter.confirmAnswer = false;
        click(trust);
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Trust a PKCS#11 module"));
        QVERIFY2(m_prompter.questions.last().contains(module), qPrintable(m_prompter.questions.last()));
        QVERIFY(!model->isBusy());
        QVERIFY(!HsmBinding::isTrustedModule(module));
        QVERIFY(!QFile::exists(HsmBinding::trustedModulesFile()));
        QVERIFY(trustBox->isVisible());
        QVERIFY(!model->status()->moduleTrusted);

        // Confirmed: the module is trusted and the token usable.
        m_prompter.confirmAnswer = true;
        click(trust);
        waitIdle(model);
        QVERIFY(HsmBinding::isTrustedModule(module));
        QCOMPARE(text(panel, "hsmMessage"),
                 QStringLiteral("This computer now trusts the PKCS#11 module %1.").arg(module));
        QCOMPARE(text(panel, "hsmError"), QString());
        QVERIFY(model->status()->moduleTrusted);
        QVERIFY(model->status()->moduleLoads);
        QVERIFY(model->status()->tokenPresent);
        QVERIFY(!trustBox->isVisible());
        QTRY_VERIFY(tokens->findData(token->label) >= 0); // its tokens are listed now
        QVERIFY(listed->contains(module));
        QVERIFY(!model->status()->loggedIn); // the PIN is still needed
        QTest::keyClicks(pin, token->pin.toQStringForDisplay());
        click(testPin);
        waitIdle(model);
        QCOMPARE(text(panel, "hsmMessage"), QStringLiteral("The PIN is correct: the token accepted it."));
        QVERIFY(model->status()->loggedIn);
        QVERIFY2(text(panel, "hsmStatus").contains(token->label), qPrintable(text(panel, "hsmStatus")));
        m_session.reset();
    }
};

QTEST_MAIN(TestHsmSettings)
#include "TestHsmSettings.moc"
