#include "ui/SecretGeneratorEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coffer::ui {

using rotation::ByteEncoding;
using rotation::CharClass;
using rotation::GeneratorKind;
using rotation::SecretGenerator;

namespace {
QSpinBox *lengthBox(const char *name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1StringView(name));
    box->setRange(0, 99999); // out-of-range values are shown as validation messages, not silently clamped
    box->setAccelerated(true);
    return box;
}

QCheckBox *classBox(const QString &text, const char *name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1StringView(name));
    return box;
}
} // namespace

SecretGeneratorEditor::SecretGeneratorEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_passwordLength(lengthBox("passwordLength", this))
    , m_lower(classBox(tr("&lower case (a–z)"), "lowerCheck", this))
    , m_upper(classBox(tr("&upper case (A–Z)"), "upperCheck", this))
    , m_digits(classBox(tr("&digits (0–9)"), "digitsCheck", this))
    , m_symbols(classBox(tr("s&ymbols:"), "symbolsCheck", this))
    , m_symbolSet(new QLineEdit(this))
    , m_excludeAmbiguous(classBox(
              tr("Leave out &ambiguous characters (%1)")
                      .arg(SecretGenerator::ambiguousCharacters().split(QString(), Qt::SkipEmptyParts).join(u' ')),
              "excludeAmbiguousCheck", this))
    , m_bytesLength(lengthBox("bytesLength", this))
    , m_encoding(new QComboBox(this))
{
    m_kind->setObjectName(QStringLiteral("generatorKindCombo"));
    m_kind->addItem(tr("Password"), int(GeneratorKind::Password));
    m_kind->addItem(tr("Random bytes"), int(GeneratorKind::Bytes));
    m_symbolSet->setObjectName(QStringLiteral("symbolsEdit"));
    m_symbolSet->setMaxLength(95);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Base64 (with padding)"), int(ByteEncoding::Base64));
    m_encoding->addItem(tr("Base64url (no padding)"), int(ByteEncoding::Base64Url));
    m_encoding->addItem(tr("Hex (lower case)"), int(ByteEncoding::Hex));

    auto *password = new QWidget(m_pages);
    auto *passwordForm = new QFormLayout(password);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    auto *lengthLabel = new QLabel(tr("Leng&th (characters):"), password);
    lengthLabel->setBuddy(m_passwordLength);
    passwordForm->addRow(lengthLabel, m_passwordLength);
    auto *classes = new QHBoxLayout;
    classes->addWidget(m_lower);
    classes->addWidget(m_upper);
    classes->addWidget(m_digits);
    classes->addWidget(m_symbols);
    classes->addWidget(m_symbolSet, 1);
    passwordForm->addRow(tr("Characters:"), classes);
    passwordForm->addRow(QString(), m_excludeAmbiguous);

    auto *bytes = new QWidget(m_pages);
    auto *bytesForm = new QFormLayout(bytes);
    bytesForm->setContentsMargins(0, 0, 0, 0);
    auto *bytesLabel = new QLabel(tr("Random &bytes:"), bytes);
    bytesLabel->setBuddy(m_bytesLength);
    bytesForm->addRow(bytesLabel, m_bytesLength);
    auto *encodingLabel = new QLabel(tr("Enc&oding:"), bytes);
    encodingLabel->setBuddy(m_encoding);
    bytesForm->addRow(encodingLabel, m_encoding);

    m_pages->addWidget(password);
    m_pages->addWidget(bytes);

    auto *kindRow = new QFormLayout;
    kindRow->setContentsMargins(0, 0, 0, 0);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addRow(kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SecretGeneratorEditor::onEdited);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SecretGeneratorEditor::onEdited);
    for (QSpinBox *box : {m_passwordLength, m_bytesLength})
        connect(box, &QSpinBox::valueChanged, this, &SecretGeneratorEditor::onEdited);
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_symbols, m_excludeAmbiguous})
        connect(box, &QCheckBox::toggled, this, &SecretGeneratorEditor::onEdited);
    connect(m_symbolSet, &QLineEdit::textEdited, this, &SecretGeneratorEditor::onEdited);
    setGenerator(SecretGenerator::password());
}

SecretGenerator SecretGeneratorEditor::generator() const
{
    SecretGenerator g;
    g.kind = GeneratorKind(m_kind->currentData().toInt());
    if (g.kind == GeneratorKind::Bytes) {
        g = SecretGenerator::bytes(m_bytesLength->value(), ByteEncoding(m_encoding->currentData().toInt()));
        return g;
    }
    g.length = m_passwordLength->value();
    g.classes.clear();
    if (m_lower->isChecked())
        g.classes << CharClass::Lower;
    if (m_upper->isChecked())
        g.classes << CharClass::Upper;
    if (m_digits->isChecked())
        g.classes << CharClass::Digits;
    if (m_symbols->isChecked())
        g.classes << CharClass::Symbols;
    g.symbols = m_symbolSet->text();
    g.excludeAmbiguous = m_excludeAmbiguous->isChecked();
    return g;
}

void SecretGeneratorEditor::setGenerator(const SecretGenerator &g)
{
    m_writing = true;
    m_kind->setCurrentIndex(m_kind->findData(int(g.kind)));
    m_pages->setCurrentIndex(g.kind == GeneratorKind::Bytes ? 1 : 0);
    const SecretGenerator passwordDefaults = SecretGenerator::password();
    const SecretGenerator bytesDefaults = SecretGenerator::bytes();
    // The other kind's fields keep their defaults, so that switching the kind shows sensible values.
    const SecretGenerator &password = g.kind == GeneratorKind::Password ? g : passwordDefaults;
    const SecretGenerator &bytes = g.kind == GeneratorKind::Bytes ? g : bytesDefaults;
    m_passwordLength->setValue(password.length);
    m_lower->setChecked(password.classes.contains(CharClass::Lower));
    m_upper->setChecked(password.classes.contains(CharClass::Upper));
    m_digits->setChecked(password.classes.contains(CharClass::Digits));
    m_symbols->setChecked(password.classes.contains(CharClass::Symbols));
    m_symbolSet->setText(password.symbols);
    m_symbolSet->setEnabled(m_symbols->isChecked());
    m_excludeAmbiguous->setChecked(password.excludeAmbiguous);
    m_bytesLength->setValue(bytes.length);
    m_encoding->setCurrentIndex(m_encoding->findData(int(bytes.encoding)));
    m_writing = false;
}

void SecretGeneratorEditor::onEdited()
{
    if (m_writing)
        return;
    m_pages->setCurrentIndex(m_kind->currentData().toInt() == int(GeneratorKind::Bytes) ? 1 : 0);
    m_symbolSet->setEnabled(m_symbols->isChecked());
    Q_EMIT changed();
}

} // namespace coffer::ui
