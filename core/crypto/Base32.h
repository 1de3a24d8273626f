#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace coffer::crypto {

// RFC 4648 base32, upper case, no padding.
QString base32Encode(QByteArrayView data);
// Accepts upper or lower case and ignores '-' and white space; nullopt on any other character.
std::optional<QByteArray> base32Decode(QStringView text);

} // namespace coffer::crypto
