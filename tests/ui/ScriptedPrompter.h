#pragma once

#include "models/Prompter.h"

#include <QStringList>

namespace coffer::test {

// Answers the console's questions from a script, and records what was asked.
class ScriptedPrompter final : public models::Prompter
{
public:
    bool confirmAnswer = true;
    QString folderAnswer;
    QString saveFileAnswer;
    QString openFileAnswer;
    QStringList questions; // texts of confirm, in order
    QStringList asked; // titles, in order
    QStringList errors; // texts of showError

    bool confirm(const QString &title, const QString &question) override
    {
        asked << title;
        questions << question;
        return confirmAnswer;
    }
    QString chooseFolder(const QString &title, const QString &) override
    {
        asked << title;
        return folderAnswer;
    }
    QString chooseSaveFile(const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return saveFileAnswer;
    }
    QString chooseOpenFile(const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return openFileAnswer;
    }
    void showError(const QString &title, const QString &text) override
    {
        asked << title;
        errors << text;
    }
};

} // namespace coffer::test
