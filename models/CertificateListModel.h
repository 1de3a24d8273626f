#pragma once

#include "core/vault/CertificateTypes.h"
#include "core/vault/ObjectFilter.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QColor>
#include <QList>

#include <optional>

namespace coffer {
class Clock;
}

namespace coffer::models {

// One row of the Certificates page: a certificate (its current version), a pending request (issuer Unknown:
// a CSR waiting for the signed certificate), or both when a new version of a certificate is pending.
struct CertificateRow
{
    QString name;
    std::optional<CertificateInfo> certificate;
    std::optional<CertificateOperationInfo> pending;
};

// The certificates of one vault, never private material. Ids are certificate names. Colours by the injected
// clock: the Expires column is red once expired and amber within kExpiringSoonDays.
class CertificateListModel : public DiffingTableModel<CertificateRow>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SubjectColumn,
        IssuerColumn,
        ExpiresColumn,
        ThumbprintColumn,
        KeyColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the name
        SortRole, // a value that sorts each column naturally
        EnabledRole, // bool
        ExpiryStateRole, // int(coffer::ExpiryState)
        StatusRole, // int(CertificateStatus)
        VersionRole, // the current version's id ("" for a pending-only row)
        PendingRole, // bool: a request is pending for this name
        IsHsmRole, // bool
    };
    static constexpr int kExpiringSoonDays = 30;

    explicit CertificateListModel(const Clock *clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh listing: certificates (current versions) and pending requests, one row per name.
    void setCertificates(const QList<CertificateInfo> &certificates,
                         const QList<CertificateOperationInfo> &pending = {});
    void clear();

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;
    const CertificateRow *rowAt(int row) const;
    const CertificateRow *row(const QString &name) const;
    const Clock *clock() const { return m_clock; }
    ExpiryState expiryOf(const CertificateRow &row) const;

private:
    const Clock *m_clock;
};

} // namespace coffer::models
