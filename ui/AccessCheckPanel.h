#pragma once

#include "core/access/Principal.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace coffer::models {
class AccessOperations;
class EffectiveAccessModel;
} // namespace coffer::models

namespace coffer::ui {

class ScopePicker;

// The effective-access checker: a principal and a scope (the vault, all objects of a kind, one object) give every
// operation that applies there, allowed or denied, and why ("No: alice holds Key Vault Secrets User here, which
// grants only get and list on secrets; this needs …").
class AccessCheckPanel : public QWidget
{
    Q_OBJECT

public:
    AccessCheckPanel(models::AccessOperations *operations, QWidget *parent = nullptr);

    void reload(const QList<access::Principal> &principals);
    void clear();
    void setPrincipal(const QString &principalId);
    void setScope(const access::Scope &scope);
    // Runs the check for the chosen principal and scope; false (with the reason shown) when it cannot.
    bool check();
    models::EffectiveAccessModel *accessModel() const { return m_model; }
    QString summary() const;

private:
    void updateActions();

    models::AccessOperations *m_operations;
    models::EffectiveAccessModel *m_model;
    QComboBox *m_principal;
    ScopePicker *m_scope;
    QPushButton *m_check;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_view;
};

} // namespace coffer::ui
