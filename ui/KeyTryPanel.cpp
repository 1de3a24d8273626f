#include "ui/KeyTryPanel.h"

#include "models/AppSettings.h"
#include "models/Counts.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/SecretClipboard.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QList<KeyOp> kOrder {KeyOp::Sign,    KeyOp::Verify,  KeyOp::Encrypt,
                           KeyOp::Decrypt, KeyOp::WrapKey, KeyOp::UnwrapKey};

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

bool isWrapOp(KeyOp op)
{
    return op == KeyOp::WrapKey || op == KeyOp::UnwrapKey;
}
} // namespace

// The digest a signing algorithm signs, for QCryptographicHash and for people.
std::pair<QCryptographicHash::Algorithm, QString> KeyTryPanel::hashOf(SignAlg alg)
{
    switch (crypto::signDigest(alg)) {
    case crypto::DigestAlg::Sha256: break;
    case crypto::DigestAlg::Sha384: return {QCryptographicHash::Sha384, QStringLiteral("SHA-384")};
    case crypto::DigestAlg::Sha512: return {QCryptographicHash::Sha512, QStringLiteral("SHA-512")};
    }
    return {QCryptographicHash::Sha256, QStringLiteral("SHA-256")};
}

bool KeyTryPanel::isSignOp(KeyOp op)
{
    return op == KeyOp::Sign || op == KeyOp::Verify;
}

bool KeyTryPanel::isPlainOp(KeyOp op)
{
    return op == KeyOp::Decrypt || op == KeyOp::UnwrapKey;
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

} // namespace coffer::ui
