#pragma once

#include "models/AuditFilterState.h"
#include "models/AuditSnapshot.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace coffer {
class Clock;
}

namespace coffer::ui {

// The Audit page's filters: time range (presets or custom), principal, operation, result and target text. Emits
// changed() once per change (typing in the target field settles first).
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(const Clock *clock, QWidget *parent = nullptr);

    models::AuditFilterState state() const;
    void setState(const models::AuditFilterState &state);
    // The principals and operations the log holds (the current choice stays when it is not among them).
    void setChoices(const QList<models::AuditSnapshot::Choice> &principals,
                    const QList<models::AuditSnapshot::Choice> &operations);
    void reset();

Q_SIGNALS:
    void changed();

private:
    void onRangeChanged();
    void emitChanged();

    const Clock *m_clock;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_principal;
    QComboBox *m_operation;
    QComboBox *m_result;
    QLineEdit *m_target;
    QTimer *m_typing;
    bool m_updating = false;
};

} // namespace coffer::ui
