#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace coffer::audit::canonical {

// The JSON Canonicalization Scheme (RFC 8785, "JCS") for the values Coffer's audit trail holds, so that an
// independent verifier can re-create the signed and hashed bytes with any JCS library:
// - no whitespace anywhere; UTF-8 output;
// - object members sorted by their names compared as UTF-16 code units (all names Coffer itself writes are ASCII);
// - strings: '"' and '\' are escaped as \" and \\; U+0008, U+0009, U+000A, U+000C and U+000D as \b \t \n \f \r; the
//   other characters below U+0020 as \u00xx with lowercase hex; every other character, '/' and non-ASCII included,
//   is written as itself in UTF-8;
// - numbers: as ECMAScript's Number.prototype.toString (integers with |n| < 10^21 as plain decimal digits, so every
//   integer field of a record is a plain integer); non-finite numbers (which JSON cannot carry) are written as null;
// - true, false, null as such; arrays keep their order.
void appendString(QByteArray &out, QByteArrayView utf8);
void appendString(QByteArray &out, const QString &text);
void appendNumber(QByteArray &out, double value);
void appendInteger(QByteArray &out, qint64 value);
void appendValue(QByteArray &out, const QJsonValue &value);
void appendObject(QByteArray &out, const QJsonObject &object);
QByteArray object(const QJsonObject &object);

// "2026-01-01T12:00:00.000Z": UTC, always with milliseconds, years 0000-9999 (from milliseconds since the epoch).
QByteArray isoTime(qint64 msecsSinceEpoch);
QByteArray isoTime(const QDateTime &time);
// Parses exactly the form isoTime writes; an invalid QDateTime otherwise.
QDateTime parseIsoTime(QStringView text);

// Lowercase hex, and its strict inverse (only [0-9a-f], even length): empty QByteArray on any other input.
QByteArray hex(QByteArrayView bytes);
QByteArray fromHex(QStringView text);

} // namespace coffer::audit::canonical
