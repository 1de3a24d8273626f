#include "core/vault/BackupKeys.h"

#include "core/access/Engine.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Argon2Kdf.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {
constexpr char kKeyFileFormat[] = "coffer-backup-key";
const QByteArray kKeyFileAad = QByteArrayLiteral("coffer/backup-key-file/v1");
} // namespace

BackupKeys::BackupKeys(access::Engine &engine)
    : m_engine(engine)
    , m_db(engine.database())
    , m_clock(engine.clock())
{ }

QString BackupKeys::idOf(const SecureBytes &key)
{
    return QString::fromLatin1(
            crypto::sha256(QByteArray(QByteArray("coffer/backup-key-id\0", 21) + key.view().toByteArray()))
                    .left(8)
                    .toHex());
}

Result<void> BackupKeys::insert(const SecureBytes &key, bool own)
{
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO backup_keys (key_id, key, own, added) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, idOf(key)).bind(2, key).bind(3, own).bind(4, m_clock.now().toSecsSinceEpoch());
    return stmt->run();
}

Result<BackupKeys::Key> BackupKeys::ownKey()
{
    auto stmt = m_db.prepare("SELECT key_id, key FROM backup_keys WHERE own = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::Internal, QStringLiteral("this vault has no backup key"));
    return Key {stmt->text(0), stmt->secureBlob(1), true};
}

Result<BackupKeys::Key> BackupKeys::find(const QString &keyId)
{
    auto stmt = m_db.prepare("SELECT key_id, key, own FROM backup_keys WHERE key_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, keyId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, QStringLiteral("this vault does not hold backup key %1").arg(keyId));
    return Key {stmt->text(0), stmt->secureBlob(1), stmt->int64(2) != 0};
}

Result<QString> BackupKeys::ownKeyId()
{
    return m_engine.run(access::Operation::BackupKeyList, access::Resource::vault(), [&]() -> Result<QString> {
        auto own = ownKey();
        if (!own)
            return own.error();
        return own->id;
    });
}

Result<QList<QString>> BackupKeys::keyIds()
{
    return m_engine.run(access::Operation::BackupKeyList, access::Resource::vault(), [&] { return listKeyIds(); });
}

Result<QList<QString>> BackupKeys::listKeyIds()
{
    auto stmt = m_db.prepare("SELECT key_id FROM backup_keys ORDER BY own DESC, added");
    if (!stmt)
        return stmt.error();
    QList<QString> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(stmt->text(0));
    }
    return out;
}

Result<QByteArray> BackupKeys::exportOwnKey(const SecureString &passphrase, std::optional<Argon2Params> kdf)
{
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a passphrase is needed to protect the exported key"));
    // Before the KDF (and again inside the lock). The operation also requires SecretGet at the vault: the key
    // opens every backup of the family (Operation.cpp).
    COFFER_TRY(m_engine.authorize(access::Operation::BackupKeyExport, access::Resource::vault()));
    const Argon2Params params = kdf ? *kdf : crypto::calibrateArgon2();
    const QByteArray salt = crypto::randomBytes(16);
    auto kek = crypto::argon2id(passphrase, salt, params);
    if (!kek)
        return kek.error();
    return m_engine.run(access::Operation::BackupKeyExport, access::Resource::vault(),
                        [&] { return sealOwnKey(*kek, params, salt); });
}

Result<QByteArray> BackupKeys::sealOwnKey(const SecureBytes &kek, const Argon2Params &params, const QByteArray &salt)
{
    auto own = ownKey();
    if (!own)
        return own.error();
    auto sealed = crypto::sealAes256Gcm(kek, own->key.view(), kKeyFileAad);
    if (!sealed)
        return sealed.error();
    const QJsonObject json {
            {QStringLiteral("format"), QLatin1StringView(kKeyFileFormat)},
            {QStringLiteral("version"), 1},
            {QStringLiteral("keyId"), own->id},
            {QStringLiteral("kdf"),
             QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                          {QStringLiteral("memoryKiB"), qint64(params.memoryKiB)},
                          {QStringLiteral("iterations"), qint64(params.iterations)},
                          {QStringLiteral("parallelism"), qint64(params.parallelism)},
                          {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
            {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toBase64())},
            {QStringLiteral("ciphertext"), QString::fromLatin1(sealed->ciphertext.toBase64())},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<QString> BackupKeys::importKey(QByteArrayView file, const SecureString &passphrase)
{
    const auto bad = [](const QString &why) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not a Coffer backup key file: %1").arg(why));
    };
    COFFER_TRY(m_engine.authorize(access::Operation::BackupKeyImport, access::Resource::vault()));
    const QJsonObject json = QJsonDocument::fromJson(file.toByteArray()).object();
    if (json.value(u"format").toString() != QLatin1StringView(kKeyFileFormat))
        return bad(QStringLiteral("the format field is missing"));
    if (json.value(u"version").toInt() != 1)
        return Error(ErrorCode::UnsupportedFormat, QStringLiteral("the backup key file was written by a newer Coffer"));
    const QJsonObject kdf = json.value(u"kdf").toObject();
    const Argon2Params params {quint32(kdf.value(u"memoryKiB").toInteger()),
                               quint32(kdf.value(u"iterations").toInteger()),
                               quint32(kdf.value(u"parallelism").toInteger())};
    const QByteArray salt = QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1());
    const crypto::Sealed sealed {QByteArray::fromBase64(json.value(u"nonce").toString().toLatin1()),
                                 QByteArray::fromBase64(json.value(u"ciphertext").toString().toLatin1())};
    if (!params.isSane() || salt.size() < 16)
        return bad(QStringLiteral("its key derivation settings are out of bounds"));
    auto kek = crypto::argon2id(passphrase, salt, params);
    if (!kek)
        return kek.error();
    return m_engine.run(access::Operation::BackupKeyImport, access::Resource::vault(), [&]() -> Result<QString> {
        auto key = crypto::openAes256Gcm(*kek, sealed, kKeyFileAad);
        if (!key) {
            if (key.error().code() == ErrorCode::WrongCredential)
                return Error(ErrorCode::WrongCredential,
                             QStringLiteral("the passphrase does not open this backup key "
                                            "file (or the file was altered)"));
            return key.error();
        }
        if (key->size() != 32)
            return bad(QStringLiteral("the key has the wrong size"));
        COFFER_TRY(insert(*key, false));
        m_engine.noteDetail(QStringLiteral("keyId"), idOf(*key));
        return idOf(*key);
    });
}

} // namespace coffer
