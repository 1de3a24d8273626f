#pragma once

// The amount + unit pair (spin box and Days/Months/Years combo) the rotation policy editors of keys and secrets
// use for each ISO 8601 duration.

#include "models/RotationPolicyForm.h"

class QComboBox;
class QSpinBox;
class QWidget;

namespace coffer::ui::durationfields {

QSpinBox *amountBox(const char *name, QWidget *parent); // 0–9999
QComboBox *unitBox(const char *name, QWidget *parent); // days, months, years
models::FormDuration durationOf(const QSpinBox *amount, const QComboBox *unit);
void showDuration(const models::FormDuration &duration, QSpinBox *amount, QComboBox *unit);

} // namespace coffer::ui::durationfields
