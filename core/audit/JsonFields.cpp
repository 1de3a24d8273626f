#include "core/audit/JsonFields.h"

#include "core/audit/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace coffer::audit::json {

Result<QJsonObject> parseObject(QByteArrayView line, const char *what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                             .arg(QLatin1StringView(what), error.errorString())
                             .arg(error.offset));
    if (!document.isObject())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: not a JSON object").arg(QLatin1StringView(what)));
    return document.object();
}

void Reader::fail(const char *name, const QString &rule)
{
    if (!m_error)
        m_error = Error(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1: field '%2' %3").arg(QLatin1StringView(m_what), QLatin1StringView(name), rule));
}

const QJsonValue *Reader::member(const char *name)
{
    if (m_error)
        return nullptr;
    const auto it = m_object.constFind(QLatin1StringView(name));
    if (it == m_object.constEnd()) {
        fail(name, QStringLiteral("is missing"));
        return nullptr;
    }
    m_current = it.value();
    return &m_current;
}

void Reader::expectExactly(std::initializer_list<const char *> names)
{
    // No set is built: this runs once per exported line.
    for (const char *name : names) {
        if (!m_object.contains(QLatin1StringView(name))) {
            fail(name, QStringLiteral("is missing"));
            return;
        }
    }
    if (m_object.size() == qsizetype(names.size()))
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (const char *name : names)
            known = known || it.key() == QLatin1StringView(name);
        if (!known && !m_error)
            m_error = Error(ErrorCode::InvalidArgument,
                            QStringLiteral("%1: unknown field '%2'").arg(QLatin1StringView(m_what), it.key()));
    }
}

void Reader::constant(const char *name, const char *value)
{
    const QJsonValue *v = member(name);
    if (v && (!v->isString() || v->toString() != QLatin1StringView(value)))
        fail(name, QStringLiteral("must be \"%1\"").arg(QLatin1StringView(value)));
}

void Reader::constantInteger(const char *name, qint64 value)
{
    const qint64 got = integer(name, value, value);
    Q_UNUSED(got);
}

QString Reader::string(const char *name, bool allowEmpty)
{
    const QJsonValue *v = member(name);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(name, QStringLiteral("must be a string"));
        return {};
    }
    QString text = v->toString();
    if (!allowEmpty && text.isEmpty())
        fail(name, QStringLiteral("must not be empty"));
    return text;
}

qint64 Reader::integer(const char *name, qint64 min, qint64 max)
{
    const QJsonValue *v = member(name);
    if (!v)
        return 0;
    const double d = v->isDouble() ? v->toDouble() : std::nan("");
    const qint64 i = v->toInteger();
    if (!v->isDouble() || std::floor(d) != d || std::abs(d - double(i)) > 0.5) {
        fail(name, QStringLiteral("must be an integer"));
        return 0;
    }
    if (i < min || i > max) {
        fail(name,
             min == max ? QStringLiteral("must be %1").arg(min)
                        : QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return i;
}

QDateTime Reader::time(const char *name)
{
    const QString text = string(name);
    if (!ok())
        return {};
    QDateTime parsed = canonical::parseIsoTime(text);
    if (!parsed.isValid())
        fail(name, QStringLiteral("must be a UTC time in the form 2026-01-31T12:00:00.000Z"));
    return parsed;
}

QByteArray Reader::hash(const char *name)
{
    const QString text = string(name);
    if (!ok())
        return {};
    QByteArray bytes = canonical::fromHex(text);
    if (text.size() != 64 || bytes.size() != 32) {
        fail(name, QStringLiteral("must be 64 lowercase hexadecimal digits"));
        return {};
    }
    return bytes;
}

QByteArray Reader::base64(const char *name, qsizetype size)
{
    const QString text = string(name);
    if (!ok())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != text.toLatin1()) {
        fail(name, QStringLiteral("must be base64 of %1 bytes").arg(size));
        return {};
    }
    return decoded.decoded;
}

QJsonObject Reader::object(const char *name)
{
    const QJsonValue *v = member(name);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(name, QStringLiteral("must be an object"));
        return {};
    }
    return v->toObject();
}

} // namespace coffer::audit::json
