#pragma once

#include "core/vault/KeychainStore.h"

#include <QHash>

namespace coffer::test {

// An in-memory keychain. `setRefusing(true)` makes every call fail as a locked or absent keychain would.
class FakeKeychainStore final : public KeychainStore
{
public:
    Result<void> write(const QString &service, const QString &account, const SecureBytes &secret) override;
    Result<SecureBytes> read(const QString &service, const QString &account) override;
    Result<void> remove(const QString &service, const QString &account) override;

    void setRefusing(bool refusing) { m_refusing = refusing; }
    int entryCount() const { return int(m_entries.size()); }

private:
    QHash<QString, QByteArray> m_entries;
    bool m_refusing = false;
};

} // namespace coffer::test
