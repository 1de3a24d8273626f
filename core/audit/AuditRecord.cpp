// This file uses the OpenSSL 3 API only.
#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include "core/audit/AuditRecord.h"

#include "core/audit/AuditCanonical.h"
#include "core/audit/CanonicalJson.h"
#include "core/audit/JsonFields.h"

#include <QJsonDocument>

#include <openssl/evp.h>

#include <memory>

namespace coffer::audit {

namespace {

const char *const resultNames[] = {"Success", "Forbidden", "NotFound", "Conflict", "Failed"};

void appendKey(QByteArray &out, const char *key)
{
    out.append(key); // the caller's literals include quotes, colon and comma
}

} // namespace

QString auditResultName(AuditResult result)
{
    return QString::fromLatin1(resultNames[int(result)]);
}

std::optional<AuditResult> auditResultFromName(QStringView name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1StringView(resultNames[i]))
            return AuditResult(i);
    }
    return std::nullopt;
}

AuditResult auditResultFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Forbidden: return AuditResult::Forbidden;
    case ErrorCode::NotFound: return AuditResult::NotFound;
    case ErrorCode::Conflict:
    case ErrorCode::AlreadyExists: return AuditResult::Conflict;
    default: return AuditResult::Failed;
    }
}

void AuditRecord::setError(const Error &error)
{
    result = auditResultFor(error.code());
    errorCode = Error::codeName(error.code());
}

QByteArray genesisHash()
{
    return QByteArray(detail::hashSize, '\0');
}

namespace detail {

void appendCanonicalRecord(QByteArray &out, const RecordView &r, QByteArrayView hash)
{
    using namespace canonical;
    out.reserve(out.size() + 480 + r.details.size() + r.target.size());
    appendKey(out, "{\"client\":");
    appendString(out, r.client);
    appendKey(out, ",\"correlationId\":");
    appendString(out, r.correlationId);
    appendKey(out, ",\"details\":");
    out.append(r.details.isEmpty() ? QByteArrayView("{}") : r.details);
    appendKey(out, ",\"durationMicros\":");
    appendInteger(out, r.durationMicros);
    appendKey(out, ",\"errorCode\":");
    appendString(out, r.errorCode);
    appendKey(out, ",\"format\":1");
    if (!hash.isEmpty()) {
        appendKey(out, ",\"hash\":\"");
        out.append(canonical::hex(hash));
        out.append('"');
    }
    appendKey(out, ",\"host\":");
    appendString(out, r.host);
    appendKey(out, ",\"operation\":");
    appendString(out, r.operation);
    appendKey(out, ",\"previousHash\":\"");
    out.append(canonical::hex(r.previousHash));
    appendKey(out, "\",\"principalId\":");
    appendString(out, r.principalId);
    appendKey(out, ",\"principalName\":");
    appendString(out, r.principalName);
    appendKey(out, ",\"processId\":");
    appendInteger(out, r.processId);
    appendKey(out, ",\"result\":");
    appendString(out, r.result);
    appendKey(out, ",\"sequence\":");
    appendInteger(out, r.sequence);
    appendKey(out, ",\"target\":");
    appendString(out, r.target);
    appendKey(out, ",\"time\":\"");
    out.append(isoTime(r.timeMs));
    appendKey(out, "\",\"type\":\"record\"}");
}

QByteArray chainHash(QByteArrayView previousHash, QByteArrayView canonical)
{
    return chainHash(previousHash, canonical, QByteArrayView());
}

QByteArray chainHash(QByteArrayView previousHash, QByteArrayView before, QByteArrayView after)
{
    // Fetched once: OpenSSL 3's implicit fetch (EVP_sha256()) takes locks on every call, which shows at 100,000s of
    // records. One context per thread, reused.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray out(hashSize, Qt::Uninitialized);
    unsigned int len = 0;
    if (!sha256 || !ctx || EVP_DigestInit_ex2(ctx.get(), sha256, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), previousHash.data(), std::size_t(previousHash.size())) != 1
        || EVP_DigestUpdate(ctx.get(), before.data(), std::size_t(before.size())) != 1
        || EVP_DigestUpdate(ctx.get(), after.data(), std::size_t(after.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        qFatal("coffer: SHA-256 failed");
    return out;
}

} // namespace detail

namespace {

// Holds the UTF-8 forms alive while a RecordView points at them.
struct Utf8Record
{
    explicit Utf8Record(const AuditRecord &r, QByteArray canonicalDetails = {})
        : client(r.client.toUtf8())
        , correlationId(r.correlationId.toUtf8())
        , details(canonicalDetails.isNull() ? canonical::object(r.details) : std::move(canonicalDetails))
        , errorCode(r.errorCode.toUtf8())
        , host(r.host.toUtf8())
        , operation(r.operation.toUtf8())
        , principalId(r.principalId.toUtf8())
        , principalName(r.principalName.toUtf8())
        , result(auditResultName(r.result).toLatin1())
        , target(r.target.toUtf8())
    {
        view.sequence = r.sequence;
        view.timeMs = r.time.toMSecsSinceEpoch();
        view.processId = r.processId;
        view.durationMicros = r.durationMicros;
        view.client = client;
        view.correlationId = correlationId;
        view.details = details;
        view.errorCode = errorCode;
        view.host = host;
        view.operation = operation;
        view.principalId = principalId;
        view.principalName = principalName;
        view.result = result;
        view.target = target;
        view.previousHash = r.previousHash;
    }
    QByteArray client, correlationId, details, errorCode, host, operation, principalId, principalName, result, target;
    detail::RecordView view;
};

} // namespace

QByteArray canonicalBytes(const AuditRecord &record)
{
    const Utf8Record utf8(record);
    QByteArray out;
    detail::appendCanonicalRecord(out, utf8.view);
    return out;
}

namespace detail {

QByteArray canonicalBytes(const AuditRecord &record, const QByteArray &canonicalDetails)
{
    const Utf8Record utf8(record, canonicalDetails);
    QByteArray out;
    detail::appendCanonicalRecord(out, utf8.view);
    return out;
}

} // namespace detail

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical)
{
    return detail::chainHash(previousHash, canonical);
}

QByteArray chainHash(const AuditRecord &record)
{
    return detail::chainHash(record.previousHash, canonicalBytes(record));
}

Result<void> validateRecord(const AuditRecord &r)
{
    COFFER_TRY(detail::validateFields(r));
    if (canonical::object(r.details).size() > detail::maxDetailsSize)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("audit record: field 'details' must not exceed 64 KiB"));
    return {};
}

namespace detail {

Result<void> validateFields(const AuditRecord &r)
{
    auto invalid = [](const char *field, const char *rule) {
        return Error(
                ErrorCode::InvalidArgument,
                QStringLiteral("audit record: field '%1' %2").arg(QLatin1StringView(field), QLatin1StringView(rule)));
    };
    static const qint64 minTime = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    static const qint64 maxTime = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    if (!r.time.isValid() || r.time.toMSecsSinceEpoch() < minTime || r.time.toMSecsSinceEpoch() > maxTime)
        return invalid("time", "must be a valid UTC time between 1970 and 9999");
    if (r.operation.isEmpty())
        return invalid("operation", "must not be empty");
    if (r.client.isEmpty())
        return invalid("client", "must not be empty");
    if (r.processId < 0 || r.processId > detail::maxJsonInteger)
        return invalid("processId", "must be between 0 and 2^53-1");
    if (r.durationMicros < 0 || r.durationMicros > detail::maxJsonInteger)
        return invalid("durationMicros", "must be between 0 and 2^53-1");
    if (r.sequence < 0 || r.sequence > detail::maxJsonInteger)
        return invalid("sequence", "must be between 1 and 2^53-1");
    return {};
}

} // namespace detail

QByteArray toJson(const AuditRecord &record)
{
    const Utf8Record utf8(record);
    QByteArray out;
    detail::appendCanonicalRecord(out, utf8.view, record.hash);
    return out;
}

Result<AuditRecord> recordFromJson(QByteArrayView line)
{
    auto object = json::parseObject(line, "audit record");
    if (!object)
        return object.error();
    return recordFromJson(*object);
}

Result<AuditRecord> recordFromJson(const QJsonObject &o)
{
    json::Reader in(o, "audit record");
    AuditRecord r;
    in.expectExactly({"client", "correlationId", "details", "durationMicros", "errorCode", "format", "hash", "host",
                      "operation", "previousHash", "principalId", "principalName", "processId", "result", "sequence",
                      "target", "time", "type"});
    in.constant("type", "record");
    in.constantInteger("format", 1);
    r.sequence = in.integer("sequence", 1, detail::maxJsonInteger);
    r.time = in.time("time");
    r.principalId = in.string("principalId");
    r.principalName = in.string("principalName");
    r.operation = in.string("operation");
    r.target = in.string("target");
    const QString result = in.string("result");
    r.errorCode = in.string("errorCode");
    r.client = in.string("client");
    r.processId = in.integer("processId", 0, detail::maxJsonInteger);
    r.host = in.string("host");
    r.correlationId = in.string("correlationId");
    r.durationMicros = in.integer("durationMicros", 0, detail::maxJsonInteger);
    r.details = in.object("details");
    r.previousHash = in.hash("previousHash");
    r.hash = in.hash("hash");
    if (in.ok()) {
        const auto parsed = auditResultFromName(result);
        if (!parsed)
            in.fail("result", QStringLiteral("must be Success, Forbidden, NotFound, Conflict or Failed"));
        else
            r.result = *parsed;
    }
    if (!in.ok())
        return in.error();
    return r;
}

} // namespace coffer::audit
