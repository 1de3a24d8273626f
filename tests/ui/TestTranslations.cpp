// The German translation is complete and consistent: every message of translations/coffer_de.ts is translated
// (none unfinished or empty), keeps the source's placeholders (%1, %2, …) and has a keyboard accelerator exactly
// when the source has one.

#include "tests/support/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message {context, {}, {}, {}};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural messages (%n) hold one <numerusform> per form: their texts together.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << current;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d+"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return pattern.match(text).hasMatch();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coffer::test::failOnAnyWarning(); }

    void germanIsCompleteAndConsistent()
    {
        const QString source = qEnvironmentVariable("COFFER_SOURCE_DIR");
        QVERIFY(!source.isEmpty());
        const QList<Message> messages = readTs(QDir(source).filePath(QStringLiteral("translations/coffer_de.ts")));
        QVERIFY(messages.size() > 2000);
        for (const Message &m : messages) {
            const QByteArray where = (m.context + u": " + m.source).toUtf8();
            QVERIFY2(m.type.isEmpty(), where.constData()); // not unfinished, vanished or obsolete
            QVERIFY2(!m.translation.trimmed().isEmpty(), where.constData());
            QVERIFY2(placeholders(m.source) == placeholders(m.translation), where.constData());
            QVERIFY2(hasAccelerator(m.source) == hasAccelerator(m.translation), where.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
