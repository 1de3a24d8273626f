#pragma once

#include "core/access/Operation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace coffer::models {
class AccessHoldersModel;
class AccessOperations;
} // namespace coffer::models

namespace coffer::ui {

// The reverse view of effective access for one object: which principals may perform an operation on it (reading
// the value, by default) and through what: a role at a scope, possibly via a group, or an access policy.
class WhoHasAccessDialog : public QDialog
{
    Q_OBJECT

public:
    WhoHasAccessDialog(models::AccessOperations *operations, ObjectKind kind, const QString &name,
                       QWidget *parent = nullptr);

    void setOperation(access::Operation operation);
    void refresh();
    models::AccessHoldersModel *holdersModel() const { return m_model; }

private:
    models::AccessOperations *m_operations;
    ObjectKind m_kind;
    QString m_name;
    models::AccessHoldersModel *m_model;
    QComboBox *m_operation;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_view;
};

} // namespace coffer::ui
