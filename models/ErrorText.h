#pragma once

#include "core/common/Error.h"
#include "core/vault/Credential.h"
#include "core/vault/ObjectTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coffer::models {

// What the console was doing with an object when an error came back (for sharper texts).
enum class ObjectOp { Create, AddVersion, Read, Update, Delete, Recover, Purge, Backup, Restore };

// What the console was doing with access control when an error came back.
enum class AccessOp {
    CreatePrincipal,
    DeletePrincipal,
    AddMember,
    RemoveMember,
    Assign,
    Unassign,
    SetPolicy,
    DeletePolicy,
    SwitchModel,
    Check,
};

// The user-facing, translated text for each ErrorCode. Core errors carry English context for logs only;
// what a person reads is made here.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::ErrorText)

public:
    static QString forCode(ErrorCode code);
    // Sharper text for a failed unlock: wrong passphrase vs mistyped recovery key vs missing keychain entry.
    static QString forUnlock(const Error &error, Credential::Kind kind);
    // Sharper text for an object operation: a name in the deleted list, a disabled version, purge protection,
    // a backup of another vault family, an object another program removed.
    static QString forObject(const Error &error, ObjectOp op, ObjectKind kind, const QString &name);
    // A refusal by access control: names the permission that was missing when the error's context does.
    static QString forForbidden(const Error &error);
    // Whether a Forbidden error is access control's (it names a permission) rather than another refusal (a
    // disabled version, purge protection).
    static bool isAccessDenial(const Error &error);
    // Sharper text for an access-control operation (`name`: the principal, group or role concerned).
    static QString forAccess(const Error &error, AccessOp op, const QString &name = {});
    // Every code there is (core's Error::allCodes()), for tests and completeness checks.
    static QList<ErrorCode> allCodes();
};

} // namespace coffer::models
