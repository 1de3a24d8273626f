#pragma once

#include "core/vault/ScheduleTypes.h"
#include "models/DiffingTableModel.h"
#include "models/ObjectListInterface.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace coffer::models {

// What the Rotation & expiry page shows of the schedule: kinds (empty: all), states (empty: all) and words that
// must each be part of the name, the kind ("secret", "keys"), the state ("soon", "expiring soon") or the policy.
struct ScheduleFilter
{
    QList<ObjectKind> kinds;
    QList<ScheduleState> states;
    QString text;

    friend bool operator==(const ScheduleFilter &, const ScheduleFilter &) = default;
};

// The vault-wide schedule (Vault::schedule) as a table for the Rotation & expiry page and its calendar: one row
// per object that passes the filter, grouped by kind (secrets, keys, certificates; groups()), then by name.
// A new schedule or filter arrives as precise row changes. Never holds a value: names, dates and reasons only.
class ScheduleModel : public DiffingTableModel<ScheduleEntry>, public ObjectListInterface
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, StateColumn, NextActionColumn, PolicyColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ObjectKind)
        NameRole,
        StateRole, // int(ScheduleState)
        NextActionRole, // QDateTime, invalid when nothing comes
        IdRole, // makeId(kind, name)
    };
    struct Group
    {
        ObjectKind kind = ObjectKind::Secret;
        int first = 0; // row
        int count = 0;
        friend bool operator==(const Group &, const Group &) = default;
    };

    explicit ScheduleModel(QObject *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    void clear();
    bool hasSchedule() const { return m_hasSchedule; }
    const Schedule &schedule() const { return m_schedule; } // every entry, whatever the filter
    int totalCount() const { return int(m_schedule.entries.size()); }
    // Whether any entry (whatever the filter) has something besides version validity: an action, an expiry.
    bool hasAnythingScheduled() const;

    void setFilter(const ScheduleFilter &filter);
    const ScheduleFilter &filter() const { return m_filter; }
    static bool matches(const ScheduleEntry &entry, const ScheduleFilter &filter);

    const ScheduleEntry &entry(int row) const { return m_items.at(row); }
    QList<Group> groups() const;
    int rowOf(ObjectKind kind, const QString &name) const;
    static QString makeId(ObjectKind kind, const QString &name); // "keys/signing-key"

    QString idAt(const QModelIndex &index) const override;
    QModelIndex indexOf(const QString &id) const override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated words the page, the calendar and the tooltips share.
    static QString stateText(ScheduleState state); // "OK", "Expiring soon", "Expired", "Overdue", "Disabled"
    static QString eventText(rotation::EventKind kind); // "Rotate", "Renew", "Notify", "Expires", ...
    static QString kindGroupText(ObjectKind kind); // "Secrets", "Keys", "Certificates"
    // The first action at nextAction ("Rotate", "Expires", ...), if any.
    static std::optional<rotation::PlanEvent> nextEvent(const ScheduleEntry &entry);
    // The colour of a state on a light or a dark background.
    static QColor stateColor(ScheduleState state, bool dark = false);
    static bool isDarkPalette();

private:
    void refilter();

    Schedule m_schedule;
    bool m_hasSchedule = false;
    ScheduleFilter m_filter;
};

} // namespace coffer::models
