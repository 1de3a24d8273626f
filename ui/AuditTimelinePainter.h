#pragma once

#include "ui/AuditTimeline.h"

#include <QCoreApplication>
#include <QList>

class QPainter;

namespace coffer::ui {

// Draws an AuditTimeline: the lanes with their labels, the time axis and its grid, the marks (hollow for imported
// events, larger for packed ones, a ring around the selected one) and the legend. Its texts belong to the timeline.
class AuditTimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ui::AuditTimeline)

public:
    explicit AuditTimelinePainter(const AuditTimeline &timeline);

    void lanes(QPainter &painter) const;
    void axis(QPainter &painter) const;
    void marks(QPainter &painter, const QList<AuditTimeline::Mark> &marks) const;
    void legend(QPainter &painter) const;

private:
    const AuditTimeline &m_t;
};

} // namespace coffer::ui
