#include "ui/GeneratorDialog.h"

#include "core/rotation/Passphrase.h"
#include "core/rotation/SecretGenerator.h"
#include "models/PasswordStrength.h"
#include "models/SecretClipboard.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace coffer::ui {

namespace {
constexpr int kMaxShownBits = 128; // the bar is full from here on
constexpr int kMaxLength = 128; // the console's limit; rotation policies allow up to 1024
} // namespace

GeneratorDialog::GeneratorDialog(Purpose purpose, models::SecretClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_clipboard(clipboard)
    , m_tabs(new QTabWidget(this))
    , m_length(new QSpinBox(this))
    , m_lower(new QCheckBox(tr("&Lower case (a–z)"), this))
    , m_upper(new QCheckBox(tr("&Upper case (A–Z)"), this))
    , m_digits(new QCheckBox(tr("&Digits (0–9)"), this))
    , m_symbols(new QCheckBox(tr("S&ymbols (%1)").arg(rotation::SecretGenerator::defaultSymbols()), this))
    , m_ambiguous(new QCheckBox(tr("&Avoid look-alikes (0 O 1 l I | ` ' \")"), this))
    , m_words(new QSpinBox(this))
    , m_separator(new QComboBox(this))
    , m_capitalize(new QCheckBox(tr("Capitali&ze words"), this))
    , m_addDigit(new QCheckBox(tr("Add a di&git"), this))
    , m_output(new QLineEdit(this))
    , m_strength(new QProgressBar(this))
    , m_strengthText(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("generatorDialog"));
    setWindowTitle(purpose == Purpose::Use ? tr("Generate a Value") : tr("Generate Password"));
    setWindowIcon(icons::get("key"));
    setMinimumWidth(560);

    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(rotation::SecretGenerator::kMinPasswordLength, kMaxLength);
    m_length->setValue(24);
    m_length->setSuffix(tr(" characters"));
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_symbols})
        box->setChecked(true);
    m_lower->setObjectName(QStringLiteral("lowerCheck"));
    m_upper->setObjectName(QStringLiteral("upperCheck"));
    m_digits->setObjectName(QStringLiteral("digitsCheck"));
    m_symbols->setObjectName(QStringLiteral("symbolsCheck"));
    m_ambiguous->setObjectName(QStringLiteral("ambiguousCheck"));
    auto *password = new QWidget(m_tabs);
    auto *passwordForm = new QFormLayout(password);
    auto *lengthLabel = new QLabel(tr("Le&ngth:"), password);
    lengthLabel->setBuddy(m_length);
    passwordForm->addRow(lengthLabel, m_length);
    passwordForm->addRow(QString(), m_lower);
    passwordForm->addRow(QString(), m_upper);
    passwordForm->addRow(QString(), m_digits);
    passwordForm->addRow(QString(), m_symbols);
    passwordForm->addRow(QString(), m_ambiguous);

    m_words->setObjectName(QStringLiteral("wordsSpin"));
    m_words->setRange(rotation::PassphraseOptions::kMinWords, rotation::PassphraseOptions::kMaxWords);
    m_words->setValue(6);
    m_words->setSuffix(tr(" words"));
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Dash (-)"), QStringLiteral("-"));
    m_separator->addItem(tr("Space"), QStringLiteral(" "));
    m_separator->addItem(tr("Dot (.)"), QStringLiteral("."));
    m_separator->addItem(tr("Underscore (_)"), QStringLiteral("_"));
    m_separator->addItem(tr("None"), QString());
    m_capitalize->setObjectName(QStringLiteral("capitalizeCheck"));
    m_addDigit->setObjectName(QStringLiteral("addDigitCheck"));
    auto *passphrase = new QWidget(m_tabs);
    auto *passphraseForm = new QFormLayout(passphrase);
    auto *wordsLabel = new QLabel(tr("&Words:"), passphrase);
    wordsLabel->setBuddy(m_words);
    auto *separatorLabel = new QLabel(tr("&Separator:"), passphrase);
    separatorLabel->setBuddy(m_separator);
    passphraseForm->addRow(wordsLabel, m_words);
    passphraseForm->addRow(separatorLabel, m_separator);
    passphraseForm->addRow(QString(), m_capitalize);
    passphraseForm->addRow(QString(), m_addDigit);
    passphraseForm->addRow(QString(),
                           makeHintLabel(tr("Words drawn at random from a list of %1; easier to type and "
                                            "remember than a password of the same strength.")
                                                 .arg(rotation::passphraseWords().size()),
                                         passphrase));

    m_tabs->setObjectName(QStringLiteral("generatorTabs"));
    m_tabs->addTab(password, tr("&Password"));
    m_tabs->addTab(passphrase, tr("Passp&hrase"));

    m_output->setObjectName(QStringLiteral("generatedEdit"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Generated value"));
    m_strength->setObjectName(QStringLiteral("strengthBar"));
    m_strength->setRange(0, kMaxShownBits);
    m_strength->setTextVisible(false);
    m_strength->setAccessibleName(tr("Strength"));
    m_strengthText->setObjectName(QStringLiteral("strengthLabel"));
    auto *again = new QPushButton(icons::get("busy"), tr("&Regenerate"), this);
    again->setObjectName(QStringLiteral("regenerateButton"));
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    again->setToolTip(tr("A new value with the same settings (Ctrl+R)"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy to the clipboard; it is cleared again after the time set in Settings"));
    m_copy->setVisible(m_clipboard != nullptr);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_output, 1);
    valueRow->addWidget(again);
    valueRow->addWidget(m_copy);
    auto *strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strength, 1);
    strengthRow->addWidget(m_strengthText);

    auto *buttons = new QDialogButtonBox(
            purpose == Purpose::Use ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (purpose == Purpose::Use)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Use &This Value"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(valueRow);
    layout->addLayout(strengthRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(again, &QPushButton::clicked, this, &GeneratorDialog::regenerate);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_clipboard && !m_value.isEmpty())
            m_clipboard->copy(m_value);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &GeneratorDialog::regenerate);
    for (QSpinBox *spin : {m_length, m_words})
        connect(spin, &QSpinBox::valueChanged, this, &GeneratorDialog::regenerate);
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_symbols, m_ambiguous, m_capitalize, m_addDigit})
        connect(box, &QCheckBox::toggled, this, &GeneratorDialog::regenerate);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &GeneratorDialog::regenerate);
    regenerate();
}

GeneratorDialog::~GeneratorDialog()
{
    m_output->clear();
}

void GeneratorDialog::regenerate()
{
    Result<SecureBytes> made = Error(ErrorCode::InvalidArgument, QString());
    if (m_tabs->currentIndex() == 0) {
        rotation::SecretGenerator generator = rotation::SecretGenerator::password(m_length->value());
        generator.classes.clear();
        if (m_lower->isChecked())
            generator.classes << rotation::CharClass::Lower;
        if (m_upper->isChecked())
            generator.classes << rotation::CharClass::Upper;
        if (m_digits->isChecked())
            generator.classes << rotation::CharClass::Digits;
        if (m_symbols->isChecked())
            generator.classes << rotation::CharClass::Symbols;
        generator.excludeAmbiguous = m_ambiguous->isChecked();
        if (generator.classes.isEmpty()) {
            made = Error(ErrorCode::InvalidArgument, tr("Choose at least one kind of character."));
        } else {
            made = generator.generate();
            m_bits = generator.entropyBits();
        }
    } else {
        rotation::PassphraseOptions options;
        options.words = m_words->value();
        options.separator = m_separator->currentData().toString();
        options.capitalize = m_capitalize->isChecked();
        options.addDigit = m_addDigit->isChecked();
        made = rotation::generatePassphrase(options);
        m_bits = options.entropyBits();
    }
    m_output->clear();
    m_value = SecureBytes();
    if (!made) {
        m_bits = 0;
        setErrorText(m_error, made.error().context());
    } else {
        setErrorText(m_error, {});
        m_value = std::move(*made);
        m_output->setText(
                QString::fromLatin1(reinterpret_cast<const char *>(m_value.data()), qsizetype(m_value.size())));
    }
    m_copy->setEnabled(!m_value.isEmpty());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setEnabled(!m_value.isEmpty());
    updateStrength();
}

void GeneratorDialog::updateStrength()
{
    const auto level = models::PasswordStrength::levelForBits(m_bits);
    m_strength->setValue(std::min(int(std::lround(m_bits)), kMaxShownBits));
    m_strengthText->setText(
            m_bits > 0 ? tr("%1 bits: %2").arg(std::lround(m_bits)).arg(models::PasswordStrength::levelName(level))
                       : QString());
    m_strength->setAccessibleDescription(m_strengthText->text());
}

QString GeneratorDialog::description() const
{
    const long bits = std::lround(m_bits);
    return m_tabs->currentIndex() == 0
            ? tr("Generated: a %1-character password (%2 bits)").arg(m_length->value()).arg(bits)
            : tr("Generated: a %1-word passphrase (%2 bits)").arg(m_words->value()).arg(bits);
}

SecureBytes GeneratorDialog::takeValue()
{
    m_output->clear();
    return std::move(m_value);
}

void GeneratorDialog::done(int result)
{
    if (result != QDialog::Accepted) {
        m_output->clear();
        m_value = SecureBytes();
    }
    QDialog::done(result);
}

} // namespace coffer::ui
