#pragma once

#include <QWizardPage>

#include <functional>

namespace coffer::ui {

// A wizard page whose completeness, validation and set-up are the wizard's functions (CreateCertificateWizard keeps
// the logic in one place; the pages only lay out widgets).
class CreateCertificateWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void changed() { Q_EMIT completeChanged(); }
};

} // namespace coffer::ui
