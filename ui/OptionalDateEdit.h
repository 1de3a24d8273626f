#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;

namespace coffer::ui {

// An optional point in time (not-before, expires): a check box that turns it on and a date-time editor that
// shows and takes UTC, in whole minutes.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    std::optional<QDateTime> value() const;
    // `fallback` is what the editor offers when the date is turned on later.
    void setValue(const std::optional<QDateTime> &value, const QDateTime &fallback);
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
};

} // namespace coffer::ui
