#include "ui/KeyCreateDialog.h"

#include "core/common/Clock.h"
#include "models/KeyActions.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "ui/Icons.h"
#include "ui/KeyOpsBox.h"
#include "ui/KeyProtectionChooser.h"
#include "ui/OptionalDateEdit.h"
#include "ui/TagsEditor.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

KeyCreateDialog::KeyCreateDialog(models::KeyOperations *operations, const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_nameHint(makeHintLabel({}, this))
    , m_type(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_protection(new KeyProtectionChooser(operations, this))
    , m_ops(new KeyOpsBox(this))
    , m_exportable(new QCheckBox(tr("E&xportable (the private key may be downloaded later)"), this))
    , m_enabled(new QCheckBox(tr("&Enabled (a disabled key cannot be used)"), this))
    , m_notBefore(new OptionalDateEdit(tr("Set &activation date"), this))
    , m_expires(new OptionalDateEdit(tr("Set expiration &date"), this))
    , m_tags(new TagsEditor(this))
    , m_busy(makeBusyBar(this))
    , m_busyLabel(makeHintLabel({}, this))
    , m_error(makeErrorLabel(this))
    , m_goToDeleted(new QPushButton(icons::get("remove"), tr("Go to Manage deleted"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("keyCreateDialog"));
    setWindowTitle(tr("New Key"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ObjectLimits::kMaxNameLength);
    m_name->setPlaceholderText(tr("letters, digits and dashes, e.g. payments-signing"));
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (KeyType type : {KeyType::Rsa, KeyType::Ec, KeyType::Oct})
        m_type->addItem(models::KeyText::typeDescription(type), int(type));
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    m_protection->setObjectName(QStringLiteral("protectionChooser"));
    m_ops->setObjectName(QStringLiteral("opsBox"));
    m_exportable->setObjectName(QStringLiteral("exportableCheck"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);
    m_notBefore->setObjectName(QStringLiteral("notBeforeEdit"));
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    const QDateTime now = m_clock->now();
    m_notBefore->setValue(std::nullopt, now);
    m_expires->setValue(std::nullopt, now.addYears(1));
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setVisible(false);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_goToDeleted->setObjectName(QStringLiteral("goToDeletedButton"));
    m_goToDeleted->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    nameBox->addWidget(m_goToDeleted, 0, Qt::AlignLeft);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Si&ze/curve:"), m_size);
    form->addRow(tr("Protection:"), m_protection);
    form->addRow(tr("Operations:"), m_ops);
    form->addRow(QString(), m_exportable);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Not before:"), m_notBefore);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Tags:"), m_tags);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyCreateDialog::reject);
    connect(m_goToDeleted, &QPushButton::clicked, this, [this] {
        Q_EMIT goToDeletedRequested(m_name->text().trimmed());
        reject();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &KeyCreateDialog::onTypeChanged);
    connect(m_name, &QLineEdit::textChanged, this, &KeyCreateDialog::validate);
    connect(m_protection, &KeyProtectionChooser::changed, this, &KeyCreateDialog::validate);
    connect(m_ops, &KeyOpsBox::changed, this, &KeyCreateDialog::validate);
    connect(m_tags, &TagsEditor::changed, this, &KeyCreateDialog::validate);
    connect(m_notBefore, &OptionalDateEdit::changed, this, &KeyCreateDialog::validate);
    connect(m_expires, &OptionalDateEdit::changed, this, &KeyCreateDialog::validate);
    connect(m_operations, &models::KeyOperations::keyCreated, this, &KeyCreateDialog::onCreated);
    onTypeChanged();
    resize(620, 720);
}

KeyCreateDialog::~KeyCreateDialog()
{
    for (QObject *object : children())
        object->disconnect(this);
}

void KeyCreateDialog::setExistingNames(const QStringList &names)
{
    m_existing = names;
    validate();
}

void KeyCreateDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void KeyCreateDialog::setType(KeyType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void KeyCreateDialog::setSpec(const KeySpec &spec)
{
    setType(spec.type);
    const int value = spec.type == KeyType::Ec && spec.curve ? int(*spec.curve) : spec.bits;
    m_size->setCurrentIndex(m_size->findData(value));
}

KeySpec KeyCreateDialog::spec() const
{
    const auto type = KeyType(m_type->currentData().toInt());
    const int value = m_size->currentData().toInt();
    switch (type) {
    case KeyType::Rsa: return KeySpec::rsa(value);
    case KeyType::Ec: return KeySpec::ec(Curve(value));
    case KeyType::Oct: return KeySpec::oct(value);
    }
    return KeySpec::rsa(2048);
}

void KeyCreateDialog::onTypeChanged()
{
    const auto type = KeyType(m_type->currentData().toInt());
    {
        const QSignalBlocker block(m_size);
        m_size->clear();
        for (const KeySpec &choice : models::KeyText::specChoices(type)) {
            const int value = choice.type == KeyType::Ec && choice.curve ? int(*choice.curve) : choice.bits;
            m_size->addItem(models::KeyText::sizeText(choice), value);
        }
        const KeySpec preferred = models::KeyText::defaultSpec(type);
        const int value = preferred.type == KeyType::Ec && preferred.curve ? int(*preferred.curve) : preferred.bits;
        m_size->setCurrentIndex(m_size->findData(value));
    }
    m_ops->setOffered(models::actions::offeredOps(type), models::actions::checkedOps(type),
                      tr("A key of type %1 cannot do this.").arg(models::KeyText::typeText(type)));
    validate();
}

void KeyCreateDialog::validate()
{
    bool ok = !m_working;
    const QString name = m_name->text().trimmed();
    QString hint;
    if (auto valid = objects::validateName(ObjectKind::Key, name); !valid) {
        hint = name.isEmpty() ? tr("Enter a name.") : valid.error().context();
        ok = false;
    } else if (m_existing.contains(name, Qt::CaseInsensitive)) {
        hint = tr("A key named %1 already exists. Select it and use Rotate now for new key material.").arg(name);
        ok = false;
    } else {
        hint = tr("✓ %1 is available").arg(name);
    }
    m_nameHint->setText(hint);
    const bool hsm = m_protection->protection() == Protection::Hsm;
    m_exportable->setEnabled(!hsm && !m_working);
    m_exportable->setToolTip(hsm ? tr("The private part of an HSM key never leaves the token.") : QString());
    if (hsm)
        m_exportable->setChecked(false);
    QString problem;
    if (m_ops->ops() == KeyOps())
        problem = tr("Choose at least one operation the key permits.");
    else if (!m_tags->problem().isEmpty())
        problem = m_tags->problem();
    else if (auto dates = objects::validateDates(m_notBefore->value(), m_expires->value()); !dates)
        problem = dates.error().context();
    if (!problem.isEmpty())
        ok = false;
    if (!m_working)
        setErrorText(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

KeyCreateRequest KeyCreateDialog::request() const
{
    KeyCreateRequest request;
    request.spec = spec();
    request.protection = m_protection->protection();
    request.ops = m_ops->ops();
    request.exportable = m_exportable->isEnabled() && m_exportable->isChecked();
    request.attributes.enabled = m_enabled->isChecked();
    request.attributes.notBefore = m_notBefore->value();
    request.attributes.expires = m_expires->value();
    request.attributes.tags = m_tags->tags();
    return request;
}

void KeyCreateDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_type, m_size, m_protection, m_ops, m_exportable,
                                                        m_enabled, m_notBefore, m_expires, m_tags})
        w->setEnabled(!working);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!working);
    m_busy->setVisible(working);
    m_busyLabel->setVisible(working);
    if (working) {
        const KeySpec s = spec();
        m_busyLabel->setText(s.type == KeyType::Rsa && s.bits >= 3072
                                     ? tr("Generating a %1 key %2; this can take a few seconds…")
                                               .arg(models::KeyText::typeText(s.type), models::KeyText::sizeText(s))
                                     : tr("Generating the key…"));
    }
    validate();
}

void KeyCreateDialog::accept()
{
    if (m_working)
        return;
    const QString name = m_name->text().trimmed();
    setErrorText(m_error, {});
    m_goToDeleted->setVisible(false);
    const KeyCreateRequest req = request();
    if (!m_operations->createInBackground(name, req)) {
        setErrorText(m_error, models::KeyText::forError(Error(ErrorCode::Busy, {}), models::KeyTask::Create, name));
        return;
    }
    setWorking(true);
}

void KeyCreateDialog::onCreated(const Result<KeyInfo> &result)
{
    if (!m_working)
        return; // another dialog's work
    setWorking(false);
    const QString name = m_name->text().trimmed();
    if (!result) {
        setErrorText(m_error, models::KeyText::forError(result.error(), models::KeyTask::Create, name));
        m_goToDeleted->setVisible(result.error().code() == ErrorCode::Conflict);
        return;
    }
    m_created = *result;
    QDialog::accept();
}

void KeyCreateDialog::done(int result)
{
    if (m_working)
        return; // the key is being generated: the dialog closes when it is done
    QDialog::done(result);
}

} // namespace coffer::ui
