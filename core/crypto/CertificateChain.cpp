// This file uses the OpenSSL 3 API only: deprecated declarations are hidden, so using one fails to compile.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/crypto/CertificateChain.h"

#include "core/crypto/CertOpenSslPrivate.h"

namespace coffer::crypto {

namespace {

using namespace cert;

Error invalid(const QString &text)
{
    return Error(ErrorCode::InvalidArgument, text);
}

// Walks up from certs[start] through the others; returns the indexes of the path (start first).
QList<qsizetype> pathFrom(const QList<X509Certificate> &certs, qsizetype start)
{
    QList<qsizetype> path {start};
    qsizetype current = start;
    while (!certs[current].details().selfSigned) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < certs.size(); ++i) {
            if (!path.contains(i) && certs[current].isIssuedBy(certs[i])) {
                next = i;
                break;
            }
        }
        if (next < 0)
            break;
        path.append(next);
        current = next;
    }
    return path;
}

bool issuedAnyOther(const QList<X509Certificate> &certs, qsizetype candidate)
{
    for (qsizetype i = 0; i < certs.size(); ++i) {
        if (i != candidate && certs[i].isIssuedBy(certs[candidate]))
            return true;
    }
    return false;
}

} // namespace

Result<QList<X509Certificate>> orderChain(QList<X509Certificate> certs, const std::optional<QByteArray> &leafSpki)
{
    // The same certificate twice (bundles often repeat the leaf) counts once.
    for (qsizetype i = certs.size() - 1; i > 0; --i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (certs[i].details().sha256 == certs[j].details().sha256) {
                certs.removeAt(i);
                break;
            }
        }
    }
    if (certs.isEmpty())
        return invalid(QStringLiteral("no certificate given"));
    // Ordering checks signatures pairwise: bounded, so that a file of thousands of same-named certificates cannot
    // keep an import (or a merge, inside its transaction) busy for hours. Real chains have a handful.
    constexpr qsizetype kMaxChainCertificates = 64;
    if (certs.size() > kMaxChainCertificates)
        return invalid(QStringLiteral("the file holds %1 certificates; a chain has at most %2")
                               .arg(certs.size())
                               .arg(kMaxChainCertificates));

    QList<qsizetype> path;
    if (leafSpki) {
        qsizetype leaf = -1;
        for (qsizetype i = 0; i < certs.size(); ++i) {
            if (certs[i].publicKeyEquals(*leafSpki) && (leaf < 0 || !issuedAnyOther(certs, i)))
                leaf = i;
        }
        if (leaf < 0)
            return invalid(QStringLiteral("the private key belongs to none of the certificates"));
        path = pathFrom(certs, leaf);
    } else {
        // The leaf issued none of the others; among several candidates the one with the longest path wins, then a
        // non-CA certificate, then the first in the file. The others are reported below.
        for (qsizetype i = 0; i < certs.size(); ++i) {
            if (issuedAnyOther(certs, i))
                continue;
            const QList<qsizetype> candidate = pathFrom(certs, i);
            const bool better = path.isEmpty() || candidate.size() > path.size()
                    || (candidate.size() == path.size() && certs[path.front()].details().isCa
                        && !certs[i].details().isCa);
            if (better)
                path = candidate;
        }
        if (path.isEmpty()) // every certificate issued another: a loop of cross-signed CAs
            path = pathFrom(certs, 0);
    }

    const X509Certificate &leaf = certs[path.front()];
    const X509Certificate &top = certs[path.back()];
    const bool endsAtRoot = top.details().selfSigned;
    for (qsizetype i = 0; i < certs.size(); ++i) {
        if (path.contains(i))
            continue;
        if (certs[i].details().isCa && !endsAtRoot) {
            QString text = QStringLiteral("the chain has a gap: the issuer '%1' of '%2' is missing")
                                   .arg(top.details().issuer, top.details().subject);
            // A root that does not connect is either above the missing issuer or unrelated: the file cannot say.
            if (certs[i].details().selfSigned)
                text += QStringLiteral(", so '%1' does not connect to it (add the missing certificate, or remove "
                                       "'%1' if it does not belong to this chain)")
                                .arg(certs[i].details().subject);
            return invalid(text);
        }
        return invalid(QStringLiteral("'%1' is not part of the chain of '%2'")
                               .arg(certs[i].details().subject, leaf.details().subject));
    }

    QList<X509Certificate> ordered;
    for (qsizetype index : path)
        ordered.append(std::move(certs[index]));
    return ordered;
}

ChainCheck verifyChain(const QList<X509Certificate> &ordered)
{
    ChainCheck check;
    if (ordered.isEmpty()) {
        check.error = QStringLiteral("no certificate given");
        return check;
    }
    const ErrorQueueMark mark;
    const X509Certificate &top = ordered.back();
    check.complete = top.details().selfSigned;

    // Trust only the chain's own top certificate: never the system's store (X509_STORE_set_default_paths).
    StorePtr store(X509_STORE_new());
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509StackPtr untrusted(sk_X509_new_null());
    if (!store || !ctx || !untrusted || X509_STORE_add_cert(store.get(), static_cast<X509 *>(top.x509())) != 1) {
        check.error = QStringLiteral("out of memory");
        return check;
    }
    for (qsizetype i = 1; i + 1 < ordered.size(); ++i) {
        X509 *x509 = static_cast<X509 *>(ordered[i].x509());
        if (X509_up_ref(x509) != 1 || sk_X509_push(untrusted.get(), x509) <= 0) {
            check.error = QStringLiteral("out of memory");
            return check;
        }
    }
    unsigned long flags = X509_V_FLAG_NO_CHECK_TIME;
    flags |= check.complete ? X509_V_FLAG_CHECK_SS_SIGNATURE : X509_V_FLAG_PARTIAL_CHAIN;
    if (X509_STORE_CTX_init(ctx.get(), store.get(), static_cast<X509 *>(ordered.front().x509()), untrusted.get())
        != 1) {
        check.error = QStringLiteral("the verification could not start");
        return check;
    }
    X509_STORE_CTX_set_flags(ctx.get(), flags);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
    if (X509_verify_cert(ctx.get()) == 1) {
        check.signaturesOk = true;
        return check;
    }
    const int code = X509_STORE_CTX_get_error(ctx.get());
    check.error = QString::fromLatin1(X509_verify_cert_error_string(code));
    const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
    if (depth >= 0 && depth < ordered.size())
        check.error += QStringLiteral(" at '%1'").arg(ordered[depth].details().subject);
    return check;
}

} // namespace coffer::crypto
