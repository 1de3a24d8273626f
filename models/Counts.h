#pragma once

#include <QString>

// Counted nouns ("1 day", "3 days"), translated. English and German have one singular and one plural form, so
// each is a pair of plain strings; the texts stay right even without a translator installed (tests, English).
namespace coffer::models::counts {

QString days(qint64 n);
QString hours(qint64 n);
QString minutes(qint64 n);
QString seconds(qint64 n);
QString bytes(qint64 n);
QString secrets(qint64 n);
QString keys(qint64 n);
QString certificates(qint64 n);
QString items(qint64 n);
QString records(qint64 n);

} // namespace coffer::models::counts
