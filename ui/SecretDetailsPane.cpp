#include "ui/SecretDetailsPane.h"

#include "core/common/Clock.h"
#include "core/common/SecureBytes.h"
#include "models/Counts.h"
#include "models/ErrorText.h"
#include "models/ObjectActions.h"
#include "models/ObjectOperations.h"
#include "models/SecretClipboard.h"
#include "models/SecretListModel.h"
#include "models/SecretVersionsModel.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/SecretDialog.h"
#include "ui/WidgetUtil.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QPushButton *button(const char *icon, const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(icons::get(icon), text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}
} // namespace

SecretDetailsPane::SecretDetailsPane(models::ObjectOperations *operations, models::SecretClipboard *clipboard,
                                     models::Prompter *prompter, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_clipboard(clipboard)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_versions(new models::SecretVersionsModel(clock, this))
    , m_title(new QLabel(this))
    , m_properties(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_value(new QPlainTextEdit(this))
    , m_valueNote(makeHintLabel({}, this))
    , m_reveal(button("key", tr("&Reveal"), "revealButton", this))
    , m_copy(button("key", tr("&Copy value"), "copyValueButton", this))
    , m_whoHasAccess(button("access", tr("&Who has access…"), "whoHasAccessButton", this))
    , m_versionsView(new QTableView(this))
    , m_versionReveal(button("key", tr("Reveal"), "versionRevealButton", this))
    , m_versionCopy(button("key", tr("Copy"), "versionCopyButton", this))
    , m_versionEdit(button("settings", tr("Edit attributes…"), "versionEditButton", this))
    , m_versionEnable(button("unlock", tr("Enable"), "versionEnableButton", this))
    , m_versionDisable(button("lock", tr("Disable"), "versionDisableButton", this))
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setObjectName(QStringLiteral("propertiesLabel"));
    m_properties->setTextFormat(Qt::RichText);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_value->setObjectName(QStringLiteral("valueView"));
    m_value->setReadOnly(true);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setMaximumHeight(72);
    m_value->setPlaceholderText(tr("•••••••• (hidden)"));
    m_valueNote->setObjectName(QStringLiteral("valueNote"));

    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(kDefaultRevealDuration);
    connect(&m_revealTimer, &QTimer::timeout, this, &SecretDetailsPane::mask);
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_revealed ? mask() : void(revealValue()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyValue(); });
    connect(m_whoHasAccess, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT whoHasAccessRequested(m_current->name);
    });
    m_whoHasAccess->setToolTip(tr("The principals that may read this secret's value, and through what"));
    connect(m_versionReveal, &QPushButton::clicked, this, [this] { revealValue(selectedVersion()); });
    connect(m_versionCopy, &QPushButton::clicked, this, [this] { copyValue(selectedVersion()); });
    connect(m_versionEdit, &QPushButton::clicked, this, &SecretDetailsPane::editVersion);
    connect(m_versionEnable, &QPushButton::clicked, this, [this] { setVersionEnabled(true); });
    connect(m_versionDisable, &QPushButton::clicked, this, [this] { setVersionEnabled(false); });

    m_versionsView->setObjectName(QStringLiteral("versionsView"));
    m_versionsView->setAccessibleName(tr("Versions"));
    m_versionsView->setModel(m_versions);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionsView->setShowGrid(false);
    m_versionsView->setWordWrap(false);
    m_versionsView->verticalHeader()->setVisible(false);
    // Version ids are long: the column takes the room left and elides in the middle (the tooltip has the id).
    m_versionsView->setTextElideMode(Qt::ElideMiddle);
    m_versionsView->setMinimumHeight(110);
    m_versionsView->horizontalHeader()->setMinimumSectionSize(60);
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsView->horizontalHeader()->setSectionResizeMode(models::SecretVersionsModel::VersionColumn,
                                                             QHeaderView::Stretch);
    m_versionsView->horizontalHeader()->setStretchLastSection(false);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecretDetailsPane::updateVersionActions);
    connect(m_versions, &QAbstractItemModel::dataChanged, this, &SecretDetailsPane::updateVersionActions);

    auto *valueBox = new QGroupBox(tr("Value"), this);
    auto *valueButtons = new QHBoxLayout;
    valueButtons->addWidget(m_reveal);
    valueButtons->addWidget(m_copy);
    valueButtons->addStretch(1);
    auto *valueLayout = new QVBoxLayout(valueBox);
    valueLayout->addWidget(m_value);
    valueLayout->addWidget(m_valueNote);
    valueLayout->addLayout(valueButtons);

    auto *versionsBox = new QGroupBox(tr("Versions"), this);
    // Two rows, so the pane stays narrow enough to leave the table its columns.
    auto *versionButtons = new QGridLayout;
    versionButtons->addWidget(m_versionReveal, 0, 0);
    versionButtons->addWidget(m_versionCopy, 0, 1);
    versionButtons->addWidget(m_versionEdit, 0, 2);
    versionButtons->addWidget(m_versionEnable, 1, 0);
    versionButtons->addWidget(m_versionDisable, 1, 1);
    versionButtons->setColumnStretch(3, 1);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versionsView);
    versionsLayout->addLayout(versionButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_whoHasAccess);
    layout->addLayout(titleRow);
    layout->addWidget(m_properties);
    layout->addWidget(m_error);
    layout->addWidget(valueBox);
    layout->addWidget(versionsBox, 1);
    showSecret({});
}

QString SecretDetailsPane::selectedVersion() const
{
    return m_versions->idAt(m_versionsView->currentIndex());
}

void SecretDetailsPane::showSecret(const QString &name)
{
    if (objects::nameKey(name) != objects::nameKey(m_name))
        mask();
    m_name = name;
    reload();
}

void SecretDetailsPane::reload()
{
    setErrorText(m_error, {});
    m_current.reset();
    if (!m_name.isEmpty()) {
        auto current = m_operations->showSecret(m_name);
        auto versions = m_operations->listVersions(m_name);
        if (current && versions) {
            m_current = *current;
            m_versions->setVersions(current->name, *versions);
        }
    }
    const bool shown = m_current.has_value();
    setEnabled(shown);
    if (!shown) {
        mask();
        m_versions->clear();
        m_title->setText(tr("No secret selected"));
        m_properties->clear();
        updateVersionActions();
        return;
    }
    const VersionInfo &info = *m_current;
    const QDateTime now = m_clock->now();
    m_title->setText(info.name);
    QString html = QStringLiteral("<table>");
    html += row(tr("Identifier"), info.id());
    html += row(tr("Content type"), info.contentType);
    html += row(tr("Status"), models::SecretListModel::enabledText(info.attributes.enabled));
    html += row(tr("Created"), models::formatTimeUtc(info.attributes.created));
    html += row(tr("Updated"), models::formatTimeUtc(info.attributes.updated));
    html += row(tr("Not before"),
                info.attributes.notBefore ? models::formatTimeUtc(*info.attributes.notBefore) : QString());
    html += row(tr("Expires"), models::SecretListModel::expiryText(info.attributes, now));
    html += row(tr("Tags"), models::SecretListModel::tagsText(info.tags));
    html += row(
            tr("Recovery"),
            tr("%1 (%2)").arg(info.attributes.recoveryLevel, models::counts::days(info.attributes.recoverableDays)));
    html += QStringLiteral("</table>");
    m_properties->setText(html);
    const models::actions::ActionState read = readState(true, info.attributes.enabled);
    applyActionState(m_reveal, read);
    m_reveal->setEnabled(read.enabled || m_revealed);
    applyActionState(m_copy, read);
    const models::actions::ObjectContext context {
            m_operations->isUnlocked(), {true, info.attributes.enabled}, info.name};
    applyActionState(m_whoHasAccess,
                     models::actions::objectActionState(models::actions::ObjectAction::WhoHasAccess, ObjectKind::Secret,
                                                        context, m_operations->accessCheck()));
    if (!m_revealed)
        updateValueNote();
    updateVersionActions();
}

void SecretDetailsPane::updateVersionActions()
{
    const QModelIndex index = m_versionsView->currentIndex();
    using models::actions::ObjectAction;
    const models::actions::ObjectContext context {
            m_operations->isUnlocked(),
            {index.isValid(), index.isValid() && index.data(models::SecretVersionsModel::EnabledRole).toBool()},
            m_name};
    const models::actions::AccessCheck can = m_operations->accessCheck();
    const auto bind = [&](QPushButton *b, ObjectAction rule) {
        applyActionState(b, models::actions::objectActionState(rule, ObjectKind::Secret, context, can));
    };
    bind(m_versionReveal, ObjectAction::ReadValue);
    bind(m_versionCopy, ObjectAction::ReadValue);
    bind(m_versionEdit, ObjectAction::EditAttributes);
    bind(m_versionEnable, ObjectAction::Enable);
    bind(m_versionDisable, ObjectAction::Disable);
}

bool SecretDetailsPane::revealValue(const QString &version)
{
    if (m_name.isEmpty())
        return false;
    auto bundle = m_operations->readSecretValue(m_name, version);
    if (!bundle) {
        showError(models::ErrorText::forObject(bundle.error(), models::ObjectOp::Read, ObjectKind::Secret, m_name));
        return false;
    }
    QString text = QString::fromUtf8(bundle->value.view());
    if (text.contains(QChar::ReplacementCharacter) || text.contains(QChar(u'\0'))) {
        text.fill(u'\0');
        const SecureBytes hex = bundle->value.toHex();
        text = tr("(binary, %1, hex) ").arg(models::counts::bytes(qint64(bundle->value.size())))
                + QString::fromLatin1(hex.view());
    }
    m_value->setPlainText(text);
    text.fill(u'\0');
    m_revealed = true;
    m_revealTimer.start();
    m_reveal->setText(tr("&Hide"));
    m_reveal->setEnabled(true);
    const bool isCurrent = m_current && bundle->info.version == m_current->version;
    m_valueNote->setText((isCurrent ? tr("Current version.") : tr("Version %1.").arg(bundle->info.version)) + u' '
                         + tr("Hidden again after %1, or when you select another secret.")
                                   .arg(models::counts::seconds((m_revealTimer.interval() + 999) / 1000)));
    Q_EMIT statusMessage(tr("Value of %1 revealed").arg(m_name));
    return true;
}

bool SecretDetailsPane::copyValue(const QString &version)
{
    if (m_name.isEmpty())
        return false;
    auto bundle = m_operations->readSecretValue(m_name, version);
    if (!bundle) {
        showError(models::ErrorText::forObject(bundle.error(), models::ObjectOp::Read, ObjectKind::Secret, m_name));
        return false;
    }
    m_clipboard->copy(bundle->value);
    Q_EMIT statusMessage(tr("Value of %1 copied; the clipboard is cleared in %2")
                                 .arg(m_name,
                                      models::counts::seconds(std::chrono::duration_cast<std::chrono::seconds>(
                                                                      m_clipboard->clearInterval())
                                                                      .count())));
    return true;
}

void SecretDetailsPane::mask()
{
    m_revealTimer.stop();
    const bool was = m_revealed;
    m_revealed = false;
    // Overwrite what the view's document holds before it is freed.
    const qsizetype length = m_value->document()->characterCount();
    if (length > 1)
        m_value->setPlainText(QString(length, u'x'));
    m_value->clear();
    m_value->document()->clearUndoRedoStacks();
    m_reveal->setText(tr("&Reveal"));
    if (was)
        updateValueNote();
}

models::actions::ActionState SecretDetailsPane::readState(bool selected, bool enabled) const
{
    const models::actions::ObjectContext context {m_operations->isUnlocked(), {selected, enabled}, m_name};
    return models::actions::objectActionState(models::actions::ObjectAction::ReadValue, ObjectKind::Secret, context,
                                              m_operations->accessCheck());
}

void SecretDetailsPane::updateValueNote()
{
    const models::actions::ActionState read
            = readState(m_current.has_value(), m_current && m_current->attributes.enabled);
    m_reveal->setEnabled(read.enabled);
    if (read.enabled)
        m_valueNote->setText(tr("Hidden. Reveal reads the value; it is hidden again after %1.")
                                     .arg(models::counts::seconds((m_revealTimer.interval() + 999) / 1000)));
    else if (!read.reason.isEmpty())
        m_valueNote->setText(tr("You may not read this value. %1.").arg(read.reason));
    else
        m_valueNote->setText(m_current ? tr("This version is disabled: its value cannot be read.") : QString());
}

void SecretDetailsPane::setVersionEnabled(bool enabled)
{
    const QString version = selectedVersion();
    if (version.isEmpty())
        return;
    AttributeUpdate update;
    update.enabled = enabled;
    auto result = m_operations->updateAttributes(ObjectKind::Secret, m_name, version, update);
    if (!result) {
        showError(models::ErrorText::forObject(result.error(), models::ObjectOp::Update, ObjectKind::Secret, m_name));
        return;
    }
    Q_EMIT statusMessage(enabled ? tr("Version %1 of %2 enabled").arg(version, m_name)
                                 : tr("Version %1 of %2 disabled").arg(version, m_name));
}

void SecretDetailsPane::editVersion()
{
    const QModelIndex index = m_versionsView->currentIndex();
    const VersionInfo *info = m_versions->infoAt(index.row());
    if (!info)
        return;
    auto *dialog = new SecretDialog(SecretDialog::Mode::EditAttributes, m_operations, m_prompter, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBase(*info);
    connect(dialog, &QDialog::accepted, this, [this, version = info->version] {
        Q_EMIT statusMessage(tr("Attributes of %1 version %2 saved").arg(m_name, version));
    });
    dialog->open();
}

void SecretDetailsPane::showError(const QString &text)
{
    setErrorText(m_error, text);
}

} // namespace coffer::ui
