#include "core/access/Scope.h"

namespace coffer::access {

namespace {
std::optional<ObjectKind> kindFromPath(QStringView text)
{
    for (ObjectKind kind : {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate})
        if (text.compare(objectKindPath(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}
} // namespace

Scope Scope::kind(ObjectKind kind)
{
    Scope s;
    s.m_level = Level::Kind;
    s.m_kind = kind;
    return s;
}

Scope Scope::object(ObjectKind kind, const QString &name)
{
    Scope s;
    s.m_level = Level::Object;
    s.m_kind = kind;
    s.m_name = name;
    return s;
}

Result<Scope> Scope::parse(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not a scope: %2. Use \"/\" (the vault), \"/secrets\", \"/keys\", "
                                    "\"/certificates\", or one object such as \"/secrets/NAME\"")
                             .arg(text, why));
    };
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("it is empty"));
    if (!trimmed.startsWith(u'/'))
        return invalid(QStringLiteral("it does not start with \"/\""));
    while (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (trimmed == u"/")
        return Scope::vault();
    const QStringList parts = trimmed.mid(1).split(u'/');
    const auto kind = kindFromPath(parts.first());
    if (!kind)
        return invalid(QStringLiteral("\"%1\" is not secrets, keys or certificates").arg(parts.first()));
    if (parts.size() == 1)
        return Scope::kind(*kind);
    if (parts.size() > 2)
        return invalid(QStringLiteral("an object scope names one object; versions are not scopes"));
    if (auto valid = objects::validateName(*kind, parts.at(1)); !valid)
        return invalid(valid.error().context());
    return Scope::object(*kind, parts.at(1));
}

QString Scope::toString() const
{
    switch (m_level) {
    case Level::Vault: return QStringLiteral("/");
    case Level::Kind: return u'/' + objectKindPath(m_kind);
    case Level::Object: return u'/' + objectKindPath(m_kind) + u'/' + m_name;
    }
    return QStringLiteral("/");
}

QString Scope::key() const
{
    if (m_level == Level::Object)
        return u'/' + objectKindPath(m_kind) + u'/' + objects::nameKey(m_name);
    return toString();
}

bool Scope::contains(const Scope &inner) const
{
    switch (m_level) {
    case Level::Vault: return true;
    case Level::Kind: return inner.m_level != Level::Vault && inner.m_kind == m_kind;
    case Level::Object: return inner.m_level == Level::Object && inner.key() == key();
    }
    return false;
}

} // namespace coffer::access
