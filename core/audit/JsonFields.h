#pragma once

// Internal to core/audit: strict readers for the export's JSON lines. The first problem is kept and names its field.

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

namespace coffer::audit::json {

// Parses one line as a JSON object: InvalidArgument "<what>: not a JSON object (…)" otherwise.
Result<QJsonObject> parseObject(QByteArrayView line, const char *what);

class Reader
{
public:
    Reader(const QJsonObject &object, const char *what)
        : m_object(object)
        , m_what(what)
    { }

    // Every listed member must be present and no other.
    void expectExactly(std::initializer_list<const char *> names);
    void constant(const char *name, const char *value);
    void constantInteger(const char *name, qint64 value);
    QString string(const char *name, bool allowEmpty = true);
    qint64 integer(const char *name, qint64 min, qint64 max);
    QDateTime time(const char *name); // canonical "YYYY-MM-DDTHH:MM:SS.mmmZ"
    QByteArray hash(const char *name); // 64 lowercase hex digits → 32 bytes
    QByteArray base64(const char *name, qsizetype size); // standard base64 of exactly `size` bytes
    QJsonObject object(const char *name);

    void fail(const char *name, const QString &rule);
    bool ok() const { return !m_error.has_value(); }
    Error error() const { return *m_error; }

private:
    const QJsonValue *member(const char *name);
    QJsonObject m_object;
    const char *m_what;
    QJsonValue m_current;
    std::optional<Error> m_error;
};

} // namespace coffer::audit::json
