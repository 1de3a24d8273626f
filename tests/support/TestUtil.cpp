#include "tests/support/TestUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace coffer::test {

QDateTime fixedStart()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

QString outputDir(const QString &sub)
{
    QString base = qEnvironmentVariable("COFFER_TEST_OUTPUT");
    if (base.isEmpty())
        base = QDir::temp().filePath(QStringLiteral("coffer-test-output"));
    const QString path = sub.isEmpty() ? base : QDir(base).filePath(sub);
    QDir().mkpath(path);
    return path;
}

QHash<QString, QByteArray> snapshotFolder(const QString &folder)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            out.insert(QDir(folder).relativeFilePath(path),
                       QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

void flipByte(const QString &file, qint64 offset)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        qFatal("flipByte: cannot open %s", qPrintable(file));
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    f.putChar(char(c ^ 0x01));
}

} // namespace coffer::test

#include <QRegularExpression>

namespace coffer::test {
void failOnAnyWarning()
{
    // The offscreen platform warns when a window's size hints change; that is platform noise, not ours.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
}
} // namespace coffer::test
