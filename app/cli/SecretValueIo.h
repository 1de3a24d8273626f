#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace coffer::cli {

// How a file's bytes become a secret value and back, as az's `secret set --file --encoding` and
// `secret download --encoding` do: utf-8 stores the file's text as it is (it must be valid UTF-8); base64 and
// hex store the file's bytes as base64 or hex text, which download decodes again. `set --file` records the
// encoding in the tag "file-encoding", which download uses when no --encoding is given.
enum class ValueEncoding { Utf8, Base64, Hex };

inline const QString kFileEncodingTag = QStringLiteral("file-encoding");

std::optional<ValueEncoding> encodingFromName(const QString &name);
QString encodingName(ValueEncoding encoding);

// A whole value file into secure memory, byte for byte. NotFound (naming the file) when it does not exist;
// InvalidArgument when it is a folder or larger than `maxBytes`.
Result<SecureBytes> readValueFile(const QString &path, qsizetype maxBytes);
// Standard input into secure memory, without one trailing newline ("\n" or "\r\n").
Result<SecureBytes> readValueStdin(qsizetype maxBytes);

// File bytes → the stored value (InvalidArgument for a utf-8 file that is not UTF-8).
Result<SecureBytes> encodeValue(const SecureBytes &fileBytes, ValueEncoding encoding, const QString &source);
// The stored value → the bytes download writes (InvalidArgument when it is not base64 or hex text).
Result<SecureBytes> decodeValue(const SecureBytes &value, ValueEncoding encoding, const QString &secretName);

// Writes a new file readable only by its owner (0600). AlreadyExists, naming the file, when something is at
// `path` and `overwrite` is false; a file left half-written by a failure is removed.
Result<void> writeNewFile(const QString &path, QByteArrayView bytes, bool overwrite, const QString &what);

} // namespace coffer::cli
