// Ctrl+K, the command palette, offscreen with three vaults: two unlocked (team-kv with secrets carrying tags and a
// content type, ops-kv with a key and a self-signed EC certificate), one locked (never searched). Typing finds
// objects by name, tag, content type, subject, alternative name and thumbprint (with colons too), across vaults;
// Enter on a result selects its vault and shows the object selected on its page; a command runs its action (Lock
// All); "Go to" commands switch pages; nothing found says so; Esc closes. Screenshot:
// test-output/screenshots/16-command-palette.

#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/SearchModel.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/CertificatesPage.h"
#include "ui/CommandPalette.h"
#include "ui/KeysPage.h"
#include "ui/MainWindow.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;

namespace {
using coffer::test::shot;
const QByteArray kPassphrase = "palette test passphrase";
} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_team, m_ops, m_locked;
    QString m_thumbprint; // of ops-kv's certificate, upper-case hex

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }
    std::unique_ptr<Vault> create(const QString &name)
    {
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = name;
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        if (!created)
            qFatal("cannot create a vault: %s", qPrintable(created.error().toString()));
        return std::move(created->vault);
    }
    void open(const QString &path, bool unlock)
    {
        QVERIFY(m_window->openVault(path, false));
        if (!unlock)
            return;
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
    }
    QPointer<ui::CommandPalette> openPalette()
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+K")));
        auto *palette = m_window->findChild<ui::CommandPalette *>();
        if (palette)
            (void)QTest::qWaitForWindowExposed(palette);
        return palette;
    }
    QStringList results(ui::CommandPalette *palette)
    {
        QStringList out;
        const models::SearchModel *model = palette->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, 0).data().toString() + u'|'
                            + model->index(row, 0).data(models::SearchModel::DetailRole).toString();
        return out;
    }
    void type(ui::CommandPalette *palette, const QString &text)
    {
        palette->queryEdit()->clear();
        QTest::keyClicks(palette->queryEdit(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        {
            auto team = create(QStringLiteral("team-kv"));
            NewVersionAttributes attributes;
            attributes.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
            attributes.contentType = QStringLiteral("application/x-pem-file");
            COFFER_VERIFY_OK(
                    team->secrets().set(QStringLiteral("db-password"), SecureBytes(QByteArrayView("v")), attributes));
            COFFER_VERIFY_OK(team->secrets().set(QStringLiteral("api-token"), SecureBytes(QByteArrayView("v")), {}));
            m_team = team->path();
        }
        {
            auto ops = create(QStringLiteral("ops-kv"));
            KeyCreateRequest key;
            key.spec = KeySpec::ec(crypto::Curve::P256);
            key.attributes.tags = {{QStringLiteral("owner"), QStringLiteral("payments")}};
            COFFER_VERIFY_OK(ops->keys().create(QStringLiteral("signing-key"), key));
            CertificatePolicy policy;
            policy.kty = KeyType::Ec;
            policy.curve = Curve::P256;
            policy.subject = QStringLiteral("CN=portal.example.test, O=Coffer");
            policy.dnsNames = {QStringLiteral("portal.example.test"), QStringLiteral("login.example.test")};
            policy.validityMonths = 12;
            policy.issuer = IssuerKind::Self;
            auto certificate = ops->certificates().create(QStringLiteral("portal-tls"), policy);
            COFFER_VERIFY_OK(certificate);
            QVERIFY(std::holds_alternative<CertificateInfo>(*certificate));
            m_thumbprint = QString::fromLatin1(std::get<CertificateInfo>(*certificate).details.sha1.toHex()).toUpper();
            m_ops = ops->path();
        }
        {
            auto locked = create(QStringLiteral("locked-kv"));
            COFFER_VERIFY_OK(locked->secrets().set(QStringLiteral("db-hidden"), SecureBytes(QByteArrayView("v")), {}));
            m_locked = locked->path();
        }
        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        open(m_locked, false);
        open(m_team, true);
        open(m_ops, true);
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void findsByNameTagAndContentTypeAcrossVaults()
    {
        QPointer<ui::CommandPalette> palette = openPalette();
        QVERIFY(palette);
        QVERIFY(palette->queryEdit()->hasFocus());
        type(palette, QStringLiteral("db"));
        // locked-kv's db-hidden is not searched.
        QCOMPARE(results(palette), QStringList {QStringLiteral("db-password|Secret in team-kv")});
        type(palette, QStringLiteral("env=prod"));
        QCOMPARE(results(palette), QStringList {QStringLiteral("db-password|Secret in team-kv · tag env=prod")});
        type(palette, QStringLiteral("x-pem"));
        QCOMPARE(results(palette),
                 QStringList {QStringLiteral("db-password|Secret in team-kv · content type application/x-pem-file")});
        type(palette, QStringLiteral("payments"));
        QCOMPARE(results(palette), QStringList {QStringLiteral("signing-key|Key in ops-kv · tag owner=payments")});
        type(palette, QStringLiteral("zzz-nothing"));
        QCOMPARE(palette->model()->rowCount(), 0);
        QCOMPARE(palette->findChild<QLabel *>(QStringLiteral("paletteStatus"))->text(),
                 QStringLiteral("Nothing found. Only unlocked vaults are searched."));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(palette.isNull());
    }

    void findsCertificatesBySubjectNameAndThumbprint()
    {
        QPointer<ui::CommandPalette> palette = openPalette();
        QVERIFY(palette);
        type(palette, QStringLiteral("login.example"));
        QCOMPARE(
                results(palette),
                QStringList {QStringLiteral("portal-tls|Certificate in ops-kv · alternative name login.example.test")});
        type(palette, m_thumbprint.left(12).toLower());
        QCOMPARE(palette->model()->rowCount(), 1);
        QString colons;
        for (int i = 0; i < 12; i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + m_thumbprint.mid(i, 2);
        type(palette, colons);
        QCOMPARE(palette->model()->rowCount(), 1);
        QVERIFY(results(palette).first().startsWith(QStringLiteral("portal-tls|")));
        type(palette, QStringLiteral("CN=portal"));
        QCOMPARE(palette->model()->rowCount(), 1);
        shot(palette, QStringLiteral("16-command-palette"));
        palette->reject();
    }

    void enterOpensTheObjectInItsVault()
    {
        m_window->selectVault(models::VaultSession::normalizedPath(m_ops));
        QPointer<ui::CommandPalette> palette = openPalette();
        type(palette, QStringLiteral("env=prod"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(palette.isNull());
        QCOMPARE(m_window->currentVaultId(), models::VaultSession::normalizedPath(m_team));
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("secrets"));
        QCOMPARE(m_window->workspace()->secretsPage()->currentSecret(), QStringLiteral("db-password"));

        palette = openPalette();
        type(palette, QStringLiteral("portal"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QCOMPARE(m_window->currentVaultId(), models::VaultSession::normalizedPath(m_ops));
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("certificates"));
        QCOMPARE(m_window->workspace()->certificatesPage()->currentCertificate(), QStringLiteral("portal-tls"));
    }

    void arrowKeysChooseAndCommandsRun()
    {
        QPointer<ui::CommandPalette> palette = openPalette();
        type(palette, QStringLiteral("go to"));
        const QStringList found = results(palette);
        QVERIFY(found.contains(QStringLiteral("Go to Audit|Command · Ctrl+8")));
        QCOMPARE(palette->resultView()->currentIndex().row(), 0);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Down);
        QCOMPARE(palette->resultView()->currentIndex().row(), 1);
        type(palette, QStringLiteral("go to audit"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QCOMPARE(m_window->workspace()->currentPageId(), QStringLiteral("audit"));

        // The shown page's own actions are commands too: "Secrets: Create secret" opens its dialog.
        m_window->selectVault(models::VaultSession::normalizedPath(m_team));
        m_window->workspace()->showPage(QStringLiteral("secrets"));
        palette = openPalette();
        type(palette, QStringLiteral("create secret"));
        QCOMPARE(results(palette).first(), QStringLiteral("Secrets: Create secret…|Command · Ctrl+Shift+N"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QPointer<ui::SecretDialog> created = m_window->findChild<ui::SecretDialog *>();
        QVERIFY(created);
        QTRY_VERIFY(created->isVisible());
        created->reject();
        QTRY_VERIFY(created.isNull());

        palette = openPalette();
        type(palette, QStringLiteral("lock all"));
        QCOMPARE(results(palette).first(), QStringLiteral("Lock All|Command · Ctrl+Shift+L"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(palette.isNull());
        QVERIFY(!m_window->vaultModel()->session(models::VaultSession::normalizedPath(m_team))->isUnlocked());
        QVERIFY(!m_window->vaultModel()->session(models::VaultSession::normalizedPath(m_ops))->isUnlocked());

        // All locked: only commands are found, and "Go to" pages are not offered.
        palette = openPalette();
        type(palette, QStringLiteral("db"));
        QCOMPARE(palette->model()->rowCount(), 0);
        type(palette, QStringLiteral("go to"));
        QCOMPARE(palette->model()->rowCount(), 0);
        palette->reject();
    }
};

QTEST_MAIN(TestCommandPalette)
#include "TestCommandPalette.moc"
