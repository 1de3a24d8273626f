#include "ui/NewPrincipalDialog.h"

#include "models/AccessNames.h"
#include "models/AccessOperations.h"
#include "models/CreateUserJob.h"
#include "models/ErrorText.h"
#include "ui/Icons.h"
#include "ui/PassphraseInput.h"
#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

NewPrincipalDialog::NewPrincipalDialog(access::PrincipalType type, models::AccessOperations *operations,
                                       const models::Services &services, const QList<access::Principal> &principals,
                                       QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_operations(operations)
    , m_services(services)
    , m_name(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_busy(makeBusyBar(this))
    , m_busyText(new QLabel(tr("Deriving the new user's key; this takes a moment…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPrincipalDialog"));
    setWindowIcon(icons::get("access"));
    setMinimumWidth(520);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(64);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busyText->setVisible(false);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    QString intro;
    switch (type) {
    case access::PrincipalType::User:
        setWindowTitle(tr("New User"));
        intro = tr("A user unlocks the vault with a passphrase of their own (a keyslot of their own) and then acts "
                   "with the roles or access policy given to them. A new user holds no access yet.");
        m_passphrase = new PassphraseInput(this);
        m_passphrase->setObjectName(QStringLiteral("passphraseInput"));
        connect(m_passphrase, &PassphraseInput::changed, this, &NewPrincipalDialog::updateState);
        break;
    case access::PrincipalType::App:
        setWindowTitle(tr("New Application"));
        intro = tr("An application (a script, a service) opens the vault with a generated client secret, shown once "
                   "after creation. It holds no access until you give it a role or an access policy.");
        break;
    case access::PrincipalType::Group:
        setWindowTitle(tr("New Group"));
        intro = tr("Roles and access policies given to a group apply to each of its members. Groups contain users "
                   "and applications.");
        m_members = new QListWidget(this);
        m_members->setObjectName(QStringLiteral("membersList"));
        for (const access::Principal &p : principals) {
            if (p.type == access::PrincipalType::Group)
                continue;
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(p.name, models::AccessNames::principalTypeLower(p.type)),
                                             m_members);
            item->setData(kIdRole, p.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        form->addRow(tr("&Members:"), m_members);
        break;
    }
    layout->addWidget(makeHintLabel(intro, this));
    layout->addLayout(form);
    if (m_passphrase)
        layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewPrincipalDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPrincipalDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPrincipalDialog::reject);
    updateState();
}

NewPrincipalDialog::~NewPrincipalDialog()
{
    if (m_passphrase)
        m_passphrase->clear();
}

bool NewPrincipalDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void NewPrincipalDialog::setMemberChecked(const QString &principalId, bool checked)
{
    for (int row = 0; m_members && row < m_members->count(); ++row)
        if (m_members->item(row)->data(kIdRole).toString() == principalId)
            m_members->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

SecureString NewPrincipalDialog::takeClientSecret()
{
    return std::exchange(m_clientSecret, SecureString());
}

void NewPrincipalDialog::updateState()
{
    bool ready = !m_name->text().trimmed().isEmpty() && !isBusy();
    if (m_passphrase)
        ready = ready && m_passphrase->isAcceptable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void NewPrincipalDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_name->setEnabled(!busy);
    if (m_passphrase)
        m_passphrase->setEnabled(!busy);
    // The derivation cannot be interrupted: the dialog waits for it.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateState();
}

void NewPrincipalDialog::submit()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    setErrorText(m_error, {});
    switch (m_type) {
    case access::PrincipalType::User: {
        auto *job = new models::CreateUserJob(m_operations, name, m_passphrase->passphrase(), m_services, this);
        m_job = job;
        connect(job, &models::CreateUserJob::finished, this, &NewPrincipalDialog::onUserCreated);
        job->start();
        setBusy(true);
        return;
    }
    case access::PrincipalType::App: {
        auto created = m_operations->createApp(name);
        if (!created) {
            setErrorText(m_error,
                         models::ErrorText::forAccess(created.error(), models::AccessOp::CreatePrincipal, name));
            return;
        }
        m_created = created->principal;
        m_clientSecret = std::move(created->clientSecret);
        accept();
        return;
    }
    case access::PrincipalType::Group: {
        QStringList members;
        for (int row = 0; row < m_members->count(); ++row)
            if (m_members->item(row)->checkState() == Qt::Checked)
                members << m_members->item(row)->data(kIdRole).toString();
        auto created = m_operations->createGroup(name, members);
        if (!created) {
            setErrorText(m_error,
                         models::ErrorText::forAccess(created.error(), models::AccessOp::CreatePrincipal, name));
            return;
        }
        m_created = created->principal;
        accept();
        return;
    }
    }
}

void NewPrincipalDialog::onUserCreated(const Result<void> &result)
{
    auto *job = qobject_cast<models::CreateUserJob *>(sender());
    if (job)
        job->deleteLater();
    setBusy(false);
    if (!result) {
        setErrorText(m_error,
                     models::ErrorText::forAccess(result.error(), models::AccessOp::CreatePrincipal,
                                                  m_name->text().trimmed()));
        m_error->setToolTip(result.error().context());
        return;
    }
    m_created = job ? job->created() : std::optional<access::Principal>();
    m_passphrase->clear();
    accept();
}

void NewPrincipalDialog::reject()
{
    if (isBusy())
        return; // the key derivation ends by itself in a moment
    QDialog::reject();
}

} // namespace coffer::ui
