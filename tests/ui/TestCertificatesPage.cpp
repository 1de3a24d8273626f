// Drives the Certificates page offscreen through the real widgets on a real vault: navigation (Ctrl+5, Manage
// deleted moved to Ctrl+6) → Create wizard, self-signed (subject, SANs, key, usages, AutoRenew, review JSON) →
// the table and the details (checked against `openssl x509` on the downloaded CER/PEM) → Download with private
// key (PFX with a confirmed password, Compatible 3DES, checked with `openssl pkcs12`) → Create wizard, CSR → Save
// CSR → signed by the test CA with `openssl x509 -req` → Merge (a certificate for another key refused in words,
// then the right one with its chain) → the chain tree → delete + undo → delete → Manage deleted → recover.
// Screenshots: test-output/screenshots/50-certificates-list, 51-certificate-details-chain, 52-create-wizard-*,
// 53-merge, 54-deleted-certificates.

#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/CertificateFilterProxy.h"
#include "models/CertificateListModel.h"
#include "models/CertificateOperations.h"
#include "models/CertificateVersionsModel.h"
#include "models/DeletedItemsModel.h"
#include "models/VaultSession.h"
#include "tests/support/CertFixtures.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/CertificateDetailsPane.h"
#include "ui/CertificateExportDialog.h"
#include "ui/CertificatesPage.h"
#include "ui/CreateCertificateWizard.h"
#include "ui/DeletedPage.h"
#include "ui/MainWindow.h"
#include "ui/MergeCertificateDialog.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using coffer::models::CertificateListModel;
using test::CertFixtures;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "certificates page test passphrase";

QString opensslText(const QStringList &args, int *exitCode = nullptr)
{
    return QString::fromUtf8(CertFixtures::openssl(args, {}, exitCode, true)).trimmed();
}
} // namespace

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    QString m_path;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::CertificatesPage *page() { return workspace()->certificatesPage(); }
    ui::CertificateDetailsPane *details() { return page()->details(); }
    CertificateStore &store() { return m_window->currentSession()->vault()->certificates(); }
    QTableView *table() { return child<QTableView>(page(), "certificatesView"); }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }
    QModelIndex rowOf(const QString &name) { return page()->proxy()->indexOf(name); }
    QString cell(const QString &name, int column) { return rowOf(name).siblingAtColumn(column).data().toString(); }
    QString file(const QString &name) { return m_files.filePath(name); }
    void select(const QString &name)
    {
        const QModelIndex index = rowOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        table()->setCurrentIndex(index);
        QCOMPARE(page()->currentCertificate(), name);
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
    void next(QWizard *wizard)
    {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        QVERIFY2(button->isEnabled(), qPrintable(QStringLiteral("Next on page %1").arg(wizard->currentId())));
        click(button);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_files.isValid());
        (void)CertFixtures::instance(); // the openssl-made inputs, once
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Certs");
        options.retentionDays = 30;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        m_path = created->vault->path();
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1500, 860);
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

    void certificatesPageAfterKeys()
    {
        QCOMPARE(workspace()->pageIds(),
                 (QStringList {QStringLiteral("overview"), QStringLiteral("properties"), QStringLiteral("secrets"),
                               QStringLiteral("keys"), QStringLiteral("certificates"), QStringLiteral("deleted"),
                               QStringLiteral("access"), QStringLiteral("audit"), QStringLiteral("rotation")}));
        auto *nav = child<QListWidget>(workspace(), "navList");
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Certificates"));
        press(m_window.get(), "Ctrl+5");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("certificates"));
        press(m_window.get(), "Ctrl+6");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        press(m_window.get(), "Ctrl+5");
        QCOMPARE(page()->certificateModel()->rowCount(), 0);
        QCOMPARE(child<QLabel>(page(), "countLabel")->text(), QStringLiteral("0 certificates"));
        // Nothing selected: only Import, Create and Refresh.
        QVERIFY(action("actionCreateCertificate")->isEnabled());
        QVERIFY(action("actionImportCertificate")->isEnabled());
        QVERIFY(!action("actionDownloadCertificate")->isEnabled());
        QVERIFY(!action("actionMergeCertificate")->isEnabled());
        QVERIFY(!action("actionDeleteCertificate")->isEnabled());
    }

    void createSelfSignedThroughTheWizard()
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<ui::CreateCertificateWizard> wizard = opened<ui::CreateCertificateWizard>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ui::CreateCertificateWizard::IssuerPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no name yet
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("bad name!"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->nameEdit()->clear();
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("web"));
        QCOMPARE(wizard->nameHint()->text(), QStringLiteral("✓ web is available"));
        QVERIFY(wizard->selfChoice()->isChecked());
        shot(wizard, QStringLiteral("52-create-wizard-1-issuer"));
        next(wizard);

        QCOMPARE(wizard->subjectEdit()->text(), QStringLiteral("CN=web"));
        wizard->subjectEdit()->clear();
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard->subjectEdit(), QStringLiteral("CN=www.example.test, O=Coffer Test"));
        wizard->addSan(SanType::Dns, QStringLiteral("www.example.test"));
        wizard->addSan(SanType::Ip, QStringLiteral("192.0.2.10"));
        wizard->addSan(SanType::Email, QStringLiteral("admin@example.test"));
        shot(wizard, QStringLiteral("52-create-wizard-2-subject"));
        next(wizard);

        // No token is bound: the HSM choice is off with its reason.
        QVERIFY(!wizard->hsmBox()->isEnabled());
        QVERIFY(wizard->hsmBox()->toolTip().contains(u"No PKCS#11 token"));
        wizard->keySizeBox()->setCurrentIndex(wizard->keySizeBox()->findData(3072));
        QVERIFY(wizard->exportableBox()->isChecked());
        shot(wizard, QStringLiteral("52-create-wizard-3-key"));
        next(wizard);

        wizard->ekuBox(QStringLiteral("1.3.6.1.5.5.7.3.3"))->setChecked(true); // code signing too
        wizard->customOidEdit()->setText(QStringLiteral("not-an-oid"));
        click(wizard->button(QWizard::NextButton));
        QCOMPARE(wizard->currentId(), int(ui::CreateCertificateWizard::UsagePageId)); // refused, said why
        QCOMPARE(child<QLabel>(wizard, "usageError")->text(),
                 QStringLiteral("'not-an-oid' is not an OID (dotted numbers such as 1.3.6.1.5.5.7.3.8)."));
        wizard->customOidEdit()->setText(QStringLiteral("1.3.6.1.5.5.7.3.8"));
        shot(wizard, QStringLiteral("52-create-wizard-4-usage"));
        next(wizard);

        wizard->validityBox()->setValue(24);
        wizard->lifetimeBox()->setCurrentIndex(
                wizard->lifetimeBox()->findData(int(ui::CreateCertificateWizard::AutoRenew)));
        wizard->percentageBox()->setValue(75);
        shot(wizard, QStringLiteral("52-create-wizard-5-validity"));
        next(wizard);

        // The review shows Azure's policy JSON for what the pages say.
        const QJsonObject policy = QJsonDocument::fromJson(wizard->policyEdit()->toPlainText().toUtf8()).object();
        const QJsonObject x509 = policy.value(u"x509_props").toObject();
        QCOMPARE(x509.value(u"subject").toString(), QStringLiteral("CN=www.example.test, O=Coffer Test"));
        QCOMPARE(x509.value(u"validity_months").toInt(), 24);
        QCOMPARE(policy.value(u"key_props").toObject().value(u"key_size").toInt(), 3072);
        QCOMPARE(policy.value(u"issuer").toObject().value(u"name").toString(), QStringLiteral("Self"));
        shot(wizard, QStringLiteral("52-create-wizard-6-review"));
        // An edit that breaks a rule is refused in words before anything is made.
        const QString good = wizard->policyEdit()->toPlainText();
        wizard->policyEdit()->setPlainText(QString(good).replace(QStringLiteral("3072"), QStringLiteral("1024")));
        click(wizard->button(QWizard::NextButton));
        QCOMPARE(wizard->currentId(), int(ui::CreateCertificateWizard::ReviewPageId));
        QVERIFY2(wizard->reviewError()->text().startsWith(u"The policy cannot be used:"),
                 qPrintable(wizard->reviewError()->text()));
        wizard->policyEdit()->setPlainText(good);
        next(wizard);

        QCOMPARE(wizard->currentId(), int(ui::CreateCertificateWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isCreating(), 60000);
        QVERIFY2(wizard->resultLabel()->text().startsWith(u"Certificate web created."),
                 qPrintable(wizard->resultLabel()->text()));
        QVERIFY(!wizard->saveCsrButton()->isVisible());
        shot(wizard, QStringLiteral("52-create-wizard-7-result"));
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(wizard.isNull());

        QVERIFY(rowOf(QStringLiteral("web")).isValid());
        QCOMPARE(cell(QStringLiteral("web"), CertificateListModel::SubjectColumn), QStringLiteral("www.example.test"));
        QCOMPARE(cell(QStringLiteral("web"), CertificateListModel::IssuerColumn), QStringLiteral("www.example.test"));
        QCOMPARE(cell(QStringLiteral("web"), CertificateListModel::KeyColumn), QStringLiteral("RSA 3072 · Software"));
        QCOMPARE(cell(QStringLiteral("web"), CertificateListModel::StatusColumn), QStringLiteral("Active"));
        auto stored = store().show(QStringLiteral("web"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->details.notBefore.date(), m_clock.now().date());
        QCOMPARE(stored->details.notAfter.date(), m_clock.now().addMonths(24).date());
    }

    void downloadsAreWhatOpensslReads()
    {
        select(QStringLiteral("web"));
        QVERIFY(action("actionDownloadCertificate")->isEnabled());
        QVERIFY(action("actionExportCertificate")->isEnabled());
        QVERIFY(!action("actionMergeCertificate")->isEnabled());
        QCOMPARE(action("actionMergeCertificate")->toolTip(),
                 QStringLiteral("No request is pending for this certificate."));
        // The details name what the certificate says.
        const QString overview = details()->overviewLabel()->text();
        for (const char *expected :
             {"CN=www.example.test", "DNS: www.example.test", "IP: 192.0.2.10", "Email: admin@example.test",
              "Code signing (1.3.6.1.5.5.7.3.3)", "1.3.6.1.5.5.7.3.8", "Digital signature, Key encipherment"})
            QVERIFY2(overview.contains(QLatin1StringView(expected)), expected);
        QVERIFY(details()->policyLabel()->text().contains(u"Renew automatically at 75% of the lifetime"));
        QVERIFY(details()->policyLabel()->text().contains(u"Next renewal"));

        m_prompter.saveFileAnswer = file(QStringLiteral("web.cer"));
        QVERIFY(page()->downloadCurrent());
        int exit = -1;
        const QString subject
                = opensslText({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                               QStringLiteral("-in"), file(QStringLiteral("web.cer")), QStringLiteral("-noout"),
                               QStringLiteral("-subject"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1")},
                              &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(subject.contains(u"CN = www.example.test"), qPrintable(subject));
        const QString sha1 = details()->shown()->details.sha1Hex();
        QVERIFY2(QString(subject).remove(u':').contains(sha1), qPrintable(subject));
        m_prompter.saveFileAnswer = file(QStringLiteral("web.pem"));
        QVERIFY(page()->downloadCurrent());
        QVERIFY(QFile(file(QStringLiteral("web.pem"))).open(QIODevice::ReadOnly));
        QFile pem(file(QStringLiteral("web.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(pem.readAll().startsWith("-----BEGIN CERTIFICATE-----"));

        // With the private key: a PFX under a confirmed password, read back by openssl.
        QPointer<ui::CertificateExportDialog> dialog = page()->showExportDialog();
        QVERIFY(dialog);
        auto *save = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save);
        dialog->passwordEdit()->setText(QStringLiteral("pfx-pass"));
        dialog->confirmEdit()->setText(QStringLiteral("pfx-pasz"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(dialog->hintLabel()->text(), QStringLiteral("The passwords do not match."));
        dialog->confirmEdit()->setText(QStringLiteral("pfx-pass"));
        dialog->compatibleBox()->setChecked(true);
        m_prompter.saveFileAnswer = file(QStringLiteral("web.pfx"));
        click(save);
        QTRY_VERIFY(dialog.isNull());
        const QString info
                = opensslText({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"),
                               file(QStringLiteral("web.pfx")), QStringLiteral("-passin"),
                               QStringLiteral("pass:pfx-pass"), QStringLiteral("-nodes"), QStringLiteral("-legacy")},
                              &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(info.contains(u"pbeWithSHA1And3-KeyTripleDES-CBC"), qPrintable(info)); // Compatible
        QVERIFY2(info.contains(u"-----BEGIN PRIVATE KEY-----"), "the PFX holds the private key");
        QVERIFY2(info.contains(u"CN = www.example.test"), qPrintable(info));
        // The wrong password is refused by openssl: the file really is protected.
        (void)opensslText({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"),
                           file(QStringLiteral("web.pfx")), QStringLiteral("-passin"), QStringLiteral("pass:wrong"),
                           QStringLiteral("-nokeys"), QStringLiteral("-legacy")},
                          &exit);
        QVERIFY(exit != 0);
    }

    void csrThenMergeTheSignedCertificate()
    {
        table()->setFocus();
        press(m_window.get(), "Ctrl+Shift+N");
        QPointer<ui::CreateCertificateWizard> wizard = opened<ui::CreateCertificateWizard>();
        QVERIFY(wizard);
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("api"));
        wizard->csrChoice()->setChecked(true);
        next(wizard);
        wizard->subjectEdit()->setText(QStringLiteral("CN=api.example.test"));
        wizard->addSan(SanType::Dns, QStringLiteral("api.example.test"));
        next(wizard);
        wizard->keyTypeBox()->setCurrentIndex(wizard->keyTypeBox()->findData(int(KeyType::Ec)));
        QVERIFY(wizard->curveBox()->isEnabled());
        QVERIFY(!wizard->keySizeBox()->isEnabled());
        next(wizard);
        next(wizard);
        // AutoRenew needs a self-signed certificate: the CSR flow offers notifications only.
        const int autoRenew = wizard->lifetimeBox()->findData(int(ui::CreateCertificateWizard::AutoRenew));
        wizard->lifetimeBox()->setCurrentIndex(autoRenew);
        QCOMPARE(wizard->lifetimeBox()->currentData().toInt(), int(ui::CreateCertificateWizard::EmailContacts));
        next(wizard);
        QCOMPARE(QJsonDocument::fromJson(wizard->policyEdit()->toPlainText().toUtf8())
                         .object()
                         .value(u"issuer")
                         .toObject()
                         .value(u"name")
                         .toString(),
                 QStringLiteral("Unknown"));
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isCreating(), 60000);
        QVERIFY2(wizard->resultLabel()->text().startsWith(u"CSR ready for api."),
                 qPrintable(wizard->resultLabel()->text()));
        QVERIFY(wizard->saveCsrButton()->isVisible());
        m_prompter.saveFileAnswer = file(QStringLiteral("api.csr"));
        click(wizard->saveCsrButton());
        shot(wizard, QStringLiteral("52-create-wizard-8-csr-ready"));
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(wizard.isNull());

        // The CSR is a valid request for the subject asked.
        int exit = -1;
        const QString req
                = opensslText({QStringLiteral("req"), QStringLiteral("-in"), file(QStringLiteral("api.csr")),
                               QStringLiteral("-noout"), QStringLiteral("-verify"), QStringLiteral("-subject")},
                              &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(req.contains(u"CN = api.example.test"), qPrintable(req));

        QVERIFY(rowOf(QStringLiteral("api")).isValid());
        QCOMPARE(cell(QStringLiteral("api"), CertificateListModel::StatusColumn), QStringLiteral("Pending"));
        QCOMPARE(cell(QStringLiteral("api"), CertificateListModel::KeyColumn), QStringLiteral("EC P-256 · Software"));
        select(QStringLiteral("api"));
        QVERIFY(action("actionMergeCertificate")->isEnabled());
        QVERIFY(action("actionDownloadCsr")->isEnabled());
        QVERIFY(!action("actionDownloadCertificate")->isEnabled());
        QVERIFY(!action("actionRenewCertificate")->isEnabled());
        QVERIFY(details()->csrView()->toPlainText().startsWith(u"-----BEGIN CERTIFICATE REQUEST-----"));

        // Signed by the test CA.
        const auto &fx = CertFixtures::instance();
        (void)opensslText({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           file(QStringLiteral("api.csr")), QStringLiteral("-CA"), fx.path(u"inter.pem"),
                           QStringLiteral("-CAkey"), fx.path(u"inter.key"), QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-out"),
                           file(QStringLiteral("api-signed.pem"))},
                          &exit);
        QCOMPARE(exit, 0);
        QFile chain(file(QStringLiteral("api-chain.pem")));
        QVERIFY(chain.open(QIODevice::WriteOnly));
        QFile signedFile(file(QStringLiteral("api-signed.pem")));
        QVERIFY(signedFile.open(QIODevice::ReadOnly));
        chain.write(signedFile.readAll() + fx.bytes(u"inter.pem") + fx.bytes(u"root.pem"));
        chain.close();

        QPointer<ui::MergeCertificateDialog> merge = page()->showMergeDialog();
        QVERIFY(merge);
        // A certificate for another key: refused in words, nothing merged.
        QVERIFY(merge->loadFile(fx.path(u"leaf.pem")));
        QVERIFY(!merge->merge());
        QVERIFY2(merge->errorLabel()->text().startsWith(u"The certificate does not complete this request:"),
                 qPrintable(merge->errorLabel()->text()));
        // A file that is not a certificate.
        QVERIFY(!merge->loadFile(fx.path(u"random.der")));
        QVERIFY(merge->errorLabel()->text().startsWith(u"This file cannot be merged:"));
        {
            QFile big(file(QStringLiteral("big.pem")));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(10 * 1024 * 1024 + 1));
        }
        QVERIFY(!merge->loadFile(file(QStringLiteral("big.pem"))));
        QCOMPARE(merge->errorLabel()->text(),
                 QStringLiteral("The file is larger than 10 MiB: it is not a certificate."));
        QVERIFY(!merge->mergeButton()->isEnabled());
        QVERIFY(merge->loadFile(file(QStringLiteral("api-chain.pem"))));
        QVERIFY2(merge->contentsLabel()->text().startsWith(u"3 certificates in the file:"),
                 qPrintable(merge->contentsLabel()->text()));
        QVERIFY(merge->contentsLabel()->text().contains(u"CN=api.example.test"));
        shot(merge, QStringLiteral("53-merge"));
        click(merge->mergeButton());
        QTRY_VERIFY(merge.isNull());
        // openssl signed it with today's date: before it, the vault's clock says "Not yet valid"; after, Active.
        auto merged = store().show(QStringLiteral("api"));
        COFFER_VERIFY_OK(merged);
        QCOMPARE(merged->details.subject, QStringLiteral("CN=api.example.test"));
        QCOMPARE(cell(QStringLiteral("api"), CertificateListModel::StatusColumn),
                 m_clock.now() < merged->details.notBefore ? QStringLiteral("Not yet valid")
                                                           : QStringLiteral("Active"));
        m_clock.set(merged->details.notBefore.addSecs(3600));
        page()->reload();
        QCOMPARE(cell(QStringLiteral("api"), CertificateListModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(cell(QStringLiteral("api"), CertificateListModel::IssuerColumn),
                 QStringLiteral("Test Intermediate CA"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"merged"));

        // The downloaded certificate verifies against the test root with the intermediate.
        select(QStringLiteral("api"));
        m_prompter.saveFileAnswer = file(QStringLiteral("api.pem"));
        QVERIFY(page()->downloadCurrent());
        const QString verified
                = opensslText({QStringLiteral("verify"), QStringLiteral("-CAfile"), fx.rootPem(),
                               QStringLiteral("-untrusted"), fx.path(u"inter.pem"), file(QStringLiteral("api.pem"))},
                              &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(verified.endsWith(u": OK"), qPrintable(verified));
    }

    void chainTreeLeafToRoot()
    {
        select(QStringLiteral("api"));
        details()->tabs()->setCurrentIndex(ui::CertificateDetailsPane::ChainTab);
        QTreeWidget *tree = details()->chainTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *leaf = tree->topLevelItem(0);
        QCOMPARE(leaf->text(0), QStringLiteral("Certificate: api.example.test"));
        QVERIFY(leaf->text(1).startsWith(u"✓"));
        QCOMPARE(leaf->childCount(), 1);
        QTreeWidgetItem *inter = leaf->child(0);
        QCOMPARE(inter->text(0), QStringLiteral("Intermediate CA: Test Intermediate CA"));
        QVERIFY(inter->text(1).startsWith(u"✓"));
        QTreeWidgetItem *root = inter->child(0);
        QCOMPARE(root->text(0), QStringLiteral("Root CA: Test Root CA"));
        QCOMPARE(root->text(1), QStringLiteral("✓ self-signed root"));
        QCOMPARE(root->childCount(), 0);
        QVERIFY(child<QLabel>(details(), "chainNote")->text().startsWith(u"The chain is complete"));
        shot(m_window.get(), QStringLiteral("51-certificate-details-chain"));

        // A certificate stored without its root: the last link says its issuer is not in this vault.
        CertificateImportRequest request;
        request.data = SecureBytes(CertFixtures::instance().bytes(u"ec256-bundle.pem"));
        COFFER_VERIFY_OK(store().importCertificate(QStringLiteral("edge"), request));
        page()->reload();
        select(QStringLiteral("edge"));
        QTreeWidgetItem *edgeLeaf = tree->topLevelItem(0);
        QTreeWidgetItem *edgeInter = edgeLeaf->child(0);
        QCOMPARE(edgeInter->text(1), QStringLiteral("⚠ Its issuer is not in this vault."));
        QCOMPARE(edgeInter->child(0)->text(0), QStringLiteral("CN=Test Root CA — issuer not in this vault"));
        QVERIFY(child<QLabel>(details(), "chainNote")->text().startsWith(u"The chain is incomplete"));
        // Imported without exportable: no private download, with the reason.
        QVERIFY(!action("actionExportCertificate")->isEnabled());
        QCOMPARE(action("actionExportCertificate")->toolTip(),
                 QStringLiteral("The certificate's policy does not mark its key exportable."));
    }

    void listWithColours()
    {
        // An expired import and a clock near the end of "web"'s first month show the colours.
        CertificateImportRequest request;
        request.data = SecureBytes(CertFixtures::instance().bytes(u"expired-bundle.pem"));
        COFFER_VERIFY_OK(store().importCertificate(QStringLiteral("old-portal"), request));
        page()->reload();
        QCOMPARE(cell(QStringLiteral("old-portal"), CertificateListModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(rowOf(QStringLiteral("old-portal")).data(CertificateListModel::ExpiryStateRole).toInt(),
                 int(ExpiryState::Expired));
        QCOMPARE(rowOf(QStringLiteral("web")).data(CertificateListModel::ExpiryStateRole).toInt(),
                 int(ExpiryState::Valid));
        page()->filterEdit()->setText(QStringLiteral("expired"));
        QCOMPARE(page()->proxy()->rowCount(), 1);
        QCOMPARE(child<QLabel>(page(), "countLabel")->text(), QStringLiteral("1 of 4 certificates"));
        page()->filterEdit()->clear();
        select(QStringLiteral("web"));
        shot(m_window.get(), QStringLiteral("50-certificates-list"));
    }

    void deleteUndoThenRecoverInManageDeleted()
    {
        select(QStringLiteral("edge"));
        m_prompter.confirmAnswer = true;
        table()->setFocus();
        action("actionDeleteCertificate")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Delete Certificate"));
        QVERIFY2(m_prompter.questions.last().contains(u"30 days")
                         && m_prompter.questions.last().contains(u"managed key"),
                 qPrintable(m_prompter.questions.last()));
        QVERIFY(!rowOf(QStringLiteral("edge")).isValid());
        COFFER_VERIFY_ERROR(store().show(QStringLiteral("edge")), ErrorCode::NotFound);
        auto *undo = child<QPushButton>(m_window.get(), "undoButton");
        QVERIFY(undo->isVisible());
        click(undo);
        QVERIFY(rowOf(QStringLiteral("edge")).isValid());
        COFFER_VERIFY_OK(store().show(QStringLiteral("edge")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"recovered"));

        select(QStringLiteral("edge"));
        table()->setFocus();
        action("actionDeleteCertificate")->trigger();
        QVERIFY(!rowOf(QStringLiteral("edge")).isValid());
        press(m_window.get(), "Ctrl+6");
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("deleted"));
        auto *deleted = workspace()->deletedPage();
        const QString id = models::DeletedItemsModel::makeId(ObjectKind::Certificate, QStringLiteral("edge"));
        const QModelIndex index = deleted->deletedModel()->indexOf(id);
        QVERIFY(index.isValid());
        QCOMPARE(index.siblingAtColumn(models::DeletedItemsModel::KindColumn).data().toString(),
                 QStringLiteral("Certificate"));
        // Its managed key and secret are not listed on their own.
        QVERIFY(!deleted->deletedModel()
                         ->indexOf(models::DeletedItemsModel::makeId(ObjectKind::Key, QStringLiteral("edge")))
                         .isValid());
        QVERIFY(!deleted->deletedModel()
                         ->indexOf(models::DeletedItemsModel::makeId(ObjectKind::Secret, QStringLiteral("edge")))
                         .isValid());
        deleted->selectItem(id);
        shot(m_window.get(), QStringLiteral("54-deleted-certificates"));
        click(child<QPushButton>(deleted, "recoverButton"));
        QVERIFY(!deleted->deletedModel()->indexOf(id).isValid());
        press(m_window.get(), "Ctrl+5");
        QVERIFY(rowOf(QStringLiteral("edge")).isValid());
        COFFER_VERIFY_OK(store().show(QStringLiteral("edge")));
    }

    void renewNowMakesANewVersion()
    {
        select(QStringLiteral("web"));
        const QString before = details()->shown()->info.version;
        QVERIFY(action("actionRenewCertificate")->isEnabled());
        m_prompter.confirmAnswer = true;
        QVERIFY(page()->renewCurrent());
        QVERIFY(m_prompter.questions.last().contains(u"new key"));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRenewing(), 60000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"renewed"));
        QCOMPARE(page()->currentCertificate(), QStringLiteral("web"));
        QCOMPARE(details()->versionsModel()->rowCount(), 2);
        QVERIFY(details()->shown()->info.version != before);
        QCOMPARE(details()->shown()->info.version, store().show(QStringLiteral("web"))->info.version);
        QCOMPARE(details()->versionsModel()->infoAt(1)->info.version, before);
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "TestCertificatesPage.moc"
