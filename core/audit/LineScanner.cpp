#include "core/audit/LineScanner.h"

#include "core/audit/CanonicalJson.h"

#include <charconv>
#include <cstring>

namespace coffer::audit::detail {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    const char *position() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }

    bool literal(const char *text)
    {
        const std::size_t n = std::strlen(text);
        if (std::size_t(m_end - m_p) < n || std::memcmp(m_p, text, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // A canonical string; [begin, end) of its content (escapes left in).
    bool string(QByteArrayView *content = nullptr)
    {
        if (!literal("\""))
            return false;
        const char *begin = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (content)
                    *content = QByteArrayView(begin, m_p - begin);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (!escape())
                    return false;
            } else if (c >= 0x80) {
                if (!utf8())
                    return false;
            } else {
                ++m_p;
            }
        }
        return false;
    }

    // A canonical integer in [min, 2^53-1].
    bool integer(qint64 min, qint64 *value)
    {
        const char *begin = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype n = m_p - digits;
        if (n == 0 || n > 16 || (n > 1 && *digits == '0') || (n == 1 && *digits == '0' && digits != begin))
            return false;
        qint64 v = 0;
        std::from_chars(begin, m_p, v);
        *value = v;
        return v >= min && v <= (qint64(1) << 53) - 1;
    }

    bool hex32(QByteArray *bytes)
    {
        if (!literal("\"") || m_end - m_p < 65 || m_p[64] != '"')
            return false;
        for (int i = 0; i < 64; ++i) {
            const char c = m_p[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return false;
        }
        bytes->resize(32);
        for (int i = 0; i < 32; ++i) {
            auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
            (*bytes)[i] = char(nibble(m_p[2 * i]) << 4 | nibble(m_p[2 * i + 1]));
        }
        m_p += 65;
        return true;
    }

    // Any canonical JSON value (details).
    bool value(int depth = 0)
    {
        if (m_p == m_end || depth > 64)
            return false;
        switch (*m_p) {
        case '{': return object(depth);
        case '[': {
            ++m_p;
            if (literal("]"))
                return true;
            do {
                if (!value(depth + 1))
                    return false;
            } while (literal(","));
            return literal("]");
        }
        case '"': return string();
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool object(int depth = 0)
    {
        if (!literal("{"))
            return false;
        if (literal("}"))
            return true;
        QByteArrayView previous;
        bool first = true;
        do {
            QByteArrayView key;
            if (!string(&key) || !literal(":"))
                return false;
            if (!first && !before(previous, key))
                return false; // unsorted or repeated
            first = false;
            previous = key;
            if (!value(depth + 1))
                return false;
        } while (literal(","));
        return literal("}");
    }

private:
    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        const char e = m_p[1];
        if (e == '"' || e == '\\' || e == 'b' || e == 't' || e == 'n' || e == 'f' || e == 'r') {
            m_p += 2;
            return true;
        }
        // \u00xx only for the controls without a short form, lowercase hex.
        if (e != 'u' || m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0' || (m_p[4] != '0' && m_p[4] != '1'))
            return false;
        const char low = m_p[5];
        if (!((low >= '0' && low <= '9') || (low >= 'a' && low <= 'f')))
            return false;
        const int code = (m_p[4] - '0') * 16 + (low <= '9' ? low - '0' : low - 'a' + 10);
        if (code == 0x08 || code == 0x09 || code == 0x0a || code == 0x0c || code == 0x0d)
            return false;
        m_p += 6;
        return true;
    }

    // One well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
    bool utf8()
    {
        const auto *s = reinterpret_cast<const unsigned char *>(m_p);
        const qsizetype left = m_end - m_p;
        auto cont = [&](qsizetype i) { return i < left && (s[i] & 0xc0) == 0x80; };
        int n = 0;
        if (s[0] >= 0xc2 && s[0] <= 0xdf)
            n = cont(1) ? 2 : 0;
        else if (s[0] == 0xe0)
            n = left > 1 && s[1] >= 0xa0 && cont(1) && cont(2) ? 3 : 0;
        else if ((s[0] >= 0xe1 && s[0] <= 0xec) || s[0] == 0xee || s[0] == 0xef)
            n = cont(1) && cont(2) ? 3 : 0;
        else if (s[0] == 0xed)
            n = left > 1 && s[1] < 0xa0 && cont(1) && cont(2) ? 3 : 0;
        else if (s[0] == 0xf0)
            n = left > 1 && s[1] >= 0x90 && cont(1) && cont(2) && cont(3) ? 4 : 0;
        else if (s[0] >= 0xf1 && s[0] <= 0xf3)
            n = cont(1) && cont(2) && cont(3) ? 4 : 0;
        else if (s[0] == 0xf4)
            n = left > 1 && s[1] < 0x90 && cont(1) && cont(2) && cont(3) ? 4 : 0;
        m_p += n;
        return n > 0;
    }

    // A number exactly as canonical::appendNumber writes it.
    bool number()
    {
        auto numeric = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e'; };
        const char *begin = m_p;
        while (m_p < m_end && numeric(*m_p))
            ++m_p;
        if (m_p == begin)
            return false;
        double parsed = 0;
        const auto result = std::from_chars(begin, m_p, parsed);
        if (result.ec != std::errc() || result.ptr != m_p)
            return false;
        QByteArray written;
        canonical::appendNumber(written, parsed);
        return QByteArrayView(written) == QByteArrayView(begin, m_p - begin);
    }

    // Member names in RFC 8785 order, by UTF-16 code units. Plain ASCII names compare bytewise the same way; names
    // with escapes or non-ASCII characters are left to the slow path.
    static bool before(QByteArrayView a, QByteArrayView b)
    {
        for (QByteArrayView name : {a, b}) {
            for (char c : name) {
                if (c == '\\' || static_cast<unsigned char>(c) >= 0x80)
                    return false;
            }
        }
        return a.compare(b) < 0;
    }

    const char *m_p;
    const char *m_end;
};

bool iso8601(Scanner &s)
{
    QByteArrayView text;
    if (!s.string(&text) || text.size() != 24)
        return false;
    const char *t = text.data();
    static const char pattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    for (int i = 0; i < 24; ++i) {
        if (pattern[i] == 'd' ? !(t[i] >= '0' && t[i] <= '9') : t[i] != pattern[i])
            return false;
    }
    auto num = [t](int at, int n) {
        int v = 0;
        for (int i = 0; i < n; ++i)
            v = v * 10 + (t[at + i] - '0');
        return v;
    };
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1970 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    return num(11, 2) < 24 && num(14, 2) < 60 && num(17, 2) < 60;
}

} // namespace

bool scanRecordLine(QByteArrayView line, ScannedLine &out)
{
    Scanner s(line);
    qint64 ignored = 0;
    QByteArrayView result;
    if (!(s.literal("{\"client\":") && s.string() && s.literal(",\"correlationId\":") && s.string()
          && s.literal(",\"details\":") && s.object() && s.literal(",\"durationMicros\":") && s.integer(0, &ignored)
          && s.literal(",\"errorCode\":") && s.string() && s.literal(",\"format\":1")))
        return false;
    const char *hashStart = s.position();
    if (!(s.literal(",\"hash\":") && s.hex32(&out.hash)))
        return false;
    const char *hashEnd = s.position();
    if (!(s.literal(",\"host\":") && s.string() && s.literal(",\"operation\":") && s.string()
          && s.literal(",\"previousHash\":") && s.hex32(&out.previousHash) && s.literal(",\"principalId\":")
          && s.string() && s.literal(",\"principalName\":") && s.string() && s.literal(",\"processId\":")
          && s.integer(0, &ignored) && s.literal(",\"result\":") && s.string(&result)
          && (result == "Success" || result == "Forbidden" || result == "NotFound" || result == "Conflict"
              || result == "Failed")
          && s.literal(",\"sequence\":") && s.integer(1, &out.sequence) && s.literal(",\"target\":") && s.string()
          && s.literal(",\"time\":") && iso8601(s) && s.literal(",\"type\":\"record\"}") && s.atEnd()))
        return false;
    out.before = QByteArrayView(line.data(), hashStart - line.data());
    out.after = QByteArrayView(hashEnd, line.data() + line.size() - hashEnd);
    return true;
}

bool scanStubLine(QByteArrayView line, ScannedLine &out)
{
    Scanner s(line);
    return s.literal("{\"hash\":") && s.hex32(&out.hash) && s.literal(",\"previousHash\":")
            && s.hex32(&out.previousHash) && s.literal(",\"sequence\":") && s.integer(1, &out.sequence)
            && s.literal(",\"type\":\"stub\"}") && s.atEnd();
}

} // namespace coffer::audit::detail
