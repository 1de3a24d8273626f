#pragma once

#include "core/hsm/HsmToken.h"
#include "core/hsm/Pkcs11Session.h"

#include <QHash>
#include <QPair>

#include <atomic>
#include <mutex>

namespace coffer::hsm {

// Shared by HsmToken.cpp, HsmKeyGen.cpp and HsmCrypto.cpp.
struct HsmToken::Impl
{
    std::unique_ptr<SessionPool> pool;
    // RSA-OAEP-256 on this token: 0 not probed yet, 1 CKM_RSA_PKCS_OAEP with SHA-256 works, 2 use CKM_RSA_X_509
    // and decode in software (SoftHSM 2.6.1: CKR_ARGUMENTS_BAD).
    std::atomic<int> oaep256 {0};

    // InvalidArgument "the token 'x' lacks CKM_... (needed for ...)" unless the mechanism is there with `flags`.
    Result<void> requireMechanism(CK_MECHANISM_TYPE type, CK_FLAGS flags, const QString &purpose) const;

    // findObject() with the handle remembered per CKA_ID and class: a search is three calls, and as costly as an
    // EC signature on SoftHSM. A remembered handle is used only after the token confirms, in this session, that it
    // still names an object with that CKA_ID and class (one C_GetAttributeValue); otherwise the key is searched
    // again. Safe when another process destroys the key, or a handle number is reused.
    Result<CK_OBJECT_HANDLE> object(Session &session, const HsmKeyRef &key, CK_OBJECT_CLASS objectClass);
    void forget(const QByteArray &id);

    std::mutex handleMutex;
    QHash<QPair<QByteArray, quint64>, CK_OBJECT_HANDLE> handles;
};

QString mechanismName(CK_MECHANISM_TYPE type);
QString keyIdText(const HsmKeyRef &key); // "key 0a1b… (RSA 2048)" for messages: the CKA_ID is not secret
// The private (RSA, EC) or secret (oct) object class of a key.
CK_OBJECT_CLASS privateClassOf(const crypto::KeySpec &spec);
// The one object of this class with the key's CKA_ID; NotFound when there is none.
Result<CK_OBJECT_HANDLE> findObject(Session &session, const HsmKeyRef &key, CK_OBJECT_CLASS objectClass);
// Destroys every object with this CKA_ID (best effort, for a refused generate or import).
void destroyObjects(Session &session, QByteArrayView id);
// Reads the security attributes and usages of the key's objects.
Result<HsmKeyAttributes> readAttributes(Session &session, const HsmKeyRef &key);

} // namespace coffer::hsm
