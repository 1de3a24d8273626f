#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace coffer::test {

// Certificate test inputs, made ONCE per test process with the `openssl` command line (and `keytool` when
// installed) into a QTemporaryDir that lives until the process ends. The first call to instance() generates
// everything (a few seconds: RSA 2048); a failing command aborts the test process with its stderr.
//
// Names (path(name) / bytes(name)). Passwords: PFX "secret", encrypted PEM keys "pw", Java "changeit".
// Subjects: root "CN=Test Root CA"; intermediate "CN=Test Intermediate CA" (issued by root, CA:TRUE pathlen 0);
// leaf "CN=www.example.test,O=Coffer Test" (issued by the intermediate; KU critical digitalSignature,
// keyEncipherment; EKU serverAuth, clientAuth; SANs DNS:www.example.test, DNS:example.test,
// email:admin@example.test, IP:192.0.2.7, IP:2001:db8::7, UPN upn@example.test, URI:https://example.test/).
//
// | name                    | what                                                              | password  |
// |-------------------------|-------------------------------------------------------------------|-----------|
// | root.pem / root.key     | test root CA (RSA 2048, self-signed, 10 years)                    |           |
// | inter.pem / inter.key   | intermediate CA (RSA 2048)                                        |           |
// | leaf.pem / leaf.key     | RSA 2048 leaf; key unencrypted PKCS#8 "PRIVATE KEY"               |           |
// | leaf.der                | the leaf certificate as DER                                       |           |
// | leaf-traditional.key    | the leaf key as "RSA PRIVATE KEY" (openssl pkey -traditional)     |           |
// | leaf-enc.key            | the leaf key as encrypted PKCS#8 (AES-256-CBC)                    | pw        |
// | chain.pem               | leaf.pem + inter.pem + root.pem (certificates only, in order)     |           |
// | ec256.pem / ec256.key   | EC P-256 leaf "CN=ec256.example.test" issued by the intermediate  |           |
// | ec384.pem / ec384.key   | EC P-384 leaf "CN=ec384.example.test" issued by the intermediate  |           |
// | ec256-traditional.key   | the P-256 key as "EC PRIVATE KEY" (openssl ec)                    |           |
// | ec256-bundle.pem        | ec256-traditional.key + ec256.pem + inter.pem (no root)           |           |
// | other.pem / other.key   | unrelated self-signed RSA 2048 "CN=Unrelated" (CA:FALSE)          |           |
// | aes.pfx                 | leaf + key + inter + root, OpenSSL 3 default (AES-256, PBKDF2)    | secret    |
// | legacy.pfx              | the same with -legacy (RC2-40 certificates: legacy provider)      | secret    |
// | win3des.pfx             | the same with PBE-SHA1-3DES for key and certs, MAC SHA-1          | secret    |
// | blank.pfx               | the same with an empty password (MAC with "")                     | (blank)   |
// | nomac.pfx               | the same without MAC and without encryption                       | (none)    |
// | certonly.pfx            | leaf + inter, no key (-nokeys)                                    | secret    |
// | ec256.pfx               | the P-256 leaf + key + inter + root                               | secret    |
// | ed25519.pfx             | ed25519.pem + its key                                             | secret    |
// | java.p12                | keytool RSA 2048 "CN=java.example.test" (keytool only)            | changeit  |
// | javalegacy.p12          | keytool -J-Dkeystore.pkcs12.legacy (3DES key, RC2 certs)          | changeit  |
// | bundle-mixed.pem        | inter.pem, leaf-enc.key, root.pem, leaf.pem (that order)          | pw        |
// | bundle-plain.pem        | root.pem, leaf.key, leaf.pem, inter.pem (unencrypted key)         |           |
// | bundle-traditional.pem  | leaf-traditional.key + leaf.pem + inter.pem + root.pem            |           |
// | bundle-ecparams.pem     | "EC PARAMETERS" block + ec256.key + ec256.pem + inter + root      |           |
// | expired.pem / .key      | leaf by the intermediate, valid 2020-01-01 .. 2021-01-01          |           |
// | notyet.pem / .key       | leaf by the intermediate, valid 2040-01-01 .. 2041-01-01          |           |
// | expired-bundle.pem      | expired.pem + expired.key (no issuer: chain incomplete)           |           |
// Bad inputs:
// | corrupt-header.pfx      | aes.pfx with "XXXX" written at offset 4 (outer structure)         | secret    |
// | corrupt-safe.pfx        | aes.pfx with "XXXX" written at offset 700 (inside a safe)         | secret    |
// | truncated.pfx           | the first 1500 bytes of aes.pfx                                   | secret    |
// | key-only.pem            | leaf.key alone                                                    |           |
// | two-unrelated.pem       | leaf.pem + other.pem                                              |           |
// | gap.pem                 | leaf.pem + root.pem + leaf.key (the intermediate missing)         |           |
// | mismatch.pem            | leaf.pem + inter.pem + other.key                                  |           |
// | two-keys.pem            | leaf.pem + leaf.key + other.key                                   |           |
// | ed25519.pem / .key      | self-signed Ed25519 "CN=Ed25519 Leaf"; ed25519-bundle.pem = both  |           |
// | brainpool.pem / .key    | self-signed EC brainpoolP256r1 "CN=Brainpool Leaf"; -bundle.pem   |           |
// | rsa1024.pem / .key      | RSA 1024 leaf "CN=Weak Leaf" signed by the intermediate with SHA-1 |          |
// | rsa1024-bundle.pem      | rsa1024.pem + rsa1024.key + inter.pem + root.pem                  |           |
// | rsa1024-certonly.pem    | rsa1024.pem + inter.pem + root.pem (no key)                       |           |
// | big.bin                 | 11,000,000 random bytes                                           |           |
// | random.der              | 300 random bytes (first byte never 0x30)                          |           |
// | csr.der / csr.pem       | a certificate signing request (DER / PEM)                         |           |
class CertFixtures
{
public:
    static const CertFixtures &instance();
    ~CertFixtures();

    QString path(QStringView name) const; // absolute path of a fixture (aborts on an unknown name)
    QByteArray bytes(QStringView name) const;
    QString dir() const;
    bool hasKeytool() const; // java.p12 / javalegacy.p12 exist only when true
    QString rootPem() const; // path of root.pem (for `openssl verify -CAfile`)

    // Runs `openssl args...` (working directory: dir()), feeding stdinData; returns stdout. exitCode (optional)
    // receives the exit status; stderr is appended to stdout when `mergeStderr`.
    static QByteArray openssl(const QStringList &args, const QByteArray &stdinData = {}, int *exitCode = nullptr,
                              bool mergeStderr = false);
    // The same for keytool (empty output and exit code -1 when keytool is absent).
    static QByteArray keytool(const QStringList &args, int *exitCode = nullptr);

private:
    CertFixtures();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coffer::test
