#pragma once

#include "core/access/Scope.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QRadioButton;

namespace coffer::ui {

// Where a role assignment applies or an access check looks: the whole vault, all secrets/keys/certificates, or one
// object chosen from the vault's objects (or typed).
class ScopePicker : public QWidget
{
    Q_OBJECT

public:
    using ObjectNames = std::function<QStringList(ObjectKind)>;

    explicit ScopePicker(ObjectNames objectNames, QWidget *parent = nullptr);

    // Invalid (a parse error) while "one object" has no name yet.
    Result<access::Scope> scope() const;
    void setScope(const access::Scope &scope);
    // Re-reads the object names (after the vault changed).
    void refreshObjects();

Q_SIGNALS:
    void changed();

private:
    void update();
    ObjectNames m_objectNames;
    QButtonGroup *m_levels;
    QRadioButton *m_vault;
    QRadioButton *m_kind;
    QRadioButton *m_object;
    QComboBox *m_kindCombo;
    QComboBox *m_objectKindCombo;
    QComboBox *m_objectCombo;
};

} // namespace coffer::ui
