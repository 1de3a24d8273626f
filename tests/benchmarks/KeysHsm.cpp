// Group "keys-hsm": KeyStore::sign with keys on a fresh SoftHSM2 token (RSA-HSM 2048 RS256, EC-HSM P-256 ES256)
// against raw PKCS#11 C_SignInit + C_Sign on the same token and the same key object, in the same run.
//
// The raw side does not dlopen the module itself: PKCS#11 allows one C_Initialize per process, and core's
// Pkcs11Module owns it. Pkcs11Module::load(path) returns that module (already initialised by the vault's bind)
// and its function list; from there on every call is the bench's own.
#include "core/hsm/HsmToken.h"
#include "core/hsm/Pkcs11Module.h"
#include "core/vault/HsmBinding.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "tests/benchmarks/BareSqlcipher.h"
#include "tests/benchmarks/BenchContext.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/Measure.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstring>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace coffer::bench {

namespace {
constexpr int kWarmupRounds = 2;
constexpr char kModule[] = "/usr/lib/softhsm/libsofthsm2.so";
constexpr char kTokenLabel[] = "coffer-bench";
constexpr char kPin[] = "1234";
constexpr char kSoPin[] = "5678";
// DER DigestInfo prefix of SHA-256 (RFC 8017 section 9.2, note 1): CKM_RSA_PKCS signs DigestInfo || digest.
constexpr unsigned char kSha256DigestInfo[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                               0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};
constexpr CK_ULONG kMaxSignature = 512;

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

QString ckr(CK_RV rv)
{
    return QStringLiteral("CKR 0x%1").arg(qulonglong(rv), 0, 16);
}

// Why the group cannot run here (empty: it can).
QString skipReason()
{
    if (!QFileInfo::exists(QString::fromLatin1(kModule)))
        return QStringLiteral("%1 is not installed (apt install softhsm2)").arg(QString::fromLatin1(kModule));
    if (QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty())
        return QStringLiteral("softhsm2-util is not on PATH (apt install softhsm2)");
    return {};
}

// A fresh SoftHSM2 token in the bench's folder. SOFTHSM2_CONF is set before the module is first loaded in this
// process (SoftHSM reads it at C_Initialize) and passed to softhsm2-util.
Result<void> makeToken(const QString &parent)
{
    const QDir folder(parent);
    const QString tokens = folder.filePath(QStringLiteral("softhsm-tokens"));
    const QString conf = folder.filePath(QStringLiteral("softhsm2.conf"));
    // A token folder of this run only (a --dir used before may hold an older token with the same label).
    if (!QDir(tokens).removeRecursively() || !QDir().mkpath(tokens))
        return Error(ErrorCode::Io, QStringLiteral("cannot make %1").arg(tokens));
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(conf, file.errorString()));
    file.write(QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                       .arg(tokens)
                       .toUtf8());
    file.close();
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf));
    QProcess util;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOFTHSM2_CONF"), conf);
    util.setProcessEnvironment(environment);
    util.start(QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")),
               {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                QString::fromLatin1(kTokenLabel), QStringLiteral("--pin"), QString::fromLatin1(kPin),
                QStringLiteral("--so-pin"), QString::fromLatin1(kSoPin)});
    if (!util.waitForFinished(60000) || util.exitStatus() != QProcess::NormalExit || util.exitCode() != 0)
        return Error(ErrorCode::HsmUnavailable,
                     QStringLiteral("softhsm2-util --init-token failed: %1")
                             .arg(QString::fromLocal8Bit(util.readAllStandardError())));
    return {};
}

// The honest PKCS#11 limit: a session of the bench's own on the token, logged in (the login is per application,
// so CKR_USER_ALREADY_LOGGED_IN after the vault's login is fine), the private key object found once by CKA_ID;
// per signature C_SignInit + C_Sign into a fixed buffer.
class RawSigner
{
public:
    ~RawSigner()
    {
        if (m_f && m_session != CK_INVALID_HANDLE)
            m_f->C_CloseSession(m_session); // no C_Logout: the login is shared with the vault's sessions
    }

    Result<void> open(const QString &modulePath)
    {
        auto module = hsm::Pkcs11Module::load(modulePath);
        if (!module)
            return module.error();
        m_module = *module;
        m_f = m_module->functions();
        CK_ULONG count = 0;
        if (CK_RV rv = m_f->C_GetSlotList(CK_TRUE, nullptr, &count); rv != CKR_OK)
            return failed("C_GetSlotList", rv);
        std::vector<CK_SLOT_ID> slots(count);
        if (CK_RV rv = m_f->C_GetSlotList(CK_TRUE, slots.data(), &count); rv != CKR_OK)
            return failed("C_GetSlotList", rv);
        for (CK_ULONG i = 0; i < count && m_session == CK_INVALID_HANDLE; ++i) {
            CK_TOKEN_INFO info;
            if (m_f->C_GetTokenInfo(slots[i], &info) != CKR_OK
                || hsm::p11::paddedText(info.label, sizeof info.label) != QLatin1StringView(kTokenLabel))
                continue;
            if (CK_RV rv = m_f->C_OpenSession(slots[i], CKF_SERIAL_SESSION, nullptr, nullptr, &m_session); rv != CKR_OK)
                return failed("C_OpenSession", rv);
        }
        if (m_session == CK_INVALID_HANDLE)
            return Error(ErrorCode::HsmUnavailable,
                         QStringLiteral("no token labelled %1").arg(QLatin1StringView(kTokenLabel)));
        auto *pin = reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char *>(kPin));
        if (CK_RV rv = m_f->C_Login(m_session, CKU_USER, pin, sizeof kPin - 1);
            rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
            return failed("C_Login", rv);
        return {};
    }

    Result<CK_OBJECT_HANDLE> privateKey(const QByteArray &id)
    {
        CK_OBJECT_CLASS keyClass = CKO_PRIVATE_KEY;
        CK_ATTRIBUTE query[] = {{CKA_CLASS, &keyClass, sizeof keyClass},
                                {CKA_ID, const_cast<char *>(id.constData()), CK_ULONG(id.size())}};
        if (CK_RV rv = m_f->C_FindObjectsInit(m_session, query, 2); rv != CKR_OK)
            return failed("C_FindObjectsInit", rv);
        CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
        CK_ULONG found = 0;
        const CK_RV rv = m_f->C_FindObjects(m_session, &object, 1, &found);
        m_f->C_FindObjectsFinal(m_session);
        if (rv != CKR_OK)
            return failed("C_FindObjects", rv);
        if (found != 1)
            return Error(ErrorCode::NotFound, QStringLiteral("the token has no private key with the key's CKA_ID"));
        return object;
    }

    // RS256: CKM_RSA_PKCS over DigestInfo || digest; ES256: CKM_ECDSA over the digest (raw r||s).
    bool sign(CK_OBJECT_HANDLE key, bool rsa, const QByteArray &digest, unsigned char *out, CK_ULONG &length)
    {
        CK_MECHANISM mechanism {rsa ? CKM_RSA_PKCS : CKM_ECDSA, nullptr, 0};
        unsigned char input[sizeof kSha256DigestInfo + 32];
        CK_ULONG inputLength = 0;
        if (rsa) {
            std::memcpy(input, kSha256DigestInfo, sizeof kSha256DigestInfo);
            inputLength = sizeof kSha256DigestInfo;
        }
        std::memcpy(input + inputLength, digest.constData(), 32);
        inputLength += 32;
        return m_f->C_SignInit(m_session, &mechanism, key) == CKR_OK
                && m_f->C_Sign(m_session, input, inputLength, out, &length) == CKR_OK;
    }

private:
    static Error failed(const char *call, CK_RV rv)
    {
        return Error(ErrorCode::HsmUnavailable, QStringLiteral("%1: %2").arg(QLatin1StringView(call), ckr(rv)));
    }

    std::shared_ptr<hsm::Pkcs11Module> m_module;
    CK_FUNCTION_LIST_PTR m_f = nullptr;
    CK_SESSION_HANDLE m_session = CK_INVALID_HANDLE;
};

// Whether an RSA or raw r||s signature verifies with the key's public half (DER SubjectPublicKeyInfo).
bool verifies(const QByteArray &publicDer, bool rsa, const QByteArray &digest, const QByteArray &signature)
{
    const unsigned char *p = uc(publicDer);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(d2i_PUBKEY(nullptr, &p, long(publicDer.size())),
                                                             &EVP_PKEY_free);
    return verifiesDer(pkey.get(), rsa, digest, rsa ? signature : ecdsaRawToDer(signature));
}

struct Algorithm
{
    QString name; // "bench-rsa-hsm"
    KeySpec spec;
    SignAlg alg;
    QString label; // "RS256, RSA-HSM 2048"
};

Result<void> measureAlgorithm(BenchContext &context, KeyStore &keys, hsm::HsmToken &token, RawSigner &raw,
                              BareAuditWriter &audit, const Algorithm &a)
{
    KeyCreateRequest request;
    request.spec = a.spec;
    request.protection = Protection::Hsm;
    auto created = keys.create(a.name, request);
    if (!created)
        return created.error();
    auto object = raw.privateKey(created->hsmId);
    if (!object)
        return object.error();
    const hsm::HsmKeyRef ref {created->hsmId, created->spec};
    const bool rsa = a.spec.type == KeyType::Rsa;
    const std::vector<QByteArray> digests = benchDigests();
    const int signs = signsPerSample(context.options.signs, rsa);

    // The same object signs on every side: RS256 signatures are equal byte for byte, ES256 ones verify with the
    // key's public half.
    {
        auto coffer = keys.sign(a.name, {}, a.alg, digests[0]);
        if (!coffer)
            return coffer.error();
        QByteArray bare(qsizetype(kMaxSignature), '\0');
        CK_ULONG length = kMaxSignature;
        if (!raw.sign(*object, rsa, digests[0], reinterpret_cast<unsigned char *>(bare.data()), length))
            return Error(ErrorCode::HsmUnavailable, QStringLiteral("bare C_Sign failed"));
        bare.truncate(qsizetype(length));
        const bool agree = rsa ? coffer->signature == bare
                               : verifies(created->publicDer, false, digests[0], coffer->signature)
                        && verifies(created->publicDer, false, digests[0], bare);
        if (!agree)
            return Error(ErrorCode::Internal,
                         QStringLiteral("%1: Coffer's and the bare signature do not agree").arg(a.label));
    }

    auto cofferSigns = [&] { return timeCofferSigns(keys, a.name, a.alg, digests, signs); };
    auto tokenSigns = [&]() -> Result<qint64> {
        qint64 bytes = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < signs; ++i) {
            auto signature = token.sign(ref, a.alg, digests[std::size_t(i % kDigestCount)]);
            if (!signature)
                return signature.error();
            bytes += signature->size();
        }
        const qint64 ns = timer.nsecsElapsed();
        if (bytes <= 0)
            return Error(ErrorCode::Internal, QStringLiteral("HsmToken::sign returned no signatures"));
        return ns;
    };
    unsigned char buffer[kMaxSignature];
    auto bareSigns = [&](bool audited) -> Result<qint64> {
        qint64 bytes = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < signs; ++i) {
            if (audited)
                COFFER_TRY(audit.begin());
            CK_ULONG length = kMaxSignature;
            if (!raw.sign(*object, rsa, digests[std::size_t(i % kDigestCount)], buffer, length)) {
                audit.rollback();
                return Error(ErrorCode::HsmUnavailable, QStringLiteral("bare C_Sign failed"));
            }
            if (audited)
                COFFER_TRY(audit.insertAndCommit());
            bytes += qint64(length);
        }
        const qint64 ns = timer.nsecsElapsed();
        if (bytes <= 0)
            return Error(ErrorCode::Internal, QStringLiteral("bare C_Sign returned no signatures"));
        return ns;
    };
    const QString alg = a.label.section(u',', 0, 0);
    QList<Measurement> measurements {
            {QStringLiteral("KeyStore::sign %1").arg(a.label), cofferSigns, {}},
            {QStringLiteral("bare C_SignInit+C_Sign %1 (same object)").arg(alg), [&] { return bareSigns(false); }, {}},
            {QStringLiteral("bare %1 C_Sign + BEGIN+INSERT+COMMIT").arg(alg), [&] { return bareSigns(true); }, {}},
            {QStringLiteral("HsmToken::sign %1 (core/hsm, no vault)").arg(alg), tokenSigns, {}},
    };
    progress(QStringLiteral("keys-hsm: %1, %2 signatures per sample").arg(a.label).arg(signs));
    COFFER_TRY(measure(measurements, kWarmupRounds, context.options.repeat));
    addSignRows(context, QStringLiteral("keys-hsm"), measurements, signs, kHsmSignGoal);
    return {};
}

} // namespace

Result<void> runKeysHsmGroup(BenchContext &context)
{
    if (const QString why = skipReason(); !why.isEmpty()) {
        progress(QStringLiteral("keys-hsm: skipped: ") + why);
        context.notes << QStringLiteral("[keys-hsm] skipped: ") + why;
        return {};
    }
    COFFER_TRY(makeToken(context.parent));
    const QString module = QString::fromLatin1(kModule);
    const SecureString pin = SecureString::fromUtf8(kPin);

    std::unique_ptr<Vault> vault;
    auto made = BenchVault::make(context.parent, QStringLiteral("keys-hsm"), 0, context.clock, &vault);
    if (!made)
        return made.error();
    if (auto bound = vault->hsm().bind(module, QString::fromLatin1(kTokenLabel), pin); !bound)
        return bound.error();
    auto key = made->masterKey();
    if (!key)
        return key.error();
    auto bare = BareSqlcipher::open(made->databaseFile, *key);
    if (!bare)
        return bare.error();
    auto audit = BareAuditWriter::open((*bare)->handle());
    if (!audit)
        return audit.error();
    RawSigner raw;
    COFFER_TRY(raw.open(module));
    // core/hsm's own token object (its session pool), outside the vault: the middle row.
    auto token = hsm::HsmToken::open({module, QString::fromLatin1(kTokenLabel), {}}, pin);
    if (!token)
        return token.error();

    const QList<Algorithm> algorithms {
            {QStringLiteral("bench-rsa-hsm"), KeySpec::rsa(2048), SignAlg::RS256,
             QStringLiteral("RS256, RSA-HSM 2048")},
            {QStringLiteral("bench-ec-hsm"), KeySpec::ec(Curve::P256), SignAlg::ES256,
             QStringLiteral("ES256, EC-HSM P-256")},
    };
    for (const Algorithm &algorithm : algorithms)
        COFFER_TRY(measureAlgorithm(context, vault->keys(), **token, raw, **audit, algorithm));
    return {};
}

} // namespace coffer::bench
