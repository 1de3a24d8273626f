#include "ui/WidgetUtil.h"

#include "models/ObjectActions.h"
#include "ui/Icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QTableView>

namespace coffer::ui {

void addRevealToggle(QLineEdit *edit)
{
    auto *reveal = edit->addAction(icons::get("key"), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealAction"));
    reveal->setToolTip(QCoreApplication::translate("coffer::ui::WidgetUtil", "Show the text"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? QCoreApplication::translate("coffer::ui::WidgetUtil", "Hide the text")
                                 : QCoreApplication::translate("coffer::ui::WidgetUtil", "Show the text"));
    });
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QProgressBar *makeBusyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(12);
    bar->setVisible(false);
    return bar;
}

QLabel *makeHintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText).darker(160));
    label->setPalette(palette);
    return label;
}

namespace {
const char kDefaultToolTip[] = "cofferDefaultToolTip";

template<typename T>
void apply(T *target, const models::actions::ActionState &state)
{
    if (!target->property(kDefaultToolTip).isValid())
        target->setProperty(kDefaultToolTip, target->toolTip());
    target->setEnabled(state.enabled);
    target->setToolTip(state.reason.isEmpty() ? target->property(kDefaultToolTip).toString() : state.reason);
}
} // namespace

void applyActionState(QAction *action, const models::actions::ActionState &state)
{
    apply(action, state);
}

void applyActionState(QAbstractButton *button, const models::actions::ActionState &state)
{
    apply(button, state);
}

void setUpTable(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setShowGrid(false);
        table->setWordWrap(false);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
}

} // namespace coffer::ui
