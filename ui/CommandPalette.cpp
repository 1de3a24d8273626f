#include "ui/CommandPalette.h"

#include "models/ErrorText.h"
#include "models/SearchModel.h"
#include "models/VaultListModel.h"
#include "models/VaultSession.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

using Type = models::SearchItem::Type;

// Two lines per row: the name, and under it in a muted colour what it is and where ("Secret in team-kv · tag
// env=prod", "Command · Ctrl+L").
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 10);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect box = opt.rect.adjusted(8, 4, -8, -4);
        const int line = opt.fontMetrics.height();
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(box.left(), box.top(), box.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, box.width()));
        painter->setFont(opt.font);
        QColor muted = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(muted);
        const QString detail = index.data(models::SearchModel::DetailRole).toString();
        painter->drawText(QRect(box.left(), box.top() + line + 2, box.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(detail, Qt::ElideMiddle, box.width()));
        painter->restore();
    }
};

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

CommandPalette::CommandPalette(const QList<Command> &commands, models::VaultListModel *vaults, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_model(new models::SearchModel(this))
    , m_query(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(makeHintLabel({}, this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Search and Commands"));
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setPlaceholderText(tr("Find a secret, key, certificate or command: name, tag, subject, thumbprint…"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("paletteResults"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus); // the keys stay in the field; Up/Down move the selection
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_query->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    resize(620, 440);

    connect(m_query, &QLineEdit::textChanged, m_model, &models::SearchModel::setQuery);
    connect(m_model, &models::SearchModel::searchFinished, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    collect(vaults);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::collect(models::VaultListModel *vaults)
{
    QList<models::SearchItem> items;
    for (const Command &command : std::as_const(m_commands)) {
        if (!command.action || !command.action->isEnabled())
            continue;
        models::SearchItem item;
        item.type = Type::Command;
        item.name = command.label.isEmpty() ? plainText(command.action) : command.label;
        item.commandId = command.action->objectName();
        item.shortcut = command.action->shortcut().toString(QKeySequence::NativeText);
        items << item;
    }
    for (int row = 0; row < vaults->rowCount(); ++row) {
        models::VaultSession *session = vaults->sessionAt(vaults->index(row, 0));
        if (!session || !session->isUnlocked())
            continue;
        auto found = models::SearchIndex::collect(session);
        if (found)
            items << *found;
        else
            m_problems << tr("%1 could not be searched: %2")
                                  .arg(session->displayName(), models::ErrorText::forCode(found.error().code()));
    }
    m_model->setItems(std::move(items));
}

void CommandPalette::updateStatus()
{
    QStringList lines = m_problems;
    const int rows = m_model->rowCount();
    if (rows == 0 && !m_query->text().isEmpty())
        lines.prepend(tr("Nothing found. Only unlocked vaults are searched."));
    else if (rows == models::SearchModel::kLimit)
        lines.prepend(tr("The first %1 results; type more to narrow them.").arg(rows));
    m_status->setText(lines.join(u'\n'));
    m_status->setVisible(!lines.isEmpty());
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: QApplication::sendEvent(m_view, event); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: activate(m_view->currentIndex().row()); return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::activate(int row)
{
    const models::SearchItem *item = m_model->itemAt(row);
    if (!item)
        return;
    const models::SearchItem chosen = *item;
    accept();
    if (chosen.type == Type::Command) {
        for (const Command &command : std::as_const(m_commands))
            if (command.action && command.action->objectName() == chosen.commandId) {
                command.action->trigger();
                return;
            }
        return;
    }
    const ObjectKind kind = chosen.type == Type::Key ? ObjectKind::Key
            : chosen.type == Type::Certificate       ? ObjectKind::Certificate
                                                     : ObjectKind::Secret;
    Q_EMIT objectChosen(chosen.vaultId, kind, chosen.name);
}

} // namespace coffer::ui
