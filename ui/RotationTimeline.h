#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

namespace coffer::ui {

// A small schedule drawn with QPainter: a time axis from the current version's creation (or today) to past the
// last mark, with today, the version's expiry, the coming rotations (numbered) and the notification as marks.
class RotationTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Marks
    {
        QDateTime now;
        QDateTime created; // the current version's
        std::optional<QDateTime> expires;
        QList<QDateTime> rotations;
        std::optional<QDateTime> notification;
    };

    explicit RotationTimeline(QWidget *parent = nullptr);

    void setMarks(const Marks &marks);
    void clear();
    const Marks &marks() const { return m_marks; }
    bool isEmpty() const { return !m_marks.now.isValid(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Marks m_marks;
};

} // namespace coffer::ui
