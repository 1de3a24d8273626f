#include "ui/AuditFilterBar.h"

#include "core/common/Clock.h"
#include "models/AuditText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace coffer::ui {

using Range = models::AuditFilterState::Range;

AuditFilterBar::AuditFilterBar(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_principal(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_principal->setObjectName(QStringLiteral("principalFilter"));
    m_operation->setObjectName(QStringLiteral("operationFilter"));
    m_result->setObjectName(QStringLiteral("resultFilter"));
    m_target->setObjectName(QStringLiteral("targetFilter"));
    m_target->setAccessibleName(tr("Target contains"));

    for (Range range :
         {Range::LastHour, Range::Last24Hours, Range::Last7Days, Range::Last30Days, Range::All, Range::Custom})
        m_range->addItem(models::AuditFilterState::rangeName(range), int(range));
    m_range->setToolTip(tr("Time range"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setToolTip(tr("To (exclusive)"));
    m_principal->setToolTip(tr("Principal"));
    m_principal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_principal->setMinimumContentsLength(10);
    m_operation->setToolTip(tr("Operation"));
    m_operation->setMinimumContentsLength(12);
    m_result->setToolTip(tr("Result"));
    m_result->addItem(tr("All results"));
    for (auto result : {audit::AuditResult::Success, audit::AuditResult::Forbidden, audit::AuditResult::NotFound,
                        audit::AuditResult::Conflict, audit::AuditResult::Failed})
        m_result->addItem(models::AuditText::resultName(result), int(result));
    m_target->setPlaceholderText(tr("Target contains…"));
    m_target->setClearButtonEnabled(true);
    m_target->setMinimumWidth(140);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    setChoices({}, {});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), this));
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_principal);
    layout->addWidget(m_operation);
    layout->addWidget(m_result);
    layout->addWidget(m_target, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditFilterBar::onRangeChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditFilterBar::emitChanged);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditFilterBar::emitChanged);
    connect(m_principal, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_target, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::emitChanged);
    m_range->setCurrentIndex(m_range->findData(int(Range::All)));
}

models::AuditFilterState AuditFilterBar::state() const
{
    models::AuditFilterState s;
    s.range = Range(m_range->currentData().toInt());
    if (s.range == Range::Custom) {
        s.customFrom = m_from->dateTime();
        s.customTo = m_to->dateTime();
    }
    s.principal = m_principal->currentData().toString();
    s.operation = m_operation->currentData().toString();
    if (m_result->currentIndex() > 0)
        s.result = audit::AuditResult(m_result->currentData().toInt());
    s.target = m_target->text();
    return s;
}

void AuditFilterBar::setState(const models::AuditFilterState &state)
{
    m_updating = true;
    m_range->setCurrentIndex(m_range->findData(int(state.range)));
    if (state.range == Range::Custom) {
        if (state.customFrom.isValid())
            m_from->setDateTime(state.customFrom.toLocalTime());
        if (state.customTo.isValid())
            m_to->setDateTime(state.customTo.toLocalTime());
    }
    const auto select = [](QComboBox *combo, const QString &key) {
        int index = combo->findData(key);
        if (index < 0 && !key.isEmpty()) {
            combo->addItem(key, key);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    };
    select(m_principal, state.principal);
    select(m_operation, state.operation);
    m_result->setCurrentIndex(state.result ? m_result->findData(int(*state.result)) : 0);
    m_target->setText(state.target);
    m_typing->stop();
    m_updating = false;
    onRangeChanged();
}

void AuditFilterBar::setChoices(const QList<models::AuditSnapshot::Choice> &principals,
                                const QList<models::AuditSnapshot::Choice> &operations)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const auto fill = [](QComboBox *combo, const QString &all, const QList<models::AuditSnapshot::Choice> &choices) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const models::AuditSnapshot::Choice &choice : choices) {
            const QString text = choice.imported ? tr("%1 (Azure)").arg(choice.label) : choice.label;
            if (combo->findData(choice.key) < 0)
                combo->addItem(tr("%1 (%2)").arg(text).arg(choice.count), choice.key);
        }
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    };
    fill(m_principal, tr("Everyone"), principals);
    fill(m_operation, tr("All operations"), operations);
    m_updating = wasUpdating;
}

void AuditFilterBar::reset()
{
    setState({});
    emitChanged();
}

void AuditFilterBar::onRangeChanged()
{
    const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
    if (custom && !m_updating && !m_from->isVisible()) {
        // Start from the last seven days.
        const QDateTime now = m_clock->now().toLocalTime();
        m_updating = true;
        m_to->setDateTime(now);
        m_from->setDateTime(now.addDays(-7));
        m_updating = false;
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emitChanged();
}

void AuditFilterBar::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

} // namespace coffer::ui
