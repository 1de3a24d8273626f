#pragma once

#include <QCoreApplication>
#include <QString>

namespace coffer::models {

// Explains what is wrong with a vault name as it is typed, following coffer::Vault::isValidVaultName
// (Azure's vault name rule: 3–24 of 0-9a-zA-Z-, starting with a letter, ending with a letter or digit, no "--").
class VaultNameHint
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::VaultNameHint)

public:
    // Empty when the name is valid.
    static QString problem(const QString &name);
    static QString rule();
};

} // namespace coffer::models
