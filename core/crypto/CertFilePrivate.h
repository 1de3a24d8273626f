#pragma once

// Private to core/crypto (CertificateFile.cpp, CertPkcs12Private.cpp): the pieces the PEM/DER and PKCS#12 readers
// share.

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/crypto/CertificateFile.h"

#include <QByteArray>

namespace coffer::crypto::cert {

struct PemBlock
{
    QByteArray label; // "CERTIFICATE", "ENCRYPTED PRIVATE KEY", ...
    QByteArray header; // "Proc-Type: 4,ENCRYPTED\nDEK-Info: ..." for legacy-encrypted keys
    SecureBytes der;
};

// Orders the chain (the key's certificate first), checks it and adds the warnings; the common end of every reader.
Result<ParsedCertificateFile> finishParse(ParsedCertificateFile file, QList<X509Certificate> certs,
                                          std::optional<SoftwareKey> key, const QDateTime &now);

// `data` is a DER PKCS#12 (d2i_PKCS12 accepted it).
Result<ParsedCertificateFile> parsePkcs12(QByteArrayView data, const SecureString *password, const QDateTime &now);
Result<FileProbe> probePkcs12(QByteArrayView data);

// An encrypted PKCS#8 key (DER EncryptedPrivateKeyInfo) whose key derivation asks for more iterations than Coffer
// runs: InvalidArgument naming the count (a file made to be slow to read). OK for anything else.
Result<void> checkEncryptedKeyCost(QByteArrayView encryptedPkcs8Der);

} // namespace coffer::crypto::cert
