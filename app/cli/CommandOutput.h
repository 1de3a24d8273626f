#pragma once

#include "core/common/SecureBytes.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace coffer::cli {

enum class OutputFormat { Json, Table, Tsv };

// A column of `-o table` / `-o tsv`: a header and a dotted path into each result object.
struct TableColumn
{
    enum class Show {
        AsIs,
        IdName, // the object name from an identifier "coffer://VAULT/secrets/NAME[/VERSION]"
        IdVersion, // the version from such an identifier
        IntDate, // seconds since 1970 shown as an ISO 8601 UTC date-time
        MicrosAsMs, // a whole number of microseconds shown as milliseconds ("0.412 ms")
    };
    QString header;
    QString path; // "name", "properties.enablePurgeProtection"
    Show show = Show::AsIs;
};

// A secret the user asked to see (a new recovery key): printed as a top-level field of the result but never
// held in a QJsonObject, so it lives only in secure memory until written.
struct SecretField
{
    QString key;
    SecureString value;
};

// What a command prints on stdout.
struct CommandOutput
{
    QJsonValue value = QJsonValue(QJsonValue::Undefined); // Undefined: print nothing
    std::vector<SecretField> secrets; // only with an object value
    QList<TableColumn> columns; // empty: the top-level scalar fields (and secrets) in key order
    // A document printed as it is, whatever -o says (`coffer-cli manpage`); used instead of `value`.
    QString text;
};

} // namespace coffer::cli
