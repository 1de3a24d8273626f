#pragma once

#include "core/common/Result.h"
#include "core/crypto/X509Certificate.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace coffer::crypto {

// Orders certificates leaf -> root. The leaf is the one whose public key equals `leafSpki` when given (else
// InvalidArgument "the private key belongs to none of the certificates"), otherwise the only one that issued none
// of the others (several -> InvalidArgument naming the unrelated one). Every certificate must be on the path:
// an unused CA certificate means a gap ("the chain has a gap: the issuer 'CN=..' of 'CN=..' is missing"), any
// other is unrelated ("'CN=..' is not part of the chain of 'CN=..'").
Result<QList<X509Certificate>> orderChain(QList<X509Certificate> certs, const std::optional<QByteArray> &leafSpki);

// Checks an ordered chain's signatures with its own root only (never the system's trust store), ignoring dates
// (the caller warns about them from its clock). complete = ends in a self-signed root.
struct ChainCheck
{
    bool complete = false;
    bool signaturesOk = false;
    QString error; // OpenSSL's verify error text when !signaturesOk
};
ChainCheck verifyChain(const QList<X509Certificate> &ordered);

} // namespace coffer::crypto
