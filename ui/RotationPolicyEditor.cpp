#include "ui/RotationPolicyEditor.h"

#include "core/access/Operation.h"
#include "core/vault/Vault.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/TimeFormat.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/RotationTimeline.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coffer::ui {

using Form = models::RotationPolicyForm;
using Unit = models::FormDuration::Unit;

namespace {
QSpinBox *amountBox(const char *name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1StringView(name));
    box->setRange(0, 9999);
    box->setAccelerated(true);
    return box;
}

QComboBox *unitBox(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1StringView(name));
    for (Unit unit : {Unit::Days, Unit::Months, Unit::Years})
        box->addItem(models::FormDuration::unitName(unit, 2), int(unit));
    return box;
}

models::FormDuration durationOf(const QSpinBox *amount, const QComboBox *unit)
{
    return {amount->value(), Unit(unit->currentData().toInt())};
}

void showDuration(const models::FormDuration &duration, QSpinBox *amount, QComboBox *unit)
{
    amount->setValue(duration.amount);
    unit->setCurrentIndex(unit->findData(int(duration.unit)));
}

QPushButton *button(const char *icon, const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(icons::get(icon), text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}
} // namespace

RotationPolicyEditor::RotationPolicyEditor(models::KeyOperations *ops, QWidget *parent)
    : QWidget(parent)
    , m_ops(ops)
    , m_title(new QLabel(this))
    , m_versionInfo(makeHintLabel({}, this))
    , m_rotate(new QCheckBox(tr("&Rotate automatically"), this))
    , m_rotateWhen(new QComboBox(this))
    , m_rotateAmount(amountBox("rotateAmount", this))
    , m_rotateUnit(unitBox("rotateUnit", this))
    , m_rotateError(makeErrorLabel(this))
    , m_notify(new QCheckBox(tr("&Notify before expiry"), this))
    , m_notifyAmount(amountBox("notifyAmount", this))
    , m_notifyUnit(unitBox("notifyUnit", this))
    , m_notifyError(makeErrorLabel(this))
    , m_expiry(new QCheckBox(tr("New versions &expire after"), this))
    , m_expiryAmount(amountBox("expiryAmount", this))
    , m_expiryUnit(unitBox("expiryUnit", this))
    , m_expiryError(makeErrorLabel(this))
    , m_generalError(makeErrorLabel(this))
    , m_note(makeHintLabel({}, this))
    , m_json(new QPlainTextEdit(this))
    , m_dates(new QLabel(this))
    , m_timeline(new RotationTimeline(this))
    , m_save(button("add", tr("&Save policy"), "policySaveButton", this))
    , m_revert(button("remove", tr("Re&vert"), "policyRevertButton", this))
    , m_rotateNow(button("key", tr("Rotate no&w"), "rotateNowButton", this))
    , m_message(makeHintLabel({}, this))
    , m_error(makeErrorLabel(this))
{
    m_title->setObjectName(QStringLiteral("policyTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_versionInfo->setObjectName(QStringLiteral("policyVersionInfo"));
    m_rotate->setObjectName(QStringLiteral("rotateCheck"));
    m_rotateWhen->setObjectName(QStringLiteral("rotateWhenCombo"));
    m_rotateWhen->addItem(tr("after creation"), int(Form::RotateWhen::AfterCreate));
    m_rotateWhen->addItem(tr("before expiry"), int(Form::RotateWhen::BeforeExpiry));
    m_rotateError->setObjectName(QStringLiteral("rotateError"));
    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notifyError->setObjectName(QStringLiteral("notifyError"));
    m_expiry->setObjectName(QStringLiteral("expiryCheck"));
    m_expiryError->setObjectName(QStringLiteral("expiryError"));
    m_generalError->setObjectName(QStringLiteral("policyGeneralError"));
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_json->setObjectName(QStringLiteral("policyJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setMinimumHeight(120);
    m_dates->setObjectName(QStringLiteral("nextRotations"));
    m_dates->setTextFormat(Qt::PlainText);
    m_dates->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_error->setObjectName(QStringLiteral("policyError"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_rotate, 0, 0);
    grid->addWidget(m_rotateAmount, 0, 1);
    grid->addWidget(m_rotateUnit, 0, 2);
    grid->addWidget(m_rotateWhen, 0, 3);
    grid->addWidget(m_rotateError, 1, 0, 1, 5);
    grid->addWidget(m_notify, 2, 0);
    grid->addWidget(m_notifyAmount, 2, 1);
    grid->addWidget(m_notifyUnit, 2, 2);
    grid->addWidget(m_notifyError, 3, 0, 1, 5);
    grid->addWidget(m_expiry, 4, 0);
    grid->addWidget(m_expiryAmount, 4, 1);
    grid->addWidget(m_expiryUnit, 4, 2);
    grid->addWidget(m_expiryError, 5, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    auto *formBox = new QGroupBox(tr("Policy"), this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(grid);
    formLayout->addWidget(m_generalError);
    formLayout->addWidget(m_note);

    auto *scheduleBox = new QGroupBox(tr("Next three rotation dates"), this);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_dates);
    scheduleLayout->addWidget(m_timeline);

    auto *jsonBox = new QGroupBox(tr("JSON (Azure's shape)"), this);
    auto *jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->addWidget(m_json);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_rotateNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_versionInfo);
    layout->addWidget(formBox);
    layout->addWidget(scheduleBox);
    layout->addWidget(jsonBox, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    for (QCheckBox *box : {m_rotate, m_notify, m_expiry})
        connect(box, &QCheckBox::toggled, this, &RotationPolicyEditor::readFields);
    for (QSpinBox *box : {m_rotateAmount, m_notifyAmount, m_expiryAmount})
        connect(box, &QSpinBox::valueChanged, this, &RotationPolicyEditor::readFields);
    for (QComboBox *box : {m_rotateWhen, m_rotateUnit, m_notifyUnit, m_expiryUnit})
        connect(box, &QComboBox::currentIndexChanged, this, &RotationPolicyEditor::readFields);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &RotationPolicyEditor::revert);
    connect(m_rotateNow, &QPushButton::clicked, this, [this] { rotateNow(); });
    connect(m_ops, &models::KeyOperations::keyChanged, this, [this](const QString &name) {
        // Another page changed this key (a new version, new dates): read the current version again.
        if (name.compare(m_name, Qt::CaseInsensitive) == 0 && !isModified())
            reload();
    });
    setKey({});
}

RotationPolicyEditor::~RotationPolicyEditor() = default;

QDateTime RotationPolicyEditor::storeNow() const
{
    const models::VaultSession *session = m_ops->session();
    if (!session || !session->vault())
        return {};
    return session->vault()->clock().now();
}

void RotationPolicyEditor::setKey(const QString &name)
{
    m_name = name;
    setErrorText(m_error, {});
    m_message->clear();
    reload();
}

void RotationPolicyEditor::reload()
{
    m_current.reset();
    m_stored.reset();
    if (!m_name.isEmpty()) {
        auto current = m_ops->show(m_name);
        auto policy = m_ops->rotationPolicy(m_name);
        if (current && policy) {
            m_current = *current;
            m_stored = *policy;
        } else {
            setErrorText(m_error,
                         models::KeyText::forError(current ? policy.error() : current.error(), models::KeyTask::Read,
                                                   m_name));
        }
    }
    setEnabled(m_stored.has_value());
    if (!m_stored) {
        m_title->setText(m_name.isEmpty() ? tr("No key selected") : tr("Rotation policy of %1").arg(m_name));
        m_versionInfo->clear();
        m_storedForm = Form();
        m_form = Form();
        writeFields();
        refresh();
        return;
    }
    m_title->setText(tr("Rotation policy of %1").arg(m_name));
    const ObjectAttributes &a = m_current->info.attributes;
    m_versionInfo->setText(
            tr("Current version %1: created %2, %3.")
                    .arg(m_current->info.version, models::formatTime(a.created),
                         a.expires ? tr("expires %1").arg(models::formatTime(*a.expires)) : tr("no expiry date")));
    QStringList unsupported;
    m_storedForm = Form::fromPolicy(*m_stored, &unsupported);
    m_form = m_storedForm;
    m_unsupported = unsupported.join(u'\n');
    writeFields();
    refresh();
}

void RotationPolicyEditor::setForm(const Form &form)
{
    m_form = form;
    writeFields();
    refresh();
}

void RotationPolicyEditor::writeFields()
{
    m_writing = true;
    m_rotate->setChecked(m_form.rotate);
    m_rotateWhen->setCurrentIndex(m_rotateWhen->findData(int(m_form.rotateWhen)));
    showDuration(m_form.rotateDuration, m_rotateAmount, m_rotateUnit);
    m_notify->setChecked(m_form.notify);
    showDuration(m_form.notifyBefore, m_notifyAmount, m_notifyUnit);
    m_expiry->setChecked(m_form.expiry);
    showDuration(m_form.expiryTime, m_expiryAmount, m_expiryUnit);
    m_writing = false;
}

void RotationPolicyEditor::readFields()
{
    if (m_writing)
        return;
    m_form.rotate = m_rotate->isChecked();
    m_form.rotateWhen = Form::RotateWhen(m_rotateWhen->currentData().toInt());
    m_form.rotateDuration = durationOf(m_rotateAmount, m_rotateUnit);
    m_form.notify = m_notify->isChecked();
    m_form.notifyBefore = durationOf(m_notifyAmount, m_notifyUnit);
    m_form.expiry = m_expiry->isChecked();
    m_form.expiryTime = durationOf(m_expiryAmount, m_expiryUnit);
    m_message->clear();
    refresh();
}

bool RotationPolicyEditor::isValid() const
{
    const QDateTime now = storeNow();
    return now.isValid() && m_form.isValid(now);
}

QString RotationPolicyEditor::jsonText() const
{
    return m_json->toPlainText();
}

QString RotationPolicyEditor::message(Form::Field field) const
{
    switch (field) {
    case Form::Field::Rotate: return m_rotateError->text();
    case Form::Field::Notify: return m_notifyError->text();
    case Form::Field::Expiry: return m_expiryError->text();
    case Form::Field::General: return m_generalError->text();
    }
    return {};
}

void RotationPolicyEditor::refresh()
{
    for (QWidget *w : {static_cast<QWidget *>(m_rotateWhen), static_cast<QWidget *>(m_rotateAmount),
                       static_cast<QWidget *>(m_rotateUnit)})
        w->setEnabled(m_form.rotate);
    m_notifyAmount->setEnabled(m_form.notify);
    m_notifyUnit->setEnabled(m_form.notify);
    m_expiryAmount->setEnabled(m_form.expiry);
    m_expiryUnit->setEnabled(m_form.expiry);

    const QDateTime now = storeNow();
    if (!m_stored || !now.isValid()) {
        for (QLabel *label : {m_rotateError, m_notifyError, m_expiryError, m_generalError})
            setErrorText(label, {});
        m_json->clear();
        m_dates->clear();
        m_timeline->clear();
        m_note->clear();
        updateActions();
        return;
    }
    setErrorText(m_rotateError, m_form.message(Form::Field::Rotate, now));
    setErrorText(m_notifyError, m_form.message(Form::Field::Notify, now));
    setErrorText(m_expiryError, m_form.message(Form::Field::Expiry, now));
    setErrorText(m_generalError, m_form.message(Form::Field::General, now));
    QStringList notes;
    if (!m_unsupported.isEmpty() && !isModified())
        notes << m_unsupported;
    if (const QString note = m_form.defaultNote(); !note.isEmpty())
        notes << note;
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    m_json->setPlainText(m_form.jsonText(*m_stored));

    const ObjectAttributes &a = m_current->info.attributes;
    m_schedule = m_form.schedule(a.created, a.expires, now, 3);
    QStringList lines;
    for (qsizetype i = 0; i < m_schedule.rotations.size(); ++i)
        lines << tr("%1. %2").arg(i + 1).arg(models::formatTime(m_schedule.rotations[i]));
    if (!m_schedule.note.isEmpty())
        lines << m_schedule.note;
    if (m_schedule.notification)
        lines << tr("Notification: %1").arg(models::formatTime(*m_schedule.notification));
    else if (m_form.notify && !a.expires)
        lines << tr("No notification: the current version has no expiry date.");
    if (!m_form.isValid(now))
        lines.prepend(tr("(The policy is not valid yet; the dates show what it would do.)"));
    m_dates->setText(lines.join(u'\n'));
    m_timeline->setMarks({now, a.created, a.expires, m_schedule.rotations, m_schedule.notification});
    updateActions();
}

void RotationPolicyEditor::updateActions()
{
    const bool known = m_stored.has_value();
    const bool mayStore = known && m_ops->isAllowed(access::Operation::KeyRotationPolicySet, m_name);
    m_save->setEnabled(mayStore && isModified() && isValid());
    m_save->setToolTip(mayStore ? QString() : tr("You may not change this key's rotation policy."));
    m_revert->setEnabled(known && isModified());
    const bool mayRotate = known && m_ops->isAllowed(access::Operation::KeyRotate, m_name);
    m_rotateNow->setEnabled(mayRotate);
    m_rotateNow->setToolTip(mayRotate ? tr("Make a new version with new key material now")
                                      : tr("You may not rotate this key."));
}

bool RotationPolicyEditor::save()
{
    setErrorText(m_error, {});
    if (!m_stored || !isValid())
        return false;
    auto saved = m_ops->setRotationPolicy(m_name, m_form.toPolicy(*m_stored));
    if (!saved) {
        setErrorText(m_error, models::KeyText::forError(saved.error(), models::KeyTask::Update, m_name));
        return false;
    }
    m_stored = *saved;
    m_storedForm = Form::fromPolicy(*saved);
    m_form = m_storedForm;
    m_unsupported.clear();
    writeFields();
    refresh();
    m_message->setText(tr("Rotation policy of %1 saved.").arg(m_name));
    Q_EMIT statusMessage(m_message->text());
    return true;
}

void RotationPolicyEditor::revert()
{
    if (!m_stored)
        return;
    m_form = m_storedForm;
    writeFields();
    refresh();
    m_message->setText(tr("The stored policy is shown again."));
}

bool RotationPolicyEditor::rotateNow()
{
    setErrorText(m_error, {});
    if (m_name.isEmpty())
        return false;
    const Form unsaved = m_form;
    const bool keep = isModified();
    auto rotated = m_ops->rotate(m_name);
    if (!rotated) {
        setErrorText(m_error, models::KeyText::forError(rotated.error(), models::KeyTask::Rotate, m_name));
        return false;
    }
    reload();
    if (keep)
        setForm(unsaved); // unsaved edits stay
    m_message->setText(tr("%1 rotated: version %2 is current now.").arg(m_name, rotated->info.version));
    Q_EMIT statusMessage(m_message->text());
    return true;
}

} // namespace coffer::ui
