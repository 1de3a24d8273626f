#include "ui/CertificatePolicyJsonDialog.h"

#include "ui/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

CertificatePolicyJsonDialog::CertificatePolicyJsonDialog(const CertificatePolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("policyJsonDialog"));
    setWindowTitle(tr("Certificate Policy (JSON)"));
    m_editor->setObjectName(QStringLiteral("policyJsonEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("Azure's certificate policy. It applies to the versions made from now on; "
                                       "dates and the key of existing versions stay as they are."),
                                    this));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificatePolicyJsonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertificatePolicyJsonDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { setErrorText(m_error, {}); });
    resize(620, 560);
}

void CertificatePolicyJsonDialog::accept()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString text = m_editor->toPlainText().left(parseError.offset);
        const qsizetype line = text.count(u'\n') + 1;
        setErrorText(m_error, tr("This is not valid JSON (line %1): %2").arg(line).arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        setErrorText(m_error, tr("The policy must be a JSON object ({ … })."));
        return;
    }
    auto policy = CertificatePolicy::fromJson(document.object());
    if (policy) {
        if (auto valid = policy->validate(); !valid)
            policy = valid.error();
    }
    if (!policy) {
        setErrorText(m_error, tr("The policy cannot be used: %1").arg(policy.error().context()));
        return;
    }
    m_policy = *policy;
    QDialog::accept();
}

} // namespace coffer::ui
