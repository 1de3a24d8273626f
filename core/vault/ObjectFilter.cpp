#include "core/vault/ObjectFilter.h"

namespace coffer {

ObjectFilter::ObjectFilter(const QString &text, int soonDays)
    : m_terms(text.toLower().split(u' ', Qt::SkipEmptyParts))
    , m_soonDays(soonDays)
{ }

ExpiryState expiryState(const ObjectAttributes &attributes, const QDateTime &now, int soonDays)
{
    if (attributes.isNotYetValidAt(now))
        return ExpiryState::NotYetValid;
    if (!attributes.expires)
        return ExpiryState::None;
    if (*attributes.expires <= now)
        return ExpiryState::Expired;
    if (*attributes.expires <= now.addDays(soonDays))
        return ExpiryState::ExpiringSoon;
    return ExpiryState::Valid;
}

bool ObjectFilter::matches(const VersionInfo &info, const QDateTime &now) const
{
    for (const QString &term : m_terms) {
        bool hit = false;
        if (term == u"enabled")
            hit = info.attributes.enabled;
        else if (term == u"disabled")
            hit = !info.attributes.enabled;
        else if (term == u"expired")
            hit = expiryState(info.attributes, now, m_soonDays) == ExpiryState::Expired;
        else if (term == u"expiring")
            hit = expiryState(info.attributes, now, m_soonDays) == ExpiryState::ExpiringSoon;
        if (!hit)
            hit = info.name.contains(term, Qt::CaseInsensitive) || info.contentType.contains(term, Qt::CaseInsensitive);
        for (auto it = info.tags.cbegin(); !hit && it != info.tags.cend(); ++it)
            hit = it.key().contains(term, Qt::CaseInsensitive) || it.value().contains(term, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

} // namespace coffer
