#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace coffer::models {

// A small entropy estimate for a new passphrase: character classes give the pool, repeated and sequential runs
// count for little, and a built-in list of the most common passwords is caught (also with digits or symbols
// appended). It guides; it does not replace a policy.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(coffer::models::PasswordStrength)

public:
    enum class Level { Weak, Fair, Good, Strong };

    struct Estimate
    {
        double bits = 0;
        Level level = Level::Weak;
        bool isCommon = false;
        QStringList feedback; // translated hints, most important first
    };

    static Estimate estimate(QStringView text);
    static Level levelForBits(double bits);
    static QString levelName(Level level);

    static constexpr double kFairBits = 40;
    static constexpr double kGoodBits = 60;
    static constexpr double kStrongBits = 80;
    static constexpr int kRecommendedLength = 12;
};

} // namespace coffer::models
