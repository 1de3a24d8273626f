#include "ui/KeyPropertiesDialog.h"

#include "core/common/Clock.h"
#include "models/KeyActions.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "ui/KeyOpsBox.h"
#include "ui/OptionalDateEdit.h"
#include "ui/TagsEditor.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

KeyPropertiesDialog::KeyPropertiesDialog(models::KeyOperations *operations, const Clock *clock, const KeyInfo &key,
                                         QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_key(key)
    , m_enabled(new QCheckBox(tr("&Enabled (a disabled key cannot be used)"), this))
    , m_notBefore(new OptionalDateEdit(tr("Set &activation date"), this))
    , m_expires(new OptionalDateEdit(tr("Set expiration &date"), this))
    , m_tags(new TagsEditor(this))
    , m_ops(new KeyOpsBox(this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("keyPropertiesDialog"));
    setWindowTitle(tr("Key Properties — %1").arg(key.info.name));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_notBefore->setObjectName(QStringLiteral("notBeforeEdit"));
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_ops->setObjectName(QStringLiteral("opsBox"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    const QDateTime now = clock->now();
    const ObjectAttributes &attributes = key.info.attributes;
    m_enabled->setChecked(attributes.enabled);
    m_notBefore->setValue(attributes.notBefore, now);
    m_expires->setValue(attributes.expires, now.addYears(1));
    m_tags->setTags(key.info.tags);
    const bool hsm = key.protection == Protection::Hsm;
    // HSM keys: the token's usage attributes are fixed, so operations can only be taken away.
    m_ops->setOffered(hsm ? key.ops : models::actions::offeredOps(key.spec.type), key.ops,
                      hsm ? tr("An HSM key's operations can only be narrowed.")
                          : tr("A key of type %1 cannot do this.").arg(models::KeyText::typeText(key.spec.type)));

    auto *version = makeHintLabel(tr("Version %1").arg(key.info.version), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(QString(), version);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Not before:"), m_notBefore);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Operations:"), m_ops);
    form->addRow(tr("Tags:"), m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyPropertiesDialog::reject);
    connect(m_ops, &KeyOpsBox::changed, this, &KeyPropertiesDialog::validate);
    connect(m_tags, &TagsEditor::changed, this, &KeyPropertiesDialog::validate);
    connect(m_notBefore, &OptionalDateEdit::changed, this, &KeyPropertiesDialog::validate);
    connect(m_expires, &OptionalDateEdit::changed, this, &KeyPropertiesDialog::validate);
    resize(560, 480);
    validate();
}

void KeyPropertiesDialog::validate()
{
    QString problem;
    if (m_ops->ops() == KeyOps())
        problem = tr("Choose at least one operation the key permits.");
    else if (!m_tags->problem().isEmpty())
        problem = m_tags->problem();
    else if (auto dates = objects::validateDates(m_notBefore->value(), m_expires->value()); !dates)
        problem = dates.error().context();
    setErrorText(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void KeyPropertiesDialog::accept()
{
    KeyUpdate update;
    update.attributes.enabled = m_enabled->isChecked();
    update.attributes.notBefore = m_notBefore->value();
    update.attributes.expires = m_expires->value();
    update.attributes.tags = m_tags->tags();
    if (m_ops->ops() != m_key.ops)
        update.ops = m_ops->ops();
    auto result = m_operations->update(m_key.info.name, m_key.info.version, update);
    if (!result) {
        setErrorText(m_error, models::KeyText::forError(result.error(), models::KeyTask::Update, m_key.info.name));
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace coffer::ui
