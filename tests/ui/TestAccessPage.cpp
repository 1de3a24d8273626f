// Drives the Access control page offscreen through the real widgets, as the vault's owner: creates the user alice
// (passphrase with the strength meter, key derived off the GUI thread), an application (client secret shown once)
// and a group; assigns alice Key Vault Secrets User on one secret through the role-assignment dialog; removes an
// assignment; checks that alice cannot purge, and why; lists who can read the secret; switches to access policies
// and back. Leaves screenshots 30-access-*.png in test-output/screenshots.

#include "core/access/AccessControl.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AccessHoldersModel.h"
#include "models/AccessOperations.h"
#include "models/AccessPolicyModel.h"
#include "models/AppSettings.h"
#include "models/EffectiveAccessModel.h"
#include "models/PrincipalListModel.h"
#include "models/RoleAssignmentModel.h"
#include "models/SecretClipboard.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/AccessCheckPanel.h"
#include "ui/AccessPage.h"
#include "ui/AccessPoliciesPanel.h"
#include "ui/AccessPolicyDialog.h"
#include "ui/ClientSecretDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewPrincipalDialog.h"
#include "ui/PrincipalsPanel.h"
#include "ui/RoleAssignmentDialog.h"
#include "ui/RoleAssignmentsPanel.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"
#include "ui/WhoHasAccessDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace coffer;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kOwnerPassphrase = "access page owner passphrase";
const QString kAlicePassphrase = QStringLiteral("Tangerine-Violin-Orbit-42!");
const QString kSecret = QStringLiteral("db-password");

void tick(QAbstractButton *button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}
} // namespace

class TestAccessPage : public QObject
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
    ui::VaultWorkspace *workspace() { return m_window->workspace(); }
    ui::AccessPage *page() { return workspace()->accessPage(); }
    models::AccessOperations *access() { return workspace()->accessOperations(); }
    QString idOf(const QString &name)
    {
        auto p = m_window->currentSession()->vault()->access().principal(name);
        return p ? p->id : QString();
    }
    template<typename T>
    QPointer<T> openedDialog()
    {
        QPointer<T> dialog = m_window->findChild<T *>();
        if (dialog)
            (void)QTest::qWaitFor([&] { return dialog->isVisible(); });
        return dialog;
    }
    void showTab(ui::AccessPage::Tab tab)
    {
        workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kAccessPage));
        page()->showTab(tab);
        QCoreApplication::processEvents();
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
        m_path = created->vault->path();
        COFFER_VERIFY_OK(created->vault->secrets().set(kSecret, SecureBytes(QByteArrayView("pg://app:pw@db"))));
        COFFER_VERIFY_OK(created->vault->secrets().set(QStringLiteral("stripe-api-key"),
                                                       SecureBytes(QByteArrayView("sk_live"))));
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(m_path, false));
        auto vault = Vault::open(m_path, Credential::passphrase(SecureString::fromUtf8(kOwnerPassphrase)), m_clock);
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

    void identityAndThePage()
    {
        auto *identity = child<QLabel>(m_window.get(), "identityLabel");
        QCOMPARE(identity->text(), QStringLiteral("Signed in as owner (user)"));
        QVERIFY(identity->toolTip().contains(u"Owner at /"));
        QVERIFY(identity->toolTip().contains(u"Key Vault Administrator at /"));
        QVERIFY(workspace()->pageIds().contains(QStringLiteral("access")));
        showTab(ui::AccessPage::GrantsTab);
        QCOMPARE(workspace()->currentPageId(), QStringLiteral("access"));
        QVERIFY(child<QLabel>(page(), "permissionModelLabel")->text().contains(u"Role-based access control"));
        QCOMPARE(page()->assignmentsPanel()->assignmentModel()->rowCount(),
                 6); // the owner's three roles, vault-system's three
        QCOMPARE(child<QTabWidget>(page(), "accessTabs")->tabText(0), QStringLiteral("Role assignments"));
    }

    void newUserWithHerOwnPassphrase()
    {
        showTab(ui::AccessPage::PrincipalsTab);
        click(child<QPushButton>(page(), "newUserButton"));
        QPointer<ui::NewPrincipalDialog> dialog = openedDialog<ui::NewPrincipalDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New User"));
        auto *ok = child<QPushButton>(dialog, "okButton");
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("alice"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("password1"));
        QVERIFY(child<QLabel>(dialog, "strengthLabel")->text().startsWith(u"Weak"));
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(dialog, "passphraseEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), kAlicePassphrase);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), kAlicePassphrase);
        QVERIFY(ok->isEnabled());
        shot(dialog, QStringLiteral("31-access-new-user"));
        click(ok);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000); // the key derivation ran off the GUI thread
        QVERIFY(!m_window->currentSession()->isBusy());
        auto *principals = page()->principalsPanel()->principalModel();
        const QModelIndex alice = principals->indexOf(idOf(QStringLiteral("alice")));
        QVERIFY(alice.isValid());
        QCOMPARE(page()->principalsPanel()->currentPrincipal(), idOf(QStringLiteral("alice")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"alice created"));
        // Her keyslot is in the header, labelled for the unlock dialog.
        auto summary = Vault::inspect(m_path);
        COFFER_VERIFY_OK(summary);
        QVERIFY(std::any_of(summary->keyslots.cbegin(), summary->keyslots.cend(),
                            [](const KeyslotInfo &s) { return s.label == u"Passphrase of alice"; }));
        // The same name again is refused inline.
        click(child<QPushButton>(page(), "newGroupButton"));
        QPointer<ui::NewPrincipalDialog> again = openedDialog<ui::NewPrincipalDialog>();
        QTest::keyClicks(child<QLineEdit>(again, "nameEdit"), QStringLiteral("ALICE"));
        click(child<QPushButton>(again, "okButton"));
        QVERIFY(again);
        QVERIFY(child<QLabel>(again, "errorLabel")->text().contains(u"exists already"));
        again->reject();
        QTRY_VERIFY(again.isNull());
    }

    void applicationSecretIsShownOnce()
    {
        click(child<QPushButton>(page(), "newAppButton"));
        QPointer<ui::NewPrincipalDialog> dialog = openedDialog<ui::NewPrincipalDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("ci-bot"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(dialog.isNull());
        QPointer<ui::ClientSecretDialog> secret = openedDialog<ui::ClientSecretDialog>();
        QVERIFY(secret);
        const QString shown = child<QLineEdit>(secret, "clientSecretEdit")->text();
        QVERIFY(shown.size() >= 20);
        auto *close = child<QPushButton>(secret, "closeButton");
        QVERIFY(!close->isEnabled()); // not before "I have stored it"
        click(child<QPushButton>(secret, "copyButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        QVERIFY(m_window->secretClipboard()->isPending()); // cleared after a while
        shot(secret, QStringLiteral("32-access-client-secret"));
        tick(child<QCheckBox>(secret, "storedCheck"));
        click(close);
        QTRY_VERIFY(secret.isNull());
        m_window->secretClipboard()->clearIfOurs();
        QVERIFY(m_window->findChildren<ui::ClientSecretDialog *>().isEmpty());
        QVERIFY(idOf(QStringLiteral("ci-bot")).size() > 0);
    }

    void groupWithMembers()
    {
        click(child<QPushButton>(page(), "newGroupButton"));
        QPointer<ui::NewPrincipalDialog> dialog = openedDialog<ui::NewPrincipalDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("ops"));
        auto *members = child<QListWidget>(dialog, "membersList");
        QCOMPARE(members->count(), 4); // owner, alice, ci-bot, vault-system: groups do not nest
        dialog->setMemberChecked(idOf(QStringLiteral("ci-bot")), true);
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(dialog.isNull());
        ui::PrincipalsPanel *panel = page()->principalsPanel();
        QCOMPARE(panel->currentPrincipal(), idOf(QStringLiteral("ops")));
        auto *memberList = child<QListWidget>(panel, "memberList");
        QCOMPARE(memberList->count(), 1);
        // Add alice, then remove ci-bot (confirmed).
        choose(child<QComboBox>(panel, "memberCandidates"), QStringLiteral("alice (user)"));
        click(child<QPushButton>(panel, "addMemberButton"));
        QCOMPARE(memberList->count(), 2);
        const QModelIndex ops = panel->principalModel()->indexOf(idOf(QStringLiteral("ops")));
        QCOMPARE(ops.siblingAtColumn(models::PrincipalListModel::MembershipColumn).data().toString(),
                 QStringLiteral("Members: alice, ci-bot"));
        shot(m_window.get(), QStringLiteral("33-access-principals"));
        for (int row = 0; row < memberList->count(); ++row)
            if (memberList->item(row)->text().startsWith(u"ci-bot"))
                memberList->setCurrentRow(row);
        m_prompter.confirmAnswer = true;
        click(child<QPushButton>(panel, "removeMemberButton"));
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Remove Member"));
        QCOMPARE(memberList->count(), 1);
        QCOMPARE(memberList->item(0)->text(), QStringLiteral("alice (user)"));
    }

    void assignSecretsUserOnOneSecret()
    {
        showTab(ui::AccessPage::GrantsTab);
        click(child<QPushButton>(page(), "addAssignmentButton"));
        QPointer<ui::RoleAssignmentDialog> dialog = openedDialog<ui::RoleAssignmentDialog>();
        QVERIFY(dialog);
        auto *ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled()); // no role yet
        choose(child<QComboBox>(dialog, "principalCombo"), QStringLiteral("alice (user)"));
        auto *roles = child<QListWidget>(dialog, "roleList");
        const QList<QListWidgetItem *> found
                = roles->findItems(QStringLiteral("Key Vault Secrets User"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        roles->setCurrentItem(found.first());
        QCOMPARE(child<QLabel>(dialog, "roleDescription")->text(),
                 QStringLiteral("Read secret contents including secret portion of a certificate with private key."));
        tick(child<QRadioButton>(dialog, "scopeObjectRadio"));
        QVERIFY(!ok->isEnabled()); // one object, but which?
        auto *objects = child<QComboBox>(dialog, "scopeObjectCombo");
        QCOMPARE(objects->count(), 2); // the vault's secrets
        choose(objects, kSecret);
        QVERIFY(ok->isEnabled());
        shot(dialog, QStringLiteral("34-access-add-role-assignment"));
        click(ok);
        QTRY_VERIFY(dialog.isNull());
        auto *model = page()->assignmentsPanel()->assignmentModel();
        const models::AssignmentRow *row = model->row(page()->assignmentsPanel()->currentAssignment());
        QVERIFY(row);
        QCOMPARE(row->principalName, QStringLiteral("alice"));
        QCOMPARE(row->roleName, QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(row->assignment.scope.toString(), QStringLiteral("/secrets/db-password"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"alice now holds Key Vault Secrets User"));
        shot(m_window.get(), QStringLiteral("30-access-assignments"));
    }

    void removeAnAssignment()
    {
        // A second one, to remove.
        COFFER_VERIFY_OK(
                access()->assign(QStringLiteral("Key Vault Reader"), QStringLiteral("ci-bot"), access::Scope::vault()));
        auto *model = page()->assignmentsPanel()->assignmentModel();
        QCOMPARE(model->rowCount(), 8);
        QString readerId;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, models::RoleAssignmentModel::RoleColumn).data().toString() == u"Key Vault Reader")
                readerId = model->idAt(model->index(row, 0));
        page()->assignmentsPanel()->selectAssignment(readerId);
        m_prompter.confirmAnswer = false;
        click(child<QPushButton>(page(), "removeAssignmentButton"));
        QVERIFY(m_prompter.questions.last().startsWith(u"Remove the role Key Vault Reader of ci-bot at /?"));
        QCOMPARE(model->rowCount(), 8); // declined
        m_prompter.confirmAnswer = true;
        click(child<QPushButton>(page(), "removeAssignmentButton"));
        QCOMPARE(model->rowCount(), 7);
        QVERIFY(!model->indexOf(readerId).isValid());
    }

    void checkerSaysAliceCannotPurge()
    {
        showTab(ui::AccessPage::CheckTab);
        ui::AccessCheckPanel *panel = page()->checkPanel();
        choose(child<QComboBox>(panel, "checkPrincipalCombo"), QStringLiteral("alice (user)"));
        tick(child<QRadioButton>(panel, "scopeObjectRadio"));
        choose(child<QComboBox>(panel, "scopeObjectCombo"), kSecret);
        click(child<QPushButton>(panel, "checkButton"));
        auto *model = panel->accessModel();
        const QModelIndex purge = model->indexOf(QStringLiteral("SecretPurge"));
        QVERIFY(purge.isValid());
        QCOMPARE(purge.siblingAtColumn(models::EffectiveAccessModel::AccessColumn).data().toString(),
                 QStringLiteral("Denied"));
        QCOMPARE(purge.siblingAtColumn(models::EffectiveAccessModel::ReasonColumn).data().toString(),
                 QStringLiteral("No: alice holds Key Vault Secrets User here, which grants only get and list on "
                                "secrets; this needs Microsoft.KeyVault/vaults/secrets/purge/action (Key Vault "
                                "Secrets Officer or Administrator)."));
        QCOMPARE(model->indexOf(QStringLiteral("SecretGet"))
                         .siblingAtColumn(models::EffectiveAccessModel::AccessColumn)
                         .data()
                         .toString(),
                 QStringLiteral("Allowed"));
        QVERIFY(panel->summary().startsWith(u"alice (user) at Secret db-password:"));
        shot(m_window.get(), QStringLiteral("35-access-check"));
    }

    void whoHasAccessToTheSecret()
    {
        workspace()->showPage(QLatin1StringView(ui::VaultWorkspace::kSecretsPage));
        workspace()->secretsPage()->selectSecret(kSecret);
        click(child<QPushButton>(workspace()->secretsPage(), "whoHasAccessButton"));
        QPointer<ui::WhoHasAccessDialog> dialog = openedDialog<ui::WhoHasAccessDialog>();
        QVERIFY(dialog);
        auto *holders = dialog->holdersModel();
        const QModelIndex alice = holders->indexOf(idOf(QStringLiteral("alice")));
        QVERIFY(alice.isValid());
        QCOMPARE(alice.siblingAtColumn(models::AccessHoldersModel::ThroughColumn).data().toString(),
                 QStringLiteral("Key Vault Secrets User at /secrets/db-password"));
        QVERIFY(holders->indexOf(idOf(QStringLiteral("owner"))).isValid());
        QVERIFY(!holders->indexOf(idOf(QStringLiteral("ci-bot"))).isValid());
        shot(dialog, QStringLiteral("36-access-who-has-access"));
        // Another operation: only those who may purge.
        dialog->setOperation(access::Operation::SecretPurge);
        QVERIFY(!holders->indexOf(idOf(QStringLiteral("alice"))).isValid());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void accessPoliciesAndBack()
    {
        showTab(ui::AccessPage::GrantsTab);
        m_prompter.confirmAnswer = true;
        click(child<QPushButton>(page(), "switchModelButton"));
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Switch Permission Model"));
        QVERIFY(m_prompter.questions.last().contains(u"role assignments stop counting"));
        QCOMPARE(access()->permissionModel(), PermissionModel::AccessPolicy);
        QCOMPARE(child<QTabWidget>(page(), "accessTabs")->tabText(0), QStringLiteral("Access policies"));
        QVERIFY(page()->policiesPanel()->isVisible());

        click(child<QPushButton>(page(), "addPolicyButton"));
        QPointer<ui::AccessPolicyDialog> dialog = openedDialog<ui::AccessPolicyDialog>();
        QVERIFY(dialog);
        choose(child<QComboBox>(dialog, "principalCombo"), QStringLiteral("alice (user)"));
        choose(child<QComboBox>(dialog, "templateCombo"), QStringLiteral("Secret Management"));
        QVERIFY(child<QCheckBox>(dialog, "perm_secrets_get")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "perm_secrets_restore")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "perm_secrets_purge")->isChecked()); // never by a template
        QCOMPARE(child<QCheckBox>(dialog, "all_secrets_0")->checkState(), Qt::Checked);
        QCOMPARE(child<QCheckBox>(dialog, "all_secrets_1")->checkState(), Qt::Unchecked);
        // "Select all" of a group.
        tick(child<QCheckBox>(dialog, "all_keys_1"));
        QVERIFY(child<QCheckBox>(dialog, "perm_keys_sign")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "perm_keys_decrypt")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "perm_keys_get")->isChecked());
        tick(child<QCheckBox>(dialog, "perm_keys_sign"));
        QCOMPARE(child<QCheckBox>(dialog, "all_keys_1")->checkState(), Qt::PartiallyChecked);
        shot(dialog, QStringLiteral("37-access-policy-dialog"));
        click(child<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY(dialog.isNull());
        auto *model = page()->policiesPanel()->policyModel();
        const QModelIndex alice = model->indexOf(idOf(QStringLiteral("alice")));
        QVERIFY(alice.isValid());
        QCOMPARE(alice.siblingAtColumn(models::AccessPolicyModel::SecretsColumn).data().toString(),
                 QStringLiteral("All except purge"));
        QCOMPARE(alice.siblingAtColumn(models::AccessPolicyModel::KeysColumn).data().toString(),
                 QStringLiteral("decrypt, encrypt, unwrapKey, wrapKey, verify"));
        shot(m_window.get(), QStringLiteral("38-access-policies"));

        // Edit keeps the principal and shows what is granted.
        page()->policiesPanel()->selectPrincipal(idOf(QStringLiteral("alice")));
        click(child<QPushButton>(page(), "editPolicyButton"));
        QPointer<ui::AccessPolicyDialog> edit = openedDialog<ui::AccessPolicyDialog>();
        QVERIFY(edit);
        QVERIFY(!child<QComboBox>(edit, "principalCombo")->isEnabled());
        QVERIFY(child<QCheckBox>(edit, "perm_secrets_list")->isChecked());
        edit->reject();
        QTRY_VERIFY(edit.isNull());

        click(child<QPushButton>(page(), "switchModelButton"));
        QVERIFY(m_prompter.questions.last().contains(u"access policies stop counting"));
        QCOMPARE(access()->permissionModel(), PermissionModel::Rbac);
        QVERIFY(page()->assignmentsPanel()->isVisible());
    }

    void deleteAPrincipal()
    {
        showTab(ui::AccessPage::PrincipalsTab);
        ui::PrincipalsPanel *panel = page()->principalsPanel();
        panel->selectPrincipal(idOf(QStringLiteral("owner")));
        auto *remove = child<QPushButton>(panel, "deletePrincipalButton");
        QVERIFY(!remove->isEnabled()); // not oneself
        QVERIFY(remove->toolTip().contains(u"signed in as"));
        const QString bot = idOf(QStringLiteral("ci-bot"));
        panel->selectPrincipal(bot);
        m_prompter.confirmAnswer = true;
        click(remove);
        QVERIFY(m_prompter.questions.last().contains(u"keyslots"));
        QVERIFY(!panel->principalModel()->indexOf(bot).isValid());
    }

    void inGerman()
    {
        QTranslator translator;
        const QString qm = QDir(qEnvironmentVariable("COFFER_QM_DIR")).filePath(QStringLiteral("coffer_de.qm"));
        if (!translator.load(qm))
            QSKIP("the German translation was not built");
        QCoreApplication::installTranslator(&translator);
        {
            ui::AccessPage german(access(), &m_prompter, m_window->secretClipboard(), services());
            german.resize(1040, 640);
            german.reload();
            german.showTab(ui::AccessPage::CheckTab);
            ui::AccessCheckPanel *panel = german.checkPanel();
            choose(child<QComboBox>(panel, "checkPrincipalCombo"), QStringLiteral("alice (Benutzer)"));
            child<QRadioButton>(panel, "scopeObjectRadio")->setChecked(true);
            choose(child<QComboBox>(panel, "scopeObjectCombo"), kSecret);
            QVERIFY(panel->check());
            const QModelIndex purge = panel->accessModel()->indexOf(QStringLiteral("SecretPurge"));
            QCOMPARE(purge.data().toString(), QStringLiteral("Gelöschtes Geheimnis endgültig löschen"));
            QVERIFY2(purge.siblingAtColumn(models::EffectiveAccessModel::ReasonColumn)
                             .data()
                             .toString()
                             .startsWith(u"Nein: alice hat hier Key Vault Secrets User, was für Geheimnisse nur "
                                         u"get und list gewährt"),
                     qPrintable(purge.siblingAtColumn(models::EffectiveAccessModel::ReasonColumn).data().toString()));
            QCOMPARE(child<QPushButton>(&german, "checkButton")->text(), QStringLiteral("Zugriff &prüfen"));
            shot(&german, QStringLiteral("30-access-de-check"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestAccessPage)
#include "TestAccessPage.moc"
