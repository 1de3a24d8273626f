// Drives the key tools offscreen through the real widgets on a real temporary vault: "Try it" (sign -> verify says
// valid, a tampered signature says invalid, encrypt -> decrypt round trip, EC signing, an op not in key_ops is not
// offered, a disabled key says so, decrypted output is wiped on a timer, on another key and on lock) and the
// rotation policy editor (P3D refused under the field, P90D accepted with three dates, Save, Revert, Rotate now).
// Leaves screenshots 31-key-try.png and 32-rotation-policy.png in test-output/screenshots.

#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "models/KeyOperations.h"
#include "models/RotationPolicyForm.h"
#include "models/VaultSession.h"
#include "tests/support/TestUtil.h"
#include "tests/support/UiTestUtil.h"
#include "ui/KeyTryPanel.h"
#include "ui/RotationPolicyEditor.h"
#include "ui/RotationTimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace std::chrono_literals;
using ui::KeyTryPanel;
using Field = models::RotationPolicyForm::Field;

namespace {
using coffer::test::child;
using coffer::test::click;
using coffer::test::shot;
const QByteArray kPassphrase = "key tools test passphrase";

QStringList opNames(const QList<KeyOp> &ops)
{
    QStringList names;
    for (KeyOp op : ops)
        names << crypto::keyOpName(op);
    return names;
}
} // namespace

class TestKeyToolsPanels : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {test::fixedStart()};
    QTemporaryDir m_dir;
    std::unique_ptr<models::VaultSession> m_session;
    std::unique_ptr<models::KeyOperations> m_ops;

    KeyInfo create(const QString &name, KeySpec spec, std::optional<KeyOps> ops = std::nullopt,
                   std::optional<QDateTime> expires = std::nullopt)
    {
        KeyCreateRequest request;
        request.spec = spec;
        request.ops = ops;
        request.attributes.expires = expires;
        auto created = m_ops->create(name, request);
        if (!created)
            qFatal("cannot create key %s: %s", qPrintable(name), qPrintable(created.error().toString()));
        return *created;
    }
    KeyInfo current(const QString &name)
    {
        auto shown = m_ops->show(name);
        if (!shown)
            qFatal("cannot show %s", qPrintable(name));
        return *shown;
    }
    void runAndWait(KeyTryPanel &panel)
    {
        click(child<QPushButton>(&panel, "tryRunButton"));
        QTRY_VERIFY(!panel.isRunning());
    }
    QString error(QWidget *w) { return child<QLabel>(w, "tryError")->text(); }
    QString verdict(QWidget *w) { return child<QLabel>(w, "tryVerdict")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        VaultCreateOptions options;
        options.parentFolder = m_dir.path();
        options.name = QStringLiteral("KeyTools");
        options.kdf = Argon2Params::fastForTests();
        auto created = Vault::create(options, SecureString::fromUtf8(kPassphrase), m_clock);
        COFFER_VERIFY_OK(created);
        models::Services services;
        services.clock = &m_clock;
        services.kdf = Argon2Params::fastForTests();
        m_session = std::make_unique<models::VaultSession>(created->vault->path(), services);
        m_session->adopt(std::move(created->vault));
        m_ops = std::make_unique<models::KeyOperations>();
        m_ops->setSession(m_session.get());
        create(QStringLiteral("rsa-key"), KeySpec::rsa(2048));
        create(QStringLiteral("ec-key"), KeySpec::ec(Curve::P256));
        create(QStringLiteral("rsa-signer"), KeySpec::rsa(2048), KeyOps(KeyOp::Sign) | KeyOp::Verify);
    }

    void init() { test::failOnAnyWarning(); }

    void offersOnlyTheKeysOps()
    {
        KeyTryPanel panel(m_ops.get());
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QCOMPARE(opNames(panel.offeredOps()),
                 (QStringList {QStringLiteral("sign"), QStringLiteral("verify"), QStringLiteral("encrypt"),
                               QStringLiteral("decrypt"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
        QVERIFY(panel.setOperation(KeyOp::Sign));
        QCOMPARE(panel.offeredAlgorithms(),
                 (QStringList {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                               QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512")}));

        panel.setKey(QStringLiteral("rsa-signer"), {}, current(QStringLiteral("rsa-signer")));
        QCOMPARE(opNames(panel.offeredOps()), (QStringList {QStringLiteral("sign"), QStringLiteral("verify")}));
        QVERIFY(!panel.setOperation(KeyOp::Encrypt));
        auto *operation = child<QComboBox>(&panel, "tryOperationCombo");
        QCOMPARE(operation->count(), 2);
        QVERIFY(!child<QPushButton>(&panel, "tryDecryptThisButton")->isVisible());

        panel.setKey(QStringLiteral("ec-key"), {}, current(QStringLiteral("ec-key")));
        QCOMPARE(opNames(panel.offeredOps()), (QStringList {QStringLiteral("sign"), QStringLiteral("verify")}));
        QCOMPARE(panel.offeredAlgorithms(), QStringList {QStringLiteral("ES256")});
    }

    void signThenVerify()
    {
        KeyTryPanel panel(m_ops.get());
        panel.resize(720, 620);
        panel.show();
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::Sign));
        QVERIFY(panel.setAlgorithm(QStringLiteral("PS256")));
        panel.setInput(QStringLiteral("hello"));
        runAndWait(panel);
        QCOMPARE(error(&panel), QString());
        // The digest shown is SHA-256 of the text.
        const QString digest
                = QString::fromLatin1(QCryptographicHash::hash("hello", QCryptographicHash::Sha256).toHex());
        QVERIFY2(child<QLabel>(&panel, "tryDigest")->text().contains(digest),
                 qPrintable(child<QLabel>(&panel, "tryDigest")->text()));
        const QByteArray signature = QByteArray::fromBase64(panel.outputText().toLatin1());
        QCOMPARE(signature.size(), 256); // RSA-2048
        shot(&panel, QStringLiteral("31-key-try"));

        // Verify this signature: the verify form is filled in, and running it says valid.
        click(child<QPushButton>(&panel, "tryVerifyThisButton"));
        QCOMPARE(child<QComboBox>(&panel, "tryOperationCombo")->currentData().toInt(), int(KeyOp::Verify));
        QCOMPARE(child<QComboBox>(&panel, "tryAlgorithmCombo")->currentData().toString(), QStringLiteral("PS256"));
        auto *signatureEdit = child<QLineEdit>(&panel, "trySignatureEdit");
        QVERIFY(signatureEdit->isVisible());
        QCOMPARE(QByteArray::fromBase64(signatureEdit->text().toLatin1()), signature);
        runAndWait(panel);
        QCOMPARE(error(&panel), QString());
        QVERIFY2(verdict(&panel).contains(QStringLiteral("Valid")), qPrintable(verdict(&panel)));

        // A tampered signature is invalid.
        QByteArray tampered = signature;
        tampered[10] = char(tampered[10] ^ 0x01);
        signatureEdit->setText(QString::fromLatin1(tampered.toBase64()));
        runAndWait(panel);
        QVERIFY2(verdict(&panel).contains(QStringLiteral("Invalid")), qPrintable(verdict(&panel)));
        // Other data with the right signature is invalid too.
        signatureEdit->setText(QString::fromLatin1(signature.toBase64()));
        panel.setInput(QStringLiteral("hellO"));
        runAndWait(panel);
        QVERIFY2(verdict(&panel).contains(QStringLiteral("Invalid")), qPrintable(verdict(&panel)));
    }

    void ecSignature()
    {
        KeyTryPanel panel(m_ops.get());
        panel.show();
        panel.setKey(QStringLiteral("ec-key"), {}, current(QStringLiteral("ec-key")));
        panel.setInput(QStringLiteral("00ff10"), KeyTryPanel::InputFormat::Hex);
        QVERIFY(panel.run());
        QCOMPARE(error(&panel), QString());
        QCOMPARE(QByteArray::fromBase64(panel.outputText().toLatin1()).size(), 64); // raw r||s on P-256
        click(child<QPushButton>(&panel, "tryVerifyThisButton"));
        QVERIFY(panel.run());
        QVERIFY2(verdict(&panel).contains(QStringLiteral("Valid")), qPrintable(verdict(&panel)));
    }

    void encryptDecryptRoundTrip()
    {
        KeyTryPanel panel(m_ops.get());
        panel.show();
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::Encrypt));
        QVERIFY(panel.setAlgorithm(QStringLiteral("RSA-OAEP-256")));
        panel.setInput(QStringLiteral("attack at dawn"));
        runAndWait(panel);
        QCOMPARE(error(&panel), QString());
        const QString ciphertext = panel.outputText();
        QCOMPARE(QByteArray::fromBase64(ciphertext.toLatin1()).size(), 256);
        QVERIFY(!panel.hasSecretOutput());

        click(child<QPushButton>(&panel, "tryDecryptThisButton"));
        QCOMPARE(child<QComboBox>(&panel, "tryOperationCombo")->currentData().toInt(), int(KeyOp::Decrypt));
        QCOMPARE(child<QPlainTextEdit>(&panel, "tryInput")->toPlainText(), ciphertext);
        runAndWait(panel);
        QCOMPARE(error(&panel), QString());
        QCOMPARE(panel.outputText(), QStringLiteral("attack at dawn"));
        QVERIFY(panel.hasSecretOutput());

        // Another key: the decrypted text is gone.
        panel.setKey(QStringLiteral("ec-key"), {}, current(QStringLiteral("ec-key")));
        QCOMPARE(panel.outputText(), QString());
        QVERIFY(!panel.hasSecretOutput());

        // A damaged ciphertext fails in plain words.
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::Decrypt));
        QVERIFY(panel.setAlgorithm(QStringLiteral("RSA-OAEP-256")));
        QByteArray damaged = QByteArray::fromBase64(ciphertext.toLatin1());
        damaged[5] = char(damaged[5] ^ 0x40);
        panel.setInput(QString::fromLatin1(damaged.toBase64()), KeyTryPanel::InputFormat::Base64);
        runAndWait(panel);
        QVERIFY2(error(&panel).startsWith(QStringLiteral("Decryption failed")), qPrintable(error(&panel)));
        QCOMPARE(panel.outputText(), QString());
    }

    void decryptedOutputIsWipedAfterTheTimeout()
    {
        KeyTryPanel panel(m_ops.get());
        panel.show();
        panel.setClearInterval(100ms);
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::WrapKey));
        QVERIFY(panel.setAlgorithm(QStringLiteral("RSA-OAEP")));
        panel.setInput(QStringLiteral("000102030405060708090a0b0c0d0e0f"), KeyTryPanel::InputFormat::Hex);
        QVERIFY(panel.run());
        click(child<QPushButton>(&panel, "tryDecryptThisButton"));
        QCOMPARE(child<QComboBox>(&panel, "tryOperationCombo")->currentData().toInt(), int(KeyOp::UnwrapKey));
        QVERIFY(panel.run());
        QCOMPARE(error(&panel), QString());
        QCOMPARE(panel.outputText(), QStringLiteral("000102030405060708090a0b0c0d0e0f"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.outputText(), QString(), 2000);
        QVERIFY(!panel.hasSecretOutput());
    }

    void badInputSaysWhy()
    {
        KeyTryPanel panel(m_ops.get());
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::Sign));
        panel.setInput(QStringLiteral("xyz"), KeyTryPanel::InputFormat::Hex);
        QVERIFY(!panel.run());
        QVERIFY2(error(&panel).contains(QStringLiteral("not hex")), qPrintable(error(&panel)));
        QVERIFY(panel.setOperation(KeyOp::Verify));
        panel.setInput(QStringLiteral("data"));
        QVERIFY(!panel.run()); // no signature given
        QVERIFY2(error(&panel).contains(QStringLiteral("signature")), qPrintable(error(&panel)));
    }

    void disabledAndExpiredKeysSayWhy()
    {
        KeyTryPanel panel(m_ops.get());
        create(QStringLiteral("old-key"), KeySpec::ec(Curve::P256), std::nullopt, m_clock.now().addDays(1));
        AttributeUpdate disable;
        disable.enabled = false;
        KeyUpdate update;
        update.attributes = disable;
        auto disabled = m_ops->update(QStringLiteral("rsa-signer"), current(QStringLiteral("rsa-signer")).info.version,
                                      update);
        COFFER_VERIFY_OK(disabled);
        panel.setKey(QStringLiteral("rsa-signer"), {}, *disabled);
        QVERIFY2(child<QLabel>(&panel, "tryKeyNote")->text().contains(QStringLiteral("disabled")),
                 qPrintable(child<QLabel>(&panel, "tryKeyNote")->text()));
        panel.setInput(QStringLiteral("data"));
        QVERIFY(panel.run());
        QVERIFY2(error(&panel).startsWith(QStringLiteral("This key version is disabled")), qPrintable(error(&panel)));
        QCOMPARE(panel.outputText(), QString());

        m_clock.advanceDays(2); // old-key expired yesterday: it cannot sign, but verify still works
        panel.setKey(QStringLiteral("old-key"), {}, current(QStringLiteral("old-key")));
        panel.setInput(QStringLiteral("data"));
        QVERIFY(panel.run());
        QVERIFY2(error(&panel).contains(QStringLiteral("expired")), qPrintable(error(&panel)));
        QVERIFY(panel.setOperation(KeyOp::Verify));
        child<QLineEdit>(&panel, "trySignatureEdit")->setText(QString::fromLatin1(QByteArray(64, '\x01').toBase64()));
        QVERIFY(panel.run());
        QCOMPARE(error(&panel), QString()); // verify works outside the window: a verdict, no refusal
        QVERIFY2(verdict(&panel).contains(QStringLiteral("Invalid")), qPrintable(verdict(&panel)));
    }

    void lockWipesTheOutput()
    {
        // Last: locks the shared session.
        KeyTryPanel panel(m_ops.get());
        panel.show();
        panel.setKey(QStringLiteral("rsa-key"), {}, current(QStringLiteral("rsa-key")));
        QVERIFY(panel.setOperation(KeyOp::Encrypt));
        panel.setInput(QStringLiteral("secret words"));
        QVERIFY(panel.run());
        click(child<QPushButton>(&panel, "tryDecryptThisButton"));
        QVERIFY(panel.run());
        QCOMPARE(panel.outputText(), QStringLiteral("secret words"));

        // Meanwhile, the policy editor (its own test below uses a fresh session).
        policyEditor();

        m_session->lock();
        QCOMPARE(panel.outputText(), QString());
        QVERIFY(!panel.hasSecretOutput());
        QVERIFY(!child<QPushButton>(&panel, "tryRunButton")->isEnabled());
    }

private:
    void policyEditor()
    {
        ui::RotationPolicyEditor editor(m_ops.get());
        editor.resize(760, 820);
        editor.show();
        editor.setKey(QStringLiteral("rsa-key"));
        // No policy set: Azure's default (notify 30 days before expiry) is shown.
        QVERIFY(child<QCheckBox>(&editor, "notifyCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&editor, "rotateCheck")->isChecked());
        auto *save = child<QPushButton>(&editor, "policySaveButton");
        QVERIFY(!save->isEnabled()); // nothing changed

        // Rotate 3 days after creation: refused under the field, as you type.
        auto *amount = child<QSpinBox>(&editor, "rotateAmount");
        auto *unit = child<QComboBox>(&editor, "rotateUnit");
        child<QCheckBox>(&editor, "rotateCheck")->setChecked(true);
        unit->setCurrentIndex(unit->findData(int(models::FormDuration::Unit::Days)));
        amount->setValue(3);
        auto *rotateError = child<QLabel>(&editor, "rotateError");
        QCOMPARE(rotateError->text(), QStringLiteral("Rotate at least 7 days after creation."));
        QVERIFY(rotateError->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(editor.jsonText().contains(QStringLiteral("\"P3D\"")));

        // 90 days: accepted, three dates, drawn on the timeline.
        amount->setValue(90);
        QCOMPARE(rotateError->text(), QString());
        QVERIFY(!rotateError->isVisible());
        QVERIFY(save->isEnabled());
        QVERIFY(editor.jsonText().contains(QStringLiteral("\"timeAfterCreate\": \"P90D\"")));
        QCOMPARE(editor.schedule().rotations.size(), 3);
        const QDateTime created = current(QStringLiteral("rsa-key")).info.attributes.created;
        const QList<QDateTime> expected {created.addDays(90), created.addDays(180), created.addDays(270)};
        QCOMPARE(editor.schedule().rotations, expected);
        QCOMPARE(editor.timeline()->marks().rotations, expected);
        const QString dates = child<QLabel>(&editor, "nextRotations")->text();
        for (const QDateTime &at : expected)
            QVERIFY2(dates.contains(at.toString(QStringLiteral("yyyy-MM-dd"))), qPrintable(dates));
        shot(&editor, QStringLiteral("32-rotation-policy"));

        // Save: the store has it.
        click(save);
        auto stored = m_ops->rotationPolicy(QStringLiteral("rsa-key"));
        COFFER_VERIFY_OK(stored);
        QCOMPARE(stored->lifetimeActions.size(), 2);
        QCOMPARE(stored->lifetimeActions.first().trigger.timeAfterCreate, rotation::IsoDuration::ofDays(90));
        QVERIFY(!save->isEnabled());

        // An edit, then Revert: the stored policy again.
        amount->setValue(120);
        QVERIFY(editor.isModified());
        click(child<QPushButton>(&editor, "policyRevertButton"));
        QCOMPARE(amount->value(), 90);
        QVERIFY(!editor.isModified());

        // Rotate now: a new version.
        const QString before = current(QStringLiteral("rsa-key")).info.version;
        click(child<QPushButton>(&editor, "rotateNowButton"));
        const QString after = current(QStringLiteral("rsa-key")).info.version;
        QVERIFY(after != before);
        QVERIFY2(child<QLabel>(&editor, "policyMessage")->text().contains(after),
                 qPrintable(child<QLabel>(&editor, "policyMessage")->text()));
    }
};

QTEST_MAIN(TestKeyToolsPanels)
#include "TestKeyToolsPanels.moc"
