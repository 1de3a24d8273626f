#include "core/audit/AzureAuditImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringDecoder>

#include <cmath>
#include <cstring>
#include <initializer_list>
#include <optional>

namespace coffer::audit {
namespace {

// Member names: the storage account's spelling first, then Log Analytics' (AZKVAuditLogs, AzureDiagnostics).
using Names = std::initializer_list<QStringView>;

Error notAzure(const QString &why)
{
    return Error(ErrorCode::InvalidArgument, QStringLiteral("this is not an Azure Key Vault audit log: ") + why);
}

Error badRecord(const QString &why)
{
    return Error(ErrorCode::InvalidArgument, why);
}

// A value shown in a message: quoted, at most 60 characters.
QString quoted(const QString &text)
{
    if (text.size() > 60)
        return QString(u'"' + text.left(57) + QStringLiteral("...\""));
    return QString(u'"' + text + u'"');
}

// The first of `names` present and not null; Undefined when none is.
QJsonValue member(const QJsonObject &object, Names names)
{
    for (const QStringView name : names) {
        const auto it = object.constFind(name);
        if (it != object.constEnd() && !it.value().isNull())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Strings as they are; numbers and booleans as text (Log Analytics exports some columns as numbers).
QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    default: return {};
    }
}

QString field(const QJsonObject &object, Names names)
{
    return text(member(object, names));
}

// A number, or a string holding one ("78", as durationMs usually is).
std::optional<qint64> integer(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString digits = value.toString().trimmed();
        bool ok = false;
        if (const qint64 whole = digits.toLongLong(&ok); ok)
            return whole;
        number = digits.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::abs(number) > 9.0e18)
        return std::nullopt;
    return qint64(number);
}

bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
    return value.isDouble() && value.toDouble() != 0;
}

// An object member, or a string holding one (Log Analytics may serialize dynamic columns as JSON text).
QJsonObject objectMember(const QJsonObject &object, Names names)
{
    const QJsonValue value = member(object, names);
    if (value.isObject())
        return value.toObject();
    if (value.isString()) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isObject())
            return document.object();
    }
    return {};
}

// Shares the storage of repeated low-variety strings (vault, operation, caller, client) between events: a 100,000-line
// file from one vault then holds each of them once.
class Interner
{
public:
    QString operator()(const QString &value)
    {
        if (value.isEmpty())
            return value;
        const auto it = m_seen.constFind(value);
        if (it != m_seen.constEnd())
            return *it;
        if (m_seen.size() < 4096)
            m_seen.insert(value);
        return value;
    }

private:
    QSet<QString> m_seen;
};

const QStringView claimUpn = u"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn";
const QStringView claimObjectId = u"http://schemas.microsoft.com/identity/claims/objectidentifier";

Result<ImportedEvent> readRecord(const QJsonObject &record, const QString &source, Interner &intern)
{
    // What marks a record as Key Vault's: category AuditEvent (storage account, AzureDiagnostics), Type AZKVAuditLogs
    // (the resource-specific table has no category), or a Key Vault resource id.
    bool marked = field(record, {u"Type"}) == u"AZKVAuditLogs";
    const QJsonValue categoryValue = member(record, {u"category", u"Category"});
    if (!categoryValue.isUndefined()) {
        // Activity log records hold {"value": "Administrative", …} here.
        const QString category
                = categoryValue.isObject() ? text(categoryValue.toObject().value(u"value")) : text(categoryValue);
        if (category.compare(u"AuditEvent", Qt::CaseInsensitive) != 0)
            return badRecord(QStringLiteral("category is %1, not AuditEvent").arg(quoted(category)));
        marked = true;
    }

    ImportedEvent event;
    event.source = source;
    event.resourceId = intern(field(record, {u"resourceId", u"ResourceId", u"_ResourceId"}));
    if (!event.resourceId.isEmpty()) {
        if (!event.resourceId.contains(u"/providers/microsoft.keyvault/", Qt::CaseInsensitive))
            return badRecord(QStringLiteral("resourceId %1 is not a Key Vault").arg(quoted(event.resourceId)));
        marked = true;
        QStringView id(event.resourceId);
        while (id.endsWith(u'/'))
            id.chop(1);
        event.vaultName = intern(id.mid(id.lastIndexOf(u'/') + 1).toString());
    }
    if (!marked)
        return badRecord(QStringLiteral("nothing marks it as a Key Vault AuditEvent (no category, no resourceId)"));

    const QJsonValue operation = member(record, {u"operationName", u"OperationName"});
    if (operation.isUndefined())
        return badRecord(QStringLiteral("no operationName"));
    if (!operation.isString() || operation.toString().trimmed().isEmpty())
        return badRecord(QStringLiteral("operationName is not a name"));
    event.operationName = intern(operation.toString());

    const QJsonValue time = member(record, {u"time", u"TimeGenerated"});
    if (time.isUndefined())
        return badRecord(QStringLiteral("no time"));
    if (time.isString())
        event.time = parseAzureTime(time.toString());
    if (!event.time.isValid())
        return badRecord(QStringLiteral("time %1 is not a date and time").arg(quoted(text(time))));

    event.operationVersion = intern(field(record, {u"operationVersion", u"OperationVersion"}));
    event.resultType = intern(field(record, {u"resultType", u"ResultType"}));
    event.resultDescription = field(record, {u"resultDescription", u"ResultDescription"});
    event.durationMs = qMax<qint64>(0, integer(member(record, {u"durationMs", u"DurationMs"})).value_or(0));
    event.callerIpAddress = intern(field(record, {u"callerIpAddress", u"CallerIpAddress", u"CallerIPAddress"}));
    event.correlationId = field(record, {u"correlationId", u"CorrelationId"});

    // Request details: in "properties" in the storage account, top-level columns in Log Analytics.
    const QJsonObject properties = objectMember(record, {u"properties", u"Properties"});
    const auto detail = [&](QStringView inProperties, Names columns) {
        const QJsonValue value = member(properties, {inProperties});
        return value.isUndefined() ? member(record, columns) : value;
    };
    event.target = text(detail(u"id", {u"Id", u"id_s"}));
    event.requestUri = text(detail(u"requestUri", {u"RequestUri", u"requestUri_s"}));
    event.clientInfo = intern(text(detail(u"clientInfo", {u"ClientInfo", u"clientInfo_s"})));
    event.isRbacAuthorized = flag(detail(u"isRbacAuthorized", {u"IsRbacAuthorized", u"isRbacAuthorized_b"}));
    event.isAccessPolicyMatch
            = flag(detail(u"isAccessPolicyMatch", {u"IsAccessPolicyMatch", u"isAccessPolicyMatch_b"}));
    const auto status = integer(detail(u"httpStatusCode", {u"HttpStatusCode", u"httpStatusCode_d"}));
    event.httpStatusCode = status && *status >= 100 && *status <= 999
            ? int(*status)
            : httpStatusFromSignature(field(record, {u"resultSignature", u"ResultSignature"}));

    // identity.claim with the long claim URIs (the documentation's example, management-plane calls) or the short JWT
    // names (data-plane calls); AzureDiagnostics flattens them into identity_claim_*_s / _g columns.
    const QJsonObject claims = objectMember(record, {u"identity", u"Identity"}).value(u"claim").toObject();
    const QString upn = field(claims, {claimUpn, u"upn"});
    event.identityUpn
            = intern(upn.isEmpty() ? field(record,
                                           {u"identity_claim_http_schemas_xmlsoap_org_ws_2005_05_identity_claims_upn_s",
                                            u"identity_claim_upn_s"})
                                   : upn);
    const QString objectId = field(claims, {claimObjectId, u"oid"});
    event.identityObjectId = intern(
            objectId.isEmpty() ? field(record,
                                       {u"identity_claim_http_schemas_microsoft_com_identity_claims_objectidentifier_g",
                                        u"identity_claim_oid_g"})
                               : objectId);
    const QString appId = field(claims, {u"appid"});
    event.identityAppId = intern(appId.isEmpty() ? field(record, {u"identity_claim_appid_g"}) : appId);
    if (event.identityUpn.isEmpty())
        event.identityUpn = !event.identityAppId.isEmpty() ? event.identityAppId : event.identityObjectId;

    event.raw = record;
    return event;
}

// Collects the records of one input, in order, with the reason for each one left out.
struct Collector
{
    const QString &source;
    Interner intern;
    QList<ImportedEvent> events;
    QStringList skipped;
    qsizetype objects = 0; // records that were JSON objects

    void add(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            skipped.append(QString(where + QStringLiteral(": not a JSON object")));
            return;
        }
        ++objects;
        auto event = readRecord(value.toObject(), source, intern);
        if (event)
            events.append(std::move(*event));
        else
            skipped.append(QString(where + QStringLiteral(": ") + event.error().context()));
    }

    void addArray(const QJsonArray &records, const QString &prefix)
    {
        events.reserve(events.size() + records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            add(records.at(i), prefix + QStringLiteral("record %1").arg(i + 1));
    }
};

QString parseErrorText(const QJsonParseError &error)
{
    return QStringLiteral("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
}

bool isRecordsWrapper(const QJsonObject &object)
{
    return object.value(u"records").isArray() && !object.contains(u"operationName");
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype begin = 0, end = bytes.size();
    while (begin < end && (bytes[begin] == ' ' || bytes[begin] == '\t' || bytes[begin] == '\r' || bytes[begin] == '\n'))
        ++begin;
    while (end > begin
           && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r' || bytes[end - 1] == '\n'))
        --end;
    return bytes.sliced(begin, end - begin);
}

QJsonDocument parseJson(QByteArrayView bytes, QJsonParseError *error)
{
    // No copy: the parser only reads within the view, which outlives the call.
    return QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), error);
}

// One record per line; blank lines are ignored, and a line holding {"records":[…]} contributes each of its records.
void readLines(QByteArrayView data, Collector &collector)
{
    qsizetype position = 0;
    int lineNumber = 0;
    while (position < data.size()) {
        ++lineNumber;
        const char *newline
                = static_cast<const char *>(std::memchr(data.data() + position, '\n', size_t(data.size() - position)));
        const qsizetype end = newline ? newline - data.data() : data.size();
        const QByteArrayView line = trimmed(data.sliced(position, end - position));
        position = end + 1;
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(lineNumber);
        QJsonParseError error;
        const QJsonDocument document = parseJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            collector.skipped.append(QString(where + QStringLiteral(": ") + parseErrorText(error)));
        } else if (document.isObject() && isRecordsWrapper(document.object())) {
            collector.addArray(document.object().value(u"records").toArray(), where + QStringLiteral(", "));
        } else {
            collector.add(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), where);
        }
    }
}

} // namespace

QDateTime parseAzureTime(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM]
    const auto number = [&](qsizetype at, qsizetype count, int &out) {
        if (at + count > text.size())
            return false;
        out = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            if (!text[i].isDigit() || text[i].unicode() > '9')
                return false;
            out = out * 10 + (text[i].unicode() - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, year) || text.size() < 19 || text[4] != u'-' || !number(5, 2, month) || text[7] != u'-'
        || !number(8, 2, day) || (text[10] != u'T' && text[10] != u't' && text[10] != u' ') || !number(11, 2, hour)
        || text[13] != u':' || !number(14, 2, minute) || text[16] != u':' || !number(17, 2, second))
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (at < text.size() && text[at] == u'.') {
        int digits = 0;
        for (++at; at < text.size() && text[at] >= u'0' && text[at] <= u'9'; ++at, ++digits) {
            if (digits < 3)
                millis = millis * 10 + (text[at].unicode() - '0');
        }
        if (digits == 0)
            return {};
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (at < text.size()) {
        const QChar zone = text[at];
        int offsetHours = 0, offsetMinutes = 0;
        if ((zone == u'Z' || zone == u'z') && at + 1 == text.size()) {
            // UTC
        } else if ((zone == u'+' || zone == u'-') && text.size() == at + 6 && number(at + 1, 2, offsetHours)
                   && text[at + 3] == u':' && number(at + 4, 2, offsetMinutes) && offsetHours < 24
                   && offsetMinutes < 60) {
            offsetSeconds = (zone == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, millis);
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC).addSecs(-offsetSeconds);
}

int httpStatusFromSignature(QStringView signature)
{
    bool ok = false;
    const int number = signature.trimmed().toInt(&ok);
    if (ok)
        return number >= 100 && number <= 999 ? number : 0;
    QString key;
    key.reserve(signature.size());
    for (const QChar c : signature) {
        if (c.isLetter())
            key.append(c.toLower());
    }
    static const QHash<QString, int> phrases = {
            {QStringLiteral("ok"), 200},
            {QStringLiteral("created"), 201},
            {QStringLiteral("accepted"), 202},
            {QStringLiteral("nocontent"), 204},
            {QStringLiteral("badrequest"), 400},
            {QStringLiteral("unauthorized"), 401},
            {QStringLiteral("forbidden"), 403},
            {QStringLiteral("notfound"), 404},
            {QStringLiteral("methodnotallowed"), 405},
            {QStringLiteral("conflict"), 409},
            {QStringLiteral("gone"), 410},
            {QStringLiteral("preconditionfailed"), 412},
            {QStringLiteral("requestentitytoolarge"), 413},
            {QStringLiteral("toomanyrequests"), 429},
            {QStringLiteral("internalservererror"), 500},
            {QStringLiteral("notimplemented"), 501},
            {QStringLiteral("badgateway"), 502},
            {QStringLiteral("serviceunavailable"), 503},
            {QStringLiteral("gatewaytimeout"), 504},
    };
    return phrases.value(key, 0);
}

Result<ImportedEvent> azureAuditEventFromJson(const QJsonObject &record, const QString &source)
{
    Interner intern;
    return readRecord(record, source, intern);
}

Result<QList<ImportedEvent>> parseAzureAuditEvents(QByteArrayView json, const QString &source, QStringList *skipped)
{
    if (json.size() > maxAzureAuditBytes)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the file is too large to import: %1 MiB, the limit is %2 MiB; import it in parts "
                                    "(one PT1H.json per hour)")
                             .arg(json.size() / (1024 * 1024))
                             .arg(maxAzureAuditBytes / (1024 * 1024)));

    QByteArray converted;
    if (json.startsWith("\xEF\xBB\xBF")) {
        json = json.sliced(3);
    } else if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(json.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString decoded = decoder(json.sliced(2));
        if (decoder.hasError())
            return notAzure(QStringLiteral("the UTF-16 text is damaged"));
        converted = decoded.toUtf8();
        json = converted;
    }

    const QByteArrayView data = trimmed(json);
    if (data.isEmpty())
        return notAzure(QStringLiteral("the file is empty"));
    Collector collector {source, {}, {}, {}, 0};
    std::optional<QJsonParseError> wholeError;
    if (data.front() == '[') {
        QJsonParseError error;
        const QJsonDocument document = parseJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return notAzure(parseErrorText(error));
        collector.addArray(document.array(), {});
    } else if (data.front() == '{') {
        // JSON Lines unless the first line alone is not JSON: then one document over several lines (a pretty-printed
        // {"records":[…]}), or JSON Lines with a damaged first line.
        const char *newline = static_cast<const char *>(std::memchr(data.data(), '\n', size_t(data.size())));
        QJsonParseError firstError;
        parseJson(trimmed(data.first(newline ? newline - data.data() : data.size())), &firstError);
        QJsonParseError error;
        const QJsonDocument document
                = firstError.error == QJsonParseError::NoError ? QJsonDocument() : parseJson(data, &error);
        if (firstError.error == QJsonParseError::NoError || error.error != QJsonParseError::NoError) {
            if (firstError.error != QJsonParseError::NoError)
                wholeError = error;
            collector.events.reserve(data.count('\n') + 1);
            readLines(data, collector);
        } else if (isRecordsWrapper(document.object())) {
            collector.addArray(document.object().value(u"records").toArray(), {});
        } else {
            collector.add(document.object(), QStringLiteral("record 1"));
        }
    } else {
        const QByteArray start = data.first(qMin<qsizetype>(data.size(), 24)).toByteArray();
        return notAzure(
                QStringLiteral("not JSON (it begins with %1)").arg(quoted(QString::fromUtf8(start).simplified())));
    }

    if (collector.events.isEmpty() && !collector.skipped.isEmpty()) {
        if (collector.objects == 0 && wholeError)
            return notAzure(parseErrorText(*wholeError));
        QString why = collector.skipped.first();
        if (collector.skipped.size() > 1)
            why += QStringLiteral(" (no record of %1 is readable)").arg(collector.skipped.size());
        return notAzure(why);
    }
    if (skipped)
        skipped->append(collector.skipped);
    collector.events.squeeze();
    return std::move(collector.events);
}

} // namespace coffer::audit
