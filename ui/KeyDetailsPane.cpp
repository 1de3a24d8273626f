#include "ui/KeyDetailsPane.h"

#include "core/common/Clock.h"
#include "models/Counts.h"
#include "models/KeyActions.h"
#include "models/KeyOperations.h"
#include "models/KeyText.h"
#include "models/KeyVersionsModel.h"
#include "models/KeysModel.h"
#include "models/Prompter.h"
#include "models/SecretListModel.h"
#include "models/TimeFormat.h"
#include "ui/Icons.h"
#include "ui/KeyPropertiesDialog.h"
#include "ui/KeyTryPanel.h"
#include "ui/RotationPolicyEditor.h"
#include "ui/WidgetUtil.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
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

QToolButton *toggle(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setObjectName(QLatin1StringView(name));
    return b;
}

PublicFormat formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"der")
        return PublicFormat::Der;
    if (suffix == u"jwk" || suffix == u"json")
        return PublicFormat::Jwk;
    return PublicFormat::Pem;
}
} // namespace

KeyDetailsPane::KeyDetailsPane(models::KeyOperations *operations, models::Prompter *prompter, const Clock *clock,
                               QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_versions(new models::KeyVersionsModel(clock, this))
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_properties(new QLabel(this))
    , m_versionsView(new QTableView(this))
    , m_edit(button("settings", tr("&Edit properties…"), "editPropertiesButton", this))
    , m_pem(toggle(tr("PEM"), "pemToggle", this))
    , m_jwk(toggle(tr("JWK"), "jwkToggle", this))
    , m_publicKey(new QPlainTextEdit(this))
    , m_publicNote(makeHintLabel({}, this))
    , m_copy(button("key", tr("&Copy"), "copyPublicButton", this))
    , m_save(button("open", tr("&Save…"), "savePublicButton", this))
    , m_try(new KeyTryPanel(operations, this))
    , m_rotation(new RotationPolicyEditor(operations, this))
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The HSM badge: white on the HSM colour, beside the name.
    m_badge->setObjectName(QStringLiteral("hsmBadge"));
    m_badge->setText(tr("HSM"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px;"
                                          " font-weight: bold; }")
                                   .arg(models::KeysModel::hsmColor().name()));
    m_badge->setVisible(false);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_properties->setObjectName(QStringLiteral("propertiesLabel"));
    m_properties->setTextFormat(Qt::RichText);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setWordWrap(true);
    m_publicKey->setObjectName(QStringLiteral("publicKeyView"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_publicNote->setObjectName(QStringLiteral("publicKeyNote"));
    m_try->setObjectName(QStringLiteral("keyTryPanel"));
    m_rotation->setObjectName(QStringLiteral("rotationPolicyEditor"));
    m_pem->setToolTip(tr("SubjectPublicKeyInfo, PEM encoded (what openssl reads)"));
    m_jwk->setToolTip(tr("JSON Web Key with Azure's fields (kid, kty, key_ops, n, e, crv, x, y)"));
    auto *formats = new QButtonGroup(this);
    formats->setExclusive(true);
    formats->addButton(m_pem);
    formats->addButton(m_jwk);
    m_pem->setChecked(true);

    m_versionsView->setObjectName(QStringLiteral("versionsView"));
    m_versionsView->setAccessibleName(tr("Versions"));
    m_versionsView->setModel(m_versions);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionsView->setShowGrid(false);
    m_versionsView->setWordWrap(false);
    m_versionsView->verticalHeader()->setVisible(false);
    m_versionsView->setTextElideMode(Qt::ElideMiddle);
    m_versionsView->setMinimumHeight(110);
    m_versionsView->horizontalHeader()->setMinimumSectionSize(60);
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsView->horizontalHeader()->setSectionResizeMode(models::KeyVersionsModel::VersionColumn,
                                                             QHeaderView::Stretch);
    m_versionsView->horizontalHeader()->setStretchLastSection(false);

    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeyDetailsPane::onVersionChanged);
    connect(m_edit, &QPushButton::clicked, this, &KeyDetailsPane::showPropertiesDialog);
    connect(m_pem, &QToolButton::clicked, this, [this] { setPublicFormat(PublicFormat::Pem); });
    connect(m_jwk, &QToolButton::clicked, this, [this] { setPublicFormat(PublicFormat::Jwk); });
    connect(m_copy, &QPushButton::clicked, this, &KeyDetailsPane::copyPublicKey);
    connect(m_save, &QPushButton::clicked, this, &KeyDetailsPane::savePublicKey);
    connect(m_try, &KeyTryPanel::statusMessage, this, &KeyDetailsPane::statusMessage);
    connect(m_rotation, &RotationPolicyEditor::statusMessage, this, &KeyDetailsPane::statusMessage);

    // Overview: attributes and versions.
    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_properties);
    auto *versionsTitle = new QLabel(tr("Versions (select one to show it in every tab)"), overview);
    overviewLayout->addWidget(versionsTitle);
    overviewLayout->addWidget(m_versionsView, 1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addStretch(1);
    overviewLayout->addLayout(editRow);

    // Public key.
    auto *publicTab = new QWidget(m_tabs);
    auto *publicLayout = new QVBoxLayout(publicTab);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Format:"), publicTab));
    formatRow->addWidget(m_pem);
    formatRow->addWidget(m_jwk);
    formatRow->addStretch(1);
    formatRow->addWidget(m_copy);
    formatRow->addWidget(m_save);
    publicLayout->addLayout(formatRow);
    publicLayout->addWidget(m_publicKey, 1);
    publicLayout->addWidget(m_publicNote);

    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(publicTab, tr("Public key"));
    m_tabs->addTab(m_try, tr("Try it"));
    m_tabs->addTab(m_rotation, tr("Rotation policy"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge);
    titleRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    showKey({});
}

QString KeyDetailsPane::selectedVersion() const
{
    return m_versions->idAt(m_versionsView->currentIndex());
}

void KeyDetailsPane::selectVersion(const QString &version)
{
    const QModelIndex index = m_versions->indexOf(version);
    if (index.isValid())
        m_versionsView->setCurrentIndex(index);
}

void KeyDetailsPane::showKey(const QString &name)
{
    const bool other = objects::nameKey(name) != objects::nameKey(m_name);
    m_name = name;
    if (other) {
        m_shown.reset();
        m_rotation->setKey(name);
    }
    reload();
}

void KeyDetailsPane::reload()
{
    setErrorText(m_error, {});
    // The selected version stays, unless it was the current one: then the (maybe new) current one is shown.
    const QString previousCurrent = m_current ? m_current->info.version : QString();
    const QString keep = m_shown && m_shown->info.version != previousCurrent ? m_shown->info.version : QString();
    m_current.reset();
    if (!m_name.isEmpty()) {
        auto current = m_operations->show(m_name);
        auto versions = current ? m_operations->listVersions(m_name) : Result<QList<KeyInfo>>(current.error());
        if (current && versions) {
            m_current = *current;
            m_versions->setVersions(current->info.name, *versions);
        } else {
            showError(models::KeyText::forError(current ? versions.error() : current.error(), models::KeyTask::Read,
                                                m_name));
        }
    }
    if (!m_current) {
        m_versions->clear();
        m_title->setText(m_name.isEmpty() ? tr("No key selected") : m_name);
        m_badge->setVisible(false);
        showVersion(std::nullopt);
        m_tabs->setEnabled(false);
        if (m_name.isEmpty())
            m_try->clearKey();
        return;
    }
    m_tabs->setEnabled(true);
    m_title->setText(m_current->info.name);
    m_badge->setVisible(m_current->protection == Protection::Hsm);
    m_badge->setToolTip(models::KeyText::protectionDetails(*m_current));
    const QModelIndex keepIndex = m_versions->indexOf(keep);
    const QModelIndex index = keepIndex.isValid() ? keepIndex : m_versions->index(0, 0);
    if (m_versionsView->currentIndex().row() != index.row() || !m_versionsView->currentIndex().isValid())
        m_versionsView->setCurrentIndex(index); // onVersionChanged follows
    else
        onVersionChanged();
}

void KeyDetailsPane::onVersionChanged()
{
    const KeyInfo *info = m_versions->infoAt(m_versionsView->currentIndex().row());
    showVersion(info ? std::optional<KeyInfo>(*info) : m_current);
}

void KeyDetailsPane::showVersion(const std::optional<KeyInfo> &key)
{
    const bool changed = !key || !m_shown || key->info.version != m_shown->info.version;
    // What the Try it panel offers depends on the ops and the validity window too.
    const bool usageChanged = changed || key->ops != m_shown->ops
            || key->info.attributes.enabled != m_shown->info.attributes.enabled
            || key->info.attributes.notBefore != m_shown->info.attributes.notBefore
            || key->info.attributes.expires != m_shown->info.attributes.expires;
    m_shown = key;
    if (!key) {
        m_properties->clear();
        m_publicKey->clear();
        m_publicNote->clear();
        updateActions();
        return;
    }
    const KeyInfo &k = *key;
    const ObjectAttributes &a = k.info.attributes;
    const QDateTime now = m_clock->now();
    const bool isCurrent = m_current && m_current->info.version == k.info.version;
    QString html = QStringLiteral("<table>");
    html += row(tr("Identifier"), k.kid());
    html += row(tr("Version"), isCurrent ? tr("%1 (current)").arg(k.info.version) : k.info.version);
    html += row(tr("Type"), k.kty());
    html += row(tr("Size/curve"), models::KeyText::sizeText(k.spec));
    html += row(tr("Protection"), models::KeyText::protectionDetails(k));
    html += row(tr("Operations"), models::KeyText::opsText(k.ops));
    html += row(tr("Exportable"),
                k.protection == Protection::Hsm ? tr("No (HSM key)")
                        : k.exportable          ? tr("Yes")
                                                : tr("No"));
    html += row(tr("Status"), models::KeyText::statusText(a, now));
    html += row(tr("Not before"), a.notBefore ? models::formatTimeUtc(*a.notBefore) : QString());
    html += row(tr("Expires"), models::SecretListModel::expiryText(a, now));
    html += row(tr("Created"), models::formatTimeUtc(a.created));
    html += row(tr("Updated"), models::formatTimeUtc(a.updated));
    html += row(tr("Tags"), models::SecretListModel::tagsText(k.info.tags));
    html += row(tr("Recovery"), tr("%1 (%2)").arg(a.recoveryLevel, models::counts::days(a.recoverableDays)));
    html += QStringLiteral("</table>");
    m_properties->setText(html);
    if (usageChanged)
        m_try->setKey(k.info.name, k.info.version, k);
    if (changed)
        updatePublicKey();
    updateActions();
}

void KeyDetailsPane::setPublicFormat(PublicFormat format)
{
    if (format == PublicFormat::Der)
        format = PublicFormat::Pem; // DER is binary: only for saving
    m_format = format;
    m_pem->setChecked(format == PublicFormat::Pem);
    m_jwk->setChecked(format == PublicFormat::Jwk);
    updatePublicKey();
}

void KeyDetailsPane::updatePublicKey()
{
    m_publicKey->clear();
    m_publicNote->clear();
    if (!m_shown)
        return;
    const KeyInfo &k = *m_shown;
    const bool oct = k.spec.type == KeyType::Oct;
    m_pem->setEnabled(!oct);
    m_pem->setToolTip(oct ? tr("An oct (AES) key has no public half; its JWK holds kid, kty and key_ops only.")
                          : tr("SubjectPublicKeyInfo, PEM encoded (what openssl reads)"));
    // An oct key shows its JWK; the person's choice (m_format) stays for the RSA and EC keys shown next.
    const PublicFormat shownFormat = oct ? PublicFormat::Jwk : m_format;
    m_pem->setChecked(shownFormat == PublicFormat::Pem);
    m_jwk->setChecked(shownFormat == PublicFormat::Jwk);
    if (shownFormat == PublicFormat::Jwk) {
        auto jwk = m_operations->publicJwk(k.info.name, k.info.version);
        if (!jwk) {
            showError(models::KeyText::forError(jwk.error(), models::KeyTask::Read, k.info.name));
            return;
        }
        m_publicKey->setPlainText(QString::fromUtf8(QJsonDocument(*jwk).toJson(QJsonDocument::Indented)));
    } else {
        auto pem = m_operations->exportPublic(k.info.name, k.info.version, PublicFormat::Pem);
        if (!pem) {
            showError(models::KeyText::forError(pem.error(), models::KeyTask::Read, k.info.name));
            return;
        }
        m_publicKey->setPlainText(QString::fromLatin1(*pem));
    }
    m_publicNote->setText(
            oct ? tr("Symmetric key: nothing secret is shown; the key material never leaves the vault.")
                : tr("Public half of version %1. The private key is never shown here.").arg(k.info.version));
}

void KeyDetailsPane::updateActions()
{
    const bool shown = m_shown.has_value();
    const models::actions::KeySelection selection {shown, shown && m_shown->info.attributes.enabled,
                                                   shown ? m_shown->spec.type : KeyType::Rsa,
                                                   shown ? m_shown->info.name : QString()};
    const bool unlocked = m_operations->isUnlocked();
    const models::actions::AccessCheck can = unlocked ? m_operations->accessCheck() : models::actions::AccessCheck();
    using models::actions::KeyPageAction;
    applyActionState(m_edit, models::actions::keyActionState(KeyPageAction::EditProperties, unlocked, selection, can));
    const bool hasText = !m_publicKey->document()->isEmpty();
    m_copy->setEnabled(hasText);
    m_save->setEnabled(hasText);
}

QString KeyDetailsPane::publicKeyText() const
{
    return m_publicKey->toPlainText();
}

bool KeyDetailsPane::copyPublicKey()
{
    const QString text = publicKeyText();
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text); // public: no clearing needed
    Q_EMIT statusMessage(tr("Public key of %1 copied").arg(m_name));
    return true;
}

bool KeyDetailsPane::savePublicKey()
{
    if (!m_shown)
        return false;
    const KeyInfo k = *m_shown;
    const bool oct = k.spec.type == KeyType::Oct;
    const QString base = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(k.info.name
                                           + (oct || m_format == PublicFormat::Jwk ? QStringLiteral(".jwk")
                                                                                   : QStringLiteral(".pem")));
    const QString filter = oct ? tr("JWK (*.jwk *.json)") : tr("PEM (*.pem);;DER (*.der);;JWK (*.jwk *.json)");
    const QString path = m_prompter->chooseSaveFile(tr("Save Public Key of %1").arg(k.info.name), base, filter);
    if (path.isEmpty())
        return false;
    const PublicFormat format = oct ? PublicFormat::Jwk : formatOfPath(path);
    QByteArray bytes;
    if (format == PublicFormat::Jwk) {
        auto jwk = m_operations->publicJwk(k.info.name, k.info.version);
        if (!jwk) {
            m_prompter->showError(tr("Save Public Key"),
                                  models::KeyText::forError(jwk.error(), models::KeyTask::Export, k.info.name));
            return false;
        }
        bytes = QJsonDocument(*jwk).toJson(QJsonDocument::Indented);
    } else {
        auto exported = m_operations->exportPublic(k.info.name, k.info.version, format);
        if (!exported) {
            m_prompter->showError(tr("Save Public Key"),
                                  models::KeyText::forError(exported.error(), models::KeyTask::Export, k.info.name));
            return false;
        }
        bytes = *exported;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_prompter->showError(
                tr("Save Public Key"),
                models::KeyText::forError(Error(ErrorCode::Io, {}), models::KeyTask::Export, k.info.name));
        return false;
    }
    Q_EMIT statusMessage(tr("Public key of %1 saved to %2").arg(k.info.name, QDir::toNativeSeparators(path)));
    return true;
}

KeyPropertiesDialog *KeyDetailsPane::showPropertiesDialog()
{
    if (!m_shown || !m_edit->isEnabled())
        return nullptr;
    auto *dialog = new KeyPropertiesDialog(m_operations, m_clock, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->saved())
            Q_EMIT statusMessage(tr("Properties of %1 version %2 saved")
                                         .arg(dialog->saved()->info.name, dialog->saved()->info.version));
    });
    dialog->open();
    return dialog;
}

void KeyDetailsPane::showError(const QString &text)
{
    setErrorText(m_error, text);
}

} // namespace coffer::ui
