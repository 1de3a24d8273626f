#pragma once

#include "core/common/Result.h"
#include "core/vault/ObjectTypes.h"

#include <QString>

namespace coffer::access {

// Where a role assignment applies, and what an operation is checked against:
//   "/"                 the whole vault
//   "/secrets"          every secret (also "/keys", "/certificates"; a Coffer extension: Azure has no kind scope)
//   "/secrets/NAME"     one object, all its versions (names compare case-insensitively, as Azure's do)
// An assignment at a scope applies to everything below it; "/certificates/x" does not reach "/secrets/x".
class Scope
{
public:
    enum class Level { Vault, Kind, Object };

    Scope() = default; // the vault
    static Scope vault() { return Scope(); }
    static Scope kind(ObjectKind kind);
    static Scope object(ObjectKind kind, const QString &name);
    // Accepts the forms above (a trailing "/" is ignored); InvalidArgument names what is wrong.
    static Result<Scope> parse(const QString &text);

    Level level() const { return m_level; }
    ObjectKind objectKind() const { return m_kind; } // Kind and Object levels
    const QString &name() const { return m_name; } // Object level

    QString toString() const; // "/secrets/db-password"
    QString key() const; // canonical form for comparisons and storage ("/secrets/db-password" lower-cased name)
    // True when an assignment at this scope applies to `inner` (equal or below it).
    bool contains(const Scope &inner) const;
    bool operator==(const Scope &other) const { return key() == other.key(); }

private:
    Level m_level = Level::Vault;
    ObjectKind m_kind = ObjectKind::Secret;
    QString m_name;
};

} // namespace coffer::access
