#include "ui/WidgetPrompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace coffer::ui {

WidgetPrompter::WidgetPrompter(QWidget *parent)
    : m_parent(parent)
{ }

bool WidgetPrompter::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(m_parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
}

QString WidgetPrompter::chooseFolder(const QString &title, const QString &startFolder)
{
    return QFileDialog::getExistingDirectory(m_parent, title, startFolder);
}

QString WidgetPrompter::chooseSaveFile(const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggestedPath, filter);
}

QString WidgetPrompter::chooseOpenFile(const QString &title, const QString &startFolder, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, startFolder, filter);
}

void WidgetPrompter::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(m_parent, title, text);
}

} // namespace coffer::ui
