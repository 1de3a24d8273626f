#include "models/PasswordStrength.h"

#include <QString>

#include <array>
#include <cmath>

namespace coffer::models {

namespace {

// Among the most used passwords in public breach corpora, English and German.
constexpr std::array kCommon
        = {u"password", u"passwort", u"123456",   u"12345678", u"123456789",     u"qwerty",    u"qwertz",   u"azerty",
           u"letmein",  u"admin",    u"welcome",  u"iloveyou", u"monkey",        u"dragon",    u"football", u"baseball",
           u"abc123",   u"111111",   u"sunshine", u"master",   u"shadow",        u"trustno1",  u"passw0rd", u"p@ssw0rd",
           u"superman", u"princess", u"login",    u"starwars", u"whatever",      u"qazwsx",    u"654321",   u"123123",
           u"hello",    u"freedom",  u"secret",   u"changeme", u"hallo",         u"geheim",    u"schatz",   u"default",
           u"root",     u"toor",     u"test",     u"guest",    u"administrator", u"mustermann"};

bool isListed(QStringView candidate)
{
    for (const char16_t *entry : kCommon)
        if (candidate.compare(QStringView(entry), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Compares in place: no copy of the passphrase is made.
bool isCommonPassword(QStringView text)
{
    if (isListed(text))
        return true;
    // "Password1!", "admin2024": strip trailing digits and symbols.
    qsizetype end = text.size();
    while (end > 0 && !text.at(end - 1).isLetter())
        --end;
    return end > 0 && end < text.size() && isListed(text.left(end));
}

} // namespace

PasswordStrength::Estimate PasswordStrength::estimate(QStringView text)
{
    Estimate result;
    if (text.isEmpty()) {
        result.feedback << tr("Enter a passphrase.");
        return result;
    }

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    double effectiveLength = 0;
    int repeats = 0, sequences = 0;
    char16_t previous = 0;
    int index = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            symbol = true;
        else
            other = true;

        double weight = 1.0;
        if (index > 0 && c == previous) {
            weight = 0.1; // "aaaa"
            ++repeats;
        } else if (index > 0 && (c == previous + 1 || c + 1 == previous)) {
            weight = 0.2; // "abcd", "4321"
            ++sequences;
        }
        effectiveLength += weight;
        previous = c;
        ++index;
    }

    int pool = 0;
    int classes = 0;
    for (const auto &[present, size] : {std::pair {lower, 26}, std::pair {upper, 26}, std::pair {digit, 10},
                                        std::pair {symbol, 33}, std::pair {other, 100}}) {
        if (present) {
            pool += size;
            ++classes;
        }
    }
    result.bits = effectiveLength * std::log2(double(pool));
    result.isCommon = isCommonPassword(text);
    if (result.isCommon) {
        result.bits = std::min(result.bits, 10.0);
        result.feedback << tr("This is one of the most commonly used passwords.");
    }
    if (index < kRecommendedLength)
        result.feedback << tr("Use at least %1 characters; several unrelated words work well.").arg(kRecommendedLength);
    if (repeats * 4 >= index && repeats > 0)
        result.feedback << tr("Avoid repeated characters.");
    if (sequences * 4 >= index && sequences > 0)
        result.feedback << tr("Avoid sequences such as \"abc\" or \"123\".");
    if (classes == 1 && index < 20)
        result.feedback << tr("Mix in upper-case letters, digits or symbols, or make it longer.");
    result.level = levelForBits(result.bits);
    return result;
}

PasswordStrength::Level PasswordStrength::levelForBits(double bits)
{
    if (bits >= kStrongBits)
        return Level::Strong;
    if (bits >= kGoodBits)
        return Level::Good;
    if (bits >= kFairBits)
        return Level::Fair;
    return Level::Weak;
}

QString PasswordStrength::levelName(Level level)
{
    switch (level) {
    case Level::Weak: return tr("Weak");
    case Level::Fair: return tr("Fair");
    case Level::Good: return tr("Good");
    case Level::Strong: return tr("Strong");
    }
    return {};
}

} // namespace coffer::models
