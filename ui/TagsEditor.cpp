#include "ui/TagsEditor.h"

#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

TagsEditor::TagsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(icons::get("add"), tr("Add tag"), this))
    , m_remove(new QPushButton(icons::get("remove"), tr("Remove tag"), this))
    , m_count(new QLabel(this))
    , m_error(makeErrorLabel(this))
{
    m_table->setObjectName(QStringLiteral("tagsTable"));
    m_table->setAccessibleName(tr("Tags"));
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_count->setObjectName(QStringLiteral("tagCountLabel"));
    m_error->setObjectName(QStringLiteral("tagsError"));
    m_table->setHorizontalHeaderLabels({tr("Tag name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 160);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addTag({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        update();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TagsEditor::update);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    update();
}

Tags TagsEditor::tags() const
{
    Tags out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        out.insert(name ? name->text().trimmed() : QString(), value ? value->text() : QString());
    }
    return out;
}

void TagsEditor::setTags(const Tags &tags)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        addTag(it.key(), it.value());
    update();
}

void TagsEditor::addTag(const QString &name, const QString &value)
{
    {
        const QSignalBlocker blocker(m_table);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    update();
}

void TagsEditor::update()
{
    const int rows = m_table->rowCount();
    m_count->setText(tr("%1 of %2 tags").arg(rows).arg(ObjectLimits::kMaxTags));
    m_add->setEnabled(rows < ObjectLimits::kMaxTags);
    m_remove->setEnabled(rows > 0 && m_table->currentRow() >= 0);

    QString problem;
    QSet<QString> seen;
    for (int row = 0; row < rows && problem.isEmpty(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        const QString name = item ? item->text().trimmed() : QString();
        if (name.isEmpty())
            problem = tr("Tag %1 has no name.").arg(row + 1);
        else if (seen.contains(name))
            problem = tr("The tag name %1 appears twice.").arg(name);
        seen.insert(name);
    }
    if (problem.isEmpty())
        if (auto valid = objects::validateTags(tags()); !valid)
            problem = valid.error().context();
    m_problem = problem;
    setErrorText(m_error, problem);
    Q_EMIT changed();
}

} // namespace coffer::ui
