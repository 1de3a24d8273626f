#include "ui/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace coffer::ui {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateTimeEdit(this))
{
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    QString name = checkText;
    name.remove(u'&');
    m_edit->setAccessibleName(name); // "Set expiration date": what the date is for
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateEdit::changed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
}

std::optional<QDateTime> OptionalDateEdit::value() const
{
    if (!m_check->isChecked())
        return std::nullopt;
    QDateTime t = m_edit->dateTime().toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

void OptionalDateEdit::setValue(const std::optional<QDateTime> &value, const QDateTime &fallback)
{
    m_edit->setDateTime((value ? *value : fallback).toUTC());
    m_check->setChecked(value.has_value());
    m_edit->setEnabled(value.has_value());
}

} // namespace coffer::ui
