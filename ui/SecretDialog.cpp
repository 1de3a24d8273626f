#include "ui/SecretDialog.h"

#include "core/common/Clock.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/ObjectOperations.h"
#include "models/Prompter.h"
#include "ui/GeneratorDialog.h"
#include "ui/Icons.h"
#include "ui/MaskedTextEdit.h"
#include "ui/OptionalDateEdit.h"
#include "ui/TagsEditor.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
void wipe(QString &text)
{
    text.fill(u'\0'); // detaches first when shared: only our copy is overwritten
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

// Text that can go into the editor unchanged: valid UTF-8 without NULs.
bool isEditableText(QByteArrayView bytes, QString &out)
{
    out = QString::fromUtf8(bytes);
    if (out.contains(QChar::ReplacementCharacter) || out.contains(QChar(u'\0'))) {
        wipe(out);
        return false;
    }
    return true;
}

models::ObjectOp opFor(SecretDialog::Mode mode)
{
    switch (mode) {
    case SecretDialog::Mode::Create: return models::ObjectOp::Create;
    case SecretDialog::Mode::NewVersion: return models::ObjectOp::AddVersion;
    case SecretDialog::Mode::EditAttributes: return models::ObjectOp::Update;
    }
    return models::ObjectOp::Create;
}
} // namespace

SecretDialog::SecretDialog(Mode mode, models::ObjectOperations *operations, models::Prompter *prompter,
                           const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("secretDialog"));
    switch (mode) {
    case Mode::Create: setWindowTitle(tr("Create Secret")); break;
    case Mode::NewVersion: setWindowTitle(tr("New Version")); break;
    case Mode::EditAttributes: setWindowTitle(tr("Edit Attributes")); break;
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ObjectLimits::kMaxNameLength);
    m_name->setPlaceholderText(tr("letters, digits and dashes, e.g. db-password"));
    m_name->setReadOnly(mode != Mode::Create);
    m_nameHint = makeHintLabel({}, this);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_goToDeleted = new QPushButton(icons::get("remove"), tr("Go to Manage deleted"), this);
    m_goToDeleted->setObjectName(QStringLiteral("goToDeletedButton"));
    m_goToDeleted->setVisible(false);
    connect(m_goToDeleted, &QPushButton::clicked, this, [this] {
        const QString name = m_base ? m_base->name : m_name->text().trimmed();
        Q_EMIT goToDeletedRequested(name);
        reject();
    });
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    nameBox->addWidget(m_goToDeleted, 0, Qt::AlignLeft);
    // Rows holding a layout get no buddy from QFormLayout: give the label one, so Alt+N works and no '&' shows.
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);

    if (mode != Mode::EditAttributes)
        buildValueSection(form);

    m_contentType = new QLineEdit(this);
    m_contentType->setObjectName(QStringLiteral("contentTypeEdit"));
    m_contentType->setMaxLength(ObjectLimits::kMaxContentTypeLength);
    m_contentType->setPlaceholderText(tr("optional, e.g. text/plain or application/x-pem-file"));
    form->addRow(tr("Content &type:"), m_contentType);

    m_enabled = new QCheckBox(tr("&Enabled (a disabled version cannot be read)"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);
    form->addRow(QString(), m_enabled);
    const QDateTime now = m_clock->now();
    m_notBefore = new OptionalDateEdit(tr("Set &activation date"), this);
    m_notBefore->setObjectName(QStringLiteral("notBeforeEdit"));
    m_notBefore->setValue(std::nullopt, now);
    form->addRow(tr("Not before:"), m_notBefore);
    m_expires = new OptionalDateEdit(tr("Set e&xpiration date"), this);
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_expires->setValue(std::nullopt, now.addYears(1));
    form->addRow(tr("Expires:"), m_expires);
    m_tags = new TagsEditor(this);
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    form->addRow(tr("Tags:"), m_tags);

    m_error = makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(mode == Mode::Create               ? tr("&Create")
                              : mode == Mode::NewVersion ? tr("&Add version")
                                                         : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SecretDialog::validate);
    connect(m_contentType, &QLineEdit::textChanged, this, &SecretDialog::validate);
    connect(m_tags, &TagsEditor::changed, this, &SecretDialog::validate);
    connect(m_notBefore, &OptionalDateEdit::changed, this, &SecretDialog::validate);
    connect(m_expires, &OptionalDateEdit::changed, this, &SecretDialog::validate);
    resize(600, mode == Mode::EditAttributes ? 440 : 640);
    validate();
}

SecretDialog::~SecretDialog()
{
    // The children outlive this body: nothing they emit while being destroyed may reach validate().
    for (QObject *object : children())
        object->disconnect(this);
}

void SecretDialog::buildValueSection(QFormLayout *form)
{
    m_value = new MaskedTextEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setPlaceholderText(tr("The secret value (any text; several lines allowed)"));
    m_value->setMinimumHeight(80);
    connect(m_value, &QPlainTextEdit::textChanged, this, &SecretDialog::validate);
    m_showValue = new QCheckBox(tr("&Show value"), this);
    m_showValue->setObjectName(QStringLiteral("showValueCheck"));
    connect(m_showValue, &QCheckBox::toggled, this, [this](bool shown) { m_value->setMasked(!shown); });
    m_fromFile = new QPushButton(icons::get("open"), tr("&Value from file…"), this);
    m_fromFile->setObjectName(QStringLiteral("fromFileButton"));
    connect(m_fromFile, &QPushButton::clicked, this, &SecretDialog::loadValueFromFile);
    m_clearLoaded = new QPushButton(tr("Type a value instead"), this);
    m_clearLoaded->setObjectName(QStringLiteral("clearLoadedButton"));
    m_clearLoaded->setVisible(false);
    connect(m_clearLoaded, &QPushButton::clicked, this, &SecretDialog::clearLoadedValue);
    m_valueOrigin = makeHintLabel({}, this);
    m_valueOrigin->setObjectName(QStringLiteral("valueOriginLabel"));
    m_valueOrigin->setVisible(false);

    m_generate = new QPushButton(icons::get("key"), tr("&Generate…"), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setToolTip(tr("Make a random password or passphrase for the value"));
    connect(m_generate, &QPushButton::clicked, this, &SecretDialog::generateValue);

    auto *row = new QHBoxLayout;
    row->addWidget(m_showValue);
    row->addStretch(1);
    row->addWidget(m_generate);
    if (m_mode == Mode::NewVersion) {
        m_prefill = new QPushButton(icons::get("key"), tr("&Pre-fill from current version"), this);
        m_prefill->setObjectName(QStringLiteral("prefillButton"));
        m_prefill->setToolTip(tr("Reads the current version's value into the editor (this reveals it)"));
        connect(m_prefill, &QPushButton::clicked, this, &SecretDialog::prefillFromCurrent);
        row->addWidget(m_prefill);
    }
    row->addWidget(m_clearLoaded);
    row->addWidget(m_fromFile);
    auto *box = new QVBoxLayout;
    box->addWidget(m_value);
    box->addWidget(m_valueOrigin);
    box->addLayout(row);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, box);
}

void SecretDialog::setBase(const VersionInfo &base)
{
    m_base = base;
    m_name->setText(base.name);
    m_contentType->setText(base.contentType);
    m_tags->setTags(base.tags);
    const QDateTime now = m_clock->now();
    if (m_mode == Mode::EditAttributes) {
        setWindowTitle(tr("Edit Attributes — %1").arg(base.name));
        m_nameHint->setText(tr("Version %1").arg(base.version));
        m_enabled->setChecked(base.attributes.enabled);
        m_notBefore->setValue(base.attributes.notBefore, now);
        m_expires->setValue(base.attributes.expires, now.addYears(1));
    } else {
        setWindowTitle(tr("New Version — %1").arg(base.name));
        m_nameHint->setText(tr("The new version becomes the current one; older versions stay readable."));
    }
    validate();
}

void SecretDialog::validate()
{
    bool ok = true;
    bool offerDeleted = false;
    if (m_mode == Mode::Create) {
        const QString name = m_name->text().trimmed();
        QString hint;
        if (auto valid = objects::validateName(ObjectKind::Secret, name); !valid) {
            hint = name.isEmpty() ? tr("Enter a name.") : valid.error().context();
            ok = false;
        } else if (auto deleted = m_operations->deletedItem(ObjectKind::Secret, name)) {
            hint = models::ErrorText::forObject(Error(ErrorCode::Conflict, {}), models::ObjectOp::Create,
                                                ObjectKind::Secret, deleted->current.name);
            offerDeleted = true;
            ok = false;
        } else if (m_operations->showSecret(name)) {
            hint = models::ErrorText::forObject(Error(ErrorCode::AlreadyExists, {}), models::ObjectOp::Create,
                                                ObjectKind::Secret, name);
            ok = false;
        } else {
            hint = tr("✓ %1 is available").arg(name);
        }
        m_nameHint->setText(hint);
        m_goToDeleted->setVisible(offerDeleted);
    }
    if (m_value && m_loadedValue.isEmpty() && m_value->document()->isEmpty())
        ok = false;
    QString problem;
    if (auto valid = objects::validateContentType(m_contentType->text()); !valid)
        problem = valid.error().context();
    else if (!m_tags->problem().isEmpty())
        problem = m_tags->problem();
    else if (auto dates = objects::validateDates(m_notBefore->value(), m_expires->value()); !dates)
        problem = dates.error().context();
    if (!problem.isEmpty())
        ok = false;
    setErrorText(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

GeneratorDialog *SecretDialog::generateValue()
{
    auto *generator = new GeneratorDialog(GeneratorDialog::Purpose::Use, nullptr, this);
    generator->setAttribute(Qt::WA_DeleteOnClose);
    connect(generator, &QDialog::accepted, this, [this, generator] {
        const QString origin = generator->description();
        setValueBytes(generator->takeValue(), origin);
    });
    generator->open();
    return generator;
}

void SecretDialog::setValueBytes(SecureBytes bytes, const QString &origin)
{
    QString text;
    if (isEditableText(bytes.view(), text)) {
        clearLoadedValue();
        m_value->setPlainText(text);
        wipe(text);
        m_valueOrigin->setText(origin);
        m_valueOrigin->setVisible(true);
        return;
    }
    // Binary content stays in secure memory as it is; the editor only says what it holds.
    m_value->wipe();
    m_loadedValue = std::move(bytes);
    m_value->setEnabled(false);
    m_value->setPlaceholderText(tr("Binary value: %1").arg(models::counts::bytes(qint64(m_loadedValue.size()))));
    m_valueOrigin->setText(origin);
    m_valueOrigin->setVisible(true);
    m_clearLoaded->setVisible(true);
    validate();
}

void SecretDialog::clearLoadedValue()
{
    m_loadedValue.clear();
    m_value->setEnabled(true);
    m_value->setPlaceholderText(tr("The secret value (any text; several lines allowed)"));
    m_valueOrigin->setVisible(false);
    m_clearLoaded->setVisible(false);
    validate();
}

bool SecretDialog::loadValueFromFile()
{
    const QString path = m_prompter->chooseOpenFile(tr("Value from File"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(models::ErrorText::forCode(ErrorCode::Io), false);
        return false;
    }
    if (file.size() > ObjectLimits::kMaxSecretValueBytes) {
        showError(tr("The file is larger than a secret value can be (%1 MiB).")
                          .arg(ObjectLimits::kMaxSecretValueBytes / (1024 * 1024)),
                  false);
        return false;
    }
    QByteArray bytes = file.readAll();
    SecureBytes value(bytes);
    wipe(bytes);
    const QString origin
            = tr("Loaded from %1 (%2)").arg(QFileInfo(path).fileName(), models::counts::bytes(qint64(value.size())));
    setValueBytes(std::move(value), origin);
    showError({}, false);
    return true;
}

bool SecretDialog::prefillFromCurrent()
{
    if (!m_base)
        return false;
    auto bundle = m_operations->readSecretValue(m_base->name);
    if (!bundle) {
        showError(
                models::ErrorText::forObject(bundle.error(), models::ObjectOp::Read, ObjectKind::Secret, m_base->name),
                false);
        return false;
    }
    setValueBytes(std::move(bundle->value), tr("Pre-filled from version %1").arg(bundle->info.version));
    showError({}, false);
    return true;
}

SecureBytes SecretDialog::takeValue()
{
    if (!m_loadedValue.isEmpty())
        return m_loadedValue.clone();
    QString text = m_value->toPlainText();
    const SecureString value = SecureString::fromQString(text); // wipes `text`
    return value.utf8().clone();
}

NewVersionAttributes SecretDialog::newAttributes() const
{
    NewVersionAttributes attributes;
    attributes.enabled = m_enabled->isChecked();
    attributes.notBefore = m_notBefore->value();
    attributes.expires = m_expires->value();
    attributes.contentType = m_contentType->text();
    attributes.tags = m_tags->tags();
    return attributes;
}

void SecretDialog::showError(const QString &text, bool offerDeleted)
{
    setErrorText(m_error, text);
    if (m_mode == Mode::Create)
        m_goToDeleted->setVisible(offerDeleted);
}

void SecretDialog::accept()
{
    const QString name = m_base ? m_base->name : m_name->text().trimmed();
    Result<VersionInfo> result = Error(ErrorCode::Internal, QStringLiteral("no operation"));
    switch (m_mode) {
    case Mode::Create: result = m_operations->createSecret(name, takeValue(), newAttributes()); break;
    case Mode::NewVersion: result = m_operations->addSecretVersion(name, takeValue(), newAttributes()); break;
    case Mode::EditAttributes: {
        AttributeUpdate update;
        update.enabled = m_enabled->isChecked();
        update.notBefore = m_notBefore->value();
        update.expires = m_expires->value();
        update.contentType = m_contentType->text();
        update.tags = m_tags->tags();
        result = m_operations->updateAttributes(ObjectKind::Secret, name, m_base ? m_base->version : QString(), update);
        break;
    }
    }
    if (!result) {
        showError(models::ErrorText::forObject(result.error(), opFor(m_mode), ObjectKind::Secret, name),
                  result.error().code() == ErrorCode::Conflict);
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

void SecretDialog::done(int result)
{
    // Whatever way the dialog closes, the value leaves memory with it.
    if (m_value)
        m_value->wipe();
    m_loadedValue.clear();
    QDialog::done(result);
}

} // namespace coffer::ui
