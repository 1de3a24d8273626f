#include "app/cli/OutputFormatter.h"

#include "app/cli/Utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace coffer::cli {

namespace {

// An output buffer in secure memory that grows by doubling (SecureBytes::append copies every time, which is
// quadratic for a large secret value written byte by byte).
class SecureBuffer
{
public:
    void append(const void *data, std::size_t size)
    {
        if (size == 0)
            return;
        if (m_used + size > m_storage.size()) {
            SecureBytes grown(std::max<std::size_t>(std::max<std::size_t>(m_storage.size() * 2, 4096), m_used + size));
            if (m_used)
                std::memcpy(grown.data(), m_storage.data(), m_used);
            m_storage = std::move(grown); // the old storage is wiped as it is freed
        }
        std::memcpy(m_storage.data() + m_used, data, size);
        m_used += size;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), std::size_t(bytes.size())); }
    SecureBytes take() const { return SecureBytes(m_storage.data(), m_used); }

private:
    SecureBytes m_storage;
    std::size_t m_used = 0;
};

// Appends `utf8` as a JSON string literal, escaping byte by byte so no decoded copy is made. Bytes that are not
// well-formed UTF-8 are written as U+FFFD so the output stays valid JSON.
void appendJsonString(SecureBuffer &out, QByteArrayView utf8)
{
    out.append(QByteArrayView("\""));
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < utf8.size();) {
        const char c = utf8.at(i);
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            const qsizetype n = utf8::sequenceLength(utf8, i);
            if (n == 0) {
                out.append(QByteArrayView("\\ufffd"));
                ++i;
            } else {
                out.append(utf8.data() + i, std::size_t(n));
                i += n;
            }
            continue;
        }
        ++i;
        switch (c) {
        case '"': out.append(QByteArrayView("\\\"")); break;
        case '\\': out.append(QByteArrayView("\\\\")); break;
        case '\n': out.append(QByteArrayView("\\n")); break;
        case '\r': out.append(QByteArrayView("\\r")); break;
        case '\t': out.append(QByteArrayView("\\t")); break;
        default:
            if (u < 0x20 || u == 0x7f) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(&c, 1);
            }
        }
    }
    out.append(QByteArrayView("\""));
}

QByteArray scalarJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QByteArrayLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    default: return {};
    }
}

void appendIndent(SecureBuffer &out, int level)
{
    const QByteArray spaces(level * 2, ' ');
    out.append(spaces);
}

void appendJson(SecureBuffer &out, const QJsonValue &value, int level,
                const std::vector<SecretField> *secrets = nullptr)
{
    if (value.isString()) {
        appendJsonString(out, value.toString().toUtf8());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append(QByteArrayView("[]"));
            return;
        }
        out.append(QByteArrayView("[\n"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendIndent(out, level + 1);
            appendJson(out, array.at(i), level + 1);
            out.append(QByteArrayView(i + 1 < array.size() ? ",\n" : "\n"));
        }
        appendIndent(out, level);
        out.append(QByteArrayView("]"));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // Keys of the object and the secret fields, merged in sorted order.
        struct Entry
        {
            QString key;
            const SecretField *secret;
        };
        QList<Entry> entries;
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append({it.key(), nullptr});
        if (secrets)
            for (const SecretField &field : *secrets)
                entries.append({field.key, &field});
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });
        if (entries.isEmpty()) {
            out.append(QByteArrayView("{}"));
            return;
        }
        out.append(QByteArrayView("{\n"));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            appendIndent(out, level + 1);
            appendJsonString(out, entries.at(i).key.toUtf8());
            out.append(QByteArrayView(": "));
            if (entries.at(i).secret)
                appendJsonString(out, entries.at(i).secret->value.utf8().view());
            else
                appendJson(out, object.value(entries.at(i).key), level + 1);
            out.append(QByteArrayView(i + 1 < entries.size() ? ",\n" : "\n"));
        }
        appendIndent(out, level);
        out.append(QByteArrayView("}"));
    } else {
        out.append(scalarJson(value));
    }
}

// One cell of a table or tsv row, appended to `out`; its display width is returned.
struct Cell
{
    const SecureString *secret = nullptr;
    QString text;

    qsizetype width() const { return secret ? qsizetype(secret->size()) : text.size(); }
    void appendTo(SecureBuffer &out) const
    {
        if (secret)
            out.append(secret->utf8().view());
        else
            out.append(text.toUtf8());
    }
};

QString idPart(const QString &id, int index)
{
    // coffer://VAULT/secrets/NAME/VERSION → {VAULT, secrets, NAME, VERSION}
    const qsizetype scheme = id.indexOf(QStringLiteral("://"));
    const QStringList parts = id.mid(scheme < 0 ? 0 : scheme + 3).split(u'/');
    return parts.value(index);
}

QString shown(const QJsonValue &value, TableColumn::Show show)
{
    switch (show) {
    case TableColumn::Show::AsIs: break;
    case TableColumn::Show::IdName: return idPart(value.toString(), 2);
    case TableColumn::Show::IdVersion: return idPart(value.toString(), 3);
    case TableColumn::Show::IntDate:
        if (!value.isDouble())
            return QString();
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC).toString(Qt::ISODate);
    case TableColumn::Show::MicrosAsMs:
        if (!value.isDouble())
            return QString();
        return QString::number(value.toDouble() / 1000.0, 'f', 3) + QStringLiteral(" ms");
    }
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined() || value.isArray() || value.isObject())
        return QString(); // nested values are shown by -o json only
    return QString::fromUtf8(scalarJson(value));
}

Cell cellFor(const QJsonObject &row, const std::vector<SecretField> *secrets, const TableColumn &column)
{
    if (secrets)
        for (const SecretField &field : *secrets)
            if (field.key == column.path)
                return Cell {&field.value, {}};
    QJsonValue value = row;
    for (const QString &part : column.path.split(u'.'))
        value = value.toObject().value(part);
    return Cell {nullptr, shown(value, column.show)};
}

QList<TableColumn> defaultColumns(const QJsonObject &first, const std::vector<SecretField> *secrets)
{
    QStringList keys;
    for (auto it = first.begin(); it != first.end(); ++it)
        if (!it.value().isObject() && !it.value().isArray())
            keys.append(it.key());
    if (secrets)
        for (const SecretField &field : *secrets)
            keys.append(field.key);
    std::sort(keys.begin(), keys.end());
    QList<TableColumn> columns;
    for (const QString &key : keys)
        columns.append({key.left(1).toUpper() + key.mid(1), key});
    return columns;
}

SecureBytes formatRows(const CommandOutput &output, bool table)
{
    QList<QJsonObject> rows;
    const std::vector<SecretField> *secrets = nullptr;
    if (output.value.isArray()) {
        for (const QJsonValue &v : output.value.toArray())
            rows.append(v.toObject());
    } else if (output.value.isObject()) {
        rows.append(output.value.toObject());
        secrets = &output.secrets;
    } else {
        SecureBuffer out;
        out.append(QString::fromUtf8(scalarJson(output.value)).toUtf8());
        out.append(QByteArrayView("\n"));
        return out.take();
    }
    const QList<TableColumn> columns
            = output.columns.isEmpty() ? defaultColumns(rows.value(0), secrets) : output.columns;

    QList<QList<Cell>> cells;
    QList<qsizetype> widths;
    for (const TableColumn &column : columns)
        widths.append(column.header.size());
    for (const QJsonObject &row : rows) {
        QList<Cell> line;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            line.append(cellFor(row, secrets, columns.at(c)));
            widths[c] = std::max(widths.at(c), line.last().width());
        }
        cells.append(line);
    }

    SecureBuffer out;
    auto pad = [&out](qsizetype n) { out.append(QByteArray(n, ' ')); };
    if (table) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            out.append(columns.at(c).header.toUtf8());
            if (c + 1 < columns.size())
                pad(widths.at(c) - columns.at(c).header.size() + 2);
        }
        out.append(QByteArrayView("\n"));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            out.append(QByteArray(widths.at(c), '-'));
            if (c + 1 < columns.size())
                pad(2);
        }
        out.append(QByteArrayView("\n"));
    }
    for (const QList<Cell> &line : cells) {
        // A table row ends at its last non-empty cell, without trailing blanks.
        qsizetype end = line.size();
        while (table && end > 1 && line.at(end - 1).width() == 0)
            --end;
        for (qsizetype c = 0; c < end; ++c) {
            line.at(c).appendTo(out);
            if (c + 1 < end) {
                if (table)
                    pad(widths.at(c) - line.at(c).width() + 2);
                else
                    out.append(QByteArrayView("\t"));
            }
        }
        out.append(QByteArrayView("\n"));
    }
    return out.take();
}

} // namespace

SecureBytes formatOutput(const CommandOutput &output, OutputFormat format)
{
    if (!output.text.isEmpty()) {
        const QByteArray utf8 = output.text.toUtf8();
        return SecureBytes(QByteArrayView(utf8));
    }
    if (output.value.isUndefined())
        return {};
    if (format == OutputFormat::Json) {
        SecureBuffer out;
        appendJson(out, output.value, 0, &output.secrets);
        out.append(QByteArrayView("\n"));
        return out.take();
    }
    return formatRows(output, format == OutputFormat::Table);
}

} // namespace coffer::cli
