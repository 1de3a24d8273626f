#include "ui/KeyImportDialog.h"

#include "models/Counts.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/Prompter.h"
#include "ui/Icons.h"
#include "ui/KeyOpsBox.h"
#include "ui/KeyProtectionChooser.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr qint64 kMaxKeyFileBytes = 1024 * 1024;

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

// A key name from a file name: "Payments Signing.pem" -> "Payments-Signing".
QString nameFromFile(const QString &path)
{
    QString name;
    for (QChar c : QFileInfo(path).completeBaseName()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return name.left(ObjectLimits::kMaxNameLength);
}

QString formatText(KeyImportDialog::FileFormat format)
{
    switch (format) {
    case KeyImportDialog::FileFormat::Pem: return KeyImportDialog::tr("PEM");
    case KeyImportDialog::FileFormat::EncryptedPem: return KeyImportDialog::tr("encrypted PEM (needs its password)");
    case KeyImportDialog::FileFormat::Der: return KeyImportDialog::tr("DER");
    case KeyImportDialog::FileFormat::Jwk: return KeyImportDialog::tr("JWK");
    case KeyImportDialog::FileFormat::None: break;
    }
    return {};
}
} // namespace

KeyImportDialog::FileFormat KeyImportDialog::detectFormat(QByteArrayView bytes)
{
    const QByteArrayView trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return FileFormat::None;
    if (trimmed.startsWith('{'))
        return FileFormat::Jwk;
    if (trimmed.contains(QByteArrayView("-----BEGIN "))) {
        if (trimmed.contains(QByteArrayView("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
            || trimmed.contains(QByteArrayView("Proc-Type: 4,ENCRYPTED")))
            return FileFormat::EncryptedPem;
        return FileFormat::Pem;
    }
    return FileFormat::Der;
}

KeyImportDialog::KeyImportDialog(models::KeyOperations *operations, models::Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_dropZone(new QLabel(tr("Drop a key file here (PEM, DER or JWK), or choose one."), this))
    , m_choose(new QPushButton(icons::get("open"), tr("C&hoose file…"), this))
    , m_fileLabel(makeHintLabel({}, this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameHint(makeHintLabel({}, this))
    , m_protection(new KeyProtectionChooser(operations, this))
    , m_defaultOps(new QCheckBox(tr("&Default operations (the JWK's key_ops, or all the key type supports)"), this))
    , m_ops(new KeyOpsBox(this))
    , m_exportable(new QCheckBox(tr("E&xportable (the private key may be downloaded later)"), this))
    , m_busy(makeBusyBar(this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("keyImportDialog"));
    setWindowTitle(tr("Import Key"));
    setAcceptDrops(true);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setMinimumHeight(64);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setFrameShadow(QFrame::Sunken);
    m_dropZone->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    addRevealToggle(m_password);
    m_passwordLabel->setBuddy(m_password);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ObjectLimits::kMaxNameLength);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_protection->setObjectName(QStringLiteral("protectionChooser"));
    m_defaultOps->setObjectName(QStringLiteral("defaultOpsCheck"));
    m_defaultOps->setChecked(true);
    m_ops->setObjectName(QStringLiteral("opsBox"));
    m_ops->setOffered(KeyOp::Encrypt | KeyOp::Decrypt | KeyOp::Sign | KeyOp::Verify | KeyOp::WrapKey | KeyOp::UnwrapKey,
                      {}, {});
    m_ops->setEnabled(false);
    m_exportable->setObjectName(QStringLiteral("exportableCheck"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_passwordLabel, m_password);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    form->addRow(tr("Protection:"), m_protection);
    auto *opsBox = new QVBoxLayout;
    opsBox->addWidget(m_defaultOps);
    opsBox->addWidget(m_ops);
    form->addRow(tr("Operations:"), opsBox);
    form->addRow(QString(), m_exportable);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dropZone);
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &KeyImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyImportDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &KeyImportDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &KeyImportDialog::validate);
    connect(m_protection, &KeyProtectionChooser::changed, this, &KeyImportDialog::validate);
    connect(m_ops, &KeyOpsBox::changed, this, &KeyImportDialog::validate);
    connect(m_defaultOps, &QCheckBox::toggled, this, [this](bool on) {
        m_ops->setEnabled(!on);
        validate();
    });
    connect(m_operations, &models::KeyOperations::keyCreated, this, &KeyImportDialog::onImported);
    showPassword(false);
    resize(600, 560);
    validate();
}

KeyImportDialog::~KeyImportDialog()
{
    for (QObject *object : children())
        object->disconnect(this);
}

void KeyImportDialog::setExistingNames(const QStringList &names)
{
    m_existing = names;
    validate();
}

bool KeyImportDialog::isPasswordShown() const
{
    return !m_password->isHidden();
}

void KeyImportDialog::showPassword(bool shown)
{
    m_password->setVisible(shown);
    m_passwordLabel->setVisible(shown);
}

bool KeyImportDialog::chooseFile()
{
    const QString path = m_prompter->chooseOpenFile(tr("Import Key"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Key files (*.pem *.key *.der *.jwk *.json);;All files (*)"));
    return !path.isEmpty() && loadFile(path);
}

bool KeyImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setErrorText(m_error, models::KeyText::forError(Error(ErrorCode::Io, {}), models::KeyTask::Import));
        return false;
    }
    if (file.size() > kMaxKeyFileBytes) {
        setErrorText(m_error, tr("The file is too large to be a key (%1).").arg(models::counts::bytes(file.size())));
        return false;
    }
    QByteArray bytes = file.readAll();
    m_format = detectFormat(bytes);
    m_data = SecureBytes(bytes);
    wipe(bytes);
    if (m_format == FileFormat::None) {
        m_data.clear();
        setErrorText(m_error, tr("The file is empty."));
        validate();
        return false;
    }
    m_fileLabel->setText(tr("%1 — %2, %3")
                                 .arg(QFileInfo(path).fileName(), formatText(m_format),
                                      models::counts::bytes(qint64(m_data.size()))));
    m_password->clear();
    showPassword(m_format == FileFormat::EncryptedPem);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(nameFromFile(path));
    setErrorText(m_error, {});
    if (m_format == FileFormat::EncryptedPem)
        m_password->setFocus();
    validate();
    return true;
}

void KeyImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_working && event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void KeyImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        loadFile(urls.first().toLocalFile());
    }
}

void KeyImportDialog::validate()
{
    bool ok = !m_working && !m_data.isEmpty();
    const QString name = m_name->text().trimmed();
    QString hint;
    if (auto valid = objects::validateName(ObjectKind::Key, name); !valid) {
        hint = name.isEmpty() ? tr("Enter a name.") : valid.error().context();
        ok = false;
    } else if (m_existing.contains(name, Qt::CaseInsensitive)) {
        hint = tr("A key named %1 already exists.").arg(name);
        ok = false;
    } else {
        hint = tr("✓ %1 is available").arg(name);
    }
    m_nameHint->setText(hint);
    if (isPasswordShown() && m_password->text().isEmpty())
        ok = false;
    if (!m_defaultOps->isChecked() && m_ops->ops() == KeyOps())
        ok = false;
    const bool hsm = m_protection->protection() == Protection::Hsm;
    m_exportable->setEnabled(!hsm && !m_working);
    if (hsm)
        m_exportable->setChecked(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void KeyImportDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget *w : std::initializer_list<QWidget *> {m_choose, m_password, m_name, m_protection, m_defaultOps})
        w->setEnabled(!working);
    m_ops->setEnabled(!working && !m_defaultOps->isChecked());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!working);
    m_busy->setVisible(working);
    validate();
}

void KeyImportDialog::accept()
{
    if (m_working || m_data.isEmpty())
        return;
    KeyImportRequest request;
    request.data = m_data.clone();
    if (isPasswordShown()) {
        QString text = m_password->text();
        request.password = SecureString::fromQString(text); // wipes `text`
    }
    request.protection = m_protection->protection();
    if (!m_defaultOps->isChecked())
        request.ops = m_ops->ops();
    request.exportable = m_exportable->isEnabled() && m_exportable->isChecked();
    const QString name = m_name->text().trimmed();
    setErrorText(m_error, {});
    if (!m_operations->importInBackground(name, std::move(request))) {
        setErrorText(m_error, models::KeyText::forError(Error(ErrorCode::Busy, {}), models::KeyTask::Import, name));
        return;
    }
    setWorking(true);
}

void KeyImportDialog::onImported(const Result<KeyInfo> &result)
{
    if (!m_working)
        return;
    setWorking(false);
    if (!result) {
        const QString name = m_name->text().trimmed();
        setErrorText(m_error, models::KeyText::forError(result.error(), models::KeyTask::Import, name));
        if (result.error().code() == ErrorCode::WrongCredential) {
            // Encrypted after all (an encrypted DER), or the password was wrong: ask (again).
            if (!isPasswordShown())
                setErrorText(m_error, tr("The key file is encrypted: enter its password."));
            showPassword(true);
            m_password->clear();
            m_password->setFocus();
            validate();
        }
        return;
    }
    m_imported = *result;
    QDialog::accept();
}

void KeyImportDialog::done(int result)
{
    if (m_working)
        return;
    m_data.clear();
    m_password->clear();
    QDialog::done(result);
}

} // namespace coffer::ui
