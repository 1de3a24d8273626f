// Drives the secret rotation policy dialog and "Rotate now" offscreen through the real widgets on a real vault
// (FakeClock): the actions follow the selection; the dialog opens on the default policy; Rotate without a
// generator is refused under the generator's field and Save stays disabled; a generator with a too short length is
// refused too; a valid password generator shows a masked sample (shown on request) following its rules, its
// entropy and the next three rotations; Save stores it (checked through core); reopening shows it; Edit as JSON
// validates what is typed; Rotate now asks first, then makes a new version whose value follows the generator
// (read through core) and the list and details show it; a secret without generator is refused in words.
// Screenshots: test-output/screenshots/80-secret-rotation-policy-invalid, 81-secret-rotation-policy-valid,
// 82-secret-rotation-policy-json.

#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/SecretFilterProxy.h"
#include "models/SecretListModel.h"
#include "models/SecretRotationForm.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/MainWindow.h"
#include "ui/MaskedTextEdit.h"
#include "ui/SecretDetailsPane.h"
#include "ui/SecretRotationPolicyDialog.h"
#include "ui/SecretsPage.h"
#include "ui/VaultWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using coffer::models::SecretRotationForm;
using coffer::ui::SecretRotationPolicyDialog;
using Field = SecretRotationForm::Field;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "secret rotation test passphrase";
const QString kSecret = QStringLiteral("db-password");
const QString kPlain = QStringLiteral("plain-token");

bool onlyAlphanumeric(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}
bool hasOneOf(QByteArrayView value, char from, char to)
{
    return std::any_of(value.begin(), value.end(), [&](char c) { return c >= from && c <= to; });
}
} // namespace

class TestSecretRotationPolicy : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC)};
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
    ui::SecretsPage *page() { return m_window->workspace()->secretsPage(); }
    SecretStore &store() { return m_window->currentSession()->vault()->secrets(); }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }
    void select(const QString &name)
    {
        const QModelIndex index = page()->proxy()->indexOf(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        child<QTableView>(page(), "secretsView")->setCurrentIndex(index);
        QCOMPARE(page()->currentSecret(), name);
    }
    QPointer<SecretRotationPolicyDialog> openDialog()
    {
        [&] { QVERIFY(action("actionSecretRotationPolicy")->isEnabled()); }();
        action("actionSecretRotationPolicy")->trigger();
        QPointer<SecretRotationPolicyDialog> dialog = m_window->findChild<SecretRotationPolicyDialog *>();
        if (dialog)
            (void)QTest::qWaitFor([&] { return dialog->isVisible(); });
        return dialog;
    }
    static QPushButton *saveButton(QWidget *dialog) { return child<QPushButton>(dialog, "policySaveButton"); }
    static void check(QWidget *dialog, const char *name, bool on)
    {
        auto *box = child<QCheckBox>(dialog, name);
        if (box->isChecked() != on) {
            // On its indicator, as a person would: a check box laid out wider than its text does not toggle when
            // clicked in the empty space right of it.
            QVERIFY2(box->isVisible() && box->isEnabled(), name);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        }
        QCOMPARE(box->isChecked(), on);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::resetSettings();
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("Rotation");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        NewVersionAttributes attributes;
        attributes.contentType = QStringLiteral("text/plain");
        attributes.expires = m_clock.now().addDays(60);
        COFFER_VERIFY_OK(
                created->vault->secrets().set(kSecret, SecureBytes(QByteArrayView("first value")), attributes));
        COFFER_VERIFY_OK(created->vault->secrets().set(kPlain, SecureBytes(QByteArrayView("token"))));
        const QString path = created->vault->path();
        created->vault.reset();

        m_settings = std::make_unique<models::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(services(), m_settings.get(), &m_prompter);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openVault(path, false));
        auto vault = Vault::open(path, Credential::passphrase(SecureString::fromUtf8(kPassphrase)), m_clock);
        COFFER_VERIFY_OK(vault);
        m_window->currentSession()->adopt(std::move(*vault));
        QVERIFY(m_window->currentSession()->isUnlocked());
        m_window->workspace()->showPage(QStringLiteral("secrets"));
    }
    void init() { test::failOnAnyWarning(); }
    void cleanupTestCase()
    {
        m_window.reset();
        test::resetSettings();
    }

    void actionsFollowTheSelection()
    {
        child<QTableView>(page(), "secretsView")->setCurrentIndex({});
        QVERIFY(!action("actionSecretRotationPolicy")->isEnabled());
        QVERIFY(!action("actionRotateSecret")->isEnabled());
        select(kSecret);
        QVERIFY(action("actionSecretRotationPolicy")->isEnabled());
        QVERIFY(action("actionRotateSecret")->isEnabled());
        QCOMPARE(action("actionSecretRotationPolicy")->text(), QStringLiteral("Rotation &policy…"));
        QCOMPARE(action("actionRotateSecret")->text(), QStringLiteral("R&otate now…"));
        // Unique accelerators on the page: no other action of the Secrets page uses P or O.
        for (QAction *other : page()->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
            if (other == action("actionSecretRotationPolicy") || other == action("actionRotateSecret"))
                continue;
            const QString text = other->text().toLower();
            QVERIFY2(!text.contains(u"&p") && !text.contains(u"&o"), qPrintable(other->text()));
        }
    }

    void rotateWithoutGeneratorIsInvalid()
    {
        select(kSecret);
        QPointer<SecretRotationPolicyDialog> dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isLoaded());
        QVERIFY(child<QLabel>(dialog, "policyVersionInfo")->text().contains(kSecret));
        // The default policy: notify 30 days before expiry, no rotation, no generator.
        QVERIFY(!child<QCheckBox>(dialog, "rotateCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "generateCheck")->isChecked());
        QVERIFY(!saveButton(dialog)->isEnabled()); // nothing changed
        QVERIFY(!dialog->hasSample());

        check(dialog, "rotateCheck", true);
        child<QSpinBox>(dialog, "rotateAmount")->setValue(90);
        QVERIFY(!dialog->isValid());
        QVERIFY(!saveButton(dialog)->isEnabled());
        const QString message = dialog->message(Field::Generator);
        QVERIFY2(message.contains(u"needs a generator"), qPrintable(message));
        QVERIFY(child<QLabel>(dialog, "generatorError")->isVisible());
        QVERIFY(dialog->message(Field::Rotate).isEmpty());
        // The JSON shows the Rotate action; the dates preview what the policy would do.
        QVERIFY(dialog->jsonText().contains(u"\"timeAfterCreate\": \"P90D\""));
        QCOMPARE(dialog->schedule().rotations.size(), 3);
        QCOMPARE(dialog->schedule().rotations.first(), m_clock.now().addDays(90));
        QVERIFY(child<QLabel>(dialog, "nextRotations")->text().contains(u"not valid yet"));
        shot(dialog, QStringLiteral("80-secret-rotation-policy-invalid"));

        // A generator with a too short password is refused under the generator too.
        check(dialog, "generateCheck", true);
        child<QSpinBox>(dialog, "passwordLength")->setValue(4);
        QVERIFY(dialog->message(Field::Generator).contains(u"8 to 1024"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(!dialog->hasSample()); // nothing is generated from an invalid generator
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        // Nothing was stored.
        auto stored = store().rotationPolicy(kSecret);
        COFFER_VERIFY_OK(stored);
        QVERIFY(!stored->generator);
        QVERIFY(!stored->hasRotateAction());
    }

    void saveAPasswordGenerator()
    {
        select(kSecret);
        QPointer<SecretRotationPolicyDialog> dialog = openDialog();
        QVERIFY(dialog);
        check(dialog, "rotateCheck", true);
        child<QSpinBox>(dialog, "rotateAmount")->setValue(90);
        check(dialog, "expiryCheck", true);
        child<QSpinBox>(dialog, "expiryAmount")->setValue(180);
        child<QComboBox>(dialog, "expiryUnit")->setCurrentIndex(0); // days
        check(dialog, "generateCheck", true);
        child<QComboBox>(dialog, "generatorKindCombo")->setCurrentIndex(0); // password
        child<QSpinBox>(dialog, "passwordLength")->setValue(24);
        check(dialog, "symbolsCheck", false);
        QVERIFY2(dialog->isValid(), qPrintable(dialog->message(Field::Generator) + dialog->message(Field::General)));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(dialog->message(Field::Generator).isEmpty());

        // The sample: masked until shown, then 24 letters and digits with each class present.
        auto *sample = child<ui::MaskedTextEdit>(dialog, "sampleValue");
        QVERIFY(dialog->hasSample());
        QVERIFY(sample->isMasked());
        click(child<QPushButton>(dialog, "showSampleButton"));
        QVERIFY(!sample->isMasked());
        const QByteArray first = sample->toPlainText().toLatin1();
        QCOMPARE(first.size(), 24);
        QVERIFY(onlyAlphanumeric(first));
        QVERIFY(hasOneOf(first, 'a', 'z') && hasOneOf(first, 'A', 'Z') && hasOneOf(first, '0', '9'));
        click(child<QPushButton>(dialog, "newSampleButton"));
        QVERIFY(sample->toPlainText().toLatin1() != first); // 2^-142 chance of a repeat
        const QString strength = child<QLabel>(dialog, "sampleStrength")->text();
        QVERIFY2(strength.contains(u"142 bits") && strength.contains(u"Strong"), qPrintable(strength)); // 24·log2 62
        QVERIFY(child<QLabel>(dialog, "generatorSummary")->text().contains(u"24 characters"));
        QVERIFY(!child<QLabel>(dialog, "nextRotations")->text().contains(u"not valid yet"));
        shot(dialog, QStringLiteral("81-secret-rotation-policy-valid"));

        click(saveButton(dialog));
        QTRY_VERIFY(dialog.isNull()); // closed (and deleted) after saving
        auto stored = store().rotationPolicy(kSecret);
        COFFER_VERIFY_OK(stored);
        QVERIFY(stored->generator);
        QCOMPARE(stored->generator->kind, rotation::GeneratorKind::Password);
        QCOMPARE(stored->generator->length, 24);
        QVERIFY(stored->generator->classes
                == (QList<rotation::CharClass> {rotation::CharClass::Lower, rotation::CharClass::Upper,
                                                rotation::CharClass::Digits}));
        QVERIFY(stored->hasRotateAction());
        QVERIFY(stored->schedule.expiryTime == rotation::IsoDuration::ofDays(180));
        QVERIFY(stored->schedule.created.has_value());
    }

    void reopenShowsTheStoredPolicy()
    {
        select(kSecret);
        QPointer<SecretRotationPolicyDialog> dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "rotateCheck")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "rotateAmount")->value(), 90);
        QVERIFY(child<QCheckBox>(dialog, "generateCheck")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "passwordLength")->value(), 24);
        QVERIFY(!child<QCheckBox>(dialog, "symbolsCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "digitsCheck")->isChecked());
        QVERIFY(!saveButton(dialog)->isEnabled()); // unchanged
        QVERIFY(child<ui::MaskedTextEdit>(dialog, "sampleValue")->isMasked()); // masked again in a new dialog

        // Edit as JSON: a JSON error, then a rule error with its path, then a valid bytes generator.
        check(dialog, "jsonCheck", true);
        QVERIFY(dialog->isJsonMode());
        QVERIFY(!child<QWidget>(dialog, "rotateCheck")->isEnabled());
        dialog->setJsonText(QStringLiteral("{\"lifetimeActions\": ["));
        QVERIFY(dialog->message(Field::General).contains(u"not JSON"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        dialog->setJsonText(QStringLiteral(R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "P30D"},
            "action": {"type": "Rotate"}}], "attributes": {}})"));
        QVERIFY2(
                dialog->message(Field::General).contains(u"lifetimeActions[0].action.type: Rotating makes a new value"),
                qPrintable(dialog->message(Field::General)));
        QVERIFY(!saveButton(dialog)->isEnabled());
        dialog->setJsonText(QStringLiteral(R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "P30D"},
            "action": {"type": "Rotate"}}], "attributes": {},
            "generator": {"kind": "bytes", "length": 16, "encoding": "hex"}})"));
        QVERIFY2(dialog->message(Field::General).isEmpty(), qPrintable(dialog->message(Field::General)));
        QVERIFY(dialog->isValid());
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "generatorSummary")->text().contains(u"16 random bytes"));
        QVERIFY(child<QLabel>(dialog, "sampleStrength")->text().contains(u"128 bits"));
        QCOMPARE(child<ui::MaskedTextEdit>(dialog, "sampleValue")->toPlainText().size(), 32); // hex of 16 bytes
        shot(dialog, QStringLiteral("82-secret-rotation-policy-json"));
        // Back to the form: it takes what the JSON says.
        check(dialog, "jsonCheck", false);
        QVERIFY(!dialog->isJsonMode());
        QCOMPARE(child<QComboBox>(dialog, "generatorKindCombo")->currentIndex(), 1);
        QCOMPARE(child<QSpinBox>(dialog, "bytesLength")->value(), 16);
        QCOMPARE(child<QSpinBox>(dialog, "rotateAmount")->value(), 30);
        dialog->reject(); // not saved
        QTRY_VERIFY(dialog.isNull());
        auto stored = store().rotationPolicy(kSecret);
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->generator->kind, rotation::GeneratorKind::Password);
    }

    void rotateNowMakesAVersionFollowingTheGenerator()
    {
        select(kSecret);
        auto before = store().listVersions(kSecret);
        COFFER_VERIFY_OK(before);
        const QString oldVersion = store().show(kSecret)->version;
        m_prompter.confirmAnswer = false;
        QVERIFY(!page()->rotateCurrent()); // asked, declined: nothing happens
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Rotate Secret"));
        QVERIFY(m_prompter.questions.last().contains(kSecret));
        QVERIFY(m_prompter.questions.last().contains(u"new value generated"));
        QVERIFY(m_prompter.questions.last().contains(u"Older versions stay"));
        QCOMPARE(store().listVersions(kSecret)->size(), before->size());

        m_prompter.confirmAnswer = true;
        m_clock.advanceDays(1);
        action("actionRotateSecret")->trigger();
        QVERIFY(m_prompter.errors.isEmpty());
        auto versions = store().listVersions(kSecret);
        COFFER_VERIFY_OK(versions);
        QCOMPARE(versions->size(), before->size() + 1);
        auto bundle = store().get(kSecret);
        COFFER_VERIFY_OK(bundle);
        QVERIFY(bundle->info.version != oldVersion);
        const QByteArrayView value(bundle->value.constChar(), qsizetype(bundle->value.size()));
        QCOMPARE(value.size(), 24);
        QVERIFY(onlyAlphanumeric(value));
        QVERIFY(hasOneOf(value, 'a', 'z') && hasOneOf(value, 'A', 'Z') && hasOneOf(value, '0', '9'));
        // Content type copied, expiry from the policy (180 days); the old version is untouched.
        QCOMPARE(bundle->info.contentType, QStringLiteral("text/plain"));
        QVERIFY(bundle->info.attributes.expires.has_value());
        QCOMPARE(*bundle->info.attributes.expires, m_clock.now().addDays(180));
        auto old = store().get(kSecret, oldVersion);
        COFFER_VERIFY_OK(old);
        QCOMPARE(QByteArrayView(old->value.constChar(), qsizetype(old->value.size())), QByteArrayView("first value"));
        // The list and the details show the new version.
        QCOMPARE(page()->currentSecret(), kSecret);
        QCOMPARE(page()->secretModel()->info(kSecret)->version, bundle->info.version);
    }

    void rotateWithoutGeneratorIsRefusedInWords()
    {
        select(kPlain);
        const qsizetype errors = m_prompter.errors.size();
        auto versions = store().listVersions(kPlain);
        COFFER_VERIFY_OK(versions);
        QVERIFY(!page()->rotateCurrent());
        QCOMPARE(m_prompter.errors.size(), errors + 1);
        QCOMPARE(m_prompter.asked.last(), QStringLiteral("Rotate Secret"));
        QVERIFY2(m_prompter.errors.last().contains(u"has no generator")
                         && m_prompter.errors.last().contains(u"Rotation policy"),
                 qPrintable(m_prompter.errors.last()));
        QCOMPARE(store().listVersions(kPlain)->size(), versions->size());
    }
};

QTEST_MAIN(TestSecretRotationPolicy)
#include "TestSecretRotationPolicy.moc"
