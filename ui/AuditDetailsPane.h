#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QFormLayout;
class QLabel;

namespace coffer::audit {
struct AuditRecord;
struct ImportedEvent;
} // namespace coffer::audit

namespace coffer::ui {

// The selected audit record (or imported Azure event) in full: time, principal, operation, target, result,
// duration, client, correlation id, details, and the sequence with its hash and previous hash.
class AuditDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailsPane(QWidget *parent = nullptr);

    void showRecord(const audit::AuditRecord &record);
    void showImported(const audit::ImportedEvent &event);
    void clear();

    // What is shown, one "label: value" a line (tests, copying).
    QString text() const;
    QString value(const QString &label) const;

private:
    void setRows(const QString &title, const QList<std::pair<QString, QString>> &rows);

    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_form;
    QFormLayout *m_layout;
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace coffer::ui
