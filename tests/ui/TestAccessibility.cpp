// Accessible names on every control (issue 9): with a vault unlocked and holding a secret, a key and a
// certificate, every page of the workspace and the main dialogs are shown, and each visible control a person can
// reach with the keyboard (buttons, fields, lists, tables, combo boxes, spin boxes, sliders, check boxes) must give
// screen readers a name: its own text, an accessible name, or a label that is its buddy (what
// QAccessible::Name reports). The failures list every unnamed control with its object name and page.

#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/AccessPage.h"
#include "ui/CertificateExportDialog.h"
#include "ui/CertificatePropertiesDialog.h"
#include "ui/CertificatesPage.h"
#include "ui/CommandPalette.h"
#include "ui/CreateCertificateWizard.h"
#include "ui/GeneratorDialog.h"
#include "ui/ImportCertificateWizard.h"
#include "ui/KeyCreateDialog.h"
#include "ui/KeyImportDialog.h"
#include "ui/KeysPage.h"
#include "ui/MainWindow.h"
#include "ui/NewPrincipalDialog.h"
#include "ui/NewVaultWizard.h"
#include "ui/PrincipalsPanel.h"
#include "ui/RoleAssignmentDialog.h"
#include "ui/RoleAssignmentsPanel.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace coffer;

namespace {
const QByteArray kPassphrase = "accessibility test passphrase";

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
            || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

// Parts of a compound control that its owner names (the line edit in a spin box or combo box, a scroll bar, the
// buttons Qt puts into a tab bar or a header): not separate stops for a screen reader.
bool isInternal(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QAbstractItemView *>(p))
            return true;
    return qobject_cast<const QAbstractSlider *>(w) && w->objectName().startsWith(u"qt_");
}

QStringList unnamed(QWidget *root, const QString &where)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !isControl(w) || isInternal(w))
            continue;
        if (w->objectName().startsWith(u"qt_")) // Qt's own parts (scroll area viewports, wizard buttons, ...)
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << QStringLiteral("%1: %2 \"%3\" (in %4)")
                            .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                 w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return out;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QStringList m_problems;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    void check(QWidget *root, const QString &where) { m_problems << unnamed(root, where); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Access");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        Vault &vault = *created->vault;
        COFFER_VERIFY_OK(vault.secrets().set(QStringLiteral("db-password"), SecureBytes(QByteArrayView("v")), {}));
        KeyCreateRequest key;
        key.spec = KeySpec::ec(crypto::Curve::P256);
        COFFER_VERIFY_OK(vault.keys().create(QStringLiteral("signing-key"), key));
        CertificatePolicy policy;
        policy.kty = KeyType::Ec;
        policy.curve = Curve::P256;
        policy.subject = QStringLiteral("CN=a11y.example.test");
        policy.issuer = IssuerKind::Self;
        COFFER_VERIFY_OK(vault.certificates().create(QStringLiteral("web-tls"), policy));
        const QString path = vault.path();
        created->vault.reset();
        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(path, false));
        auto opened = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(opened);
        m_window->currentSession()->adopt(std::move(*opened));
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void everyPageAndDialogNamesItsControls()
    {
        ui::VaultWorkspace *workspace = m_window->workspace();
        for (const QString &id : workspace->pageIds()) {
            workspace->showPage(id);
            QCoreApplication::processEvents();
            check(m_window.get(), QStringLiteral("page ") + id);
        }
        workspace->showPage(QStringLiteral("secrets"));
        QPointer<ui::SecretDialog> secret = workspace->secretsPage()->showCreateDialog();
        QTRY_VERIFY(secret->isVisible());
        check(secret, QStringLiteral("New Secret"));
        QPointer<ui::GeneratorDialog> generator = secret->generateValue();
        QTRY_VERIFY(generator->isVisible());
        check(generator, QStringLiteral("Generator (password)"));
        generator->modeTabs()->setCurrentIndex(1);
        check(generator, QStringLiteral("Generator (passphrase)"));
        generator->reject();
        secret->reject();
        QPointer<ui::CommandPalette> palette = m_window->showCommandPalette();
        QTRY_VERIFY(palette->isVisible());
        check(palette, QStringLiteral("Search and Commands"));
        palette->reject();
        m_window->showSettings();
        QWidget *settings = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        check(settings, QStringLiteral("Settings"));
        static_cast<QDialog *>(settings)->reject();
        QPointer<ui::NewVaultWizard> wizard = m_window->showNewVaultWizard();
        QTRY_VERIFY(wizard->isVisible());
        check(wizard, QStringLiteral("New Vault wizard"));
        wizard->reject();

        // The object pages' dialogs and wizards.
        workspace->showPage(QStringLiteral("keys"));
        const auto dialogCheck = [this](QDialog *dialog, const QString &where) {
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            check(dialog, where);
            dialog->reject();
            QCoreApplication::processEvents();
        };
        dialogCheck(workspace->keysPage()->showCreateDialog(), QStringLiteral("Create Key"));
        dialogCheck(workspace->keysPage()->showImportDialog(), QStringLiteral("Import Key"));
        workspace->showPage(QStringLiteral("certificates"));
        workspace->certificatesPage()->selectCertificate(QStringLiteral("web-tls"));
        dialogCheck(workspace->certificatesPage()->showImportWizard(), QStringLiteral("Import Certificate"));
        dialogCheck(workspace->certificatesPage()->showCreateWizard(), QStringLiteral("Create Certificate"));
        dialogCheck(workspace->certificatesPage()->showExportDialog(), QStringLiteral("Export Certificate"));
        dialogCheck(workspace->certificatesPage()->showPropertiesDialog(), QStringLiteral("Certificate Properties"));
        workspace->showPage(QStringLiteral("access"));
        dialogCheck(workspace->accessPage()->principalsPanel()->showNewDialog(access::PrincipalType::User),
                    QStringLiteral("New User"));
        dialogCheck(workspace->accessPage()->assignmentsPanel()->showAddDialog(),
                    QStringLiteral("Add Role Assignment"));

        m_problems.removeDuplicates();
        for (const QString &problem : std::as_const(m_problems))
            qInfo("unnamed: %s", qPrintable(problem));
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("\n") + m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
