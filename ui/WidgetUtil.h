#pragma once

class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;
class QString;

namespace coffer::ui {

// Adds a trailing "show/hide" toggle to a masked line edit.
void addRevealToggle(QLineEdit *edit);
// A label for inline error text: red, word-wrapped, selectable, hidden while empty.
QLabel *makeErrorLabel(QWidget *parent);
void setErrorText(QLabel *label, const QString &text);
// An indeterminate progress bar (busy indicator), hidden until shown.
QProgressBar *makeBusyBar(QWidget *parent);
// A label for explanations: word-wrapped, slightly muted.
QLabel *makeHintLabel(const QString &text, QWidget *parent);

} // namespace coffer::ui
