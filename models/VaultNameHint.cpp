#include "models/VaultNameHint.h"

#include "core/vault/Vault.h"

namespace coffer::models {

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

QString VaultNameHint::rule()
{
    return tr("3 to 24 characters: letters, digits and dashes. Start with a letter, end with a letter or digit, "
              "and do not use two dashes in a row.");
}

QString VaultNameHint::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name for the vault.");
    for (const QChar c : name)
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
            return tr("\"%1\" is not allowed: use only letters a–z, A–Z, digits and dashes.").arg(c);
    if (!isAsciiLetter(name.front()))
        return tr("The name must start with a letter.");
    if (name.size() < 3)
        return tr("The name is too short: at least 3 characters.");
    if (name.size() > 24)
        return tr("The name is too long: at most 24 characters (now %1).").arg(name.size());
    if (name.back() == u'-')
        return tr("The name must end with a letter or digit.");
    if (name.contains(QStringLiteral("--")))
        return tr("The name must not contain two dashes in a row.");
    if (!Vault::isValidVaultName(name))
        return rule(); // the core rule is the authority; this only explains it
    return {};
}

} // namespace coffer::models
