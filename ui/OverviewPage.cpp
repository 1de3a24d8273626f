#include "ui/OverviewPage.h"

#include "core/vault/Vault.h"
#include "models/AuditText.h"
#include "models/ErrorText.h"
#include "models/Prompter.h"
#include "models/ScheduleOperations.h"
#include "models/TimeFormat.h"
#include "models/VaultOverview.h"
#include "models/VaultSession.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

using Overview = models::VaultOverview;

constexpr int kRoleKind = Qt::UserRole;
constexpr int kRoleName = Qt::UserRole + 1;
constexpr int kRolePage = Qt::UserRole + 2;

const char *const kCountPages[] = {"secrets", "keys", "certificates", "deleted"};

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QIcon severityIcon(const QWidget *widget, Overview::Warning::Severity severity)
{
    switch (severity) {
    case Overview::Warning::Severity::Critical: return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Overview::Warning::Severity::Warning: return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Overview::Warning::Severity::Info: return widget->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

// A table as tall as its rows, up to `maxRows`; then it scrolls.
void fitRows(QTableWidget *table, int maxRows)
{
    const int rows = std::min(table->rowCount(), maxRows);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    if (rows == 0)
        height += table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(height);
}

} // namespace

OverviewPage::OverviewPage(models::Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_scroll(new QScrollArea(this))
    , m_title(new QLabel(this))
    , m_note(makeHintLabel({}, this))
    , m_warnings(makeTable({tr("Warning"), tr("What to do")}, tr("Warnings"), this))
    , m_purgeProtection(new QPushButton(tr("Turn On &Purge Protection…"), this))
    , m_upcomingTitle(new QLabel(this))
    , m_upcoming(makeTable({tr("When"), tr("Kind"), tr("Name"), tr("What"), tr("Why")}, tr("Next 30 days"), this))
    , m_recentNote(makeHintLabel({}, this))
    , m_recent(makeTable({tr("Time"), tr("Who"), tr("Operation"), tr("Result"), tr("Target")}, tr("Recent activity"),
                         this))
{
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setVisible(false);
    m_warnings->setObjectName(QStringLiteral("overviewWarnings"));
    // Both columns share the width and wrap; each row is as tall as its text, and the table as tall as its rows.
    m_warnings->setWordWrap(true);
    m_warnings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as all its rows (at most 12)
    m_warnings->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_warnings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_warnings->verticalHeader(), &QHeaderView::sectionResized, this, [this] { fitRows(m_warnings, 12); });
    m_upcoming->setObjectName(QStringLiteral("overviewUpcoming"));
    m_recent->setObjectName(QStringLiteral("overviewRecent"));
    m_purgeProtection->setObjectName(QStringLiteral("turnOnPurgeProtection"));
    m_purgeProtection->setVisible(false);
    m_purgeProtection->setToolTip(tr("Forbid purging deleted objects before their retention ends; this can never be "
                                     "undone, as in Azure Key Vault"));
    m_recentNote->setObjectName(QStringLiteral("overviewRecentNote"));
    m_recentNote->setVisible(false);

    auto *countsRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("overviewCount_") + QLatin1StringView(kCountPages[i]));
        button->setMinimumHeight(56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString page = QLatin1StringView(kCountPages[i]);
        connect(button, &QPushButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
        countsRow->addWidget(button);
        m_counts.append(button);
    }

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefreshOverview"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &OverviewPage::refresh);
    addAction(refresh);

    connect(m_warnings, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { activateWarning(index.row()); });
    connect(m_upcoming, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const QTableWidgetItem *item = m_upcoming->item(index.row(), 0);
        if (item)
            Q_EMIT objectRequested(ObjectKind(item->data(kRoleKind).toInt()), item->data(kRoleName).toString());
    });
    connect(m_recent, &QTableWidget::activated, this, [this] { Q_EMIT pageRequested(QStringLiteral("audit")); });
    connect(m_purgeProtection, &QPushButton::clicked, this, &OverviewPage::turnOnPurgeProtection);

    auto *warningsBox = new QGroupBox(tr("Warnings"), this);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->addWidget(m_warnings);
    auto *warningButtons = new QHBoxLayout;
    warningButtons->addWidget(m_purgeProtection);
    warningButtons->addStretch(1);
    warningsLayout->addLayout(warningButtons);

    auto *upcomingBox = new QGroupBox(tr("Next 30 days"), this);
    auto *upcomingLayout = new QVBoxLayout(upcomingBox);
    upcomingLayout->addWidget(m_upcomingTitle);
    upcomingLayout->addWidget(m_upcoming);

    auto *recentBox = new QGroupBox(tr("Recent activity"), this);
    recentBox->setToolTip(tr("The newest changes, value reads and refusals; listings are left out. The Audit page "
                             "shows every record."));
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recentNote);
    recentLayout->addWidget(m_recent);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(countsRow);
    layout->addWidget(warningsBox);
    layout->addWidget(upcomingBox);
    layout->addWidget(recentBox);
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    clear();
}

OverviewPage::~OverviewPage() = default;

QPushButton *OverviewPage::countButton(int index) const
{
    return index >= 0 && index < m_counts.size() ? m_counts.at(index) : nullptr;
}

void OverviewPage::setSession(models::VaultSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) // the overview waits for background work (a due run, an audit query) and reads then
        connect(session, &models::VaultSession::busyChanged, this, [this](bool busy) {
            if (!busy)
                refresh();
        });
    clear();
    if (isVisible())
        refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPage::clear()
{
    m_title->clear();
    for (QPushButton *button : std::as_const(m_counts)) {
        button->setText(QString());
        button->setEnabled(false);
    }
    m_warnings->setRowCount(0);
    m_upcoming->setRowCount(0);
    m_recent->setRowCount(0);
    m_upcomingTitle->clear();
    m_purgeProtection->setVisible(false);
    m_note->setVisible(false);
}

void OverviewPage::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void OverviewPage::refresh()
{
    if (!isVisible())
        return;
    if (!m_session || !m_session->isUnlocked()) {
        clear();
        return;
    }
    auto overview = Overview::load(m_session);
    if (!overview) {
        if (overview.error().code() == ErrorCode::Busy) {
            showNote(tr("The vault is busy with background work; the overview is read again when it is done (or "
                        "press F5)."));
            return;
        }
        clear();
        showNote(models::ErrorText::isAccessDenial(overview.error())
                         ? tr("You may not see this vault's schedule, so there is no overview.")
                         : tr("The overview could not be read: %1")
                                   .arg(models::ErrorText::forCode(overview.error().code())));
        return;
    }
    showNote({});
    show(*overview);
}

void OverviewPage::show(const Overview &overview)
{
    m_title->setText(tr("%1 — Overview").arg(overview.vaultName));
    for (int i = 0; i < 3; ++i) {
        const Overview::KindCount &count = overview.counts[std::size_t(i)];
        QPushButton *button = m_counts.at(i);
        const QString number = count.hidden ? QStringLiteral("—") : QString::number(count.total);
        button->setText(QStringLiteral("%1\n%2").arg(number, Overview::kindTitle(count.kind)));
        button->setToolTip(Overview::countDetails(count));
        button->setAccessibleName(
                tr("%1: %2. %3").arg(Overview::kindTitle(count.kind), number, Overview::countDetails(count)));
        button->setEnabled(true);
    }
    const QString deleted = overview.deleted ? QString::number(*overview.deleted) : QStringLiteral("—");
    m_counts.at(3)->setText(QStringLiteral("%1\n%2").arg(deleted, tr("Deleted")));
    m_counts.at(3)->setToolTip(overview.deleted ? tr("Soft-deleted objects you can recover or purge")
                                                : tr("You may not list deleted objects."));
    m_counts.at(3)->setAccessibleName(tr("Deleted: %1").arg(deleted));
    m_counts.at(3)->setEnabled(true);

    m_warnings->setRowCount(0);
    bool purgeWarning = false;
    for (const Overview::Warning &warning : overview.warnings) {
        const int row = m_warnings->rowCount();
        m_warnings->insertRow(row);
        QString toolTip = warning.text;
        if (!warning.names.isEmpty())
            toolTip += u'\n' + Overview::namesText(warning.names);
        QTableWidgetItem *text = cell(warning.text, toolTip);
        text->setIcon(severityIcon(this, warning.severity));
        text->setData(kRolePage, warning.page);
        text->setData(kRoleKind, int(warning.kind));
        text->setData(kRoleName, warning.names.size() == 1 ? warning.names.first() : QString());
        text->setData(Qt::UserRole + 3, warning.id);
        m_warnings->setItem(row, 0, text);
        m_warnings->setItem(row, 1, cell(warning.fix));
        purgeWarning = purgeWarning || warning.id == u"purge-protection";
    }
    if (overview.warnings.isEmpty()) {
        m_warnings->insertRow(0);
        auto *none = cell(tr("No warnings: purge protection is on, nothing is expired or overdue, and every key has "
                             "a rotation policy."));
        none->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        m_warnings->setItem(0, 0, none);
        m_warnings->setSpan(0, 0, 1, 2);
    }
    fitRows(m_warnings, 12);
    m_purgeProtection->setVisible(purgeWarning);

    m_upcoming->setRowCount(0);
    for (const Overview::Upcoming &event : overview.upcoming) {
        const int row = m_upcoming->rowCount();
        m_upcoming->insertRow(row);
        QTableWidgetItem *when = cell(models::formatTime(event.at), models::formatTimeUtc(event.at));
        when->setData(kRoleKind, int(event.kind));
        when->setData(kRoleName, event.name);
        m_upcoming->setItem(row, 0, when);
        m_upcoming->setItem(row, 1, cell(models::ScheduleOperations::kindText(event.kind)));
        m_upcoming->setItem(row, 2, cell(event.name));
        QTableWidgetItem *what = cell(Overview::whatText(event.what));
        if (event.what == Overview::Upcoming::What::Overdue || event.what == Overview::Upcoming::What::Expire)
            what->setForeground(QColor(0xb0, 0x30, 0x20));
        m_upcoming->setItem(row, 3, what);
        m_upcoming->setItem(row, 4, cell(event.reason));
    }
    m_upcomingTitle->setText(
            overview.upcoming.isEmpty()
                    ? tr("Nothing rotates, renews or expires in the next 30 days.")
                    : (overview.upcomingNotListed > 0
                               ? tr("%1 events; the first %2 are listed.")
                                         .arg(overview.upcoming.size() + overview.upcomingNotListed)
                                         .arg(overview.upcoming.size())
                               : tr("%1 events, soonest first. Enter or double-click opens the object.")
                                         .arg(overview.upcoming.size())));
    m_upcoming->resizeColumnsToContents();
    fitRows(m_upcoming, 10);

    m_recent->setRowCount(0);
    m_recentNote->setVisible(!overview.recent);
    m_recent->setVisible(bool(overview.recent));
    if (!overview.recent)
        m_recentNote->setText(tr("You may not read this vault's audit log."));
    for (const audit::AuditRecord &record : overview.recent.value_or(QList<audit::AuditRecord>())) {
        const int row = m_recent->rowCount();
        m_recent->insertRow(row);
        m_recent->setItem(row, 0, cell(models::formatTime(record.time), models::AuditText::toolTip(record)));
        m_recent->setItem(row, 1, cell(models::AuditText::principal(record)));
        m_recent->setItem(row, 2, cell(record.operation));
        QTableWidgetItem *result = cell(models::AuditText::resultWithCode(record));
        result->setForeground(models::AuditText::resultColor(record.result));
        m_recent->setItem(row, 3, result);
        m_recent->setItem(row, 4, cell(record.target));
    }
    m_recent->resizeColumnsToContents();
    fitRows(m_recent, Overview::kRecentRecords);
    // The tables' new heights change what the boxes and the scroll area must hold: lay them out now, inside out,
    // rather than one level per pass of the event loop with the old sizes painted meanwhile.
    const QList<QGroupBox *> boxes = m_scroll->widget()->findChildren<QGroupBox *>();
    for (QGroupBox *box : boxes)
        box->layout()->activate();
    m_scroll->widget()->layout()->activate();
}

void OverviewPage::activateWarning(int row)
{
    const QTableWidgetItem *item = m_warnings->item(row, 0);
    if (!item || item->data(kRolePage).toString().isEmpty())
        return;
    const QString name = item->data(kRoleName).toString();
    if (!name.isEmpty())
        Q_EMIT objectRequested(ObjectKind(item->data(kRoleKind).toInt()), name);
    else
        Q_EMIT pageRequested(item->data(kRolePage).toString());
}

bool OverviewPage::turnOnPurgeProtection()
{
    if (!m_session || !m_session->vault())
        return false;
    if (!m_prompter->confirm(tr("Turn On Purge Protection"),
                             tr("Turn on purge protection for %1?\n\nDeleted secrets, keys and certificates can then "
                                "only be recovered, never purged, until their retention ends. Purge protection can "
                                "never be turned off again.")
                                     .arg(m_session->displayName())))
        return false;
    if (m_session->isBusy()) {
        m_prompter->showError(tr("Turn On Purge Protection"),
                              tr("The vault is busy with background work. Try again in a moment."));
        return false;
    }
    auto done = m_session->vault()->setPurgeProtection(true);
    if (!done) {
        m_prompter->showError(tr("Turn On Purge Protection"),
                              models::ErrorText::isAccessDenial(done.error())
                                      ? models::ErrorText::forForbidden(done.error())
                                      : models::ErrorText::forCode(done.error().code()));
        return false;
    }
    Q_EMIT statusMessage(tr("Purge protection is on for %1.").arg(m_session->displayName()));
    Q_EMIT propertiesChanged();
    refresh();
    return true;
}

} // namespace coffer::ui
