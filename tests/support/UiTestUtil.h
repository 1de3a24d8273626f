#pragma once

// Helpers the offscreen console tests share (GUI tests only: needs QtWidgets and QtTest).

#include "models/AppSettings.h"
#include "tests/support/TestUtil.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QWidget>

namespace coffer::test {

// The console's settings as on a fresh machine, except that its scheduled run of due actions stays off: a run in
// the background makes the vault busy at moments no test chose. TestRotationPage switches it on to test it.
inline void resetSettings()
{
    QSettings(QStringLiteral("Coffer"), QStringLiteral("Coffer")).clear();
    models::AppSettings().setRunDueActions(false);
}

// Saves a screenshot to test-output/screenshots/NAME.png and checks that it shows something (a blank or
// single-colour grab fails the test).
inline void shot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20,
             qPrintable(QStringLiteral("%1: the screenshot looks blank (%2 colours)").arg(name).arg(colours.size())));
    const QString file = QDir(outputDir(QStringLiteral("screenshots"))).filePath(name + u".png");
    QVERIFY2(image.save(file), qPrintable(file));
}

// The child named `name` (aborts the test when there is none: the widget tree is not what the test expects).
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Clicks a button as a person would: it must be visible and enabled (the tooltip says why when it is not).
inline void click(QAbstractButton *button)
{
    QVERIFY2(button->isVisible(), qPrintable(button->objectName() + u": not visible"));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + u": " + button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace coffer::test
