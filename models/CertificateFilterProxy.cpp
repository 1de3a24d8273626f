#include "models/CertificateFilterProxy.h"

#include "core/common/Clock.h"
#include "models/CertificateListModel.h"
#include "models/KeyText.h"

namespace coffer::models {

namespace {

// The certificate's own words (lower case): subject, issuer, SANs, thumbprints, key.
bool matchesCertificateWord(const CertificateRow &row, const QString &term)
{
    if (term == u"pending")
        return row.pending.has_value();
    if (row.pending && row.pending->subject.toLower().contains(term))
        return true;
    if (!row.certificate)
        return false;
    const CertificateInfo &cert = *row.certificate;
    const CertificateDetails &details = cert.details;
    if (details.subject.toLower().contains(term) || details.issuer.toLower().contains(term))
        return true;
    const QString hexTerm = QString(term).remove(u':');
    if (hexTerm.size() >= 4
        && (details.sha1Hex().toLower().startsWith(hexTerm) || details.sha256Hex().toLower().startsWith(hexTerm)))
        return true;
    for (const SubjectAltName &san : details.sans)
        if (san.value.toLower().contains(term))
            return true;
    QStringList words {details.keyType.toLower(), QString::number(details.keyBits)};
    if (details.curve)
        words << crypto::curveName(*details.curve).toLower();
    if (cert.hasPrivateKey)
        words << crypto::protectionName(cert.keyProtection);
    return words.contains(term);
}

} // namespace

CertificateFilterProxy::CertificateFilterProxy(CertificateListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSortRole(CertificateListModel::SortRole);
    setSourceModel(source);
}

void CertificateFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_filters.clear();
    for (const QString &term : std::as_const(m_terms))
        m_filters.append(ObjectFilter(term, CertificateListModel::kExpiringSoonDays));
    invalidateRowsFilter();
}

void CertificateFilterProxy::setOnlyNames(const QStringList &names)
{
    if (names == m_onlyNames)
        return;
    m_onlyNames = names;
    invalidateRowsFilter();
}

bool CertificateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_terms.isEmpty() && m_onlyNames.isEmpty())
        return true;
    const CertificateRow *row = m_source->rowAt(sourceRow);
    if (!row)
        return false;
    if (!m_onlyNames.isEmpty() && !m_onlyNames.contains(row->name, Qt::CaseInsensitive))
        return false;
    const QDateTime now = m_source->clock()->now();
    VersionInfo info;
    if (row->certificate) {
        info = row->certificate->info;
        // The filter's "expired"/"expiring" words follow the certificate's validity.
        info.attributes.expires = row->certificate->details.notAfter;
    } else {
        info.kind = ObjectKind::Certificate;
        info.name = row->name;
    }
    for (qsizetype i = 0; i < m_terms.size(); ++i)
        if (!m_filters.at(i).matches(info, now) && !matchesCertificateWord(*row, m_terms.at(i)))
            return false;
    return true;
}

QString CertificateFilterProxy::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_source->idAt(mapToSource(index));
}

QModelIndex CertificateFilterProxy::indexOf(const QString &id) const
{
    return mapFromSource(m_source->indexOf(id));
}

} // namespace coffer::models
