#include "models/KeysModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/KeyText.h"
#include "models/ObjectColors.h"
#include "models/SecretListModel.h"
#include "models/TimeFormat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <limits>

namespace coffer::models {

namespace {
bool sameRow(const KeyRow &a, const KeyRow &b)
{
    const VersionInfo &x = a.key.info;
    const VersionInfo &y = b.key.info;
    return a.versions == b.versions && x.name == y.name && x.version == y.version && x.tags == y.tags
            && x.attributes.enabled == y.attributes.enabled && x.attributes.notBefore == y.attributes.notBefore
            && x.attributes.expires == y.attributes.expires && x.attributes.updated == y.attributes.updated
            && a.key.spec == b.key.spec && a.key.protection == b.key.protection && a.key.ops == b.key.ops
            && a.key.exportable == b.key.exportable && a.key.hsmSerial == b.key.hsmSerial;
}

QString keyOf(const KeyRow &row)
{
    return objects::nameKey(row.key.info.name);
}

int statusRank(const ObjectAttributes &attributes, const QDateTime &now)
{
    if (!attributes.enabled)
        return 3;
    if (attributes.isExpiredAt(now))
        return 2;
    if (attributes.isNotYetValidAt(now))
        return 1;
    return 0;
}
} // namespace

QColor KeysModel::hsmColor()
{
    return QColor(0x00, 0x5f, 0x73); // deep teal: apart from the expiry reds and ambers
}

KeysModel::KeysModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyRow &row = m_items.at(index.row());
    const KeyInfo &key = row.key;
    const ObjectAttributes &attributes = key.info.attributes;
    const QDateTime now = m_clock->now();
    const ExpiryState expiry = expiryState(attributes, now, kExpiringSoonDays);
    const bool hsm = key.protection == Protection::Hsm;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return key.info.name;
        case TypeColumn: return KeyText::typeText(key.spec.type);
        case SizeColumn: return KeyText::sizeText(key.spec);
        case ProtectionColumn: return KeyText::protectionText(key.protection);
        case OperationsColumn: return KeyText::opsText(key.ops);
        case ExpiresColumn: return attributes.expires ? formatTime(*attributes.expires) : QString();
        case VersionsColumn: return row.versions;
        case UpdatedColumn: return formatTime(attributes.updated);
        case StatusColumn: return KeyText::statusText(attributes, now);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return key.kid();
        case TypeColumn: return key.kty();
        case ProtectionColumn: return KeyText::protectionDetails(key);
        case OperationsColumn: return KeyText::opsText(key.ops);
        case ExpiresColumn:
        case StatusColumn: return SecretListModel::expiryText(attributes, now);
        case UpdatedColumn: return formatTimeUtc(attributes.updated);
        }
        return {};
    case Qt::DecorationRole:
        // A swatch beside "HSM": with the colour and the tooltip, the badge no one misses.
        if (index.column() == ProtectionColumn && hsm)
            return hsmColor();
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProtectionColumn && hsm)
            return QBrush(hsmColor());
        if (index.column() == ExpiresColumn || index.column() == NameColumn)
            return expiryForeground(expiry);
        if (index.column() == StatusColumn)
            return attributes.enabled ? expiryForeground(expiry) : disabledForeground();
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ExpiresColumn)
            return expiryBackground(expiry);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VersionsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole: return key.info.name;
    case EnabledRole: return attributes.enabled;
    case ExpiryStateRole: return int(expiry);
    case VersionRole: return key.info.version;
    case IsHsmRole: return hsm;
    case HsmSerialRole: return key.hsmSerial;
    case KeyTypeRole: return int(key.spec.type);
    case SortRole:
        switch (index.column()) {
        case NameColumn: return objects::nameKey(key.info.name);
        case TypeColumn: return int(key.spec.type);
        case SizeColumn: return int(key.spec.type) * 100000 + key.spec.bits;
        case ProtectionColumn: return hsm ? 1 : 0;
        case OperationsColumn: return KeyText::opsText(key.ops);
        case ExpiresColumn:
            return attributes.expires ? attributes.expires->toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case VersionsColumn: return row.versions;
        case UpdatedColumn: return attributes.updated.toSecsSinceEpoch();
        case StatusColumn: return statusRank(attributes, now);
        }
        return {};
    default: return {};
    }
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ProtectionColumn: return tr("Software (in the vault database) or HSM (on the vault's PKCS#11 token)");
        case OperationsColumn: return tr("The operations the key permits (key_ops)");
        case VersionsColumn: return tr("How many versions the key has");
        }
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size/curve");
    case ProtectionColumn: return tr("Protection");
    case OperationsColumn: return tr("Operations");
    case ExpiresColumn: return tr("Expires");
    case VersionsColumn: return tr("Versions");
    case UpdatedColumn: return tr("Updated");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void KeysModel::setKeys(const QList<KeyInfo> &keys, const QHash<QString, int> &versionCounts)
{
    QList<KeyRow> incoming;
    incoming.reserve(keys.size());
    for (const KeyInfo &key : keys)
        incoming.append({key, std::max(1, versionCounts.value(objects::nameKey(key.info.name), 1))});
    std::sort(incoming.begin(), incoming.end(), [](const KeyRow &a, const KeyRow &b) { return keyOf(a) < keyOf(b); });
    applyList(incoming, keyOf, sameRow);
}

void KeysModel::clear()
{
    clearItems();
}

QString KeysModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).key.info.name;
}

QModelIndex KeysModel::indexOf(const QString &id) const
{
    const QString key = objects::nameKey(id);
    for (int row = 0; row < m_items.size(); ++row)
        if (keyOf(m_items.at(row)) == key)
            return index(row, 0);
    return {};
}

const KeyRow *KeysModel::rowAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

const KeyInfo *KeysModel::key(const QString &name) const
{
    const QModelIndex index = indexOf(name);
    return index.isValid() ? &m_items.at(index.row()).key : nullptr;
}

} // namespace coffer::models
