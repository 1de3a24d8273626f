// Drives the Certificates page's lifecycle actions offscreen through the real widgets on a real vault, checking
// what was stored through the store: unique accelerators → Properties (enabled, tags, the policy for the next
// versions; Edit as JSON with its errors in words) → Contacts (emails checked as typed) → Cancel request (Azure's
// soft cancel) then Delete request → Download backup / Restore backup → the expiry banner (Show lists just those)
// → What is due (the dry run) and Run due renewals (renewed, notified, skipped). Screenshots:
// test-output/screenshots/61-certificate-properties, 62-certificate-contacts, 63-due-renewals, 64-expiry-banner.

#include "core/vault/CertificateStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/CertificateFilterProxy.h"
#include "models/CertificateListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/CertificateContactsDialog.h"
#include "ui/CertificateDetailsPane.h"
#include "ui/CertificatePolicyJsonDialog.h"
#include "ui/CertificatePropertiesDialog.h"
#include "ui/CertificateRenewalsDialog.h"
#include "ui/CertificatesPage.h"
#include "ui/MainWindow.h"
#include "ui/TagsEditor.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "certificate properties test passphrase";

// The accelerator letter of a text ("Re&fresh" -> 'f'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// An EC self-signed policy (fast to make).
CertificatePolicy ecPolicy(const QString &cn, int months, QList<CertificateLifetimeAction> actions)
{
    CertificatePolicy p;
    p.kty = crypto::KeyType::Ec;
    p.curve = crypto::Curve::P256;
    p.exportable = true;
    p.subject = QStringLiteral("CN=%1.example.test").arg(cn);
    p.dnsNames = {QStringLiteral("%1.example.test").arg(cn)};
    p.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    p.validityMonths = months;
    p.lifetimeActions = std::move(actions);
    p.issuer = IssuerKind::Self;
    return p;
}
} // namespace

class TestCertificateProperties : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QDateTime m_start;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QTemporaryDir m_files;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::CertificatesPage *page() { return workspace()->certificatesPage(); }
    CertificateStore &store() { return m_window->currentSession()->vault()->certificates(); }
    QTableView *table() { return child<QTableView>(page(), "certificatesView"); }
    QAction *action(const char *name) { return child<QAction>(page(), name); }
    QModelIndex rowOf(const QString &name) { return page()->proxy()->indexOf(name); }
    void select(const QString &name)
    {
        const QModelIndex index = rowOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        table()->setCurrentIndex(index);
        QCOMPARE(page()->currentCertificate(), name);
    }
    // The one visible dialog of type D the last action opened.
    template<typename D>
    D *opened()
    {
        D *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (D *dialog : m_window->findChildren<D *>())
                if (dialog->isVisible())
                    found = dialog;
            return found != nullptr;
        });
        return found;
    }
    void create(const QString &name, const CertificatePolicy &policy)
    {
        auto created = store().create(name, policy);
        COFFER_VERIFY_OK(created);
    }
    QStringList column(QTableWidget *table, int col)
    {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out << table->item(row, col)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_files.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Renewals");
        options.retentionDays = 30;
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1500, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());

        // web and api live two months (api a day longer); the others a year.
        m_start = m_clock.now();
        create(QStringLiteral("props"),
               ecPolicy(QStringLiteral("props"), 12, {{80, std::nullopt, LifetimeActionType::EmailContacts}}));
        create(QStringLiteral("auto"),
               ecPolicy(QStringLiteral("auto"), 12, {{50, std::nullopt, LifetimeActionType::AutoRenew}}));
        create(QStringLiteral("mail"),
               ecPolicy(QStringLiteral("mail"), 12, {{50, std::nullopt, LifetimeActionType::EmailContacts}}));
        create(QStringLiteral("off"),
               ecPolicy(QStringLiteral("off"), 12, {{50, std::nullopt, LifetimeActionType::AutoRenew}}));
        AttributeUpdate disable;
        disable.enabled = false;
        COFFER_VERIFY_OK(store().update(QStringLiteral("off"), {}, disable));
        create(QStringLiteral("web"), ecPolicy(QStringLiteral("web"), 2, {}));
        CertificatePolicy request = ecPolicy(QStringLiteral("req"), 12, {});
        request.issuer = IssuerKind::Unknown;
        create(QStringLiteral("req"), request);
        m_clock.advanceDays(1);
        create(QStringLiteral("api"), ecPolicy(QStringLiteral("api"), 2, {}));
        workspace()->showPage(QStringLiteral("certificates"));
        page()->reload();
        QCOMPARE(page()->certificateModel()->rowCount(), 7);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    // Every accelerator of the page (its actions, the details pane's and the banner's buttons) is unique, and
    // every action has one.
    void acceleratorsAreUnique()
    {
        select(QStringLiteral("req"));
        QHash<QChar, QString> used;
        QStringList texts;
        for (QAction *a : page()->findChildren<QAction *>()) {
            if (a->text().isEmpty() || a->isSeparator())
                continue;
            texts << a->text();
        }
        for (QPushButton *button : page()->findChildren<QPushButton *>())
            texts << button->text();
        QVERIFY(texts.contains(QStringLiteral("Download CS&R…")));
        QVERIFY(texts.contains(QStringLiteral("Refres&h")));
        QVERIFY(texts.contains(QStringLiteral("&Find")));
        QVERIFY(texts.contains(QStringLiteral("&Create…")));
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull()) {
                QVERIFY2(!text.contains(u'&'), qPrintable(text));
                continue;
            }
            QVERIFY2(!used.contains(key),
                     qPrintable(QStringLiteral("'%1' and '%2' share Alt+%3").arg(used.value(key), text, key)));
            used.insert(key, text);
        }
        for (QAction *a : page()->actions())
            QVERIFY2(!mnemonic(a->text()).isNull(), qPrintable(a->text()));
        QVERIFY(used.size() >= 19);
    }

    void propertiesEditVersionAndPolicy()
    {
        select(QStringLiteral("req"));
        QVERIFY(!action("actionCertificateProperties")->isEnabled());
        QCOMPARE(action("actionCertificateProperties")->toolTip(),
                 QStringLiteral("The request has no certificate yet."));
        select(QStringLiteral("props"));
        QVERIFY(action("actionCertificateProperties")->isEnabled());
        table()->setFocus();
        action("actionCertificateProperties")->trigger();
        auto *dialog = opened<ui::CertificatePropertiesDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Certificate Properties — props"));
        QVERIFY(child<QLabel>(dialog, "datesLabel")->text().contains(u"cannot be changed"));
        QCOMPARE(child<QLabel>(dialog, "issuerLabel")->text(), QStringLiteral("Self-signed (Self)"));
        const QString summary = child<QLabel>(dialog, "policySummary")->text();
        QVERIFY2(summary.contains(u"Subject: CN=props.example.test") && summary.contains(u"DNS: props.example.test")
                         && summary.contains(u"Server authentication (1.3.6.1.5.5.7.3.1)")
                         && summary.contains(u"EC P-256"),
                 qPrintable(summary));
        auto *enabled = child<QCheckBox>(dialog, "enabledCheck");
        auto *reuse = child<QCheckBox>(dialog, "reuseKeyCheck");
        auto *exportable = child<QCheckBox>(dialog, "exportableCheck");
        auto *content = child<QComboBox>(dialog, "contentTypeCombo");
        auto *lifetime = child<QComboBox>(dialog, "actionCombo");
        auto *trigger = child<QComboBox>(dialog, "triggerCombo");
        auto *amount = child<QSpinBox>(dialog, "amountSpin");
        auto *validity = child<QSpinBox>(dialog, "validitySpin");
        QVERIFY(enabled->isChecked());
        QVERIFY(!reuse->isChecked());
        QVERIFY(exportable->isChecked() && exportable->isEnabled());
        QCOMPARE(lifetime->currentText(), QStringLiteral("Email contacts"));
        QCOMPARE(amount->text(), QStringLiteral("80"));
        QCOMPARE(trigger->currentText(), QStringLiteral("% of the lifetime"));
        QCOMPARE(validity->value(), 12);
        auto *model = qobject_cast<QStandardItemModel *>(lifetime->model());
        QVERIFY(model && model->item(ui::CertificatePropertiesDialog::AutoRenew)->isEnabled()); // issuer Self

        enabled->setChecked(false);
        child<ui::TagsEditor>(dialog, "tagsEditor")->addTag(QStringLiteral("env"), QStringLiteral("prod"));
        reuse->setChecked(true);
        exportable->setChecked(false);
        content->setCurrentIndex(content->findData(kContentTypePem));
        lifetime->setCurrentIndex(ui::CertificatePropertiesDialog::AutoRenew);
        trigger->setCurrentIndex(ui::CertificatePropertiesDialog::DaysBefore);
        validity->setValue(6);
        QCOMPARE(amount->maximum(), 6 * 27); // Azure's bound: validity_months × 27
        QCOMPARE(amount->text(), QStringLiteral("30"));
        amount->setValue(20);
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isHidden());
        shot(dialog, QStringLiteral("61-certificate-properties"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Properties of props saved"));

        auto shown = store().show(QStringLiteral("props"));
        COFFER_VERIFY_OK(shown);
        QVERIFY(!shown->info.attributes.enabled);
        QCOMPARE(shown->info.tags, (Tags {{QStringLiteral("env"), QStringLiteral("prod")}}));
        auto policy = store().policy(QStringLiteral("props"));
        COFFER_VERIFY_OK(policy);
        QVERIFY(policy->reuseKey);
        QVERIFY(!policy->exportable);
        QCOMPARE(policy->contentType, kContentTypePem);
        QCOMPARE(policy->validityMonths, 6);
        QCOMPARE(policy->lifetimeActions.size(), 1);
        QCOMPARE(policy->lifetimeActions.first().action, LifetimeActionType::AutoRenew);
        QCOMPARE(policy->lifetimeActions.first().daysBeforeExpiry, std::optional<int>(20));
        QCOMPARE(policy->subject, QStringLiteral("CN=props.example.test")); // untouched
    }

    void propertiesEditAsJsonWithErrorsInWords()
    {
        select(QStringLiteral("props"));
        table()->setFocus();
        action("actionCertificateProperties")->trigger();
        auto *dialog = opened<ui::CertificatePropertiesDialog>();
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "actionCombo")->currentText(), QStringLiteral("Renew automatically"));
        QCOMPARE(child<QSpinBox>(dialog, "amountSpin")->value(), 20);
        QVERIFY(!child<QCheckBox>(dialog, "enabledCheck")->isChecked());

        click(child<QPushButton>(dialog, "editJsonButton"));
        auto *json = opened<ui::CertificatePolicyJsonDialog>();
        QVERIFY(json);
        const QJsonObject original = QJsonDocument::fromJson(json->editor()->toPlainText().toUtf8()).object();
        QCOMPARE(original.value(u"x509_props").toObject().value(u"validity_months").toInt(), 6);

        json->editor()->setPlainText(QStringLiteral("{\n  \"x509_props\": nope\n}"));
        click(child<QPushButton>(json, "okButton"));
        QVERIFY(json->isVisible());
        QVERIFY2(json->errorLabel()->text().startsWith(u"This is not valid JSON (line 2): "),
                 qPrintable(json->errorLabel()->text()));

        QJsonObject edited = original;
        QJsonObject x509 = edited.value(u"x509_props").toObject();
        x509.insert(QStringLiteral("validity_months"), 5000);
        edited.insert(QStringLiteral("x509_props"), x509);
        json->editor()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        click(child<QPushButton>(json, "okButton"));
        QVERIFY(json->isVisible());
        QVERIFY2(json->errorLabel()->text().startsWith(u"The policy cannot be used: ")
                         && json->errorLabel()->text().contains(u"validity"),
                 qPrintable(json->errorLabel()->text()));

        // AutoRenew needs issuer Self: refused in words.
        edited = original;
        edited.insert(QStringLiteral("issuer"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Unknown")}});
        json->editor()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        click(child<QPushButton>(json, "okButton"));
        QVERIFY(json->isVisible());
        QVERIFY2(json->errorLabel()->text().contains(u"AutoRenew needs issuer Self"),
                 qPrintable(json->errorLabel()->text()));

        // What the form does not show: the subject and a second DNS name.
        edited = original;
        x509 = edited.value(u"x509_props").toObject();
        x509.insert(QStringLiteral("subject"), QStringLiteral("CN=props.example.test, O=Coffer"));
        x509.insert(
                QStringLiteral("sans"),
                QJsonObject {{QStringLiteral("dns_names"),
                              QJsonArray {QStringLiteral("props.example.test"), QStringLiteral("p.example.test")}}});
        edited.insert(QStringLiteral("x509_props"), x509);
        json->editor()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        click(child<QPushButton>(json, "okButton"));
        QTRY_VERIFY(!json->isVisible());
        QVERIFY2(child<QLabel>(dialog, "policySummary")->text().contains(u"Subject: CN=props.example.test, O=Coffer"),
                 qPrintable(child<QLabel>(dialog, "policySummary")->text()));
        QVERIFY(child<QLabel>(dialog, "policySummary")->text().contains(u"DNS: p.example.test"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(!dialog->isVisible());
        auto policy = store().policy(QStringLiteral("props"));
        COFFER_VERIFY_OK(policy);
        QCOMPARE(policy->subject, QStringLiteral("CN=props.example.test, O=Coffer"));
        QCOMPARE(policy->dnsNames,
                 (QStringList {QStringLiteral("props.example.test"), QStringLiteral("p.example.test")}));
        QCOMPARE(policy->lifetimeActions.first().daysBeforeExpiry, std::optional<int>(20)); // kept
        QVERIFY(!store().show(QStringLiteral("props"))->info.attributes.enabled); // the version as it was
    }

    void contactsAddCheckRemoveSave()
    {
        QVERIFY(action("actionCertificateContacts")->isEnabled());
        action("actionCertificateContacts")->trigger();
        auto *dialog = opened<ui::CertificateContactsDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 0);
        QCOMPARE(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("0 contacts"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("bob"));
        click(dialog->addButton());
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Contact 1: 'bob' is not an email address."));
        QCOMPARE(dialog->table()->rowCount(), 0);
        dialog->emailEdit()->clear();
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("ops@example.test"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Operations"));
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("+49 30 1234567"));
        click(dialog->addButton());
        QVERIFY(dialog->errorLabel()->isHidden());
        QCOMPARE(dialog->table()->rowCount(), 1);
        QVERIFY(dialog->emailEdit()->text().isEmpty());
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("OPS@example.test"));
        click(dialog->addButton());
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Contact 2: OPS@example.test is listed twice."));
        dialog->emailEdit()->clear();
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("pki@example.test"));
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("call me"));
        click(dialog->addButton());
        QCOMPARE(dialog->errorLabel()->text(),
                 QStringLiteral("Contact 2: a phone number holds digits, spaces and + - ( ) / . only."));
        dialog->phoneEdit()->clear();
        click(dialog->addButton()); // the email is still typed
        QCOMPARE(dialog->table()->rowCount(), 2);
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("temp@example.test"));
        click(dialog->addButton());
        QCOMPARE(dialog->table()->rowCount(), 3);
        // A cell edited into a bad address blocks Save, in words.
        auto *save = child<QPushButton>(dialog, "okButton");
        dialog->table()->item(1, ui::CertificateContactsDialog::EmailColumn)->setText(QStringLiteral("pki at example"));
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Contact 2: 'pki at example' is not an email address."));
        QVERIFY(!save->isEnabled());
        dialog->table()
                ->item(1, ui::CertificateContactsDialog::EmailColumn)
                ->setText(QStringLiteral("pki@example.test"));
        QVERIFY(save->isEnabled());
        dialog->table()->setCurrentCell(2, 0);
        click(dialog->removeButton());
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("2 contacts"));
        shot(dialog, QStringLiteral("62-certificate-contacts"));
        click(save);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("2 certificate contacts saved"));
        auto contacts = store().contacts();
        COFFER_VERIFY_OK(contacts);
        QCOMPARE(contacts->size(), 2);
        QCOMPARE(contacts->at(0).email, QStringLiteral("ops@example.test"));
        QCOMPARE(contacts->at(0).name, QStringLiteral("Operations"));
        QCOMPARE(contacts->at(0).phone, QStringLiteral("+49 30 1234567"));
        QCOMPARE(contacts->at(1).email, QStringLiteral("pki@example.test"));

        // Opened again: the stored list.
        action("actionCertificateContacts")->trigger();
        dialog = opened<ui::CertificateContactsDialog>();
        QVERIFY(dialog);
        QCOMPARE(column(dialog->table(), ui::CertificateContactsDialog::EmailColumn),
                 (QStringList {QStringLiteral("ops@example.test"), QStringLiteral("pki@example.test")}));
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
    }

    void cancelRequestThenDeleteIt()
    {
        select(QStringLiteral("req"));
        QVERIFY(action("actionCancelRequest")->isEnabled());
        QVERIFY(action("actionMergeCertificate")->isEnabled());
        m_prompter.confirmAnswer = true;
        table()->setFocus();
        action("actionCancelRequest")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Cancel Request"));
        QVERIFY(m_prompter.questions.last().contains(u"can no longer be merged"));
        auto pending = store().pending(QStringLiteral("req"));
        COFFER_VERIFY_OK(pending);
        QVERIFY(pending->cancellationRequested); // soft: the request and its key are still there
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The request for req was cancelled"));
        select(QStringLiteral("req"));
        QVERIFY(!action("actionMergeCertificate")->isEnabled());
        QCOMPARE(action("actionMergeCertificate")->toolTip(), QStringLiteral("The request was cancelled."));
        QVERIFY(!action("actionCancelRequest")->isEnabled());
        QVERIFY(action("actionDeleteRequest")->isEnabled());

        m_prompter.confirmAnswer = false; // asked first; No keeps it
        action("actionDeleteRequest")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Delete Request"));
        QVERIFY2(m_prompter.questions.last().contains(u"private key are destroyed for good"),
                 qPrintable(m_prompter.questions.last()));
        COFFER_VERIFY_OK(store().pending(QStringLiteral("req")));
        m_prompter.confirmAnswer = true;
        action("actionDeleteRequest")->trigger();
        COFFER_VERIFY_ERROR(store().pending(QStringLiteral("req")), ErrorCode::NotFound);
        QVERIFY(!rowOf(QStringLiteral("req")).isValid());
    }

    void backupThenRestore()
    {
        select(QStringLiteral("api"));
        const QString path = m_files.filePath(QStringLiteral("api.cofferbackup"));
        m_prompter.saveFileAnswer = path;
        table()->setFocus();
        action("actionBackupCertificate")->trigger();
        QVERIFY(QFile::exists(path));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Backup of api saved to"));
        COFFER_VERIFY_OK(store().remove(QStringLiteral("api")));
        COFFER_VERIFY_OK(store().purge(QStringLiteral("api")));
        page()->reload();
        QVERIFY(!rowOf(QStringLiteral("api")).isValid());

        // Not a backup: refused in words, nothing restored.
        const QString junk = m_files.filePath(QStringLiteral("junk.cofferbackup"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a backup");
        }
        m_prompter.openFileAnswer = junk;
        m_prompter.errors.clear();
        action("actionRestoreCertificate")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Restore Certificate Backup"));
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(!rowOf(QStringLiteral("api")).isValid());

        m_prompter.openFileAnswer = path;
        action("actionRestoreCertificate")->trigger();
        QCOMPARE(m_prompter.errors.size(), 1);
        auto restored = store().show(QStringLiteral("api"));
        COFFER_VERIFY_OK(restored);
        QCOMPARE(restored->details.subject, QStringLiteral("CN=api.example.test"));
        QCOMPARE(page()->currentCertificate(), QStringLiteral("api"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Certificate api restored from backup"));
    }

    void expiryBannerNamesAndShows()
    {
        QVERIFY(page()->expiryBanner()->isHidden()); // nothing expires within 30 days yet
        m_clock.set(m_start.addDays(40));
        page()->reload();
        QVERIFY(page()->expiryBanner()->isVisible());
        QCOMPARE(page()->expiryBannerLabel()->text(), QStringLiteral("2 certificates expire within 30 days: web, api"));
        QCOMPARE(page()->expiryBannerButton()->text(), QStringLiteral("&Show"));
        click(page()->expiryBannerButton());
        QCOMPARE(page()->proxy()->rowCount(), 2);
        QVERIFY(rowOf(QStringLiteral("web")).isValid() && rowOf(QStringLiteral("api")).isValid());
        QCOMPARE(page()->currentCertificate(), QStringLiteral("web"));
        QCOMPARE(child<QLabel>(page(), "countLabel")->text(), QStringLiteral("2 of 6 certificates"));
        QCOMPARE(page()->expiryBannerButton()->text(), QStringLiteral("&Show all"));
        shot(m_window.get(), QStringLiteral("64-expiry-banner"));
        click(page()->expiryBannerButton());
        QCOMPARE(page()->proxy()->rowCount(), 6);
    }

    void whatIsDueThenRunDueRenewals()
    {
        m_clock.set(m_start.addDays(200)); // past half of a year: auto, mail and off are due
        page()->reload();
        const QString banner = page()->expiryBannerLabel()->text();
        QVERIFY2(banner.startsWith(u"2 certificates have expired: web, api; ")
                         && banner.endsWith(u"1 certificate is due for its expiry notice to the contacts: mail"),
                 qPrintable(banner));

        QVERIFY(action("actionWhatIsDue")->isEnabled());
        action("actionWhatIsDue")->trigger();
        auto *preview = opened<ui::CertificateRenewalsDialog>();
        QVERIFY(preview);
        using Dialog = ui::CertificateRenewalsDialog;
        const auto outcomesByName = [](QTableWidget *table) {
            QMap<QString, QString> out;
            for (int row = 0; row < table->rowCount(); ++row)
                out.insert(table->item(row, Dialog::NameColumn)->text(),
                           table->item(row, Dialog::OutcomeColumn)->text() + u" | "
                                   + table->item(row, Dialog::ReasonColumn)->text());
            return out;
        };
        QMap<QString, QString> due = outcomesByName(preview->table());
        QCOMPARE(due.keys(), (QStringList {QStringLiteral("auto"), QStringLiteral("mail"), QStringLiteral("off")}));
        QVERIFY2(due.value(QStringLiteral("auto")).startsWith(u"Would renew | "),
                 qPrintable(due.value(QStringLiteral("auto"))));
        QVERIFY(due.value(QStringLiteral("mail")).startsWith(u"Would notify the contacts | "));
        QVERIFY2(due.value(QStringLiteral("off")).startsWith(u"Skipped | ")
                         && due.value(QStringLiteral("off")).contains(u"disabled"),
                 qPrintable(due.value(QStringLiteral("off"))));
        QCOMPARE(preview->summaryLabel()->text(), QStringLiteral("1 would be renewed, 1 would be notified, 1 skipped"));
        auto versions = store().listVersions(QStringLiteral("auto"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 1); // a dry run changes nothing
        // Run from the preview.
        click(preview->runButton());
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRunning(), 60000);
        QVERIFY(preview->hasRun());
        QCOMPARE(preview->summaryLabel()->text(), QStringLiteral("1 renewed, 1 notified, 1 skipped"));
        versions = store().listVersions(QStringLiteral("auto"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        due = outcomesByName(preview->table());
        QVERIFY2(due.value(QStringLiteral("auto"))
                         .startsWith(QStringLiteral("Renewed: version %1 | ").arg(versions->last().info.version)),
                 qPrintable(due.value(QStringLiteral("auto"))));
        QVERIFY(due.value(QStringLiteral("mail")).startsWith(u"Contacts notified | "));
        QVERIFY(due.value(QStringLiteral("off")).startsWith(u"Skipped | "));
        QVERIFY(!preview->runButton()->isEnabled());
        shot(preview, QStringLiteral("63-due-renewals"));
        preview->reject();
        QTRY_VERIFY(!preview->isVisible());
        // mail was notified: the banner no longer names it.
        QTRY_VERIFY(!page()->expiryBannerLabel()->text().contains(u"mail"));

        // Run due renewals again: asks, then only the disabled one is left (skipped, with why).
        m_prompter.confirmAnswer = true;
        action("actionRunDueRenewals")->trigger();
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Run Due Renewals"));
        auto *run = opened<ui::CertificateRenewalsDialog>();
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->hasRun(), 60000);
        QCOMPARE(run->summaryLabel()->text(), QStringLiteral("1 skipped"));
        QCOMPARE(column(run->table(), Dialog::NameColumn), QStringList {QStringLiteral("off")});
        run->reject();
        QTRY_VERIFY(!run->isVisible());
        versions = store().listVersions(QStringLiteral("auto"));
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
    }
};

QTEST_MAIN(TestCertificateProperties)
#include "TestCertificateProperties.moc"
