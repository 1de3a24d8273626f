#include "core/audit/CanonicalJson.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace coffer::audit::canonical {

void appendString(QByteArray &out, QByteArrayView utf8)
{
    static const char hexDigits[] = "0123456789abcdef";
    out.append('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype run = 0; // start of the pending run of characters written as themselves
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\r': out.append("\\r", 2); break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(data + run, size - run);
    out.append('"');
}

void appendString(QByteArray &out, const QString &text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

void appendInteger(QByteArray &out, qint64 value)
{
    constexpr qint64 exactLimit = qint64(1) << 53;
    if (value > -exactLimit && value < exactLimit) {
        char buffer[24];
        const auto converted = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, converted.ptr - buffer);
    } else
        appendNumber(out, double(value)); // as a JavaScript number would hold it
}

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    if (value == 0) { // also -0
        out.append('0');
        return;
    }
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // The shortest digits that round-trip, then ECMAScript's layout rules (ECMA-262 Number::toString).
    char buffer[64];
    const auto converted = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view text(buffer, std::size_t(converted.ptr - buffer));
    const std::size_t ePos = text.find('e');
    std::string digits;
    for (char c : text.substr(0, ePos)) {
        if (c != '.')
            digits.push_back(c);
    }
    int exponent = 0;
    std::from_chars(text.data() + ePos + (text[ePos + 1] == '+' ? 2 : 1), text.data() + text.size(), exponent);
    const int k = int(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        out.append(digits.data(), k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.data(), n);
        out.append('.');
        out.append(digits.data() + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits.data(), k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits.data() + 1, k - 1);
        }
        out.append(n - 1 < 0 ? "e-" : "e+");
        out.append(QByteArray::number(std::abs(n - 1)));
    }
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); break;
    case QJsonValue::Double:
        if (value.toVariant().userType() == QMetaType::LongLong)
            appendInteger(out, value.toInteger());
        else
            appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String: appendString(out, value.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: appendObject(out, value.toObject()); break;
    }
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // QString's operator< compares UTF-16 code units, as RFC 8785 asks
    out.append('{');
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, object.value(key));
    }
    out.append('}');
}

QByteArray object(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

namespace {

void appendDigits(char *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

} // namespace

QByteArray isoTime(qint64 msecs)
{
    // Days since the epoch to a civil date (H. Hinnant's days_from_civil inverse).
    constexpr qint64 msPerDay = 86400000;
    qint64 days = msecs / msPerDay;
    qint64 msOfDay = msecs % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    QByteArray out(24, Qt::Uninitialized);
    char *p = out.data();
    appendDigits(p, year, 4);
    *p++ = '-';
    appendDigits(p, month, 2);
    *p++ = '-';
    appendDigits(p, day, 2);
    *p++ = 'T';
    appendDigits(p, int(msOfDay / 3600000), 2);
    *p++ = ':';
    appendDigits(p, int(msOfDay / 60000 % 60), 2);
    *p++ = ':';
    appendDigits(p, int(msOfDay / 1000 % 60), 2);
    *p++ = '.';
    appendDigits(p, int(msOfDay % 1000), 3);
    *p = 'Z';
    return out;
}

QByteArray isoTime(const QDateTime &time)
{
    return isoTime(time.toMSecsSinceEpoch());
}

QDateTime parseIsoTime(QStringView text)
{
    if (text.size() != 24 || !text.endsWith(u'Z'))
        return {};
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    parsed = parsed.toUTC();
    if (isoTime(parsed) != text.toLatin1())
        return {};
    return parsed;
}

QByteArray hex(QByteArrayView bytes)
{
    return bytes.toByteArray().toHex();
}

QByteArray fromHex(QStringView text)
{
    if (text.size() % 2 != 0)
        return {};
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    }
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace coffer::audit::canonical
