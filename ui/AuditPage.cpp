#include "ui/AuditPage.h"

#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "models/AuditHistogram.h"
#include "models/AuditOperations.h"
#include "models/AuditRecordModel.h"
#include "models/ErrorText.h"
#include "models/VaultSession.h"
#include "ui/AuditActions.h"
#include "ui/AuditDetailsPane.h"
#include "ui/AuditFilterBar.h"
#include "ui/AuditHistogramView.h"
#include "ui/AuditTimeline.h"
#include "ui/Icons.h"
#include "ui/WidgetUtil.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace coffer::ui {

using Grouping = models::AuditTimelineData::Grouping;

AuditPage::AuditPage(models::AuditOperations *operations, models::Prompter *prompter, const models::Services &services,
                     QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_clock(services.clock)
    , m_records(new models::AuditRecordModel(operations, this))
    , m_stack(new QStackedWidget(this))
    , m_forbidden(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_busy(makeBusyBar(this))
    , m_actions(new AuditActions(operations, prompter, services.clock, this))
    , m_filters(new AuditFilterBar(services.clock, this))
    , m_byPrincipal(new QToolButton(this))
    , m_byObject(new QToolButton(this))
    , m_showImported(new QCheckBox(tr("Show &imported"), this))
    , m_timeline(new AuditTimeline(this))
    , m_histogram(new AuditHistogramView(this))
    , m_table(new QTableView(this))
    , m_details(new AuditDetailsPane(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    m_stack->setObjectName(QStringLiteral("auditStack"));
    m_forbidden->setObjectName(QStringLiteral("auditForbiddenLabel"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_busy->setObjectName(QStringLiteral("auditBusy"));
    m_actions->setObjectName(QStringLiteral("auditActions"));
    m_filters->setObjectName(QStringLiteral("auditFilters"));
    m_byPrincipal->setObjectName(QStringLiteral("groupByPrincipalButton"));
    m_byObject->setObjectName(QStringLiteral("groupByObjectButton"));
    m_showImported->setObjectName(QStringLiteral("showImportedCheck"));
    m_timeline->setObjectName(QStringLiteral("auditTimeline"));
    m_histogram->setObjectName(QStringLiteral("auditHistogram"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit records"));
    m_details->setObjectName(QStringLiteral("auditDetails"));

    m_timeline->setData(&m_data);
    m_table->setModel(m_records);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setTextElideMode(Qt::ElideMiddle);
    const int widths[] = {48, 140, 90, 140, 100, 64}; // the target takes the rest
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_byPrincipal->setText(tr("Per &principal"));
    m_byObject->setText(tr("Per &object"));
    auto *grouping = new QButtonGroup(this);
    for (QToolButton *button : {m_byPrincipal, m_byObject}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        grouping->addButton(button);
    }
    m_byPrincipal->setChecked(true);
    m_showImported->setChecked(true);
    m_showImported->setToolTip(tr("Imported Azure events are drawn hollow, in lanes of their own"));
    m_forbidden->setWordWrap(true);
    m_forbidden->setAlignment(Qt::AlignCenter);
    m_forbidden->setTextFormat(Qt::PlainText);
    m_forbidden->setMargin(40);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *title = new QLabel(tr("Audit log"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_summary, 1);

    auto *timelineHeader = new QHBoxLayout;
    timelineHeader->setContentsMargins(0, 0, 0, 0);
    timelineHeader->addWidget(new QLabel(tr("Lanes:"), this));
    timelineHeader->addWidget(m_byPrincipal);
    timelineHeader->addWidget(m_byObject);
    timelineHeader->addSpacing(12);
    timelineHeader->addWidget(m_showImported);
    timelineHeader->addStretch(1);
    auto *hint = makeHintLabel(tr("Wheel: zoom · drag: pan · 0: all"), this);
    hint->setWordWrap(false);
    timelineHeader->addWidget(hint);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_timeline);
    scroll->setMinimumHeight(170);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addLayout(timelineHeader);
    timelineLayout->addWidget(scroll, 1);

    auto *views = new QSplitter(Qt::Vertical, this);
    views->addWidget(timelineBox);
    views->addWidget(m_histogram);
    views->addWidget(m_table);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);
    views->setStretchFactor(2, 3);
    views->setChildrenCollapsible(false);
    m_split->addWidget(views);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 1);
    m_split->setSizes({940, 260});

    auto *content = new QWidget(this);
    content->setObjectName(QLatin1StringView(kContentPage));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_actions);
    contentLayout->addWidget(m_filters);
    contentLayout->addWidget(m_split, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_forbidden);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);

    m_actions->setFilterProvider([this] { return m_filters->state().toFilter(m_clock->now()); });
    connect(m_actions, &AuditActions::statusMessage, this, &AuditPage::statusMessage);
    connect(m_actions, &AuditActions::logChanged, this, &AuditPage::reload);
    connect(m_filters, &AuditFilterBar::changed, this, [this] {
        m_fitPending = true;
        reload();
    });
    connect(grouping, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        setGrouping(button == m_byObject ? Grouping::Object : Grouping::Principal);
    });
    connect(m_showImported, &QCheckBox::toggled, this, &AuditPage::setShowImported);
    connect(m_timeline, &AuditTimeline::eventSelected, this, &AuditPage::onTimelineSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::onTableSelection);
    connect(m_records, &models::AuditRecordModel::sequenceLoaded, this, [this](qint64 sequence, bool found) {
        if (found && sequence == m_pendingSequence)
            selectSequence(sequence);
        m_pendingSequence = 0;
    });
    connect(m_records, &models::AuditRecordModel::loadFailed, this, [this](const Error &error) {
        Q_EMIT statusMessage(tr("More records could not be read: %1").arg(models::ErrorText::forCode(error.code())));
    });
    connect(m_histogram, &AuditHistogramView::bucketClicked, this, [this](QDate from, QDate to) {
        m_timeline->fitTo(from.startOfDay(Qt::UTC).toMSecsSinceEpoch(), to.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    });
    connect(m_operations, &models::AuditOperations::logChanged, this, &AuditPage::reload);
    auto *refresh = new QAction(tr("Read the log again"), this);
    refresh->setObjectName(QStringLiteral("actionRefreshAudit"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &AuditPage::reload);
    addAction(refresh);
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load(); // every operation is recorded: what the log holds changes with every visit
}

void AuditPage::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

void AuditPage::clear()
{
    ++m_generation;
    m_operations->dropPending(this);
    m_loading = false;
    m_busy->setVisible(false);
    m_records->clear();
    m_data.clear();
    m_timeline->setSelectedEvent(-1);
    m_timeline->dataChanged();
    m_snapshot = {};
    m_histogram->setHistogram({});
    m_details->clear();
    m_actions->clear();
    m_forbiddenText.clear();
    m_stack->setCurrentIndex(0);
    m_fitPending = true;
    m_stale = true;
    updateSummary();
}

void AuditPage::load()
{
    if (!m_operations->isUnlocked()) {
        clear();
        return;
    }
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_operations->dropPending(this);
    m_loading = true;
    m_busy->setVisible(true);
    const models::AuditFilterState state = m_filters->state();
    const QDateTime now = m_clock->now();
    QPointer<AuditPage> self(this);
    m_operations->run<models::AuditSnapshot>(
            this,
            [state, now](audit::AuditService &service) { return models::AuditSnapshot::load(service, state, now); },
            [self, generation](Result<models::AuditSnapshot> snapshot) {
                if (self)
                    self->onSnapshot(generation, std::move(snapshot));
            });
}

bool AuditPage::isForbidden() const
{
    return !m_forbiddenText.isEmpty();
}

QString AuditPage::forbiddenText() const
{
    return m_forbiddenText;
}

void AuditPage::onSnapshot(quint64 generation, Result<models::AuditSnapshot> snapshot)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_busy->setVisible(false);
    if (!snapshot) {
        const Error &error = snapshot.error();
        if (error.code() == ErrorCode::Forbidden) {
            const QString name = m_operations->session() ? m_operations->session()->displayName() : QString();
            m_forbiddenText = tr("You may not read the audit log of %1.").arg(name) + u"\n\n"
                    + models::ErrorText::forForbidden(error) + u"\n\n"
                    + tr("Auditors usually hold Key Vault Reader; owners and administrators may read it too.");
            m_forbidden->setText(m_forbiddenText);
            m_stack->setCurrentWidget(m_forbidden);
            m_records->clear();
            m_data.clear();
            m_timeline->dataChanged();
        } else if (error.code() != ErrorCode::Cancelled) {
            m_summary->setText(tr("The audit log could not be read: %1").arg(models::ErrorText::forCode(error.code())));
        }
        Q_EMIT loaded();
        return;
    }
    m_forbiddenText.clear();
    m_stack->setCurrentIndex(0);

    // Keep the selection across the reload.
    const audit::AuditRecord *selectedRecord = nullptr;
    if (m_timeline->selectedEvent() >= 0)
        selectedRecord = m_data.record(m_data.events().at(m_timeline->selectedEvent()));
    const qint64 selectedSequence = selectedRecord ? selectedRecord->sequence : 0;

    m_snapshot = std::move(*snapshot);
    const models::AuditFilterState state = m_filters->state();
    const QDateTime now = m_clock->now();
    m_filters->setChoices(m_snapshot.principals, m_snapshot.operations);
    m_data.setRecords(m_snapshot.timeline);
    m_data.setImported(m_snapshot.imported);
    m_timeline->setSelectedEvent(-1, false);
    m_timeline->dataChanged();
    rebuildHistogram();
    m_records->setFilter(state.toFilter(now), m_snapshot.timeline.mid(0, m_records->pageSize()));
    m_actions->refresh(m_snapshot.retentionDays);
    if (m_fitPending) {
        m_fitPending = false;
        fitTimeline();
    }
    if (selectedSequence > 0 && m_data.eventOfSequence(selectedSequence) >= 0)
        selectSequence(selectedSequence);
    else
        m_details->clear();
    updateSummary();
    Q_EMIT loaded();
}

void AuditPage::fitTimeline()
{
    const auto [from, to] = m_filters->state().bounds(m_clock->now());
    if (from.isValid()) {
        const QDateTime end = to.isValid() ? to : m_clock->now();
        m_timeline->fitTo(from.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
    } else if (!m_data.isEmpty()) {
        m_timeline->fitAll();
    } else {
        const qint64 now = m_clock->now().toMSecsSinceEpoch();
        m_timeline->fitTo(now - 24 * 3600 * 1000LL, now);
    }
}

void AuditPage::updateSummary()
{
    m_summary->setText(summaryText());
}

QString AuditPage::summaryText() const
{
    if (!m_operations->isUnlocked() || isForbidden())
        return {};
    const QLocale locale;
    const qint64 matching = m_snapshot.matching();
    QString text = matching == 1 ? tr("1 record matches") : tr("%1 records match").arg(locale.toString(matching));
    if (m_snapshot.isTimelineCapped())
        text += tr("; the timeline shows the newest %1").arg(locale.toString(m_snapshot.timeline.size()));
    if (!m_snapshot.imported.isEmpty())
        text += tr("; %1 imported Azure events").arg(locale.toString(m_snapshot.imported.size()));
    return text;
}

void AuditPage::setGrouping(Grouping grouping)
{
    const int selected = m_timeline->selectedEvent();
    m_data.setGrouping(grouping); // the events keep their order: the selection stays valid
    (grouping == Grouping::Object ? m_byObject : m_byPrincipal)->setChecked(true);
    m_timeline->dataChanged();
    m_timeline->setSelectedEvent(selected, false);
}

void AuditPage::setShowImported(bool show)
{
    if (m_showImported->isChecked() != show)
        m_showImported->setChecked(show); // toggled() comes back here
    if (m_data.showsImported() == show)
        return;
    const qint64 selectedSequence = [this] {
        const int event = m_timeline->selectedEvent();
        const audit::AuditRecord *r = event >= 0 ? m_data.record(m_data.events().at(event)) : nullptr;
        return r ? r->sequence : qint64(0);
    }();
    m_data.setShowImported(show);
    m_timeline->setSelectedEvent(selectedSequence > 0 ? m_data.eventOfSequence(selectedSequence) : -1, false);
    m_timeline->dataChanged();
    rebuildHistogram();
}

void AuditPage::rebuildHistogram()
{
    // The filter's days (UTC, as core counts them); the data's own when the range is open.
    const QDateTime now = m_clock->now();
    const auto [from, to] = m_filters->state().bounds(now);
    const QDate first = from.isValid() ? from.toUTC().date() : QDate();
    const QDate last = from.isValid() ? (to.isValid() ? to.toUTC().addMSecs(-1).date() : now.toUTC().date()) : QDate();
    m_histogram->setHistogram(models::AuditHistogram::build(m_snapshot.stats, first, last,
                                                            m_data.showsImported() ? m_snapshot.imported
                                                                                   : QList<audit::ImportedEvent>()));
}

void AuditPage::selectEvent(int event)
{
    m_timeline->setSelectedEvent(event);
    onTimelineSelection(m_timeline->selectedEvent());
}

void AuditPage::selectSequence(qint64 sequence)
{
    const int event = m_data.eventOfSequence(sequence);
    if (event >= 0) {
        m_timeline->setSelectedEvent(event);
        onTimelineSelection(event);
        return;
    }
    const QModelIndex index = m_records->indexOf(sequence);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void AuditPage::onTimelineSelection(int event)
{
    if (event < 0 || event >= m_data.events().size()) {
        m_details->clear();
        return;
    }
    const models::AuditTimelineData::Event &e = m_data.events().at(event);
    const QScopedValueRollback syncing(m_syncing, true);
    if (const audit::ImportedEvent *imported = m_data.importedEvent(e)) {
        m_details->showImported(*imported);
        m_table->clearSelection();
        return;
    }
    const audit::AuditRecord *record = m_data.record(e);
    if (!record)
        return;
    m_details->showRecord(*record);
    const QModelIndex index = m_records->indexOf(record->sequence);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    } else {
        m_pendingSequence = record->sequence; // not loaded in the table yet: load the pages down to it
        m_records->loadUntil(record->sequence);
    }
}

void AuditPage::onTableSelection()
{
    if (m_syncing)
        return;
    const audit::AuditRecord *record = m_records->record(m_table->currentIndex());
    if (!record)
        return;
    m_details->showRecord(*record);
    const int event = m_data.eventOfSequence(record->sequence);
    m_timeline->setSelectedEvent(event);
}

} // namespace coffer::ui
