#pragma once

#include "core/vault/KeyTypes.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace coffer::models {
class KeyOperations;
class SecretClipboard;
class VaultSession;
} // namespace coffer::models

namespace coffer::ui {

// "Try it": runs one cryptographic operation with the selected key version on test data. The operations offered
// are the key's key_ops, the algorithms those its type and size support. The input is text, hex or base64; sign and
// verify hash it with the algorithm's digest first (the digest is shown). The output is base64 with Copy, and leads
// on: "Verify this signature" fills in a verify, "Decrypt this" a decrypt. HSM keys run off the GUI thread.
// Decrypted output is secret: it is wiped when another key is set, when the vault locks, and after the clipboard
// timeout; Copy marks it as secret for clipboard managers.
class KeyTryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class InputFormat { Text, Hex, Base64 };

    explicit KeyTryPanel(models::KeyOperations *ops, QWidget *parent = nullptr);
    ~KeyTryPanel() override;

    void setKey(const QString &name, const QString &version, const coffer::KeyInfo &info);
    // No key: everything cleared.
    void clearKey();
    // How long decrypted output stays shown (default: the clipboard timeout of the settings).
    void setClearInterval(std::chrono::milliseconds interval);

    QList<KeyOp> offeredOps() const;
    QStringList offeredAlgorithms() const; // Azure names, for the chosen operation
    bool setOperation(KeyOp op);
    bool setAlgorithm(const QString &name);
    void setInput(const QString &text, InputFormat format = InputFormat::Text);
    // Runs the chosen operation; false when it could not start (the reason is shown). HSM keys finish later
    // (finished() tells when).
    bool run();
    bool isRunning() const { return m_running; }
    bool hasSecretOutput() const { return m_secretOutput; }
    QString outputText() const;
    // Wipes the output (and any decrypted value) now.
    void clearOutput();

Q_SIGNALS:
    // The end of a run; `ok` false when it failed (the reason is shown inline).
    void finished(bool ok);
    void statusMessage(const QString &text);

private:
    struct Request;
    struct Outcome;
    // The operation through KeyOperations (software keys, GUI thread) or the vault's KeyStore (HSM keys, a worker
    // while the session is busy): both have the same calls.
    template<typename Api>
    static Outcome perform(Api &api, const Request &request);
    // The digest a signing algorithm signs, for QCryptographicHash and for people ("SHA-256").
    static std::pair<QCryptographicHash::Algorithm, QString> hashOf(SignAlg alg);
    static bool isSignOp(KeyOp op); // sign, verify
    static bool isPlainOp(KeyOp op); // decrypt, unwrapKey: the output is secret

    void watchSession();
    void rebuildOperations();
    void rebuildAlgorithms();
    void updateFields();
    void updateActions();
    std::optional<QByteArray> parseInput(QString *why) const;
    std::optional<QByteArray> parseBase64(const QString &text) const;
    void apply(const Request &request, const Outcome &outcome);
    QString errorText(const Error &error, KeyOp op) const;
    void copyOutput();
    void verifyThis();
    void decryptThis();
    std::optional<KeyOp> currentOp() const;
    std::optional<SignAlg> currentSignAlg() const;
    std::optional<EncAlg> currentEncAlg() const;

    models::KeyOperations *m_ops;
    QPointer<models::VaultSession> m_session;
    models::SecretClipboard *m_clipboard;
    QString m_name;
    QString m_version;
    std::optional<KeyInfo> m_info;
    quint64 m_generation = 0; // bumped when the key changes or the vault locks: late results are dropped
    bool m_running = false;
    bool m_secretOutput = false;
    QTimer m_clearTimer;
    QByteArray m_lastSignature;
    std::optional<KeyOp> m_lastCipherOp; // encrypt or wrapKey: what "Decrypt this" undoes
    CipherInput m_lastCipher;

    QLabel *m_title;
    QLabel *m_keyNote;
    QComboBox *m_operation;
    QComboBox *m_algorithm;
    QComboBox *m_format;
    QLabel *m_inputLabel;
    QPlainTextEdit *m_input;
    QLabel *m_signatureLabel;
    QLineEdit *m_signature;
    QLabel *m_ivLabel;
    QLineEdit *m_iv;
    QLabel *m_tagLabel;
    QLineEdit *m_tag;
    QPushButton *m_run;
    QProgressBar *m_busy;
    QLabel *m_digest;
    QLabel *m_verdict;
    QPlainTextEdit *m_output;
    QLabel *m_outputNote;
    QPushButton *m_copy;
    QPushButton *m_verifyThis;
    QPushButton *m_decryptThis;
    QLabel *m_error;
};

} // namespace coffer::ui
