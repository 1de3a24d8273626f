#include "ui/DurationFields.h"

#include <QComboBox>
#include <QSpinBox>

namespace coffer::ui::durationfields {

using Unit = models::FormDuration::Unit;

QSpinBox *amountBox(const char *name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1StringView(name));
    box->setRange(0, 9999);
    box->setAccelerated(true);
    return box;
}

QComboBox *unitBox(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1StringView(name));
    for (Unit unit : {Unit::Days, Unit::Months, Unit::Years})
        box->addItem(models::FormDuration::unitName(unit, 2), int(unit));
    return box;
}

models::FormDuration durationOf(const QSpinBox *amount, const QComboBox *unit)
{
    return {amount->value(), Unit(unit->currentData().toInt())};
}

void showDuration(const models::FormDuration &duration, QSpinBox *amount, QComboBox *unit)
{
    amount->setValue(duration.amount);
    unit->setCurrentIndex(unit->findData(int(duration.unit)));
}

} // namespace coffer::ui::durationfields
