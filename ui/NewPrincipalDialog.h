#pragma once

#include "core/access/AccessControl.h"
#include "core/access/Principal.h"
#include "models/Services.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace coffer::models {
class AccessOperations;
class CreateUserJob;
} // namespace coffer::models

namespace coffer::ui {

class PassphraseInput;

// New user (a name and a passphrase of their own, typed twice with the strength meter: it becomes their keyslot,
// derived off the GUI thread), new application (a name; the generated client secret is handed to the caller to
// show once) or new group (a name and its members). Errors stay inline; accepted once the principal exists.
class NewPrincipalDialog : public QDialog
{
    Q_OBJECT

public:
    NewPrincipalDialog(access::PrincipalType type, models::AccessOperations *operations,
                       const models::Services &services, const QList<access::Principal> &principals,
                       QWidget *parent = nullptr);
    ~NewPrincipalDialog() override;

    access::PrincipalType type() const { return m_type; }
    bool isBusy() const;
    void setMemberChecked(const QString &principalId, bool checked);
    std::optional<access::Principal> created() const { return m_created; }
    // Applications: the client secret, once (empty after the first call).
    SecureString takeClientSecret();

    void reject() override;

private:
    void updateState();
    void submit();
    void onUserCreated(const Result<void> &result);
    void setBusy(bool busy);

    access::PrincipalType m_type;
    models::AccessOperations *m_operations;
    models::Services m_services;
    QLineEdit *m_name;
    PassphraseInput *m_passphrase = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_error;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QDialogButtonBox *m_buttons;
    QPointer<models::CreateUserJob> m_job;
    std::optional<access::Principal> m_created;
    SecureString m_clientSecret;
};

} // namespace coffer::ui
