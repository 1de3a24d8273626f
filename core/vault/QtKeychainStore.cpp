#include "core/vault/KeychainStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

namespace coffer {

namespace {
// Runs a QtKeychain job to completion with a local event loop (works on any thread with a QCoreApplication).
Error keychainError(QKeychain::Job &job, const QString &what)
{
    const ErrorCode code
            = job.error() == QKeychain::EntryNotFound ? ErrorCode::NotFound : ErrorCode::KeychainUnavailable;
    return Error(code, QStringLiteral("OS keychain: %1 failed: %2").arg(what, job.errorString()));
}

void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

Result<void> QtKeychainStore::write(const QString &service, const QString &account, const SecureBytes &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(account);
    QByteArray copy(secret.constChar(), qsizetype(secret.size()));
    job.setBinaryData(copy);
    OPENSSL_cleanse(copy.data(), std::size_t(copy.size()));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("storing the key"));
    return {};
}

Result<SecureBytes> QtKeychainStore::read(const QString &service, const QString &account)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("reading the key"));
    QByteArray data = job.binaryData();
    SecureBytes out(data.constData(), std::size_t(data.size()));
    OPENSSL_cleanse(data.data(), std::size_t(data.size()));
    return out;
}

Result<void> QtKeychainStore::remove(const QString &service, const QString &account)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, QStringLiteral("removing the key"));
    return {};
}

} // namespace coffer
