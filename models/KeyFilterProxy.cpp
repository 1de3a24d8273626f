#include "models/KeyFilterProxy.h"

#include "core/common/Clock.h"
#include "models/KeyText.h"
#include "models/KeysModel.h"

namespace coffer::models {

namespace {
// The key's own words, lower case: type, kty, size or curve, protection and its operations.
bool matchesKeyWord(const KeyInfo &key, const QString &term)
{
    QStringList words {KeyText::typeText(key.spec.type).toLower(), key.kty().toLower(),
                       crypto::protectionName(key.protection), QString::number(key.spec.bits)};
    if (key.spec.curve)
        words << crypto::curveName(*key.spec.curve).toLower();
    for (const QString &op : crypto::keyOpNames(key.ops))
        words << op.toLower();
    return words.contains(term);
}
} // namespace

KeyFilterProxy::KeyFilterProxy(KeysModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSortRole(KeysModel::SortRole);
    setSourceModel(source);
}

void KeyFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_filters.clear();
    for (const QString &term : std::as_const(m_terms))
        m_filters.append(ObjectFilter(term, KeysModel::kExpiringSoonDays));
    invalidateRowsFilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_terms.isEmpty())
        return true;
    const KeyRow *row = m_source->rowAt(sourceRow);
    if (!row)
        return false;
    const QDateTime now = m_source->clock()->now();
    for (qsizetype i = 0; i < m_terms.size(); ++i)
        if (!m_filters.at(i).matches(row->key.info, now) && !matchesKeyWord(row->key, m_terms.at(i)))
            return false;
    return true;
}

QString KeyFilterProxy::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_source->idAt(mapToSource(index));
}

QModelIndex KeyFilterProxy::indexOf(const QString &id) const
{
    return mapFromSource(m_source->indexOf(id));
}

} // namespace coffer::models
