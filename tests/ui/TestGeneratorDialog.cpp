// The password and passphrase generator (Tools ▸ Generate Password…, Ctrl+G; "Generate…" in the secret dialog),
// offscreen: the password tab's value has the chosen length and every chosen class, and its strength is the
// generator's entropy (24 of 71 characters: 148 bits, Strong); no class at all is refused; the passphrase tab makes
// words from the list with the chosen separator, capitals and one digit, with its exact strength (6 words: 62
// bits, Good; 3 words and a digit: 36 bits, Weak); Regenerate makes another value; Copy puts it on the clipboard. In
// the New Secret dialog "Generate…" fills the value and says where it came from, and the created secret holds exactly
// it. Screenshots: test-output/screenshots/17-generator-password, 17-generator-passphrase.

#include "core/rotation/Passphrase.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/GeneratorDialog.h"
#include "ui/MainWindow.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using coffer::test::child;
using coffer::test::shot;

namespace {
const QByteArray kPassphrase = "generator test passphrase";
} // namespace

class TestGeneratorDialog : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;

    models::Services services()
    {
        models::Services s;
        s.clock = &m_clock;
        s.kdf = Argon2Params::fastForTests();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Generator");
        options.ownerName = QStringLiteral("owner");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        const QString path = created->vault->path();
        created->vault.reset();
        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void password()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+G")));
        QPointer<ui::GeneratorDialog> dialog = m_window->findChild<ui::GeneratorDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *output = child<QLineEdit>(dialog, "generatedEdit");
        const QString first = output->text();
        QCOMPARE(first.size(), 24);
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("[a-z]"))));
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("[A-Z]"))));
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("[0-9]"))));
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("[!#%+=?@_-]"))));
        QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(), QStringLiteral("148 bits: Strong"));
        shot(dialog, QStringLiteral("17-generator-password"));

        QTest::mouseClick(child<QPushButton>(dialog, "regenerateButton"), Qt::LeftButton);
        QVERIFY(output->text() != first);

        child<QSpinBox>(dialog, "lengthSpin")->setValue(12);
        child<QCheckBox>(dialog, "symbolsCheck")->setChecked(false);
        child<QCheckBox>(dialog, "upperCheck")->setChecked(false);
        QCOMPARE(output->text().size(), 12);
        QVERIFY(output->text().contains(QRegularExpression(QStringLiteral("^[a-z0-9]{12}$"))));
        QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(), QStringLiteral("62 bits: Good")); // 12 × log2(36)

        child<QCheckBox>(dialog, "lowerCheck")->setChecked(false);
        child<QCheckBox>(dialog, "digitsCheck")->setChecked(false);
        QVERIFY(output->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "copyButton")->isEnabled());
        bool refused = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            refused = refused || label->text() == QStringLiteral("Choose at least one kind of character.");
        QVERIFY(refused);

        child<QCheckBox>(dialog, "digitsCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), output->text());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void passphrase()
    {
        QPointer<ui::GeneratorDialog> dialog = m_window->showGenerator();
        QTRY_VERIFY(dialog->isVisible());
        dialog->modeTabs()->setCurrentIndex(1);
        auto *output = child<QLineEdit>(dialog, "generatedEdit");
        QStringList words = output->text().split(u'-');
        QCOMPARE(words.size(), 6);
        for (const QString &word : words)
            QVERIFY2(rotation::passphraseWords().contains(word), qPrintable(word));
        QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(), QStringLiteral("62 bits: Good"));

        auto *separator = child<QComboBox>(dialog, "separatorCombo");
        separator->setCurrentIndex(separator->findData(QStringLiteral(" ")));
        child<QCheckBox>(dialog, "capitalizeCheck")->setChecked(true);
        child<QCheckBox>(dialog, "addDigitCheck")->setChecked(true);
        child<QSpinBox>(dialog, "wordsSpin")->setValue(8);
        words = output->text().split(u' ');
        QCOMPARE(words.size(), 8);
        int digits = 0;
        for (QString word : words) {
            QVERIFY(word.at(0).isUpper());
            if (word.back().isDigit()) {
                ++digits;
                word.chop(1);
            }
            QVERIFY2(rotation::passphraseWords().contains(word.toLower()), qPrintable(word));
        }
        QCOMPARE(digits, 1);
        QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(), QStringLiteral("89 bits: Strong")); // 8 × 10.34 + 6.3
        shot(dialog, QStringLiteral("17-generator-passphrase"));
        child<QSpinBox>(dialog, "wordsSpin")->setValue(3);
        QCOMPARE(child<QLabel>(dialog, "strengthLabel")->text(),
                 QStringLiteral("36 bits: Weak")); // 3 × 10.34 + log2(30)
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void fillsTheNewSecret()
    {
        m_window->workspace()->showPage(QStringLiteral("secrets"));
        QPointer<ui::SecretDialog> secret = m_window->workspace()->secretsPage()->showCreateDialog();
        QTRY_VERIFY(secret->isVisible());
        QTest::keyClicks(child<QLineEdit>(secret, "nameEdit"), QStringLiteral("generated-db-password"));
        QPointer<ui::GeneratorDialog> generator = secret->generateValue();
        QTRY_VERIFY(generator->isVisible());
        generator->modeTabs()->setCurrentIndex(1);
        const QString value = child<QLineEdit>(generator, "generatedEdit")->text();
        QVERIFY(!value.isEmpty());
        QTest::mouseClick(child<QDialogButtonBox>(generator, "")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(generator.isNull());
        QCOMPARE(child<QLabel>(secret, "valueOriginLabel")->text(),
                 QStringLiteral("Generated: a 6-word passphrase (62 bits)"));
        QTest::mouseClick(child<QPushButton>(secret, "okButton"), Qt::LeftButton);
        QTRY_VERIFY(secret.isNull());
        auto stored = m_window->currentSession()->vault()->secrets().get(QStringLiteral("generated-db-password"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(QString::fromLatin1(reinterpret_cast<const char *>(stored->value.data()),
                                     qsizetype(stored->value.size())),
                 value);
    }
};

QTEST_MAIN(TestGeneratorDialog)
#include "TestGeneratorDialog.moc"
