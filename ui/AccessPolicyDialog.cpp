#include "ui/AccessPolicyDialog.h"

#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/ErrorText.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
const QList<access::PolicyFamily> kFamilies {access::PolicyFamily::Keys, access::PolicyFamily::Secrets,
                                             access::PolicyFamily::Certificates};
}

AccessPolicyDialog::AccessPolicyDialog(models::AccessOperations *operations, const QList<access::Principal> &principals,
                                       const std::optional<access::AccessPolicyEntry> &existing, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_editing(existing.has_value())
    , m_principal(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accessPolicyDialog"));
    setWindowTitle(m_editing ? tr("Edit Access Policy") : tr("Add Access Policy"));
    setWindowIcon(icons::get("access"));
    m_principal->setObjectName(QStringLiteral("principalCombo"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("okButton"));

    for (const access::Principal &p : principals)
        m_principal->addItem(tr("%1 (%2)").arg(p.name, models::AccessNames::principalTypeLower(p.type)), p.id);
    m_principal->setEnabled(!m_editing);
    m_template->addItem(tr("Choose a template…"), QString());
    for (const access::PolicyTemplate &t : access::policyTemplates())
        m_template->addItem(models::AccessNames::templateName(t.name), t.name);

    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);
    form->addRow(tr("&Template:"), m_template);
    auto *families = new QHBoxLayout;
    for (access::PolicyFamily family : kFamilies)
        families->addWidget(makeFamily(family), 1, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(families, 1);
    layout->addWidget(makeHintLabel(tr("Purge is never granted implicitly: no template and no \"all\" includes it "
                                       "(as in Azure). Tick it on its own where deleted items must be destroyed."),
                                    this));
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_template->currentData().toString();
        if (!name.isEmpty())
            applyTemplate(name);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessPolicyDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        setPrincipal(existing->principalId);
        for (access::PolicyFamily family : kFamilies)
            setPermissions(family, existing->permissions(family));
    }
    syncGroupBoxes();
}

QWidget *AccessPolicyDialog::makeFamily(access::PolicyFamily family)
{
    auto *box = new QGroupBox(models::AccessNames::policyFamilyTitle(family), this);
    auto *layout = new QVBoxLayout(box);
    const QString familyName = access::policyFamilyName(family);
    int index = 0;
    for (const access::PermissionGroup &group : access::permissionGroups(family)) {
        auto *title = new QLabel(models::AccessNames::permissionGroupTitle(group.title), box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        Group g;
        g.all = new QCheckBox(tr("Select all"), box);
        g.all->setObjectName(QStringLiteral("all_%1_%2").arg(familyName).arg(index++));
        g.all->setTristate(true);
        layout->addWidget(g.all);
        auto *indented = new QVBoxLayout;
        indented->setContentsMargins(18, 0, 0, 0);
        layout->addLayout(indented);
        for (const QString &permission : group.permissions) {
            auto *check = new QCheckBox(permission, box);
            check->setObjectName(QStringLiteral("perm_%1_%2").arg(familyName, permission));
            indented->addWidget(check);
            m_boxes[int(family)].insert(permission, check);
            g.boxes << check;
            connect(check, &QCheckBox::toggled, this, &AccessPolicyDialog::syncGroupBoxes);
        }
        QCheckBox *all = g.all;
        const QList<QCheckBox *> boxes = g.boxes;
        connect(all, &QCheckBox::clicked, this, [this, all, boxes] {
            // A click on a partly ticked group selects all of it; on a fully ticked one, none.
            const bool tick = all->checkState() != Qt::Unchecked;
            m_syncing = true;
            for (QCheckBox *check : boxes)
                check->setChecked(tick);
            m_syncing = false;
            syncGroupBoxes();
        });
        m_groups << g;
    }
    layout->addStretch(1);
    return box;
}

void AccessPolicyDialog::syncGroupBoxes()
{
    if (m_syncing)
        return;
    for (const Group &group : std::as_const(m_groups)) {
        int ticked = 0;
        for (QCheckBox *check : group.boxes)
            ticked += check->isChecked() ? 1 : 0;
        group.all->setCheckState(ticked == 0                            ? Qt::Unchecked
                                         : ticked == group.boxes.size() ? Qt::Checked
                                                                        : Qt::PartiallyChecked);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_principal->currentIndex() >= 0);
}

void AccessPolicyDialog::setPrincipal(const QString &principalId)
{
    m_principal->setCurrentIndex(m_principal->findData(principalId));
    syncGroupBoxes();
}

void AccessPolicyDialog::applyTemplate(const QString &name)
{
    for (const access::PolicyTemplate &t : access::policyTemplates()) {
        if (t.name != name)
            continue;
        setPermissions(access::PolicyFamily::Keys, t.keys);
        setPermissions(access::PolicyFamily::Secrets, t.secrets);
        setPermissions(access::PolicyFamily::Certificates, t.certificates);
        m_template->setCurrentIndex(m_template->findData(name));
    }
}

QStringList AccessPolicyDialog::permissions(access::PolicyFamily family) const
{
    QStringList out;
    const auto boxes = m_boxes.value(int(family));
    for (const QString &permission : access::policyPermissions(family))
        if (QCheckBox *check = boxes.value(permission); check && check->isChecked())
            out << permission;
    return out;
}

void AccessPolicyDialog::setPermissions(access::PolicyFamily family, const QStringList &permissions)
{
    m_syncing = true;
    const auto boxes = m_boxes.value(int(family));
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        it.value()->setChecked(permissions.contains(it.key(), Qt::CaseInsensitive));
    m_syncing = false;
    syncGroupBoxes();
}

void AccessPolicyDialog::submit()
{
    if (m_principal->currentIndex() < 0)
        return;
    auto result = m_operations->setPolicy(
            m_principal->currentData().toString(), permissions(access::PolicyFamily::Keys),
            permissions(access::PolicyFamily::Secrets), permissions(access::PolicyFamily::Certificates));
    if (!result) {
        setErrorText(
                m_error,
                models::ErrorText::forAccess(result.error(), models::AccessOp::SetPolicy, m_principal->currentText()));
        m_error->setToolTip(result.error().context());
        return;
    }
    m_saved = *result;
    accept();
}

} // namespace coffer::ui
