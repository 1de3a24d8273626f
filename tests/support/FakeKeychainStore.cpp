#include "tests/support/FakeKeychainStore.h"

namespace coffer::test {

namespace {
QString keyOf(const QString &service, const QString &account)
{
    return service + u'\n' + account;
}
Error refused()
{
    return Error(ErrorCode::KeychainUnavailable, QStringLiteral("the fake keychain refuses"));
}
} // namespace

Result<void> FakeKeychainStore::write(const QString &service, const QString &account, const SecureBytes &secret)
{
    if (m_refusing)
        return refused();
    m_entries.insert(keyOf(service, account), secret.view().toByteArray());
    return {};
}

Result<SecureBytes> FakeKeychainStore::read(const QString &service, const QString &account)
{
    if (m_refusing)
        return refused();
    auto it = m_entries.constFind(keyOf(service, account));
    if (it == m_entries.constEnd())
        return Error(ErrorCode::NotFound, QStringLiteral("no such keychain entry"));
    return SecureBytes(QByteArrayView(*it));
}

Result<void> FakeKeychainStore::remove(const QString &service, const QString &account)
{
    if (m_refusing)
        return refused();
    m_entries.remove(keyOf(service, account));
    return {};
}

} // namespace coffer::test
