#include "ui/NewVaultPages.h"

#include "core/vault/Vault.h"
#include "models/AppSettings.h"
#include "models/Prompter.h"
#include "models/VaultNameHint.h"
#include "ui/NewVaultWizard.h"
#include "ui/PassphraseInput.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QString kSecretHint = QStringLiteral("x-kde-passwordManagerHint");
} // namespace

// ---- NamePage ----

NamePage::NamePage(NewVaultWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_result(new QLabel(this))
    , m_owner(new QLineEdit(this))
{
    setTitle(tr("Name and location"));
    setSubTitle(tr("A vault is a folder NAME.coffer holding an encrypted database and its header."));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(32);
    m_name->setPlaceholderText(tr("e.g. payments-prod"));
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_nameHint->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_choose->setObjectName(QStringLiteral("chooseFolderButton"));
    m_result->setObjectName(QStringLiteral("bundlePathLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Vault &name:"), m_name);
    form->addRow(QString(), m_nameHint);
    auto *folderLabel = new QLabel(tr("Create in &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_result);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(),
                 makeHintLabel(tr("The owner is the first user of the vault; the passphrase you choose "
                                  "next unlocks the vault as this user."),
                               this));

    connect(m_name, &QLineEdit::textChanged, this, &NamePage::update);
    connect(m_folder, &QLineEdit::textChanged, this, &NamePage::update);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString folder = m_wizard->prompter()->chooseFolder(tr("Folder for the New Vault"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    update();
}

QString NamePage::vaultName() const
{
    return m_name->text().trimmed();
}

QString NamePage::parentFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString NamePage::ownerName() const
{
    return m_owner->text().trimmed();
}

QString NamePage::bundlePath() const
{
    return Vault::bundlePath(parentFolder(), vaultName());
}

void NamePage::update()
{
    const QString problem = models::VaultNameHint::problem(vaultName());
    m_nameHint->setText(problem.isEmpty() ? tr("✓ Valid name. %1").arg(models::VaultNameHint::rule()) : problem);
    QString result;
    if (parentFolder().isEmpty() || !QFileInfo(parentFolder()).isDir())
        result = tr("The folder does not exist. Choose an existing folder.");
    else if (problem.isEmpty() && QFileInfo::exists(bundlePath()))
        result = tr("%1 already exists. Choose another name or folder.").arg(QDir::toNativeSeparators(bundlePath()));
    else if (problem.isEmpty())
        result = tr("The vault will be created as %1").arg(QDir::toNativeSeparators(bundlePath()));
    m_result->setText(result);
    Q_EMIT completeChanged();
}

bool NamePage::isComplete() const
{
    return Vault::isValidVaultName(vaultName()) && QFileInfo(parentFolder()).isDir()
            && !QFileInfo::exists(bundlePath());
}

// ---- PassphrasePage ----

PassphrasePage::PassphrasePage(QWidget *parent)
    : QWizardPage(parent)
    , m_input(new PassphraseInput(this))
{
    setTitle(tr("Passphrase"));
    setSubTitle(tr("The passphrase unlocks the vault. Nobody can recover it for you: only the recovery key shown "
                   "at the end can replace it."));
    connect(m_input, &PassphraseInput::changed, this, &PassphrasePage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addStretch(1);
}

bool PassphrasePage::isComplete() const
{
    return m_input->isAcceptable();
}

SecureString PassphrasePage::passphrase() const
{
    return m_input->passphrase();
}

void PassphrasePage::clear()
{
    m_input->clear();
}

// ---- PolicyPage ----

PolicyPage::PolicyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_retention(new QSpinBox(this))
    , m_purge(new QCheckBox(tr("Enable &purge protection"), this))
{
    setTitle(tr("Deletion and recovery"));
    setSubTitle(tr("These two settings follow Azure Key Vault. Read them carefully: they cannot be undone."));
    setButtonText(QWizard::NextButton, tr("&Create"));
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(VaultProperties::kMinRetentionDays, VaultProperties::kMaxRetentionDays);
    m_retention->setValue(VaultProperties::kDefaultRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_purge->setObjectName(QStringLiteral("purgeProtectionCheck"));

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Soft-delete &retention:"), this);
    label->setBuddy(m_retention);
    row->addWidget(label);
    row->addWidget(m_retention);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(makeHintLabel(tr("A deleted secret, key or certificate stays recoverable for this many days "
                                       "(7 to 90), then it is purged for good. The retention period is fixed "
                                       "forever when the vault is created."),
                                    this));
    layout->addSpacing(12);
    layout->addWidget(m_purge);
    layout->addWidget(makeHintLabel(tr("With purge protection, nobody (not even an owner or administrator) can "
                                       "purge a deleted item before its retention period ends. Once enabled, purge "
                                       "protection can never be turned off."),
                                    this));
    layout->addStretch(1);
}

void PolicyPage::setRetentionDays(int days)
{
    m_retention->setValue(days);
}

int PolicyPage::retentionDays() const
{
    return m_retention->value();
}

bool PolicyPage::purgeProtection() const
{
    return m_purge->isChecked();
}

// ---- CreatePage ----

CreatePage::CreatePage(NewVaultWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(makeBusyBar(this))
    , m_error(makeErrorLabel(this))
{
    setTitle(tr("Creating the vault"));
    setSubTitle(tr("Coffer derives the passphrase key and writes the new vault. Please wait."));
    setCommitPage(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_error->setObjectName(QStringLiteral("createErrorLabel"));
    m_status->setObjectName(QStringLiteral("createStatusLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void CreatePage::initializePage()
{
    m_done = false;
    auto *name = m_wizard->findChild<NamePage *>();
    auto *policy = m_wizard->findChild<PolicyPage *>();
    m_summary->setText(tr("Vault: %1\nFolder: %2\nSoft-delete retention: %3 days\nPurge protection: %4")
                               .arg(name->vaultName(), QDir::toNativeSeparators(name->bundlePath()),
                                    QString::number(policy->retentionDays()),
                                    policy->purgeProtection() ? tr("on (permanent)") : tr("off")));
    setErrorText(m_error, {});
    m_wizard->startCreation();
}

bool CreatePage::isComplete() const
{
    return m_done;
}

void CreatePage::setRunning(bool running)
{
    m_busy->setVisible(running);
    m_status->setText(running ? tr("Creating…") : QString());
    Q_EMIT completeChanged();
}

void CreatePage::setFailed(const QString &text)
{
    m_done = false;
    setRunning(false);
    m_status->setText(tr("The vault was not created. Go back to change your choices."));
    setErrorText(m_error, text);
    Q_EMIT completeChanged();
}

void CreatePage::setDone()
{
    m_done = true;
    setRunning(false);
    m_status->setText(tr("The vault was created."));
    Q_EMIT completeChanged();
}

// ---- RecoveryKeyPage ----

RecoveryKeyPage::RecoveryKeyPage(NewVaultWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_key(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save to File…"), this))
    , m_savedTo(new QLabel(this))
    , m_saved(new QCheckBox(tr("I have &saved the recovery key in a safe place"), this))
{
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("This key opens the vault if the passphrase is lost. It is shown only now: Coffer does not keep "
                   "it. Store it offline, for example printed in a safe."));
    m_key->setObjectName(QStringLiteral("recoveryKeyView"));
    m_key->setReadOnly(true);
    m_key->setUndoRedoEnabled(false);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    m_key->setFont(mono);
    m_key->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 3 + 16);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_savedTo->setObjectName(QStringLiteral("savedToLabel"));
    m_savedTo->setWordWrap(true);
    m_saved->setObjectName(QStringLiteral("savedCheck"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_savedTo);
    layout->addWidget(makeHintLabel(tr("Anyone who has this key can open the vault. Copies are cleared from the "
                                       "clipboard after a short time."),
                                    this));
    layout->addStretch(1);
    layout->addWidget(m_saved);

    connect(m_saved, &QCheckBox::toggled, this, &RecoveryKeyPage::completeChanged);
    connect(m_copy, &QPushButton::clicked, this, &RecoveryKeyPage::copy);
    connect(m_save, &QPushButton::clicked, this, &RecoveryKeyPage::save);
}

void RecoveryKeyPage::initializePage()
{
    QString shown = m_wizard->recoveryKey().toQStringForDisplay();
    m_key->setPlainText(shown);
    SecureString::fromQString(shown); // wipes the temporary
    m_saved->setChecked(false);
}

bool RecoveryKeyPage::isComplete() const
{
    return m_saved->isChecked();
}

bool RecoveryKeyPage::isConfirmed() const
{
    return m_saved->isChecked();
}

void RecoveryKeyPage::copy()
{
    auto *mime = new QMimeData;
    mime->setText(m_wizard->recoveryKey().toQStringForDisplay());
    mime->setData(kSecretHint, QByteArrayLiteral("secret")); // clipboard managers: do not keep a history of it
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(mime);
    const int seconds = m_wizard->settings() ? m_wizard->settings()->clipboardClearSeconds()
                                             : models::AppSettings::kDefaultClipboardClearSeconds;
    QTimer::singleShot(std::chrono::seconds(seconds), clipboard, [clipboard] {
        const QMimeData *current = clipboard->mimeData();
        if (current && current->hasFormat(kSecretHint))
            clipboard->clear();
    });
    m_savedTo->setText(tr("Copied. The clipboard is cleared in %1 seconds.").arg(seconds));
}

void RecoveryKeyPage::save()
{
    auto *name = m_wizard->findChild<NamePage *>();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(name->vaultName() + QStringLiteral("-recovery-key.txt"));
    const QString path
            = m_wizard->prompter()->chooseSaveFile(tr("Save Recovery Key"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_savedTo->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString intro = tr("Coffer recovery key for the vault %1\n%2\nAnyone who has this key can open the vault. "
                             "Keep it offline.\n\n")
                                  .arg(name->vaultName(), QDir::toNativeSeparators(name->bundlePath()));
    file.write(intro.toUtf8());
    const SecureBytes &key = m_wizard->recoveryKey().utf8();
    file.write(key.constChar(), qint64(key.size()));
    file.write("\n");
    if (!file.flush()) {
        m_savedTo->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_savedTo->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void RecoveryKeyPage::wipe()
{
    m_key->clear();
    m_key->document()->clear();
}

} // namespace coffer::ui
