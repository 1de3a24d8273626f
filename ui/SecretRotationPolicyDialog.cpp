#include "ui/SecretRotationPolicyDialog.h"

#include "core/access/Operation.h"
#include "models/SecretRotationOperations.h"
#include "models/TimeFormat.h"
#include "ui/MaskedTextEdit.h"
#include "ui/RotationTimeline.h"
#include "ui/SecretGeneratorEditor.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coffer::ui {

using Form = models::SecretRotationForm;
using Field = Form::Field;
using Unit = models::FormDuration::Unit;
using rotation::SecretRotationPolicy;

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

template<typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1StringView(name));
    return widget;
}
} // namespace

SecretRotationPolicyDialog::SecretRotationPolicyDialog(models::SecretRotationOperations *ops, const QString &name,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_ops(ops)
    , m_name(name)
    , m_versionInfo(named(makeHintLabel({}, this), "policyVersionInfo"))
    , m_scheduleBox(new QGroupBox(tr("Schedule"), this))
    , m_rotate(named(new QCheckBox(tr("&Rotate automatically"), this), "rotateCheck"))
    , m_rotateWhen(named(new QComboBox(this), "rotateWhenCombo"))
    , m_rotateAmount(amountBox("rotateAmount", this))
    , m_rotateUnit(unitBox("rotateUnit", this))
    , m_rotateError(named(makeErrorLabel(this), "rotateError"))
    , m_notify(named(new QCheckBox(tr("&Notify before expiry"), this), "notifyCheck"))
    , m_notifyAmount(amountBox("notifyAmount", this))
    , m_notifyUnit(unitBox("notifyUnit", this))
    , m_notifyError(named(makeErrorLabel(this), "notifyError"))
    , m_expiry(named(new QCheckBox(tr("New versions &expire after"), this), "expiryCheck"))
    , m_expiryAmount(amountBox("expiryAmount", this))
    , m_expiryUnit(unitBox("expiryUnit", this))
    , m_expiryError(named(makeErrorLabel(this), "expiryError"))
    , m_generalError(named(makeErrorLabel(this), "policyGeneralError"))
    , m_note(named(makeHintLabel({}, this), "policyNote"))
    , m_generatorBox(new QGroupBox(tr("New values"), this))
    , m_generate(named(new QCheckBox(tr("&Generate a new value when rotating"), this), "generateCheck"))
    , m_generator(named(new SecretGeneratorEditor(this), "generatorEditor"))
    , m_generatorError(named(makeErrorLabel(this), "generatorError"))
    , m_dates(named(new QLabel(this), "nextRotations"))
    , m_timeline(new RotationTimeline(this))
    , m_summary(named(makeHintLabel({}, this), "generatorSummary"))
    , m_sample(named(new MaskedTextEdit(this), "sampleValue"))
    , m_showSample(named(new QPushButton(tr("Sho&w"), this), "showSampleButton"))
    , m_newSample(named(new QPushButton(tr("New sa&mple"), this), "newSampleButton"))
    , m_strength(named(new QLabel(this), "sampleStrength"))
    , m_jsonCheck(named(new QCheckBox(tr("Edit as &JSON"), this), "jsonCheck"))
    , m_json(named(new QPlainTextEdit(this), "policyJson"))
    , m_jsonError(named(makeErrorLabel(this), "jsonError"))
    , m_error(named(makeErrorLabel(this), "policyError"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setWindowTitle(tr("Rotation Policy of %1").arg(name));
    m_rotateWhen->addItem(tr("after creation"), int(models::RotationPolicyForm::RotateWhen::AfterCreate));
    m_rotateWhen->addItem(tr("before expiry"), int(models::RotationPolicyForm::RotateWhen::BeforeExpiry));
    m_dates->setTextFormat(Qt::PlainText);
    m_dates->setWordWrap(true);
    m_sample->setReadOnly(true);
    m_sample->setMaximumHeight(m_sample->fontMetrics().height() * 3);
    m_sample->setToolTip(tr("A sample of what the generator makes, made in memory for this preview only: never "
                            "stored or copied. Rotating makes a different value."));
    m_showSample->setCheckable(true);
    m_strength->setTextFormat(Qt::PlainText);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setReadOnly(true);
    m_json->setMinimumHeight(140);
    m_save->setObjectName(QStringLiteral("policySaveButton"));
    m_save->setText(tr("&Save"));

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
    auto *scheduleLayout = new QVBoxLayout(m_scheduleBox);
    scheduleLayout->addLayout(grid);
    scheduleLayout->addWidget(m_generalError);
    scheduleLayout->addWidget(m_note);

    auto *generatorLayout = new QVBoxLayout(m_generatorBox);
    generatorLayout->addWidget(m_generate);
    generatorLayout->addWidget(m_generator);
    generatorLayout->addWidget(m_generatorError);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(new QLabel(tr("Next three rotations:"), previewBox));
    previewLayout->addWidget(m_dates);
    previewLayout->addWidget(m_timeline);
    previewLayout->addWidget(m_summary);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sample, 1);
    sampleRow->addWidget(m_showSample);
    sampleRow->addWidget(m_newSample);
    previewLayout->addLayout(sampleRow);
    previewLayout->addWidget(m_strength);

    auto *jsonBox = new QGroupBox(tr("JSON"), this);
    auto *jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->addWidget(m_jsonCheck);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonError);

    auto *left = new QVBoxLayout;
    left->addWidget(m_scheduleBox);
    left->addWidget(m_generatorBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(previewBox);
    right->addWidget(jsonBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versionInfo);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QCheckBox *box : {m_rotate, m_notify, m_expiry, m_generate})
        connect(box, &QCheckBox::toggled, this, &SecretRotationPolicyDialog::readFields);
    for (QSpinBox *box : {m_rotateAmount, m_notifyAmount, m_expiryAmount})
        connect(box, &QSpinBox::valueChanged, this, &SecretRotationPolicyDialog::readFields);
    for (QComboBox *box : {m_rotateWhen, m_rotateUnit, m_notifyUnit, m_expiryUnit})
        connect(box, &QComboBox::currentIndexChanged, this, &SecretRotationPolicyDialog::readFields);
    connect(m_generator, &SecretGeneratorEditor::changed, this, &SecretRotationPolicyDialog::readFields);
    connect(m_showSample, &QPushButton::toggled, this, [this](bool shown) {
        m_sample->setMasked(!shown);
        m_showSample->setText(shown ? tr("&Hide") : tr("Sho&w"));
    });
    connect(m_newSample, &QPushButton::clicked, this, &SecretRotationPolicyDialog::newSample);
    connect(m_jsonCheck, &QCheckBox::toggled, this, &SecretRotationPolicyDialog::setJsonMode);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_jsonMode && !m_writing)
            refresh();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretRotationPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1040, 700);
    reload();
}

SecretRotationPolicyDialog::~SecretRotationPolicyDialog() = default;

void SecretRotationPolicyDialog::reload()
{
    setErrorText(m_error, {});
    m_current.reset();
    m_stored.reset();
    auto current = m_ops->current(m_name);
    auto policy = current ? m_ops->rotationPolicy(m_name) : Result<SecretRotationPolicy>(current.error());
    if (current && policy) {
        m_current = *current;
        m_stored = *policy;
    } else {
        setErrorText(m_error, models::SecretRotationOperations::errorText(policy.error(), m_name, false));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_scheduleBox), static_cast<QWidget *>(m_generatorBox),
                       static_cast<QWidget *>(m_jsonCheck), static_cast<QWidget *>(m_newSample)})
        w->setEnabled(m_stored.has_value());
    if (m_current) {
        const ObjectAttributes &a = m_current->attributes;
        m_versionInfo->setText(
                tr("Rotation policy of %1. Current version %2: created %3, %4.")
                        .arg(m_name, m_current->version, models::formatTime(a.created),
                             a.expires ? tr("expires %1").arg(models::formatTime(*a.expires)) : tr("no expiry date")));
    } else {
        m_versionInfo->setText(tr("Rotation policy of %1.").arg(m_name));
    }
    QStringList unsupported;
    m_storedForm = m_stored ? Form::fromPolicy(*m_stored, &unsupported) : Form();
    m_form = m_storedForm;
    m_unsupported = unsupported.join(u'\n');
    writeFields();
    refresh();
}

void SecretRotationPolicyDialog::setForm(const Form &form)
{
    m_form = form;
    writeFields();
    refresh();
}

void SecretRotationPolicyDialog::writeFields()
{
    m_writing = true;
    const models::RotationPolicyForm &t = m_form.timing;
    m_rotate->setChecked(t.rotate);
    m_rotateWhen->setCurrentIndex(m_rotateWhen->findData(int(t.rotateWhen)));
    showDuration(t.rotateDuration, m_rotateAmount, m_rotateUnit);
    m_notify->setChecked(t.notify);
    showDuration(t.notifyBefore, m_notifyAmount, m_notifyUnit);
    m_expiry->setChecked(t.expiry);
    showDuration(t.expiryTime, m_expiryAmount, m_expiryUnit);
    m_generate->setChecked(m_form.generate);
    m_generator->setGenerator(m_form.generator);
    m_writing = false;
}

void SecretRotationPolicyDialog::readFields()
{
    if (m_writing)
        return;
    models::RotationPolicyForm &t = m_form.timing;
    t.rotate = m_rotate->isChecked();
    t.rotateWhen = models::RotationPolicyForm::RotateWhen(m_rotateWhen->currentData().toInt());
    t.rotateDuration = durationOf(m_rotateAmount, m_rotateUnit);
    t.notify = m_notify->isChecked();
    t.notifyBefore = durationOf(m_notifyAmount, m_notifyUnit);
    t.expiry = m_expiry->isChecked();
    t.expiryTime = durationOf(m_expiryAmount, m_expiryUnit);
    m_form.generate = m_generate->isChecked();
    m_form.generator = m_generator->generator();
    refresh();
}

std::optional<SecretRotationPolicy> SecretRotationPolicyDialog::parseJson(QString *problems) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problems = tr("The text is not JSON: %1 (at character %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problems = tr("The policy is a JSON object: { … }.");
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    *problems = Form::issueLines(SecretRotationPolicy::checkJson(json, m_ops->now()));
    auto policy = SecretRotationPolicy::fromJson(json);
    if (!policy)
        return std::nullopt;
    return *policy;
}

bool SecretRotationPolicyDialog::isModified() const
{
    if (!m_stored)
        return false;
    if (!m_jsonMode)
        return !(m_form == m_storedForm) || !m_unsupported.isEmpty();
    QString problems;
    const auto policy = parseJson(&problems);
    if (!policy)
        return true;
    SecretRotationPolicy comparable = *policy;
    comparable.schedule.id = m_stored->schedule.id;
    comparable.schedule.created = m_stored->schedule.created;
    comparable.schedule.updated = m_stored->schedule.updated;
    return !(comparable == *m_stored);
}

bool SecretRotationPolicyDialog::isValid() const
{
    const QDateTime now = m_ops->now();
    if (!now.isValid() || !m_stored)
        return false;
    if (!m_jsonMode)
        return m_form.isValid(now);
    QString problems;
    return parseJson(&problems).has_value() && problems.isEmpty();
}

QString SecretRotationPolicyDialog::message(Field field) const
{
    switch (field) {
    case Field::Rotate: return m_rotateError->text();
    case Field::Notify: return m_notifyError->text();
    case Field::Expiry: return m_expiryError->text();
    case Field::Generator: return m_generatorError->text();
    case Field::General: return m_jsonMode ? m_jsonError->text() : m_generalError->text();
    }
    return {};
}

QString SecretRotationPolicyDialog::jsonText() const
{
    return m_json->toPlainText();
}

void SecretRotationPolicyDialog::setJsonText(const QString &text)
{
    if (m_jsonMode)
        m_json->setPlainText(text); // textChanged refreshes
}

void SecretRotationPolicyDialog::setJsonMode(bool on)
{
    if (on == m_jsonMode)
        return;
    if (!on) {
        // Back to the form: it takes what the JSON says when the JSON parses; otherwise the form is unchanged.
        QString problems;
        if (const auto policy = parseJson(&problems)) {
            QStringList unsupported;
            m_form = Form::fromPolicy(*policy, &unsupported);
            m_unsupported = unsupported.join(u'\n');
            writeFields();
        }
    }
    m_jsonMode = on;
    m_writing = true;
    m_jsonCheck->setChecked(on);
    m_json->setReadOnly(!on);
    m_writing = false;
    m_scheduleBox->setEnabled(!on && m_stored);
    m_generatorBox->setEnabled(!on && m_stored);
    refresh();
}

void SecretRotationPolicyDialog::refresh()
{
    const models::RotationPolicyForm &t = m_form.timing;
    for (QWidget *w : {static_cast<QWidget *>(m_rotateWhen), static_cast<QWidget *>(m_rotateAmount),
                       static_cast<QWidget *>(m_rotateUnit)})
        w->setEnabled(t.rotate);
    m_notifyAmount->setEnabled(t.notify);
    m_notifyUnit->setEnabled(t.notify);
    m_expiryAmount->setEnabled(t.expiry);
    m_expiryUnit->setEnabled(t.expiry);
    m_generator->setEnabled(m_form.generate);

    const QDateTime now = m_ops->now();
    const bool known = m_stored.has_value() && now.isValid();
    Form effective = m_form;
    if (!known) {
        for (QLabel *label :
             {m_rotateError, m_notifyError, m_expiryError, m_generalError, m_generatorError, m_jsonError})
            setErrorText(label, {});
        m_note->clear();
        m_note->setVisible(false);
    } else if (m_jsonMode) {
        for (QLabel *label : {m_rotateError, m_notifyError, m_expiryError, m_generalError, m_generatorError})
            setErrorText(label, {});
        QString problems;
        if (const auto policy = parseJson(&problems))
            effective = Form::fromPolicy(*policy);
        setErrorText(m_jsonError, problems);
        m_note->setVisible(false);
    } else {
        setErrorText(m_rotateError, m_form.message(Field::Rotate, now));
        setErrorText(m_notifyError, m_form.message(Field::Notify, now));
        setErrorText(m_expiryError, m_form.message(Field::Expiry, now));
        setErrorText(m_generatorError, m_form.message(Field::Generator, now));
        setErrorText(m_generalError, m_form.message(Field::General, now));
        setErrorText(m_jsonError, {});
        QStringList notes;
        if (!m_unsupported.isEmpty())
            notes << m_unsupported;
        if (const QString note = m_form.defaultNote(); !note.isEmpty())
            notes << note;
        m_note->setText(notes.join(u'\n'));
        m_note->setVisible(!notes.isEmpty());
        m_writing = true;
        m_json->setPlainText(m_stored ? m_form.jsonText(*m_stored) : QString());
        m_writing = false;
    }
    refreshPreview(effective, now);

    const bool mayStore = known && m_ops->isAllowed(access::Operation::SecretRotationPolicySet, m_name);
    m_save->setEnabled(mayStore && isModified() && isValid());
    m_save->setToolTip(!known || mayStore ? QString() : tr("You may not change this secret's rotation policy."));
}

void SecretRotationPolicyDialog::refreshPreview(const Form &effective, const QDateTime &now)
{
    if (!m_current || !now.isValid()) {
        m_dates->clear();
        m_timeline->clear();
        m_summary->clear();
        m_strength->clear();
        updateSample(std::nullopt, false);
        return;
    }
    const ObjectAttributes &a = m_current->attributes;
    m_schedule = effective.schedule(a.created, a.expires, now, 3);
    QStringList lines;
    for (qsizetype i = 0; i < m_schedule.rotations.size(); ++i)
        lines << tr("%1. %2").arg(i + 1).arg(models::formatTime(m_schedule.rotations[i]));
    if (!m_schedule.note.isEmpty())
        lines << m_schedule.note;
    if (m_schedule.notification)
        lines << tr("Notification: %1").arg(models::formatTime(*m_schedule.notification));
    else if (effective.timing.notify && !a.expires)
        lines << tr("No notification: the current version has no expiry date.");
    if (!effective.isValid(now))
        lines.prepend(tr("(The policy is not valid yet; the dates show what it would do.)"));
    m_dates->setText(lines.join(u'\n'));
    m_timeline->setMarks({now, a.created, a.expires, m_schedule.rotations, m_schedule.notification});
    m_summary->setText(effective.generatorSummary());
    m_strength->setText(effective.strengthText());
    const bool usable = effective.generate && effective.generator.validateAll().isEmpty();
    updateSample(usable ? std::optional(effective.generator) : std::nullopt, false);
}

void SecretRotationPolicyDialog::updateSample(const std::optional<rotation::SecretGenerator> &generator, bool force)
{
    m_newSample->setEnabled(generator.has_value());
    m_showSample->setEnabled(generator.has_value());
    if (!force && generator == m_sampled)
        return;
    m_sample->wipe();
    m_sampled = generator;
    if (!generator)
        return;
    auto value = generator->generate();
    if (!value) {
        m_sampled.reset();
        return;
    }
    // The sample lives only in this widget (wiped on the next sample and when the dialog closes).
    m_sample->setPlainText(QString::fromLatin1(value->constChar(), qsizetype(value->size())));
}

bool SecretRotationPolicyDialog::hasSample() const
{
    return !m_sample->toPlainText().isEmpty();
}

void SecretRotationPolicyDialog::newSample()
{
    updateSample(m_sampled, true);
}

bool SecretRotationPolicyDialog::save()
{
    setErrorText(m_error, {});
    if (!m_stored || !isValid())
        return false;
    SecretRotationPolicy policy = m_form.toPolicy(*m_stored);
    if (m_jsonMode) {
        QString problems;
        policy = *parseJson(&problems);
        policy.schedule.id = m_stored->schedule.id;
    }
    auto saved = m_ops->setRotationPolicy(m_name, policy);
    if (!saved) {
        setErrorText(m_error, models::SecretRotationOperations::errorText(saved.error(), m_name, false));
        return false;
    }
    m_saved = *saved;
    m_stored = *saved;
    m_storedForm = Form::fromPolicy(*saved);
    m_form = m_storedForm;
    m_unsupported.clear();
    writeFields();
    refresh();
    return true;
}

void SecretRotationPolicyDialog::accept()
{
    if (!save())
        return;
    m_sample->wipe();
    QDialog::accept();
}

} // namespace coffer::ui
