#include "models/SecretListModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/Counts.h"
#include "models/ObjectColors.h"
#include "models/TimeFormat.h"

#include <algorithm>
#include <limits>

namespace coffer::models {

namespace {
bool sameMetadata(const VersionInfo &a, const VersionInfo &b)
{
    return a.name == b.name && a.version == b.version && a.contentType == b.contentType && a.tags == b.tags
            && a.attributes.enabled == b.attributes.enabled && a.attributes.notBefore == b.attributes.notBefore
            && a.attributes.expires == b.attributes.expires && a.attributes.updated == b.attributes.updated;
}

bool byKey(const VersionInfo &a, const VersionInfo &b)
{
    return objects::nameKeyLess(a.name, b.name);
}
} // namespace

SecretListModel::SecretListModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int SecretListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SecretListModel::tagsText(const Tags &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + u'=' + it.value());
    return parts.join(QStringLiteral(", "));
}

QString SecretListModel::enabledText(bool enabled)
{
    return enabled ? tr("Enabled") : tr("Disabled");
}

QString SecretListModel::expiryText(const ObjectAttributes &attributes, const QDateTime &now)
{
    switch (expiryState(attributes, now, kExpiringSoonDays)) {
    case ExpiryState::None: return tr("No expiry date");
    case ExpiryState::Valid:
    case ExpiryState::ExpiringSoon: {
        const qint64 days = now.daysTo(*attributes.expires);
        if (days < 1)
            return tr("Expires within a day (%1)").arg(formatTimeUtc(*attributes.expires));
        return tr("Expires in %1 (%2)").arg(counts::days(days), formatTimeUtc(*attributes.expires));
    }
    case ExpiryState::Expired: return tr("Expired on %1").arg(formatTimeUtc(*attributes.expires));
    case ExpiryState::NotYetValid: return tr("Not valid before %1").arg(formatTimeUtc(*attributes.notBefore));
    }
    return {};
}

QVariant SecretListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionInfo &info = m_items.at(index.row());
    const QDateTime now = m_clock->now();
    const ExpiryState expiry = expiryState(info.attributes, now, kExpiringSoonDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return info.name;
        case ContentTypeColumn: return info.contentType;
        case EnabledColumn: return enabledText(info.attributes.enabled);
        case ExpiresColumn: return info.attributes.expires ? formatTime(*info.attributes.expires) : QString();
        case UpdatedColumn: return formatTime(info.attributes.updated);
        case TagsColumn: return tagsText(info.tags);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ExpiresColumn: return expiryText(info.attributes, now);
        case UpdatedColumn: return formatTimeUtc(info.attributes.updated);
        case NameColumn: return info.id();
        case TagsColumn: return tagsText(info.tags);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn || index.column() == NameColumn)
            return expiryForeground(expiry);
        if (index.column() == EnabledColumn && !info.attributes.enabled)
            return disabledForeground();
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ExpiresColumn)
            return expiryBackground(expiry);
        return {};
    case IdRole: return info.name;
    case EnabledRole: return info.attributes.enabled;
    case ExpiryStateRole: return int(expiry);
    case VersionRole: return info.version;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return objects::nameKey(info.name);
        case ContentTypeColumn: return info.contentType.toLower();
        case EnabledColumn: return info.attributes.enabled ? 1 : 0;
        case ExpiresColumn:
            // No expiry sorts after every date.
            return info.attributes.expires ? info.attributes.expires->toSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::max();
        case UpdatedColumn: return info.attributes.updated.toSecsSinceEpoch();
        case TagsColumn: return tagsText(info.tags).toLower();
        }
        return {};
    default: return {};
    }
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ContentTypeColumn: return tr("Content type");
    case EnabledColumn: return tr("Status");
    case ExpiresColumn: return tr("Expires");
    case UpdatedColumn: return tr("Updated");
    case TagsColumn: return tr("Tags");
    }
    return {};
}

void SecretListModel::setSecrets(const QList<VersionInfo> &secrets)
{
    QList<VersionInfo> incoming = secrets;
    std::sort(incoming.begin(), incoming.end(), byKey);
    applyList(
            incoming, [](const VersionInfo &info) { return objects::nameKey(info.name); }, sameMetadata);
}

void SecretListModel::clear()
{
    clearItems();
}

QString SecretListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).name;
}

QModelIndex SecretListModel::indexOf(const QString &id) const
{
    const QString key = objects::nameKey(id);
    for (int row = 0; row < m_items.size(); ++row)
        if (objects::nameKey(m_items.at(row).name) == key)
            return index(row, 0);
    return {};
}

const VersionInfo *SecretListModel::infoAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

const VersionInfo *SecretListModel::info(const QString &name) const
{
    const QModelIndex index = indexOf(name);
    return index.isValid() ? &m_items.at(index.row()) : nullptr;
}

} // namespace coffer::models
