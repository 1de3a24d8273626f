// Drives the certificate import wizard offscreen through its real pages against a real vault (fast Argon2), with
// files made by `openssl` (tests/support/CertFixtures): a PFX with a wrong password then the right one (Enter
// advances), a PEM bundle with warnings (expired, chain incomplete) and the options reaching the stored policy,
// blocking errors (gap, mismatch) keeping Next disabled, a certificate-only DER, a file over 10 MiB refused at once,
// live name validation, "Import another", Esc, and the HSM option (only with a bound token and a key: SoftHSM).
// Every import is checked in CertificateStore (list, x5t against `openssl x509 -fingerprint`). Screenshots:
// test-output/screenshots/55..60-import-*.

#include "core/vault/CertificateStore.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/CertificateOperations.h"
#include "models/VaultSession.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/SoftHsm.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/ImportCertificateWizard.h"
#include "ui/TagsEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using Wizard = ui::ImportCertificateWizard;

namespace {
using coffer::test::child;
using coffer::test::shot;
const QByteArray kPassphrase = "import wizard test passphrase";

const test::CertFixtures &fixtures()
{
    return test::CertFixtures::instance();
}

// `openssl x509 -noout <option>` of a fixture, the value after '='.
QString opensslField(const QString &pem, const QString &option)
{
    int exitCode = -1;
    const QByteArray out = test::CertFixtures::openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                                        fixtures().path(pem), QStringLiteral("-noout"), option,
                                                        QStringLiteral("-nameopt"), QStringLiteral("RFC2253")},
                                                       {}, &exitCode);
    if (exitCode != 0)
        qFatal("openssl x509 failed for %s", qPrintable(pem));
    const QString text = QString::fromUtf8(out).trimmed();
    return text.mid(text.indexOf(u'=') + 1).trimmed();
}

// Azure's x5t (base64url of the SHA-1 thumbprint) from `openssl x509 -fingerprint -sha1`.
QString opensslX5t(const QString &pem)
{
    const QString fingerprint = opensslField(pem, QStringLiteral("-fingerprint"));
    const QByteArray sha1 = QByteArray::fromHex(fingerprint.toLatin1().replace(':', ""));
    if (sha1.size() != 20)
        qFatal("no SHA-1 fingerprint for %s", qPrintable(pem));
    return QString::fromLatin1(sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A moment inside the leaf's validity (the fixtures are made when the test runs).
QDateTime inLeafLifetime()
{
    QString text = opensslField(QStringLiteral("leaf.pem"), QStringLiteral("-startdate")).simplified();
    text.chop(4); // " GMT"
    QDateTime time = QDateTime::fromString(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    time.setTimeSpec(Qt::UTC);
    return time.addDays(1);
}

QStringList listTexts(QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}
} // namespace

class TestImportCertificateWizard : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<models::VaultSession> m_session;
    std::unique_ptr<models::CertificateOperations> m_operations;
    std::unique_ptr<Wizard> m_wizard;

    CertificateStore &store() { return m_session->vault()->certificates(); }
    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }

    void openWizard()
    {
        m_wizard = std::make_unique<Wizard>(m_operations.get(), &m_prompter, &m_clock);
        m_wizard->resize(900, 640);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(Wizard::FilePageId));
        QVERIFY(!next()->isEnabled());
    }
    // Browse → the scripted file chooser answers with the fixture.
    void browse(const QString &fixture)
    {
        m_prompter.openFileAnswer = fixtures().path(fixture);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "browseButton"), Qt::LeftButton);
        QCoreApplication::processEvents();
    }
    void clickNext()
    {
        QVERIFY2(next()->isEnabled(),
                 qPrintable(QStringLiteral("Next disabled on page %1").arg(m_wizard->currentId())));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCoreApplication::processEvents();
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isInspecting() && !m_wizard->isImporting(), 60000);
        QCoreApplication::processEvents();
    }
    QString text(const char *name) { return child<QLabel>(m_wizard.get(), name)->text(); }
    QLineEdit *nameEdit() { return child<QLineEdit>(m_wizard.get(), "nameEdit"); }
    void setName(const QString &name)
    {
        nameEdit()->selectAll();
        QTest::keyClicks(nameEdit(), name);
        QCOMPARE(nameEdit()->text(), name);
    }
    std::optional<CertificateInfo> listed(const QString &name)
    {
        auto all = store().list();
        if (!all)
            return std::nullopt;
        for (const CertificateInfo &info : *all)
            if (info.info.name == name)
                return info;
        return std::nullopt;
    }
    // Import page → summary page, with the stored certificate checked against the vault's list.
    void importAndCheck(const QString &name, const QString &leafPem)
    {
        clickNext(); // options → import (a commit page)
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::SummaryPageId));
        const auto stored = listed(name);
        QVERIFY2(stored, qPrintable(name));
        QCOMPARE(stored->x5t(), opensslX5t(leafPem));
        QCOMPARE(text("x5tLabel"), opensslX5t(leafPem));
        QVERIFY2(text("idLabel").contains(QStringLiteral("/certificates/") + name + u'/'), qPrintable(text("idLabel")));
        QVERIFY2(text("sidLabel").contains(QStringLiteral("/secrets/") + name + u'/'), qPrintable(text("sidLabel")));
        // One version id for the certificate, its key and its secret.
        const QString version = text("idLabel").section(u'/', -1);
        QVERIFY(!version.isEmpty());
        QVERIFY(text("sidLabel").endsWith(version));
        QCOMPARE(stored->info.version, version);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(!fixtures().dir().isEmpty());
        m_clock.set(inLeafLifetime());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Certs");
        options.retentionDays = 30;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        models::Services services;
        services.clock = &m_clock;
        services.kdf = Argon2Params::fastForTests();
        m_session = std::make_unique<models::VaultSession>(path, services);
        m_session->adopt(std::move(created->vault));
        QVERIFY(m_session->isUnlocked());
        m_operations = std::make_unique<models::CertificateOperations>();
        m_operations->setSession(m_session.get());
        QVERIFY(!m_operations->hsmBound());
    }
    void init() { test::failOnAnyWarning(); }
    void cleanup() { m_wizard.reset(); }
    void cleanupTestCase()
    {
        m_wizard.reset();
        m_operations.reset();
        m_session.reset();
        test::resetSettings();
    }

    // A PFX: the password page appears; a wrong password keeps it with the message; the right one (Enter) goes on.
    void pfxWrongPasswordThenRight()
    {
        openWizard();
        browse(QStringLiteral("aes.pfx"));
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Import Certificate"));
        QVERIFY(text("fileLabel").startsWith(QStringLiteral("aes.pfx — ")));
        QCOMPARE(text("detectedLabel"), QStringLiteral("Detected: PKCS#12 (PFX), password-protected"));
        QVERIFY(next()->isEnabled());
        shot(m_wizard.get(), QStringLiteral("55-import-file"));

        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PasswordPageId));
        auto *password = child<QLineEdit>(m_wizard.get(), "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!next()->isEnabled()); // nothing typed
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        auto *reveal = child<QAction>(password, "revealAction");
        reveal->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PasswordPageId));
        auto *error = child<QLabel>(m_wizard.get(), "passwordErrorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Wrong password — try again (or the file is damaged)."));
        QVERIFY(!error->text().contains(QStringLiteral("not-the-password")));
        shot(m_wizard.get(), QStringLiteral("56-import-password-retry"));

        // Typing clears the message; Enter advances.
        password->clear();
        QTest::keyClicks(password, QStringLiteral("secret"));
        QVERIFY(!error->isVisible());
        QTest::keyClick(password, Qt::Key_Return);
        waitIdle();
        QTRY_COMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));
        auto *table = child<QTableWidget>(m_wizard.get(), "chainTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Leaf"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Intermediate"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Root"));
        QCOMPARE(table->item(0, 1)->text(), opensslField(QStringLiteral("leaf.pem"), QStringLiteral("-subject")));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("CN=Test Root CA"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("RSA 2048"));
        QCOMPARE(text("keyLabel"), QStringLiteral("Private key found; it matches the certificate."));
        QVERIFY(!child<QLabel>(m_wizard.get(), "blockingErrorLabel")->isVisible());
        QVERIFY(next()->isEnabled());

        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Wizard::OptionsPageId));
        QCOMPARE(nameEdit()->text(), QStringLiteral("aes")); // from the file name
        QVERIFY(!child<QRadioButton>(m_wizard.get(), "hsmRadio")->isVisible()); // no token bound
        QVERIFY(child<QRadioButton>(m_wizard.get(), "softwareRadio")->isChecked());
        auto *exportable = child<QCheckBox>(m_wizard.get(), "exportableCheck");
        QVERIFY(exportable->isEnabled());
        QVERIFY(!exportable->isChecked()); // imports default to not exportable
        exportable->setChecked(true);
        setName(QStringLiteral("web-tls"));
        QCOMPARE(text("nameHint"),
                 QStringLiteral("A new certificate, with a managed key and secret of the same name."));

        QSignalSpy imported(m_wizard.get(), &Wizard::certificateImported);
        importAndCheck(QStringLiteral("web-tls"), QStringLiteral("leaf.pem"));
        QCOMPARE(imported.count(), 1);
        QVERIFY(text("kidLabel").contains(QStringLiteral("/keys/web-tls/")));
        QCOMPARE(text("storedLabel"),
                 QStringLiteral("The certificate with a chain of 3, a managed key in the vault, "
                                "exportable, and a managed secret (PKCS#12 (PFX))."));
        QCOMPARE(listTexts(child<QListWidget>(m_wizard.get(), "keptWarningsList")),
                 QStringList {QStringLiteral("None.")});
        auto shown = store().show(QStringLiteral("web-tls"));
        COFFER_VERIFY_OK(shown);
        QVERIFY(shown->hasPrivateKey);
        QVERIFY(shown->exportable);
        QCOMPARE(shown->chainDer.size(), 3);
        QCOMPARE(shown->keyProtection, Protection::Software);
        shot(m_wizard.get(), QStringLiteral("60-import-summary"));

        // "Show certificate" hands the name to the console and closes the wizard.
        QSignalSpy show(m_wizard.get(), &Wizard::showCertificateRequested);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "showCertificateButton"), Qt::LeftButton);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().first().toString(), QStringLiteral("web-tls"));
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    }

    // A PEM bundle without a password: no password page, warnings shown but not blocking; the options reach the
    // stored policy (PEM content type, EmailContacts 30 days before expiry, tags, disabled).
    void pemBundleWithWarnings()
    {
        openWizard();
        browse(QStringLiteral("expired-bundle.pem"));
        QCOMPARE(text("detectedLabel"), QStringLiteral("Detected: PEM bundle: 1 certificate, 1 private key"));
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId)); // the password page was skipped
        const QString subject = opensslField(QStringLiteral("expired.pem"), QStringLiteral("-subject"));
        const QStringList warnings = listTexts(child<QListWidget>(m_wizard.get(), "warningsList"));
        QVERIFY2(warnings.contains(QStringLiteral("Expired: '%1' was valid until 2021-01-01.").arg(subject)),
                 qPrintable(warnings.join(u'\n')));
        QVERIFY2(warnings.contains(QStringLiteral("Chain incomplete: the issuer 'CN=Test Intermediate CA' of '%1' is "
                                                  "not in the file; the chain is stored as far as it goes.")
                                           .arg(subject)),
                 qPrintable(warnings.join(u'\n')));
        QCOMPARE(child<QTableWidget>(m_wizard.get(), "chainTable")->item(0, 3)->text(),
                 QStringLiteral("2020-01-01 – 2021-01-01"));
        QVERIFY(next()->isEnabled()); // warnings do not block
        shot(m_wizard.get(), QStringLiteral("57-import-preview-warnings"));

        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Wizard::OptionsPageId));
        auto *action = child<QComboBox>(m_wizard.get(), "actionCombo");
        auto *model = qobject_cast<QStandardItemModel *>(action->model());
        QVERIFY(model);
        QVERIFY(!model->item(1)->isEnabled()); // AutoRenew: not self-signed
        QCOMPARE(action->currentText(), QStringLiteral("Email contacts"));
        auto *trigger = child<QComboBox>(m_wizard.get(), "triggerCombo");
        auto *amount = child<QSpinBox>(m_wizard.get(), "amountSpin");
        QCOMPARE(amount->value(), 80);
        QCOMPARE(amount->maximum(), 99);
        QCOMPARE(amount->text(), QStringLiteral("80"));
        QCOMPARE(trigger->currentText(), QStringLiteral("% of the lifetime"));
        trigger->setCurrentIndex(1); // days before expiry
        QCOMPARE(amount->maximum(), 12 * 27); // validity 12 months → Azure's bound validity_months × 27
        QCOMPARE(amount->text(), QStringLiteral("30"));
        // Back and forth: the box shows the number only, the unit stays the trigger's (no "80%" + "% of ...").
        trigger->setCurrentIndex(0);
        QCOMPARE(amount->text(), QStringLiteral("80"));
        QCOMPARE(amount->maximum(), 99);
        trigger->setCurrentIndex(1);
        QCOMPARE(amount->text(), QStringLiteral("30"));
        amount->setValue(30);
        auto *content = child<QComboBox>(m_wizard.get(), "contentTypeCombo");
        content->setCurrentIndex(content->findData(kContentTypePem));
        child<QCheckBox>(m_wizard.get(), "enabledCheck")->setChecked(false);
        child<ui::TagsEditor>(m_wizard.get(), "tagsEditor")->addTag(QStringLiteral("env"), QStringLiteral("legacy"));
        setName(QStringLiteral("old-web"));
        shot(m_wizard.get(), QStringLiteral("59-import-options"));

        importAndCheck(QStringLiteral("old-web"), QStringLiteral("expired.pem"));
        QVERIFY(listTexts(child<QListWidget>(m_wizard.get(), "keptWarningsList"))
                        .contains(QStringLiteral("Expired: '%1' was valid until 2021-01-01.").arg(subject)));
        QVERIFY(text("storedLabel").endsWith(QStringLiteral("a managed secret (PEM).")));
        auto policy = store().policy(QStringLiteral("old-web"));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->contentType, kContentTypePem);
        QCOMPARE(policy->lifetimeActions.size(), 1);
        QCOMPARE(policy->lifetimeActions.first().action, LifetimeActionType::EmailContacts);
        QCOMPARE(policy->lifetimeActions.first().daysBeforeExpiry, std::optional<int>(30));
        QVERIFY(!policy->exportable);
        auto shown = store().show(QStringLiteral("old-web"));
        COFFER_VERIFY_OK(shown);
        QVERIFY(!shown->info.attributes.enabled);
        QCOMPARE(shown->info.tags, (Tags {{QStringLiteral("env"), QStringLiteral("legacy")}}));
        QCOMPARE(shown->chainDer.size(), 1);
    }

    // Blocking errors: shown in red, in words; Next stays disabled; nothing is stored; Esc cancels.
    void blockingErrorsKeepNextDisabled()
    {
        auto before = store().list();
        COFFER_VERIFY_OK(before);
        openWizard();
        browse(QStringLiteral("gap.pem"));
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));
        auto *error = child<QLabel>(m_wizard.get(), "blockingErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("This file cannot be imported. The chain has a gap: the "
                                                         "issuer 'CN=Test Intermediate CA' of '")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("www.example.test")));
        QCOMPARE(error->palette().color(QPalette::WindowText), QColor(0xb0, 0x00, 0x20));
        QVERIFY(!next()->isEnabled());
        QVERIFY(!child<QTableWidget>(m_wizard.get(), "chainTable")->isVisible());
        shot(m_wizard.get(), QStringLiteral("58-import-blocking-error"));

        // Back, another file: a key that belongs to none of the certificates.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(Wizard::FilePageId));
        browse(QStringLiteral("mismatch.pem"));
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));
        QCOMPARE(error->text(),
                 QStringLiteral("This file cannot be imported. Key mismatch: the private key in the "
                                "file belongs to none of its certificates."));
        QVERIFY(!next()->isEnabled());
        // Enter does not get past a blocking error.
        QTest::keyClick(m_wizard.get(), Qt::Key_Return);
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));

        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        auto after = store().list();
        COFFER_VERIFY_OK(after);
        QCOMPARE(after->size(), before->size());
    }

    // Over 10 MiB: refused on the file page before anything is parsed.
    void tooLargeRefusedAtOnce()
    {
        openWizard();
        // Alt+R is Browse's accelerator.
        m_prompter.openFileAnswer = fixtures().path(QStringLiteral("big.bin"));
        const qsizetype asked = m_prompter.asked.size();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QTest::keyClick(m_wizard.get(), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m_prompter.asked.size(), asked + 1); // a mnemonic animates the click: it lands a moment later
        QVERIFY(text("fileLabel").startsWith(QStringLiteral("big.bin — ")));
        auto *error = child<QLabel>(m_wizard.get(), "fileErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The file is too large (")), qPrintable(error->text()));
        QVERIFY(error->text().endsWith(QStringLiteral("): certificate files are at most 10 MiB.")));
        QVERIFY(!m_wizard->hasFile());
        QVERIFY(!next()->isEnabled());
        QVERIFY(text("detectedLabel").isEmpty());
    }

    // A DER certificate alone: stored public-only, no key options; live name checks; "Import another".
    void certificateOnlyDer()
    {
        auto secret
                = m_session->vault()->secrets().set(QStringLiteral("db-password"), SecureBytes(QByteArrayView("x")));
        COFFER_VERIFY_OK(secret);
        openWizard();
        // Dropped on the file page (as from a file manager).
        auto *page = m_wizard->page(Wizard::FilePageId);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixtures().path(QStringLiteral("leaf.der")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &drop);
        QVERIFY(text("fileLabel").startsWith(QStringLiteral("leaf.der — ")));
        QCOMPARE(text("detectedLabel"), QStringLiteral("Detected: DER certificate"));
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));
        QCOMPARE(text("keyLabel"), QStringLiteral("No private key: the certificate is stored public-only."));
        QVERIFY(next()->isEnabled());
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Wizard::OptionsPageId));
        QVERIFY(!child<QRadioButton>(m_wizard.get(), "softwareRadio")->isVisible());
        QVERIFY(!child<QRadioButton>(m_wizard.get(), "hsmRadio")->isVisible());
        QVERIFY(!child<QCheckBox>(m_wizard.get(), "exportableCheck")->isEnabled());

        // Live name checks: a secret's name is refused, an existing certificate's is a new version.
        setName(QStringLiteral("db-password"));
        QVERIFY(text("nameHint").startsWith(QStringLiteral("A key or secret is named db-password")));
        QVERIFY(!next()->isEnabled());
        setName(QStringLiteral("bad name!"));
        QVERIFY(text("nameHint").startsWith(QStringLiteral("Not a valid name: ")));
        QVERIFY(!next()->isEnabled());
        setName(QStringLiteral("web-tls"));
        QCOMPARE(text("nameHint"), QStringLiteral("A new version of the certificate web-tls."));
        QVERIFY(next()->isEnabled());
        setName(QStringLiteral("leaf-public"));
        importAndCheck(QStringLiteral("leaf-public"), QStringLiteral("leaf.pem"));
        QCOMPARE(text("kidLabel"), QStringLiteral("none (no private key)"));
        QVERIFY(text("storedLabel").startsWith(QStringLiteral("The certificate, no managed key (certificate only)")));
        auto shown = store().show(QStringLiteral("leaf-public"));
        COFFER_VERIFY_OK(shown);
        QVERIFY(!shown->hasPrivateKey);

        // Import another: back to an empty first page.
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "importAnotherButton"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(Wizard::FilePageId));
        QCOMPARE(text("fileLabel"), QStringLiteral("No file chosen."));
        QVERIFY(!m_wizard->hasFile());
        QVERIFY(!next()->isEnabled());
    }

    // The HSM option: only with a bound token and a private key; choosing it forces exportable off.
    void hsmOptionWithBoundToken()
    {
        const auto token = test::testToken();
        if (!token)
            QSKIP(qPrintable(test::softHsmSkipReason()));
        auto bound = m_session->vault()->hsm().bind(token->module, token->label, token->pin);
        COFFER_VERIFY_OK(bound);
        QVERIFY(m_operations->hsmBound());

        openWizard();
        browse(QStringLiteral("leaf.der"));
        clickNext();
        waitIdle();
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Wizard::OptionsPageId));
        QVERIFY(!child<QRadioButton>(m_wizard.get(), "hsmRadio")->isVisible()); // no key to protect
        m_wizard.reset();

        openWizard();
        browse(QStringLiteral("ec256.pfx"));
        clickNext();
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "passwordEdit"), QStringLiteral("secret"));
        clickNext();
        waitIdle();
        QCOMPARE(m_wizard->currentId(), int(Wizard::PreviewPageId));
        clickNext();
        auto *hsm = child<QRadioButton>(m_wizard.get(), "hsmRadio");
        auto *exportable = child<QCheckBox>(m_wizard.get(), "exportableCheck");
        QVERIFY(hsm->isVisible());
        exportable->setChecked(true);
        hsm->setChecked(true);
        QVERIFY(!exportable->isEnabled());
        QVERIFY(!exportable->isChecked());
        setName(QStringLiteral("ec-on-token"));
        importAndCheck(QStringLiteral("ec-on-token"), QStringLiteral("ec256.pem"));
        QCOMPARE(text("storedLabel"),
                 QStringLiteral("The certificate with a chain of 3, a managed key on the HSM (not "
                                "exportable), and a managed secret (PKCS#12 (PFX))."));
        auto shown = store().show(QStringLiteral("ec-on-token"));
        COFFER_VERIFY_OK(shown);
        QCOMPARE(shown->keyProtection, Protection::Hsm);
        QVERIFY(!shown->exportable);
    }
};

QTEST_MAIN(TestImportCertificateWizard)
#include "TestImportCertificateWizard.moc"
