#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"
#include "core/rotation/SecretGenerator.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace coffer::rotation {

// Passphrases of random words (diceware style) for the console's generator: each word drawn uniformly from
// passphraseWords() with UniformDraw (RAND_priv_bytes), so the strength is exactly words × log2(list size), plus
// log2(10 × words) when a digit is added to one word. Never logged; the value lives in secure memory.
struct PassphraseOptions
{
    static constexpr int kMinWords = 3;
    static constexpr int kMaxWords = 20;

    int words = 6;
    QString separator = QStringLiteral("-"); // printable ASCII, at most 3 characters; may be empty
    bool capitalize = false; // "Maple-Orbit-…": easier to read; adds no strength
    bool addDigit = false; // a digit 0-9 after one randomly chosen word

    // InvalidArgument naming the field: words out of range, a separator that is not printable ASCII or too long.
    Result<void> validate() const;
    double entropyBits() const;
};

const QStringList &passphraseWords();

Result<SecureBytes> generatePassphrase(const PassphraseOptions &options);
Result<SecureBytes> generatePassphrase(const PassphraseOptions &options, UniformDraw &draw); // tests

} // namespace coffer::rotation
