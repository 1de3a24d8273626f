// KeyTryPanel: running the chosen operation (on the GUI thread, or off it for HSM keys), showing its result and
// leading on from it (Copy, Verify this signature, Decrypt this). The form itself is KeyTryPanel.cpp.

#include "ui/KeyTryPanel.h"

#include "core/vault/KeyStore.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/SecretClipboard.h"
#include "ui/WidgetUtil.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <tuple>

namespace coffer::ui {

struct KeyTryPanel::Request
{
    QString name;
    QString version;
    KeyOp op = KeyOp::Sign;
    SignAlg signAlg = SignAlg::RS256;
    EncAlg encAlg = EncAlg::RsaOaep256;
    QByteArray data; // the digest for sign/verify
    QByteArray signature;
    CipherInput cipher;
};

struct KeyTryPanel::Outcome
{
    std::optional<Error> error;
    QString kid;
    QByteArray bytes; // signature, ciphertext or wrapped key
    QByteArray iv, tag;
    bool valid = false;
    std::shared_ptr<SecureBytes> plain; // decrypt, unwrapKey
};

namespace {
QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// What decrypted bytes look like in the output: printable UTF-8 (tabs and line breaks allowed) as text when
// `allowText`, anything else as hex.
QString shownText(const SecureBytes &plain, bool allowText, bool *isText)
{
    QString text = QString::fromUtf8(plain.view());
    *isText = allowText && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                  return c != QChar::ReplacementCharacter
                          && (c.category() != QChar::Other_Control || c == u'\n' || c == u'\t' || c == u'\r');
              });
    if (*isText)
        return text;
    text.fill(u'\0');
    const SecureBytes hex = plain.toHex();
    return QString::fromLatin1(hex.view());
}
} // namespace

template<typename Api>
KeyTryPanel::Outcome KeyTryPanel::perform(Api &api, const Request &r)
{
    Outcome out;
    const auto take = [&out](auto result, auto fill) {
        if (result)
            fill(*result);
        else
            out.error = result.error();
    };
    const auto cipher = [&out](CipherResult &c) {
        std::tie(out.kid, out.bytes, out.iv, out.tag) = std::tie(c.kid, c.result, c.iv, c.tag);
    };
    const auto plain = [&out](PlainResult &p) {
        out.kid = p.kid;
        out.plain = std::make_shared<SecureBytes>(std::move(p.result));
    };
    const auto signature = [&out](SignResult &s) { std::tie(out.kid, out.bytes) = std::tie(s.kid, s.signature); };
    switch (r.op) {
    case KeyOp::Sign: take(api.sign(r.name, r.version, r.signAlg, r.data), signature); break;
    case KeyOp::Verify:
        take(api.verify(r.name, r.version, r.signAlg, r.data, r.signature), [&out](bool v) { out.valid = v; });
        break;
    case KeyOp::Encrypt: take(api.encrypt(r.name, r.version, r.encAlg, r.data), cipher); break;
    case KeyOp::WrapKey: take(api.wrapKey(r.name, r.version, r.encAlg, r.data), cipher); break;
    case KeyOp::Decrypt: take(api.decrypt(r.name, r.version, r.encAlg, r.cipher), plain); break;
    case KeyOp::UnwrapKey: take(api.unwrapKey(r.name, r.version, r.encAlg, r.cipher), plain); break;
    }
    return out;
}

std::optional<QByteArray> KeyTryPanel::parseBase64(const QString &text) const
{
    const QByteArray raw = text.simplified().remove(u' ').toLatin1();
    if (raw.isEmpty())
        return QByteArray();
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(raw, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return std::nullopt;
}

std::optional<QByteArray> KeyTryPanel::parseInput(QString *why) const
{
    const QString text = m_input->toPlainText();
    switch (InputFormat(m_format->currentData().toInt())) {
    case InputFormat::Text: return text.toUtf8();
    case InputFormat::Hex: {
        static const QRegularExpression hex(QStringLiteral("^([0-9a-fA-F]{2})*$"));
        const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[\\s:]")));
        if (!hex.match(digits).hasMatch()) {
            *why = tr("The input is not hex: use pairs of the digits 0-9 and a-f.");
            return std::nullopt;
        }
        return QByteArray::fromHex(digits.toLatin1());
    }
    case InputFormat::Base64: {
        auto bytes = parseBase64(text);
        if (!bytes)
            *why = tr("The input is not base64.");
        return bytes;
    }
    }
    return std::nullopt;
}

bool KeyTryPanel::run()
{
    setErrorText(m_error, {});
    m_verdict->clear();
    const std::optional<KeyOp> op = currentOp();
    if (!m_info || !op || m_running) {
        setErrorText(m_error,
                     m_running ? tr("Wait for the running operation.") : tr("Choose a key and an operation first."));
        return false;
    }
    QString why;
    const std::optional<QByteArray> input = parseInput(&why);
    if (!input) {
        setErrorText(m_error, why);
        return false;
    }
    Request request;
    request.name = m_name;
    request.version = m_version;
    request.op = *op;
    if (isSignOp(*op)) {
        const auto alg = currentSignAlg();
        if (!alg)
            return false;
        request.signAlg = *alg;
        request.data = QCryptographicHash::hash(*input, hashOf(*alg).first);
        m_digest->setText(
                tr("%1 digest (hex): %2").arg(hashOf(*alg).second, QString::fromLatin1(request.data.toHex())));
        m_digest->setVisible(true);
        if (*op == KeyOp::Verify) {
            const auto signature = parseBase64(m_signature->text());
            if (!signature || signature->isEmpty()) {
                setErrorText(m_error, tr("Enter the signature to check, in base64."));
                return false;
            }
            request.signature = *signature;
        }
    } else {
        const auto alg = currentEncAlg();
        if (!alg)
            return false;
        request.encAlg = *alg;
        if (isPlainOp(*op)) {
            request.cipher.data = *input;
            if (crypto::isGcmAlg(*alg)) {
                const auto iv = parseBase64(m_iv->text());
                const auto tag = parseBase64(m_tag->text());
                if (!iv || !tag || iv->isEmpty() || tag->isEmpty()) {
                    setErrorText(m_error,
                                 tr("%1 needs the IV and the tag that encryption returned, in base64.")
                                         .arg(crypto::encAlgName(*alg)));
                    return false;
                }
                request.cipher.iv = *iv;
                request.cipher.tag = *tag;
            }
        } else {
            request.data = *input;
        }
        if (input->isEmpty()) {
            setErrorText(m_error, tr("Enter the input first."));
            return false;
        }
    }
    clearOutput();

    if (m_info->protection != Protection::Hsm) {
        apply(request, perform(*m_ops, request));
        return true;
    }
    // HSM keys: the token may take a while. The keys are used from a worker while the session is busy.
    auto outcome = std::make_shared<Outcome>();
    const bool started = m_ops->runOnKeysInBackground(
            [outcome, request](KeyStore &store) { *outcome = perform(store, request); }, this,
            [this, outcome, request, generation = m_generation] {
                if (generation != m_generation)
                    return;
                m_running = false;
                m_busy->setVisible(false);
                apply(request, *outcome);
            });
    if (!started) {
        setErrorText(m_error, models::ErrorText::forCode(m_ops->isUnlocked() ? ErrorCode::Busy : ErrorCode::Cancelled));
        return false;
    }
    m_running = true;
    m_busy->setVisible(true);
    updateActions();
    return true;
}

void KeyTryPanel::apply(const Request &request, const Outcome &outcome)
{
    updateActions();
    if (outcome.error) {
        setErrorText(m_error, errorText(*outcome.error, request.op));
        Q_EMIT finished(false);
        return;
    }
    const QString algorithm
            = isSignOp(request.op) ? crypto::signAlgName(request.signAlg) : crypto::encAlgName(request.encAlg);
    switch (request.op) {
    case KeyOp::Sign:
        m_lastSignature = outcome.bytes;
        m_output->setPlainText(base64(outcome.bytes));
        m_outputNote->setText(tr("%1 signature (base64) by %2.").arg(algorithm, outcome.kid));
        break;
    case KeyOp::Verify: {
        QPalette palette = m_verdict->palette();
        palette.setColor(QPalette::WindowText, outcome.valid ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        m_verdict->setPalette(palette);
        m_verdict->setText(outcome.valid ? tr("✔ Valid: the signature matches this data and key.")
                                         : tr("✘ Invalid: the signature does not match this data and key."));
        break;
    }
    case KeyOp::Encrypt:
    case KeyOp::WrapKey: {
        m_lastCipherOp = request.op;
        m_lastCipher = {outcome.bytes, outcome.iv, outcome.tag, {}};
        m_output->setPlainText(base64(outcome.bytes));
        QString note = request.op == KeyOp::Encrypt ? tr("%1 ciphertext (base64) by %2.").arg(algorithm, outcome.kid)
                                                    : tr("%1 wrapped key (base64) by %2.").arg(algorithm, outcome.kid);
        if (!outcome.iv.isEmpty())
            note += u' ' + tr("IV: %1  Tag: %2").arg(base64(outcome.iv), base64(outcome.tag));
        m_outputNote->setText(note);
        break;
    }
    case KeyOp::Decrypt:
    case KeyOp::UnwrapKey: {
        const SecureBytes &plain = *outcome.plain;
        m_secretOutput = true;
        bool text = false;
        QString shown = shownText(plain, request.op == KeyOp::Decrypt, &text);
        m_output->setPlainText(shown);
        shown.fill(u'\0');
        m_clearTimer.start();
        m_outputNote->setText(
                (text || request.op == KeyOp::UnwrapKey ? tr("Decrypted (%1).") : tr("Decrypted (binary, hex; %1)."))
                        .arg(models::counts::bytes(qint64(plain.size())))
                + u' '
                + tr("Cleared after %1, when another key is chosen, or when the vault locks.")
                          .arg(models::counts::seconds((m_clearTimer.interval() + 999) / 1000)));
        break;
    }
    }
    updateActions();
    Q_EMIT finished(true);
}

QString KeyTryPanel::errorText(const Error &error, KeyOp op) const
{
    const QString opName = crypto::keyOpName(op);
    if (error.code() == ErrorCode::Forbidden && !models::ErrorText::isAccessDenial(error) && m_info) {
        const ObjectAttributes &a = m_info->info.attributes;
        if (!a.enabled)
            return tr("This key version is disabled: it cannot %1. Enable it first.").arg(opName);
        if (a.expires && error.context().contains(u"expired"))
            return tr("This key version expired on %1: it can no longer sign, encrypt or wrap (verify, decrypt and "
                      "unwrap still work).")
                    .arg(a.expires->toString(Qt::ISODate));
        if (a.notBefore && error.context().contains(u"not valid before"))
            return tr("This key version is not valid before %1: it cannot sign, encrypt or wrap yet.")
                    .arg(a.notBefore->toString(Qt::ISODate));
    }
    if (error.code() == ErrorCode::InvalidArgument && error.context().contains(u"key_ops") && m_info)
        return tr("This key does not allow %1: its operations are %2.")
                .arg(opName, models::KeyText::opsText(m_info->ops));
    if (error.code() == ErrorCode::InvalidArgument)
        return tr("The input does not fit this key and algorithm: %1").arg(error.context());
    if (error.code() == ErrorCode::Crypto && isPlainOp(op))
        return tr("Decryption failed: the input was not made by this key version with this algorithm, or it was "
                  "changed.");
    return models::KeyText::forError(error, models::KeyTask::Read, m_name);
}

void KeyTryPanel::copyOutput()
{
    const QString text = m_output->toPlainText();
    if (text.isEmpty())
        return;
    if (m_secretOutput) {
        m_clipboard->copy(SecureBytes(text.toUtf8()));
        Q_EMIT statusMessage(
                tr("Decrypted value copied; the clipboard is cleared in %1")
                        .arg(models::counts::seconds((m_clipboard->clearInterval().count() + 999) / 1000)));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Result copied"));
}

void KeyTryPanel::verifyThis()
{
    if (m_lastSignature.isEmpty())
        return;
    const QString algorithm = m_algorithm->currentData().toString();
    const QString signature = base64(m_lastSignature);
    const QString input = m_input->toPlainText();
    const int format = m_format->currentIndex();
    if (!setOperation(KeyOp::Verify))
        return;
    setAlgorithm(algorithm);
    m_format->setCurrentIndex(format);
    m_input->setPlainText(input);
    m_signature->setText(signature);
}

void KeyTryPanel::decryptThis()
{
    if (!m_lastCipherOp)
        return;
    const QString algorithm = m_algorithm->currentData().toString();
    const CipherInput cipher = m_lastCipher;
    if (!setOperation(*m_lastCipherOp == KeyOp::WrapKey ? KeyOp::UnwrapKey : KeyOp::Decrypt))
        return;
    setAlgorithm(algorithm);
    setInput(base64(cipher.data), InputFormat::Base64);
    m_iv->setText(base64(cipher.iv));
    m_tag->setText(base64(cipher.tag));
}

} // namespace coffer::ui
