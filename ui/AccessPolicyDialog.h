#pragma once

#include "core/access/AccessPolicy.h"
#include "core/access/Principal.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace coffer::models {
class AccessOperations;
}

namespace coffer::ui {

// Add or edit an access policy: the principal, then key, secret and certificate permissions grouped exactly as
// Azure's portal groups them (permissionGroups()), each group with "Select all", and Azure's templates to start
// from. Purge is never part of a template or of "all": it is ticked on its own.
class AccessPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: edit that principal's policy (the principal is fixed); nullopt: a new policy.
    AccessPolicyDialog(models::AccessOperations *operations, const QList<access::Principal> &principals,
                       const std::optional<access::AccessPolicyEntry> &existing, QWidget *parent = nullptr);

    void setPrincipal(const QString &principalId);
    void applyTemplate(const QString &name);
    QStringList permissions(access::PolicyFamily family) const;
    void setPermissions(access::PolicyFamily family, const QStringList &permissions);
    std::optional<access::AccessPolicyEntry> saved() const { return m_saved; }

private:
    QWidget *makeFamily(access::PolicyFamily family);
    void syncGroupBoxes();
    void submit();

    struct Group
    {
        QCheckBox *all = nullptr;
        QList<QCheckBox *> boxes;
    };
    models::AccessOperations *m_operations;
    bool m_editing;
    QComboBox *m_principal;
    QComboBox *m_template;
    QHash<int, QHash<QString, QCheckBox *>> m_boxes; // family → permission → box
    QList<Group> m_groups;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_syncing = false;
    std::optional<access::AccessPolicyEntry> m_saved;
};

} // namespace coffer::ui
