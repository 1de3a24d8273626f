// RSA_padding_check_PKCS1_OAEP_mgf1 is deprecated in OpenSSL 3.0 but still shipped and constant time; the EVP
// interface has no way to remove OAEP padding from a raw RSA result. This one file uses it.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "core/hsm/Pkcs11Encoding.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace coffer::hsm::encoding {

std::optional<SecureBytes> oaepDecode(const SecureBytes &em, crypto::DigestAlg digest)
{
    const EVP_MD *md = digest == crypto::DigestAlg::Sha512 ? EVP_sha512()
            : digest == crypto::DigestAlg::Sha384          ? EVP_sha384()
                                                           : EVP_sha256();
    const int k = int(em.size());
    SecureBytes out(em.size());
    const int length = RSA_padding_check_PKCS1_OAEP_mgf1(out.data(), k, em.data(), k, k, nullptr, 0, md, md);
    ERR_clear_error();
    if (length < 0)
        return std::nullopt;
    return SecureBytes(out.data(), std::size_t(length));
}

} // namespace coffer::hsm::encoding
