#include "models/SearchIndex.h"

#include "core/vault/CertificateStore.h"
#include "core/vault/KeyStore.h"
#include "core/vault/SecretStore.h"
#include "core/vault/Vault.h"
#include "models/ErrorText.h"
#include "models/VaultSession.h"

#include <algorithm>

namespace coffer::models {

namespace {

QStringList tagFields(const Tags &tags)
{
    QStringList fields;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        fields << SearchIndex::tr("tag %1=%2").arg(it.key(), it.value());
    return fields;
}

// A word that may be the beginning of a digest: at least 4 hex digits, colons allowed ("9F:2C:4A").
QString hexPrefix(const QString &word)
{
    QString hex = word;
    hex.remove(u':');
    if (hex.size() < 4 || !std::all_of(hex.cbegin(), hex.cend(), [](QChar c) { return isxdigit(c.toLatin1()) != 0; }))
        return {};
    return hex;
}

// Where `word` is found in the item: 0 at the start of the name, 1 in the name, 2 in a field (`field` set), -1 not.
int find(const SearchItem &item, const QString &word, QString &field)
{
    const qsizetype at = item.name.indexOf(word, 0, Qt::CaseInsensitive);
    if (at == 0)
        return 0;
    if (at > 0)
        return 1;
    for (const QString &candidate : item.fields)
        if (candidate.contains(word, Qt::CaseInsensitive)) {
            field = candidate;
            return 2;
        }
    if (const QString hex = hexPrefix(word); !hex.isEmpty())
        for (const QString &candidate : item.hexFields) {
            const qsizetype space = candidate.lastIndexOf(u' ');
            if (QStringView(candidate).mid(space + 1).startsWith(hex, Qt::CaseInsensitive)) {
                field = candidate;
                return 2;
            }
        }
    return -1;
}

} // namespace

SearchItem::Type SearchItem::typeOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return Type::Secret;
    case ObjectKind::Key: return Type::Key;
    case ObjectKind::Certificate: return Type::Certificate;
    }
    return Type::Secret;
}

QList<SearchMatch> SearchIndex::search(const QList<SearchItem> &items, const QString &query, int limit)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    QList<SearchMatch> matches;
    for (int i = 0; i < items.size(); ++i) {
        const SearchItem &item = items.at(i);
        SearchMatch match {i, 0, {}};
        bool all = true;
        for (const QString &word : words) {
            QString field;
            const int score = find(item, word, field);
            if (score < 0) {
                all = false;
                break;
            }
            match.score = std::max(match.score, score);
            if (!field.isEmpty() && match.field.isEmpty())
                match.field = field;
        }
        if (all)
            matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(), [&items](const SearchMatch &a, const SearchMatch &b) {
        if (a.score != b.score)
            return a.score < b.score;
        const bool aCommand = items.at(a.item).type == SearchItem::Type::Command;
        const bool bCommand = items.at(b.item).type == SearchItem::Type::Command;
        if (aCommand != bCommand)
            return aCommand;
        return items.at(a.item).name.compare(items.at(b.item).name, Qt::CaseInsensitive) < 0;
    });
    if (limit >= 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

Result<QList<SearchItem>> SearchIndex::collect(VaultSession *session)
{
    if (!session || !session->vault())
        return Error(ErrorCode::Cancelled, QStringLiteral("the vault is locked"));
    if (session->isBusy())
        return Error(ErrorCode::Busy, QStringLiteral("the vault is busy with background work"));
    Vault *vault = session->vault();
    QList<SearchItem> items;
    const auto base = [session](ObjectKind kind, const VersionInfo &info) {
        SearchItem item;
        item.type = SearchItem::typeOf(kind);
        item.name = info.name;
        item.vaultId = VaultSession::normalizedPath(session->path());
        item.vaultName = session->displayName();
        item.fields = tagFields(info.tags);
        if (!info.contentType.isEmpty())
            item.fields << tr("content type %1").arg(info.contentType);
        return item;
    };
    // A kind the principal may not list is left out; any other failure is the answer.
    const auto refused = [](const Error &error) { return ErrorText::isAccessDenial(error); };

    auto secrets = vault->secrets().list();
    if (secrets) {
        for (const VersionInfo &info : std::as_const(*secrets))
            if (!info.managed) // a certificate's managed secret is found through its certificate
                items << base(ObjectKind::Secret, info);
    } else if (!refused(secrets.error())) {
        return secrets.error();
    }
    auto keys = vault->keys().list();
    if (keys) {
        for (const KeyInfo &key : std::as_const(*keys))
            if (!key.info.managed)
                items << base(ObjectKind::Key, key.info);
    } else if (!refused(keys.error())) {
        return keys.error();
    }
    auto certificates = vault->certificates().list();
    if (certificates) {
        for (const CertificateInfo &certificate : std::as_const(*certificates)) {
            SearchItem item = base(ObjectKind::Certificate, certificate.info);
            const crypto::CertificateDetails &details = certificate.details;
            item.fields << tr("subject %1").arg(details.subject) << tr("issuer %1").arg(details.issuer);
            item.hexFields << tr("thumbprint %1").arg(QString::fromLatin1(details.sha1.toHex()).toUpper())
                           << tr("SHA-256 %1").arg(QString::fromLatin1(details.sha256.toHex()).toUpper())
                           << tr("serial %1").arg(details.serialHex);
            for (const crypto::SubjectAltName &san : details.sans)
                item.fields << tr("alternative name %1").arg(san.value);
            items << item;
        }
    } else if (!refused(certificates.error())) {
        return certificates.error();
    }
    return items;
}

} // namespace coffer::models
