#pragma once

#include "core/vault/ObjectTypes.h"

#include <QDateTime>
#include <QString>

namespace coffer {

// What the console's filter box and the CLI's --query mean, in one place: every whitespace-separated term must
// match the name, the content type, a tag name or a tag value (case-insensitive substring), or be one of the
// state words "enabled", "disabled", "expired", "expiring" (within `soonDays` of now).
class ObjectFilter
{
public:
    explicit ObjectFilter(const QString &text = {}, int soonDays = 30);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const VersionInfo &info, const QDateTime &now) const;

private:
    QStringList m_terms;
    int m_soonDays;
};

// Expiry state for colouring and sorting.
enum class ExpiryState { None, Valid, ExpiringSoon, Expired, NotYetValid };
ExpiryState expiryState(const ObjectAttributes &attributes, const QDateTime &now, int soonDays = 30);

} // namespace coffer
