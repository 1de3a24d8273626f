#include "core/access/Principal.h"

#include <QRegularExpression>

namespace coffer::access {

QString principalTypeName(PrincipalType type)
{
    switch (type) {
    case PrincipalType::User: return QStringLiteral("user");
    case PrincipalType::App: return QStringLiteral("app");
    case PrincipalType::Group: return QStringLiteral("group");
    }
    return {};
}

std::optional<PrincipalType> principalTypeFromName(const QString &name)
{
    for (PrincipalType type : {PrincipalType::User, PrincipalType::App, PrincipalType::Group})
        if (name.compare(principalTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

const Principal *AccessState::principal(const QString &id) const
{
    for (const Principal &p : principals)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Principal *AccessState::principalByName(const QString &name) const
{
    for (const Principal &p : principals)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

Result<void> validatePrincipalName(const QString &name)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[\\p{L}\\p{N}._@-]([\\p{L}\\p{N} ._@-]{0,62}[\\p{L}\\p{N}._@-])?$"));
    if (!pattern.match(name).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not a valid principal name: use 1-64 letters, digits, spaces and . _ - @, "
                                    "not starting or ending with a space")
                             .arg(name));
    return {};
}

} // namespace coffer::access
