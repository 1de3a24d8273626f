#pragma once

#include "core/access/Operation.h"
#include "core/common/Result.h"
#include "core/rotation/SecretRotationPolicy.h"
#include "core/vault/ObjectTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace coffer::models {

class ObjectOperations;
class VaultSession;

// The console's path to secret rotation (SecretStore::rotationPolicy/setRotationPolicy/rotate), beside
// ObjectOperations: the same session, the same checks by the engine (Forbidden names what is missing), the same
// refresh after a write (ObjectOperations::objectsChanged(Secret)). Synchronous: generating a value takes
// microseconds, a rotation is one SQLCipher transaction. No value ever passes through here.
class SecretRotationOperations : public QObject
{
    Q_OBJECT

public:
    explicit SecretRotationOperations(ObjectOperations *objects, QObject *parent = nullptr);

    ObjectOperations *objects() const;
    VaultSession *session() const;
    // The vault's clock (policies validate against it); invalid while locked.
    QDateTime now() const;
    // The signed-in principal's decision for an operation on the secret (pure, no audit); false while locked/busy.
    bool isAllowed(access::Operation operation, const QString &name);

    // The current version's metadata (never the value).
    Result<VersionInfo> current(const QString &name);
    // The stored policy or the default one (SecretRotationPolicyGet).
    Result<rotation::SecretRotationPolicy> rotationPolicy(const QString &name);
    // Validated and stored (SecretRotationPolicySet); emits rotationPolicyChanged and objectsChanged(Secret).
    Result<rotation::SecretRotationPolicy> setRotationPolicy(const QString &name,
                                                             const rotation::SecretRotationPolicy &policy);
    // "Rotate now" (SecretRotate): a new version made by the policy's generator; emits secretRotated and
    // objectsChanged(Secret).
    Result<VersionInfo> rotate(const QString &name);

    // Translated text for a failure of these calls (a rotation without generator gets its own).
    static QString errorText(const Error &error, const QString &name, bool rotating);

Q_SIGNALS:
    void rotationPolicyChanged(const QString &name);
    void secretRotated(const QString &name, const QString &version);

private:
    QPointer<ObjectOperations> m_objects;
};

} // namespace coffer::models
