#include "ui/KeyTryPanel.h"

#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/BackgroundWork.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/SecretClipboard.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
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
const QList<KeyOp> kOrder {KeyOp::Sign,    KeyOp::Verify,  KeyOp::Encrypt,
                           KeyOp::Decrypt, KeyOp::WrapKey, KeyOp::UnwrapKey};

// The digest a signing algorithm signs, for QCryptographicHash and for people.
std::pair<QCryptographicHash::Algorithm, QString> hashOf(SignAlg alg)
{
    switch (crypto::signDigest(alg)) {
    case crypto::DigestAlg::Sha256: break;
    case crypto::DigestAlg::Sha384: return {QCryptographicHash::Sha384, QStringLiteral("SHA-384")};
    case crypto::DigestAlg::Sha512: return {QCryptographicHash::Sha512, QStringLiteral("SHA-512")};
    }
    return {QCryptographicHash::Sha256, QStringLiteral("SHA-256")};
}

bool select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
    return index >= 0;
}

void wipe(QPlainTextEdit *edit)
{
    const qsizetype length = edit->document()->characterCount();
    if (length > 1)
        edit->setPlainText(QString(length, u'x')); // overwrite what the document holds before it is freed
    edit->clear();
    edit->document()->clearUndoRedoStacks();
}

template<typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1StringView(name));
    return widget;
}

// A monospaced field for bytes (base64, hex).
template<typename T>
T *fixed(T *widget, const char *name)
{
    widget->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return named(widget, name);
}

bool isSignOp(KeyOp op)
{
    return op == KeyOp::Sign || op == KeyOp::Verify;
}

bool isWrapOp(KeyOp op)
{
    return op == KeyOp::WrapKey || op == KeyOp::UnwrapKey;
}

bool isPlainOp(KeyOp op)
{
    return op == KeyOp::Decrypt || op == KeyOp::UnwrapKey;
}

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

KeyTryPanel::KeyTryPanel(models::KeyOperations *ops, QWidget *parent)
    : QWidget(parent)
    , m_ops(ops)
    , m_clipboard(new models::SecretClipboard(this))
    , m_title(named(new QLabel(this), "tryTitle"))
    , m_keyNote(named(makeHintLabel({}, this), "tryKeyNote"))
    , m_operation(named(new QComboBox(this), "tryOperationCombo"))
    , m_algorithm(named(new QComboBox(this), "tryAlgorithmCombo"))
    , m_format(named(new QComboBox(this), "tryFormatCombo"))
    , m_inputLabel(new QLabel(this))
    , m_input(fixed(new QPlainTextEdit(this), "tryInput"))
    , m_signatureLabel(new QLabel(tr("Si&gnature (base64):"), this))
    , m_signature(fixed(new QLineEdit(this), "trySignatureEdit"))
    , m_ivLabel(new QLabel(tr("&IV (base64):"), this))
    , m_iv(fixed(new QLineEdit(this), "tryIvEdit"))
    , m_tagLabel(new QLabel(tr("&Tag (base64):"), this))
    , m_tag(fixed(new QLineEdit(this), "tryTagEdit"))
    , m_run(named(new QPushButton(icons::get("key"), tr("&Run"), this), "tryRunButton"))
    , m_busy(named(makeBusyBar(this), "tryBusy"))
    , m_digest(named(makeHintLabel({}, this), "tryDigest"))
    , m_verdict(named(new QLabel(this), "tryVerdict"))
    , m_output(fixed(new QPlainTextEdit(this), "tryOutput"))
    , m_outputNote(named(makeHintLabel({}, this), "tryOutputNote"))
    , m_copy(named(new QPushButton(icons::get("key"), tr("Cop&y"), this), "tryCopyButton"))
    , m_verifyThis(
              named(new QPushButton(icons::get("access"), tr("&Verify this signature"), this), "tryVerifyThisButton"))
    , m_decryptThis(named(new QPushButton(icons::get("unlock"), tr("D&ecrypt this"), this), "tryDecryptThisButton"))
    , m_error(named(makeErrorLabel(this), "tryError"))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_format->addItem(tr("Text (UTF-8)"), int(InputFormat::Text));
    m_format->addItem(tr("Hex"), int(InputFormat::Hex));
    m_format->addItem(tr("Base64"), int(InputFormat::Base64));
    m_input->setMaximumHeight(80);
    m_inputLabel->setBuddy(m_input);
    m_signatureLabel->setBuddy(m_signature);
    m_ivLabel->setBuddy(m_iv);
    m_tagLabel->setBuddy(m_tag);
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setWordWrap(true);
    m_output->setReadOnly(true);
    m_output->setMaximumHeight(80);
    m_output->setPlaceholderText(tr("The result appears here."));
    m_outputNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("&Operation:"), this), 0, 0);
    grid->addWidget(m_operation, 0, 1);
    grid->addWidget(new QLabel(tr("&Algorithm:"), this), 0, 2);
    grid->addWidget(m_algorithm, 0, 3);
    grid->addWidget(m_inputLabel, 1, 0);
    grid->addWidget(m_format, 1, 3);
    grid->addWidget(m_input, 2, 0, 1, 4);
    grid->addWidget(m_signatureLabel, 3, 0);
    grid->addWidget(m_signature, 3, 1, 1, 3);
    grid->addWidget(m_ivLabel, 4, 0);
    grid->addWidget(m_iv, 4, 1, 1, 3);
    grid->addWidget(m_tagLabel, 5, 0);
    grid->addWidget(m_tag, 5, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    static_cast<QLabel *>(grid->itemAtPosition(0, 0)->widget())->setBuddy(m_operation);
    static_cast<QLabel *>(grid->itemAtPosition(0, 2)->widget())->setBuddy(m_algorithm);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_busy, 1);

    auto *outputButtons = new QHBoxLayout;
    outputButtons->addWidget(m_copy);
    outputButtons->addWidget(m_verifyThis);
    outputButtons->addWidget(m_decryptThis);
    outputButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_keyNote);
    layout->addLayout(grid);
    layout->addLayout(runRow);
    layout->addWidget(m_error);
    layout->addWidget(m_digest);
    layout->addWidget(m_verdict);
    layout->addWidget(m_output);
    layout->addWidget(m_outputNote);
    layout->addLayout(outputButtons);
    layout->addStretch(1);

    m_clearTimer.setSingleShot(true);
    setClearInterval(std::chrono::seconds(models::AppSettings().clipboardClearSeconds()));
    connect(&m_clearTimer, &QTimer::timeout, this, &KeyTryPanel::clearOutput);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        clearOutput();
        rebuildAlgorithms();
    });
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &KeyTryPanel::updateFields);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_copy, &QPushButton::clicked, this, &KeyTryPanel::copyOutput);
    connect(m_verifyThis, &QPushButton::clicked, this, &KeyTryPanel::verifyThis);
    connect(m_decryptThis, &QPushButton::clicked, this, &KeyTryPanel::decryptThis);
    clearKey();
}

KeyTryPanel::~KeyTryPanel()
{
    clearOutput();
}

void KeyTryPanel::setClearInterval(std::chrono::milliseconds interval)
{
    m_clearTimer.setInterval(interval);
    m_clipboard->setClearInterval(interval);
}

void KeyTryPanel::watchSession()
{
    models::VaultSession *session = m_ops->session();
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &models::VaultSession::stateChanged, this, [this](models::VaultState state) {
            if (state == models::VaultState::Unlocked)
                return;
            // Locked: nothing decrypted stays, and a late answer is dropped.
            ++m_generation;
            m_clipboard->clearIfOurs();
            clearKey();
        });
    }
}

void KeyTryPanel::clearKey()
{
    ++m_generation;
    m_name.clear();
    m_version.clear();
    m_info.reset();
    m_running = false;
    m_busy->setVisible(false);
    clearOutput();
    m_input->clear();
    for (QLineEdit *edit : {m_signature, m_iv, m_tag})
        edit->clear();
    m_title->setText(tr("No key selected"));
    m_keyNote->clear();
    m_keyNote->setVisible(false);
    rebuildOperations();
}

void KeyTryPanel::setKey(const QString &name, const QString &version, const KeyInfo &info)
{
    watchSession();
    const bool same = name == m_name && version == m_version && m_info && m_info->ops == info.ops;
    if (!same) {
        clearKey();
        m_name = name;
        m_version = version;
    }
    m_info = info;
    m_title->setText(version.isEmpty() ? tr("Try %1 (current version)").arg(name)
                                       : tr("Try %1, version %2").arg(name, version));
    QStringList notes;
    if (!info.info.attributes.enabled)
        notes << tr("This version is disabled: every operation is refused until it is enabled.");
    if (info.protection == Protection::Hsm)
        notes << tr("HSM key: the private-key operations run on the token.");
    m_keyNote->setText(notes.join(u' '));
    m_keyNote->setVisible(!notes.isEmpty());
    if (!same)
        rebuildOperations();
    else
        updateActions();
}

QList<KeyOp> KeyTryPanel::offeredOps() const
{
    QList<KeyOp> ops;
    if (!m_info)
        return ops;
    const KeyOps usable = m_info->ops & crypto::supportedKeyOps(m_info->spec.type);
    for (KeyOp op : kOrder)
        if (usable.testFlag(op))
            ops << op;
    return ops;
}

QStringList KeyTryPanel::offeredAlgorithms() const
{
    QStringList names;
    for (int i = 0; i < m_algorithm->count(); ++i)
        names << m_algorithm->itemData(i).toString();
    return names;
}

void KeyTryPanel::rebuildOperations()
{
    {
        const QSignalBlocker blocker(m_operation);
        m_operation->clear();
        for (KeyOp op : offeredOps())
            m_operation->addItem(models::KeyText::opLabel(op), int(op));
        m_operation->setCurrentIndex(m_operation->count() > 0 ? 0 : -1);
    }
    if (m_info && m_operation->count() == 0) {
        m_keyNote->setText(m_keyNote->text() + (m_keyNote->text().isEmpty() ? QString() : QStringLiteral(" "))
                           + tr("This key allows no operation that can be tried here (its key_ops: %1).")
                                     .arg(models::KeyText::opsText(m_info->ops)));
        m_keyNote->setVisible(true);
    }
    rebuildAlgorithms();
}

void KeyTryPanel::rebuildAlgorithms()
{
    const QString chosen = m_algorithm->currentData().toString();
    {
        const QSignalBlocker blocker(m_algorithm);
        m_algorithm->clear();
        const std::optional<KeyOp> op = currentOp();
        if (m_info && op) {
            if (isSignOp(*op)) {
                for (SignAlg alg : crypto::signAlgsFor(m_info->spec))
                    m_algorithm->addItem(crypto::signAlgName(alg), crypto::signAlgName(alg));
            } else {
                const QList<EncAlg> algs
                        = isWrapOp(*op) ? crypto::wrapAlgsFor(m_info->spec) : crypto::encryptAlgsFor(m_info->spec);
                for (EncAlg alg : algs)
                    m_algorithm->addItem(crypto::encAlgName(alg), crypto::encAlgName(alg));
            }
        }
        const int again = m_algorithm->findData(chosen);
        m_algorithm->setCurrentIndex(again >= 0 ? again : (m_algorithm->count() > 0 ? 0 : -1));
    }
    const std::optional<KeyOp> op = currentOp();
    if (op) {
        // Ciphertext comes as base64; data to sign, encrypt or wrap is typed as text by default.
        const InputFormat format = isPlainOp(*op) ? InputFormat::Base64 : InputFormat::Text;
        m_format->setCurrentIndex(m_format->findData(int(format)));
    }
    updateFields();
}

void KeyTryPanel::updateFields()
{
    const std::optional<KeyOp> op = currentOp();
    const std::optional<EncAlg> enc = currentEncAlg();
    const bool gcmInput = op && isPlainOp(*op) && enc && crypto::isGcmAlg(*enc);
    for (QWidget *w : std::initializer_list<QWidget *> {m_signatureLabel, m_signature})
        w->setVisible(op == KeyOp::Verify);
    for (QWidget *w : std::initializer_list<QWidget *> {m_ivLabel, m_iv, m_tagLabel, m_tag})
        w->setVisible(gcmInput);
    QString label;
    if (op) {
        switch (*op) {
        case KeyOp::Sign: label = tr("&Data to sign (hashed first):"); break;
        case KeyOp::Verify: label = tr("&Data that was signed (hashed first):"); break;
        case KeyOp::Encrypt: label = tr("&Plaintext:"); break;
        case KeyOp::Decrypt: label = tr("&Ciphertext:"); break;
        case KeyOp::WrapKey: label = tr("&Key to wrap:"); break;
        case KeyOp::UnwrapKey: label = tr("&Wrapped key:"); break;
        }
    } else {
        label = tr("&Input:");
    }
    m_inputLabel->setText(label);
    const auto sign = currentSignAlg();
    if (op && isSignOp(*op) && sign)
        m_digest->setText(tr("The input is hashed with %1; the %2-byte digest is what the key signs.")
                                  .arg(hashOf(*sign).second)
                                  .arg(crypto::digestLength(crypto::signDigest(*sign))));
    else if (op && *op == KeyOp::Encrypt && enc && crypto::isRsaAlg(*enc) && m_info)
        m_digest->setText(tr("%1 takes at most %2 of plaintext with this key.")
                                  .arg(crypto::encAlgName(*enc),
                                       models::counts::bytes(crypto::maxRsaPlaintext(*enc, m_info->spec))));
    else
        m_digest->clear();
    m_digest->setVisible(!m_digest->text().isEmpty());
    updateActions();
}

void KeyTryPanel::updateActions()
{
    const bool ready = m_info && currentOp() && m_algorithm->currentIndex() >= 0 && m_ops->isUnlocked();
    m_run->setEnabled(ready && !m_running);
    m_operation->setEnabled(!m_running);
    m_algorithm->setEnabled(!m_running);
    const bool hasOutput = !m_output->toPlainText().isEmpty();
    m_copy->setEnabled(hasOutput);
    const QList<KeyOp> offered = offeredOps();
    m_verifyThis->setVisible(offered.contains(KeyOp::Verify));
    m_verifyThis->setEnabled(!m_lastSignature.isEmpty());
    const bool undoes = m_lastCipherOp == KeyOp::WrapKey;
    m_decryptThis->setText(undoes ? tr("U&nwrap this") : tr("D&ecrypt this"));
    m_decryptThis->setVisible(offered.contains(KeyOp::Decrypt) || offered.contains(KeyOp::UnwrapKey));
    m_decryptThis->setEnabled(m_lastCipherOp.has_value()
                              && offered.contains(undoes ? KeyOp::UnwrapKey : KeyOp::Decrypt));
}

std::optional<KeyOp> KeyTryPanel::currentOp() const
{
    if (m_operation->currentIndex() < 0)
        return std::nullopt;
    return KeyOp(m_operation->currentData().toInt());
}

std::optional<SignAlg> KeyTryPanel::currentSignAlg() const
{
    return crypto::signAlgFromName(m_algorithm->currentData().toString());
}

std::optional<EncAlg> KeyTryPanel::currentEncAlg() const
{
    return crypto::encAlgFromName(m_algorithm->currentData().toString());
}

bool KeyTryPanel::setOperation(KeyOp op)
{
    return select(m_operation, int(op));
}

bool KeyTryPanel::setAlgorithm(const QString &name)
{
    return select(m_algorithm, name);
}

void KeyTryPanel::setInput(const QString &text, InputFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_input->setPlainText(text);
}

QString KeyTryPanel::outputText() const
{
    return m_output->toPlainText();
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
    // HSM keys: the token may take a while. The vault is used from the worker while the session is busy.
    models::VaultSession *session = m_ops->session();
    if (!session || !session->vault() || !session->beginBackgroundWork()) {
        setErrorText(m_error,
                     models::ErrorText::forCode(session && session->vault() ? ErrorCode::Busy : ErrorCode::Cancelled));
        return false;
    }
    m_running = true;
    m_busy->setVisible(true);
    updateActions();
    using OutcomePtr = std::shared_ptr<Outcome>;
    auto *watcher = new QFutureWatcher<OutcomePtr>(session);
    QPointer<KeyTryPanel> self(this);
    connect(watcher, &QFutureWatcher<OutcomePtr>::finished, session,
            [self, session, watcher, request, generation = m_generation] {
                const OutcomePtr outcome = watcher->result();
                watcher->deleteLater();
                session->endBackgroundWork();
                if (!self || generation != self->m_generation)
                    return;
                self->m_running = false;
                self->m_busy->setVisible(false);
                self->apply(request, *outcome);
            });
    KeyStore *store = &session->vault()->keys();
    const QFuture<OutcomePtr> future = models::runInBackground(
            [store, request]() -> OutcomePtr { return std::make_shared<Outcome>(perform(*store, request)); });
    session->trackBackgroundWork(QFuture<void>(future));
    watcher->setFuture(future);
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

void KeyTryPanel::clearOutput()
{
    m_clearTimer.stop();
    wipe(m_output);
    m_secretOutput = false;
    m_outputNote->clear();
    m_verdict->clear();
    m_lastSignature.clear();
    m_lastCipherOp.reset();
    m_lastCipher = {};
    updateActions();
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
