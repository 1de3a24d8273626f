#include "models/CertificateListModel.h"

#include "core/common/Clock.h"
#include "core/vault/ObjectFilter.h"
#include "models/CertificateText.h"
#include "models/KeysModel.h"
#include "models/ObjectColors.h"
#include "models/TimeFormat.h"

#include <QBrush>
#include <QMap>

#include <limits>

namespace coffer::models {

namespace {

QString keyOf(const CertificateRow &row)
{
    return objects::nameKey(row.name);
}

bool sameRow(const CertificateRow &a, const CertificateRow &b)
{
    if (a.name != b.name || a.certificate.has_value() != b.certificate.has_value()
        || a.pending.has_value() != b.pending.has_value())
        return false;
    if (a.certificate) {
        const CertificateInfo &x = *a.certificate;
        const CertificateInfo &y = *b.certificate;
        if (x.info.version != y.info.version || x.info.attributes.enabled != y.info.attributes.enabled
            || x.info.attributes.updated != y.info.attributes.updated || x.info.tags != y.info.tags
            || x.versionCount != y.versionCount)
            return false;
    }
    if (a.pending) {
        const CertificateOperationInfo &x = *a.pending;
        const CertificateOperationInfo &y = *b.pending;
        if (x.status != y.status || x.cancellationRequested != y.cancellationRequested || x.csrDer != y.csrDer)
            return false;
    }
    return true;
}

// The CN of a distinguished name given as text ("CN=x, O=y" or "CN=x,O=y"), else the whole name.
QString commonNameOf(const QString &subject)
{
    const QStringList parts = subject.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(QStringLiteral("CN="), Qt::CaseInsensitive))
            return trimmed.mid(3);
    }
    return subject;
}

CertificateStatus statusOf(const CertificateRow &row, const QDateTime &now)
{
    if (!row.certificate)
        return CertificateStatus::Pending;
    return CertificateText::status(*row.certificate, now);
}

} // namespace

CertificateListModel::CertificateListModel(const Clock *clock, QObject *parent)
    : DiffingTableModel(parent)
    , m_clock(clock)
{ }

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ExpiryState CertificateListModel::expiryOf(const CertificateRow &row) const
{
    if (!row.certificate)
        return ExpiryState::None;
    ObjectAttributes attributes = row.certificate->info.attributes;
    if (row.certificate->details.notAfter.isValid())
        attributes.expires = row.certificate->details.notAfter;
    if (row.certificate->details.notBefore.isValid())
        attributes.notBefore = row.certificate->details.notBefore;
    return expiryState(attributes, m_clock->now(), kExpiringSoonDays);
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateRow &row = m_items.at(index.row());
    const QDateTime now = m_clock->now();
    const CertificateInfo *cert = row.certificate ? &*row.certificate : nullptr;
    const CertificateOperationInfo *pending = row.pending ? &*row.pending : nullptr;
    const CertificateStatus status = statusOf(row, now);
    const ExpiryState expiry = expiryOf(row);
    const bool hsm = cert ? cert->hasPrivateKey && cert->keyProtection == Protection::Hsm
                          : pending && pending->keyProtection == Protection::Hsm;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case SubjectColumn: return cert ? cert->details.commonName() : commonNameOf(pending->subject);
        case IssuerColumn:
            return cert ? cert->details.commonName(true) : CertificateText::issuerText(IssuerKind::Unknown);
        case ExpiresColumn: return cert ? formatTime(cert->details.notAfter) : QString();
        case ThumbprintColumn: return cert ? CertificateText::shortThumbprint(cert->details) : QString();
        case KeyColumn:
            return cert ? CertificateText::keyText(*cert)
                        : CertificateText::keyText(pending->keySpec, pending->keyProtection);
        case StatusColumn:
            if (cert && pending)
                return tr("%1 · new version pending").arg(CertificateText::statusText(status));
            return CertificateText::statusText(status);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return cert ? cert->info.id() : pending->id();
        case SubjectColumn: return cert ? cert->details.subject : pending->subject;
        case IssuerColumn: return cert ? cert->details.issuer : QString();
        case ExpiresColumn: return cert ? formatTimeUtc(cert->details.notAfter) : QString();
        case ThumbprintColumn: return cert ? tr("SHA-1 %1").arg(cert->details.sha1Hex()) : QString();
        case StatusColumn: return pending ? CertificateText::pendingStatusText(pending->status) : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == KeyColumn && hsm)
            return QBrush(KeysModel::hsmColor());
        if (index.column() == ExpiresColumn || index.column() == NameColumn)
            return expiryForeground(expiry);
        if (index.column() == StatusColumn)
            return status == CertificateStatus::Disabled ? disabledForeground() : expiryForeground(expiry);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ExpiresColumn)
            return expiryBackground(expiry);
        return {};
    case IdRole: return row.name;
    case EnabledRole: return cert ? cert->info.attributes.enabled : true;
    case ExpiryStateRole: return int(expiry);
    case StatusRole: return int(status);
    case VersionRole: return cert ? cert->info.version : QString();
    case PendingRole: return pending != nullptr;
    case IsHsmRole: return hsm;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return objects::nameKey(row.name);
        case SubjectColumn: return data(index, Qt::DisplayRole).toString().toLower();
        case IssuerColumn: return data(index, Qt::DisplayRole).toString().toLower();
        case ExpiresColumn:
            return cert ? cert->details.notAfter.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case ThumbprintColumn: return cert ? cert->details.sha1Hex() : QString();
        case KeyColumn: return data(index, Qt::DisplayRole).toString();
        case StatusColumn: return int(status);
        }
        return {};
    default: return {};
    }
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SubjectColumn: return tr("The common name (CN) of the certificate's subject");
        case IssuerColumn: return tr("The common name (CN) of the certificate's issuer");
        case ThumbprintColumn: return tr("The SHA-1 thumbprint (Azure's x509ThumbprintHex), shortened");
        case KeyColumn: return tr("The key's type and size, and where its private key is kept");
        }
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Name");
    case SubjectColumn: return tr("Subject");
    case IssuerColumn: return tr("Issuer");
    case ExpiresColumn: return tr("Expires");
    case ThumbprintColumn: return tr("Thumbprint");
    case KeyColumn: return tr("Key");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void CertificateListModel::setCertificates(const QList<CertificateInfo> &certificates,
                                           const QList<CertificateOperationInfo> &pending)
{
    QMap<QString, CertificateRow> rows; // by name key: sorted
    for (const CertificateInfo &certificate : certificates) {
        CertificateRow &row = rows[objects::nameKey(certificate.info.name)];
        row.name = certificate.info.name;
        row.certificate = certificate;
    }
    for (const CertificateOperationInfo &operation : pending) {
        // A completed request is the certificate itself now; only open ones are rows of their own.
        if (operation.status == PendingStatus::Completed)
            continue;
        CertificateRow &row = rows[objects::nameKey(operation.name)];
        if (row.name.isEmpty())
            row.name = operation.name;
        row.pending = operation;
    }
    applyList(QList<CertificateRow>(rows.cbegin(), rows.cend()), keyOf, sameRow);
}

void CertificateListModel::clear()
{
    clearItems();
}

QString CertificateListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    return m_items.at(index.row()).name;
}

QModelIndex CertificateListModel::indexOf(const QString &id) const
{
    const QString key = objects::nameKey(id);
    for (int row = 0; row < m_items.size(); ++row)
        if (keyOf(m_items.at(row)) == key)
            return index(row, 0);
    return {};
}

const CertificateRow *CertificateListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items.at(row);
}

const CertificateRow *CertificateListModel::row(const QString &name) const
{
    const QModelIndex index = indexOf(name);
    return index.isValid() ? &m_items.at(index.row()) : nullptr;
}

} // namespace coffer::models
