#include "ui/ClientSecretDialog.h"

#include "models/SecretClipboard.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

ClientSecretDialog::ClientSecretDialog(const QString &appName, SecureString secret, models::SecretClipboard *clipboard,
                                       QWidget *parent)
    : QDialog(parent)
    , m_secret(std::move(secret))
    , m_clipboard(clipboard)
    , m_text(new QLineEdit(this))
    , m_copy(new QPushButton(icons::get("key"), tr("&Copy"), this))
    , m_stored(new QCheckBox(tr("I have stored the client secret where the application can read it"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("clientSecretDialog"));
    setWindowTitle(tr("Client Secret of %1").arg(appName));
    setWindowIcon(icons::get("access"));
    setMinimumWidth(560);
    m_text->setObjectName(QStringLiteral("clientSecretEdit"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString shown = m_secret.toQStringForDisplay();
    m_text->setText(shown);
    shown.fill(u'\0');
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_stored->setObjectName(QStringLiteral("storedCheck"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setEnabled(false);

    auto *title = new QLabel(tr("The application %1 was created.").arg(appName), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(makeHintLabel(tr("This is its client secret. It is shown now and never again: Coffer keeps "
                                       "only a key derived from it. The application opens the vault with it "
                                       "(coffer-cli --client-secret-file FILE)."),
                                    this));
    layout->addLayout(row);
    layout->addWidget(m_stored);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ClientSecretDialog::copy);
    connect(m_stored, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

ClientSecretDialog::~ClientSecretDialog()
{
    wipe();
}

void ClientSecretDialog::copy()
{
    if (m_clipboard && !m_secret.isEmpty())
        m_clipboard->copy(m_secret.utf8());
}

void ClientSecretDialog::wipe()
{
    const qsizetype length = m_text->text().size();
    if (length > 0)
        m_text->setText(QString(length, u'x'));
    m_text->clear();
    m_secret = SecureString();
}

} // namespace coffer::ui
