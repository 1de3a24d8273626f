#include "ui/WidgetUtil.h"

#include "models/ObjectActions.h"
#include "ui/Icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

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

QAction *makePageAction(QWidget *owner, const char *icon, const QString &text, const QKeySequence &shortcut,
                        const char *objectName)
{
    auto *action = new QAction(icons::get(icon), text, owner);
    action->setShortcut(shortcut);
    action->setObjectName(QLatin1StringView(objectName));
    owner->addAction(action);
    return action;
}

QToolBar *makePageToolbar(QWidget *parent, const QString &objectName, std::initializer_list<QList<QAction *>> groups)
{
    auto *toolbar = new QToolBar(parent);
    toolbar->setObjectName(objectName);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    bool first = true;
    for (const QList<QAction *> &group : groups) {
        if (!first)
            toolbar->addSeparator();
        toolbar->addActions(group);
        first = false;
    }
    return toolbar;
}

QSplitter *makeListDetailsSplitter(QWidget *parent, QWidget *filter, QWidget *count, QWidget *view, QWidget *details,
                                   const QList<int> &sizes)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filter, 1);
    filterRow->addWidget(count);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(view, 1);
    auto *splitter = new QSplitter(parent);
    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(sizes);
    return splitter;
}

} // namespace coffer::ui
