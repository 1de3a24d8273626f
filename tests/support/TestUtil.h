#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace coffer::test {

// 2026-01-01T00:00:00Z: the fake clock's default start.
QDateTime fixedStart();

// A folder under the build tree where tests leave files a person can look at (screenshots, exports).
QString outputDir(const QString &sub = {});

// SHA-256 of every file in a folder (name → hash): to assert that a failed operation wrote nothing.
QHash<QString, QByteArray> snapshotFolder(const QString &folder);

// Flips one bit of the byte at `offset` of a file.
void flipByte(const QString &file, qint64 offset);

} // namespace coffer::test

// QVERIFY for Result<T>: prints the error on failure.
#define COFFER_VERIFY_OK(result) \
    do { \
        const auto &cofferCheck_ = (result); \
        if (!cofferCheck_) \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + cofferCheck_.error().toString())); \
    } while (false)

// Asserts that a Result failed with the given ErrorCode.
#define COFFER_VERIFY_ERROR(result, expectedCode) \
    do { \
        const auto &cofferCheck_ = (result); \
        QVERIFY2(!cofferCheck_, "expected an error, got success"); \
        QVERIFY2(cofferCheck_.error().code() == (expectedCode), \
                 qPrintable(QStringLiteral("wrong error: ") + cofferCheck_.error().toString())); \
    } while (false)

namespace coffer::test {
// Call from each test class's init(): any Qt warning fails the running test function
// (expected warnings are declared with QTest::ignoreMessage first).
void failOnAnyWarning();
} // namespace coffer::test
