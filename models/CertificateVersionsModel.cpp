#include "models/CertificateVersionsModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/CertificateListModel.h"
#include "models/CertificateText.h"
#include "models/ObjectColors.h"
#include "models/TimeFormat.h"

#include <algorithm>

namespace coffer::models {

CertificateVersionsModel::CertificateVersionsModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int CertificateVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CertificateVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateInfo &cert = m_items.at(index.row());
    const QDateTime now = m_clock->now();
    const bool current = index.row() == 0;
    ObjectAttributes attributes = cert.info.attributes;
    attributes.expires = cert.details.notAfter;
    attributes.notBefore = cert.details.notBefore;
    const ExpiryState expiry = expiryState(attributes, now, CertificateListModel::kExpiringSoonDays);
    const CertificateStatus status = CertificateText::status(cert, now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return current ? tr("(current) %1").arg(cert.info.version) : cert.info.version;
        case StatusColumn: return CertificateText::statusText(status);
        case NotBeforeColumn: return formatTime(cert.details.notBefore);
        case ExpiresColumn: return formatTime(cert.details.notAfter);
        case ThumbprintColumn: return CertificateText::shortThumbprint(cert.details);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn: return cert.info.id();
        case ThumbprintColumn: return cert.details.sha1Hex();
        case ExpiresColumn: return formatTimeUtc(cert.details.notAfter);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn)
            return expiryForeground(expiry);
        if (index.column() == StatusColumn)
            return status == CertificateStatus::Disabled ? disabledForeground() : expiryForeground(expiry);
        return {};
    case IdRole: return cert.info.version;
    case EnabledRole: return cert.info.attributes.enabled;
    case IsCurrentRole: return current;
    default: return {};
    }
}

QVariant CertificateVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case StatusColumn: return tr("Status");
    case NotBeforeColumn: return tr("Valid from");
    case ExpiresColumn: return tr("Expires");
    case ThumbprintColumn: return tr("Thumbprint");
    }
    return {};
}

void CertificateVersionsModel::setVersions(const QString &name, const QList<CertificateInfo> &oldestFirst)
{
    beginResetModel();
    m_name = name;
    m_items = oldestFirst;
    std::reverse(m_items.begin(), m_items.end());
    endResetModel();
}

void CertificateVersionsModel::clear()
{
    setVersions(QString(), {});
}

const CertificateInfo *CertificateVersionsModel::infoAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

} // namespace coffer::models
