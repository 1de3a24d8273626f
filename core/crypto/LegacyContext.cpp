// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/LegacyContext.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>

namespace coffer::crypto {

LegacyContext::LegacyContext()
{
    m_context = OSSL_LIB_CTX_new();
    if (!m_context) {
        m_error = QStringLiteral("out of memory");
        return;
    }
    m_default = OSSL_PROVIDER_load(m_context, "default");
    m_legacy = OSSL_PROVIDER_load(m_context, "legacy");
    if (!m_default || !m_legacy) {
        ERR_clear_error();
        m_error = QStringLiteral("OpenSSL's legacy provider (ossl-modules/legacy) is not available");
        return;
    }
    // Per thread: other threads keep the process-wide default.
    m_previous = OSSL_LIB_CTX_set0_default(m_context);
    m_active = m_previous != nullptr;
    if (!m_active)
        m_error = QStringLiteral("the legacy library context could not be activated");
}

LegacyContext::~LegacyContext()
{
    if (m_active)
        OSSL_LIB_CTX_set0_default(m_previous);
    if (m_legacy)
        OSSL_PROVIDER_unload(m_legacy);
    if (m_default)
        OSSL_PROVIDER_unload(m_default);
    if (m_context)
        OSSL_LIB_CTX_free(m_context);
}

} // namespace coffer::crypto
