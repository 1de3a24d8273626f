#include "core/rotation/Passphrase.h"

#include <cctype>
#include <cmath>

namespace coffer::rotation {

Result<void> PassphraseOptions::validate() const
{
    if (words < kMinWords || words > kMaxWords)
        return Error(
                ErrorCode::InvalidArgument,
                QStringLiteral("words = %1: a passphrase has %2 to %3 words").arg(words).arg(kMinWords).arg(kMaxWords));
    if (separator.size() > 3)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("separator: at most 3 characters"));
    for (const QChar c : separator)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            if (c != u' ')
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("separator: printable ASCII characters or a space only"));
    return {};
}

double PassphraseOptions::entropyBits() const
{
    if (!validate())
        return 0;
    double bits = words * std::log2(double(passphraseWords().size()));
    if (addDigit)
        bits += std::log2(10.0 * words);
    return bits;
}

Result<SecureBytes> generatePassphrase(const PassphraseOptions &options)
{
    UniformDraw draw;
    return generatePassphrase(options, draw);
}

Result<SecureBytes> generatePassphrase(const PassphraseOptions &options, UniformDraw &draw)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    // The list as Latin-1 once, so the chosen words are copied only into the secure buffer, never into
    // temporaries on the ordinary heap.
    static const QList<QByteArray> latin1 = [] {
        QList<QByteArray> out;
        for (const QString &word : passphraseWords())
            out << word.toLatin1();
        return out;
    }();
    const QByteArray separator = options.separator.toLatin1();
    const int digitAfter = options.addDigit ? int(draw.below(std::uint32_t(options.words))) : -1;
    const char digit = options.addDigit ? char('0' + draw.below(10)) : '\0';
    SecureBytes out;
    for (int i = 0; i < options.words; ++i) {
        if (i > 0)
            out.append(QByteArrayView(separator));
        const QByteArray &word = latin1.at(qsizetype(draw.below(std::uint32_t(latin1.size()))));
        if (options.capitalize) {
            const char first = char(std::toupper(static_cast<unsigned char>(word.at(0))));
            out.append(QByteArrayView(&first, 1));
            out.append(QByteArrayView(word).sliced(1));
        } else {
            out.append(QByteArrayView(word));
        }
        if (i == digitAfter)
            out.append(QByteArrayView(&digit, 1));
    }
    return out;
}

} // namespace coffer::rotation
