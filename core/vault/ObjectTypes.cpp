#include "core/vault/ObjectTypes.h"

#include <QTimeZone>

namespace coffer {

QString objectKindPath(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return QStringLiteral("secrets");
    case ObjectKind::Key: return QStringLiteral("keys");
    case ObjectKind::Certificate: return QStringLiteral("certificates");
    }
    return {};
}

QString objectKindTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret: return QStringLiteral("secret");
    case ObjectKind::Key: return QStringLiteral("key");
    case ObjectKind::Certificate: return QStringLiteral("certificate");
    }
    return {};
}

QString VersionInfo::baseId() const
{
    return QStringLiteral("coffer://%1/%2/%3").arg(vaultName, objectKindPath(kind), name);
}

QString VersionInfo::id() const
{
    return baseId() + u'/' + version;
}

QString DeletedInfo::recoveryId() const
{
    return QStringLiteral("coffer://%1/deleted%2/%3")
            .arg(current.vaultName, objectKindPath(current.kind), current.name);
}

namespace objects {

Result<void> validateName(ObjectKind kind, const QString &name)
{
    const QString title = objectKindTitle(kind);
    if (name.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a %1 name cannot be empty").arg(title));
    if (name.size() > ObjectLimits::kMaxNameLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the %1 name is %2 characters long; the limit is %3")
                             .arg(title)
                             .arg(name.size())
                             .arg(ObjectLimits::kMaxNameLength));
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the %1 name '%2' contains '%3'; use only letters, digits and dashes")
                                 .arg(title, name, QString(c)));
    }
    return {};
}

Result<void> validateTags(const Tags &tags)
{
    if (tags.size() > ObjectLimits::kMaxTags)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 tags given; the limit is %2").arg(tags.size()).arg(ObjectLimits::kMaxTags));
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a tag name cannot be empty"));
        if (it.key().size() > ObjectLimits::kMaxTagNameLength)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the tag name '%1…' is longer than %2 characters")
                                 .arg(it.key().left(20))
                                 .arg(ObjectLimits::kMaxTagNameLength));
        if (it.value().size() > ObjectLimits::kMaxTagValueLength)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the value of tag '%1' is longer than %2 characters")
                                 .arg(it.key().left(40))
                                 .arg(ObjectLimits::kMaxTagValueLength));
    }
    return {};
}

Result<void> validateContentType(const QString &contentType)
{
    if (contentType.size() > ObjectLimits::kMaxContentTypeLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the content type is %1 characters long; the limit is %2")
                             .arg(contentType.size())
                             .arg(ObjectLimits::kMaxContentTypeLength));
    return {};
}

Result<void> validateDates(const std::optional<QDateTime> &notBefore, const std::optional<QDateTime> &expires)
{
    if (notBefore && expires && *notBefore >= *expires)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("not-before (%1) must be earlier than expires (%2)")
                             .arg(notBefore->toString(Qt::ISODate), expires->toString(Qt::ISODate)));
    return {};
}

QString nameKey(const QString &name)
{
    return name.toLower();
}

bool nameKeyLess(const QString &a, const QString &b)
{
    // Names are ASCII letters, digits and dashes: case folding is lower-casing, so this orders as nameKey does.
    return QString::compare(a, b, Qt::CaseInsensitive) < 0;
}

Result<QDateTime> parseIsoDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            parsed = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            return Error(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' has no time zone; add Z for UTC or an offset such as +02:00").arg(trimmed));
    }
    if (!parsed.isValid())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' is not an ISO 8601 date-time such as 2027-01-31T12:00:00Z").arg(trimmed));
    QDateTime utc = parsed.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc;
}

Result<Tags> parseTags(const QStringList &pairs)
{
    Tags tags;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        if (key.trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a tag: use name=value").arg(pair));
        tags.insert(key, value);
    }
    COFFER_TRY(validateTags(tags));
    return tags;
}

} // namespace objects

} // namespace coffer
