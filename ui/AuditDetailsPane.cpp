#include "ui/AuditDetailsPane.h"

#include "core/audit/AuditRecord.h"
#include "core/audit/ImportedEvent.h"
#include "models/AuditText.h"
#include "ui/WidgetUtil.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace coffer::ui {

AuditDetailsPane::AuditDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(makeHintLabel(tr("Select an event on the timeline or a record in the table to see it in full."), this))
    , m_form(new QWidget(this))
    , m_layout(new QFormLayout(m_form))
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_empty->setObjectName(QStringLiteral("detailsEmpty"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(3);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    clear();
}

void AuditDetailsPane::showRecord(const audit::AuditRecord &record)
{
    setRows(tr("Record %1: %2").arg(QString::number(record.sequence), record.operation),
            models::AuditText::details(record));
}

void AuditDetailsPane::showImported(const audit::ImportedEvent &event)
{
    setRows(tr("Imported event: %1").arg(event.operationName), models::AuditText::details(event));
}

void AuditDetailsPane::clear()
{
    setRows(tr("Details"), {});
}

void AuditDetailsPane::setRows(const QString &title, const QList<std::pair<QString, QString>> &rows)
{
    m_rows = rows;
    m_title->setText(title);
    m_empty->setVisible(rows.isEmpty());
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto &[label, value] : rows) {
        auto *name = new QLabel(label, m_form);
        QPalette muted = name->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText).darker(160));
        name->setPalette(muted);
        QString shown = value;
        const bool hash = value.size() == 64 && !value.contains(u' ');
        if (hash)
            shown = value.left(32) + u'\n' + value.mid(32); // hex does not wrap by itself
        auto *text = new QLabel(shown, m_form);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (hash)
            text->setFont(fixed);
        m_layout->addRow(name, text);
    }
}

QString AuditDetailsPane::text() const
{
    QStringList lines;
    for (const auto &[label, value] : m_rows)
        lines << label + u": " + value;
    return lines.join(u'\n');
}

QString AuditDetailsPane::value(const QString &label) const
{
    for (const auto &[name, value] : m_rows)
        if (name == label)
            return value;
    return {};
}

} // namespace coffer::ui
