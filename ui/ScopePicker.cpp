#include "ui/ScopePicker.h"

#include "models/AccessNames.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace coffer::ui {

namespace {
void addKinds(QComboBox *combo, bool plural)
{
    using models::AccessNames;
    for (ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate}) {
        const access::Scope scope = access::Scope::kind(kind);
        QString text = AccessNames::scopeText(scope);
        if (!plural)
            text = AccessNames::familyTitle(access::familyOf(kind));
        combo->addItem(text, int(kind));
    }
}
} // namespace

ScopePicker::ScopePicker(ObjectNames objectNames, QWidget *parent)
    : QWidget(parent)
    , m_objectNames(std::move(objectNames))
    , m_levels(new QButtonGroup(this))
    , m_vault(new QRadioButton(tr("The &whole vault"), this))
    , m_kind(new QRadioButton(tr("&All objects of a kind:"), this))
    , m_object(new QRadioButton(tr("&One object:"), this))
    , m_kindCombo(new QComboBox(this))
    , m_objectKindCombo(new QComboBox(this))
    , m_objectCombo(new QComboBox(this))
{
    m_vault->setObjectName(QStringLiteral("scopeVaultRadio"));
    m_kind->setObjectName(QStringLiteral("scopeKindRadio"));
    m_object->setObjectName(QStringLiteral("scopeObjectRadio"));
    m_kindCombo->setObjectName(QStringLiteral("scopeKindCombo"));
    m_objectKindCombo->setObjectName(QStringLiteral("scopeObjectKindCombo"));
    m_objectCombo->setObjectName(QStringLiteral("scopeObjectCombo"));
    m_objectCombo->setAccessibleName(tr("Object"));
    m_objectCombo->setEditable(true);
    m_objectCombo->setInsertPolicy(QComboBox::NoInsert);
    m_objectCombo->lineEdit()->setPlaceholderText(tr("Name"));
    m_objectCombo->setMinimumContentsLength(18);
    addKinds(m_kindCombo, true);
    addKinds(m_objectKindCombo, false);
    m_levels->addButton(m_vault, int(access::Scope::Level::Vault));
    m_levels->addButton(m_kind, int(access::Scope::Level::Kind));
    m_levels->addButton(m_object, int(access::Scope::Level::Object));
    m_vault->setChecked(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_vault, 0, 0, 1, 3);
    grid->addWidget(m_kind, 1, 0);
    grid->addWidget(m_kindCombo, 1, 1, 1, 2);
    grid->addWidget(m_object, 2, 0);
    grid->addWidget(m_objectKindCombo, 2, 1);
    grid->addWidget(m_objectCombo, 2, 2);
    grid->setColumnStretch(2, 1);

    connect(m_levels, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            update();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ScopePicker::update);
    connect(m_objectKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        refreshObjects();
        update();
    });
    connect(m_objectCombo, &QComboBox::currentTextChanged, this, &ScopePicker::update);
    refreshObjects();
    update();
}

void ScopePicker::refreshObjects()
{
    const QString typed = m_objectCombo->currentText();
    const auto kind = ObjectKind(m_objectKindCombo->currentData().toInt());
    m_objectCombo->blockSignals(true);
    m_objectCombo->clear();
    if (m_objectNames)
        m_objectCombo->addItems(m_objectNames(kind));
    m_objectCombo->setCurrentIndex(-1);
    m_objectCombo->setEditText(typed);
    m_objectCombo->blockSignals(false);
}

void ScopePicker::update()
{
    const auto level = access::Scope::Level(m_levels->checkedId());
    m_kindCombo->setEnabled(level == access::Scope::Level::Kind);
    m_objectKindCombo->setEnabled(level == access::Scope::Level::Object);
    m_objectCombo->setEnabled(level == access::Scope::Level::Object);
    Q_EMIT changed();
}

Result<access::Scope> ScopePicker::scope() const
{
    switch (access::Scope::Level(m_levels->checkedId())) {
    case access::Scope::Level::Vault: return access::Scope::vault();
    case access::Scope::Level::Kind: return access::Scope::kind(ObjectKind(m_kindCombo->currentData().toInt()));
    case access::Scope::Level::Object: {
        const auto kind = ObjectKind(m_objectKindCombo->currentData().toInt());
        const QString name = m_objectCombo->currentText().trimmed();
        if (name.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no object chosen"));
        return access::Scope::parse(u'/' + objectKindPath(kind) + u'/' + name);
    }
    }
    return access::Scope::vault();
}

void ScopePicker::setScope(const access::Scope &scope)
{
    switch (scope.level()) {
    case access::Scope::Level::Vault: m_vault->setChecked(true); break;
    case access::Scope::Level::Kind:
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(scope.objectKind())));
        m_kind->setChecked(true);
        break;
    case access::Scope::Level::Object:
        m_objectKindCombo->setCurrentIndex(m_objectKindCombo->findData(int(scope.objectKind())));
        m_objectCombo->setEditText(scope.name());
        m_object->setChecked(true);
        break;
    }
    update();
}

} // namespace coffer::ui
