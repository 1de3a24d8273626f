#pragma once

// Private to core/crypto (CertificateFile.cpp). OpenSSL's legacy provider (RC2, ...) for reading old PKCS#12 files,
// loaded into a library context of its own that is made this thread's default only while the object lives: the
// process-wide default context never sees the legacy algorithms. Objects created while it is active reference its
// providers: re-encode them (DER) and free them before this object is destroyed, then re-parse the DER in the
// default context (pitfalls P1/P2 of .dev/research/certificates.md).

#include <QString>

struct ossl_lib_ctx_st;
struct ossl_provider_st;

namespace coffer::crypto {

class LegacyContext
{
public:
    LegacyContext();
    ~LegacyContext(); // restores this thread's previous default context, unloads the providers, frees the context
    LegacyContext(const LegacyContext &) = delete;
    LegacyContext &operator=(const LegacyContext &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; } // why it could not be set up ("the legacy provider ...")

private:
    ossl_lib_ctx_st *m_context = nullptr;
    ossl_lib_ctx_st *m_previous = nullptr;
    ossl_provider_st *m_default = nullptr;
    ossl_provider_st *m_legacy = nullptr;
    bool m_active = false;
    QString m_error;
};

} // namespace coffer::crypto
