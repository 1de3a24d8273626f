#pragma once

// Private to the certificate code of core/crypto (X509Certificate, CertificateFile, CertificateChain,
// Pkcs12Writer): RAII owners for OpenSSL's X.509 and PKCS#12 objects and small shared conversions. Includes OpenSSL
// headers: never include this from a public header.

#include "core/common/Result.h"
#include "core/crypto/EvpUtil.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace coffer::crypto::cert {

using evp::Free;
using X509Ptr = std::unique_ptr<X509, Free<&X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Free<&X509_REQ_free>>;
using BioPtr = std::unique_ptr<BIO, Free<&BIO_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Free<&PKCS12_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Free<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Free<&X509_STORE_CTX_free>>;
using PubkeyPtr = std::unique_ptr<X509_PUBKEY, Free<&X509_PUBKEY_free>>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Free<&PKCS8_PRIV_KEY_INFO_free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Free<&freeX509Stack>>;

// Drops the OpenSSL errors a block causes (failed parses leave several) without touching older ones.
class ErrorQueueMark
{
public:
    ErrorQueueMark() { ERR_set_mark(); }
    ~ErrorQueueMark() { ERR_pop_to_mark(); }
    ErrorQueueMark(const ErrorQueueMark &) = delete;
    ErrorQueueMark &operator=(const ErrorQueueMark &) = delete;
};

// RFC 2253 one-line form, UTF-8 left readable (as PublicKeyWrap's oneLineSubject).
QString oneLineName(const X509_NAME *name);
QDateTime asn1TimeToUtc(const ASN1_TIME *time);
// The DER of an X509 (empty on failure).
QByteArray x509Der(const X509 *x509);
// The reason text of the newest error on the queue ("not enough data"), or `fallback`.
QString lastErrorReason(const char *fallback);

} // namespace coffer::crypto::cert
