#pragma once

#include "core/access/Principal.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace coffer::models {
class AccessOperations;
class AccessPolicyModel;
class Prompter;
} // namespace coffer::models

namespace coffer::ui {

class AccessPolicyDialog;

// The access policies of a vault using the access-policy permission model: per principal its key, secret and
// certificate permissions, with Add, Edit and Delete (confirmed).
class AccessPoliciesPanel : public QWidget
{
    Q_OBJECT

public:
    AccessPoliciesPanel(models::AccessOperations *operations, models::Prompter *prompter, QWidget *parent = nullptr);

    void reload(const QList<access::Principal> &principals);
    void clear();
    QString currentPrincipal() const;
    void selectPrincipal(const QString &id);
    models::AccessPolicyModel *policyModel() const { return m_model; }

    AccessPolicyDialog *showAddDialog();
    AccessPolicyDialog *showEditDialog();
    void deleteCurrent();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateActions();
    AccessPolicyDialog *openDialog(bool edit);

    models::AccessOperations *m_operations;
    models::Prompter *m_prompter;
    models::AccessPolicyModel *m_model;
    QList<access::Principal> m_principals;
    QTableView *m_view;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace coffer::ui
