#pragma once

#include <QList>

#include <initializer_list>

class QAbstractButton;
class QKeySequence;
class QSplitter;
class QToolBar;
class QAction;
class QAbstractItemView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;
class QString;

namespace coffer::models::actions {
struct ActionState;
}

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
// Binds an action (or a button) to its rule's state: enabled or not and, when the principal may not, the reason
// as its tooltip (the tooltip it had is restored once allowed again).
void applyActionState(QAction *action, const models::actions::ActionState &state);
void applyActionState(QAbstractButton *button, const models::actions::ActionState &state);
// The table look the console's lists share: whole rows, one at a time, no grid, no editing.
void setUpTable(QAbstractItemView *view);

// The object pages' (Secrets, Keys, Certificates) shared shape:
// an action of `owner` with an icon (ui/Icons), a shortcut (may be empty) and an object name for tests;
QAction *makePageAction(QWidget *owner, const char *icon, const QString &text, const QKeySequence &shortcut,
                        const char *objectName);
// a text-beside-icon toolbar of action groups separated from each other;
QToolBar *makePageToolbar(QWidget *parent, const QString &objectName, std::initializer_list<QList<QAction *>> groups);
// the list (filter field and count above the table) on the left, the details pane on the right.
QSplitter *makeListDetailsSplitter(QWidget *parent, QWidget *filter, QWidget *count, QWidget *view, QWidget *details,
                                   const QList<int> &sizes);

} // namespace coffer::ui
