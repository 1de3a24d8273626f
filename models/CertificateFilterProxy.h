#pragma once

#include "core/vault/ObjectFilter.h"
#include "models/ObjectListInterface.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace coffer::models {

class CertificateListModel;

// Filters the certificate list and sorts every column by CertificateListModel::SortRole. Each word of the filter
// must match as core's ObjectFilter matches it (name, tag name or value, enabled/disabled/expired/expiring), or be
// part of the subject or issuer, the start of a thumbprint (SHA-1 or SHA-256, hex, any case), part of a SAN, a
// key word ("rsa", "ec", "hsm", "software", "2048", "p-256") or "pending".
class CertificateFilterProxy : public QSortFilterProxyModel, public ObjectListInterface
{
    Q_OBJECT

public:
    explicit CertificateFilterProxy(CertificateListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Only these certificates (case-insensitive names), on top of the filter text; empty: no restriction. The
    // Certificates page's expiry banner shows its certificates with it.
    void setOnlyNames(const QStringList &names);
    const QStringList &onlyNames() const { return m_onlyNames; }
    CertificateListModel *certificates() const { return m_source; }

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CertificateListModel *m_source;
    QString m_text;
    QStringList m_terms;
    QList<ObjectFilter> m_filters; // one per term
    QStringList m_onlyNames;
};

} // namespace coffer::models
