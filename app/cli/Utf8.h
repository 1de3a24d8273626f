#pragma once

#include <QByteArrayView>

namespace coffer::cli::utf8 {

// The length of the well-formed UTF-8 sequence at `pos` (1-4), or 0 when the bytes there are not one
// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short). Works on the bytes in place,
// so a secret value is checked without a decoded copy.
inline qsizetype sequenceLength(QByteArrayView bytes, qsizetype pos)
{
    const auto at = [&](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    const unsigned char lead = at(pos);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80, high = 0xbf; // the allowed range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (pos + length > bytes.size())
        return 0;
    if (at(pos + 1) < low || at(pos + 1) > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i)
        if ((at(pos + i) & 0xc0) != 0x80)
            return 0;
    return length;
}

inline bool isValid(QByteArrayView bytes)
{
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype n = sequenceLength(bytes, pos);
        if (n == 0)
            return false;
        pos += n;
    }
    return true;
}

} // namespace coffer::cli::utf8
