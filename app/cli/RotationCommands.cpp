// `rotate --due` (Vault::runDue) and `rotation plan` (Vault::schedule): the one schedule of every kind, run from a
// systemd timer or cron (packaging/systemd/) and looked at from the command line.
#include "app/cli/RotationCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/KeySupport.h"
#include "app/cli/OutputFormatter.h"
#include "app/cli/RotationSupport.h"
#include "app/cli/VaultAccess.h"
#include "core/common/Clock.h"
#include "core/rotation/IsoDuration.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer::cli {

namespace {

using namespace rotationcli;
using Show = TableColumn::Show;

const QString kDue = QStringLiteral("due");
const QString kDryRun = QStringLiteral("dry-run");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kShift = QStringLiteral("shift");
const QString kAt = QStringLiteral("at");

constexpr DueOutcome::Action kActions[] = {
        DueOutcome::Action::Rotated,    DueOutcome::Action::Renewed,       DueOutcome::Action::PendingCreated,
        DueOutcome::Action::Notified,   DueOutcome::Action::ExpiredNotice, DueOutcome::Action::WouldRotate,
        DueOutcome::Action::WouldRenew, DueOutcome::Action::WouldNotify,   DueOutcome::Action::Skipped,
        DueOutcome::Action::Failed,
};

// ---- rotate --due ----------------------------------------------------------------------------------------------

QJsonObject outcomeJson(const DueOutcome &outcome)
{
    QJsonObject out {
            {QStringLiteral("kind"), kindName(outcome.kind)},
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("action"), dueActionName(outcome.action)},
            {QStringLiteral("reason"), outcome.reason},
    };
    out.insert(QStringLiteral("newVersion"),
               outcome.newVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.newVersion));
    return out;
}

QJsonObject runJson(const DueRun &run, const QString &invocationId)
{
    QJsonArray outcomes;
    for (const DueOutcome &outcome : run.outcomes)
        outcomes.append(outcomeJson(outcome));
    QJsonObject counts;
    for (const DueOutcome::Action action : kActions)
        counts.insert(dueActionName(action), run.count(action));
    QJsonObject out {
            {QStringLiteral("dryRun"), run.dryRun},
            {QStringLiteral("at"), iso(run.at)},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("nextDue"), isoOrNull(run.nextDue)},
    };
    if (!invocationId.isEmpty())
        out.insert(QStringLiteral("runner"),
                   QJsonObject {{QStringLiteral("name"), QStringLiteral("systemd")},
                                {QStringLiteral("invocationId"), invocationId}});
    return out;
}

QList<TableColumn> outcomeColumns()
{
    return {
            {QStringLiteral("Kind"), QStringLiteral("kind"), Show::AsIs},
            {QStringLiteral("Name"), QStringLiteral("name"), Show::AsIs},
            {QStringLiteral("Action"), QStringLiteral("action"), Show::AsIs},
            {QStringLiteral("NewVersion"), QStringLiteral("newVersion"), Show::AsIs},
            {QStringLiteral("Reason"), QStringLiteral("reason"), Show::AsIs},
    };
}

Outcome<CommandOutput> runDue(CommandContext &ctx)
{
    if (!ctx.has(kDue))
        return CliError::usage(QStringLiteral("'rotate' needs --due"),
                               QStringLiteral("to rotate one object now use 'coffer-cli secret rotate' or "
                                              "'coffer-cli key rotate'"));
    const bool dryRun = ctx.has(kDryRun);
    const QString invocationId = systemdInvocationId();
    auto vault = keycli::openVault(ctx); // with --hsm-pin-file: HSM keys can rotate unattended
    COFFER_CLI_CHECK(vault);
    auto run = (*vault)->runDue(dryRun);
    COFFER_CLI_CHECK(run);

    CommandOutput out;
    if (ctx.outputFormat() == OutputFormat::Json) {
        out.value = runJson(*run, invocationId);
    } else {
        QJsonArray rows;
        for (const DueOutcome &outcome : run->outcomes)
            rows.append(outcomeJson(outcome));
        out.value = rows;
        out.columns = outcomeColumns();
    }
    if (run->outcomes.isEmpty())
        ctx.console().note(dryRun ? QStringLiteral("nothing is due now")
                                  : QStringLiteral("nothing was due now; "
                                                   "nothing changed"));
    const int failed = run->count(DueOutcome::Action::Failed);
    if (failed == 0)
        return out;
    // The outcomes still go to stdout: what did run, ran.
    ctx.console().out(formatOutput(out, ctx.outputFormat()));
    return CliError {
            ExitCode::Failure,
            failed == 1 ? QStringLiteral("1 due action failed (see its \"reason\"); the others ran")
                        : QStringLiteral("%1 due actions failed (see their \"reason\"); the others ran").arg(failed),
            QStringLiteral("fix what the reason names and run 'coffer-cli rotate --due' again; what ran "
                           "is not repeated")};
}

// ---- rotation plan ---------------------------------------------------------------------------------------------

QJsonObject eventJson(const rotation::PlanEvent &event, const ScheduleEntry &entry)
{
    QJsonObject out {
            {QStringLiteral("kind"), rotation::eventKindName(event.kind)},
            {QStringLiteral("at"), iso(event.at)},
            {QStringLiteral("end"), isoOrNull(event.end)},
            {QStringLiteral("generation"), event.generation},
            {QStringLiteral("reason"), event.reason},
    };
    const bool known = event.version >= 0 && event.version < entry.versions.size();
    out.insert(QStringLiteral("version"),
               known ? QJsonValue(entry.versions.at(event.version).version) : QJsonValue(QJsonValue::Null));
    if (!event.source.isEmpty())
        out.insert(QStringLiteral("source"), event.source);
    return out;
}

QJsonObject entryJson(const ScheduleEntry &entry)
{
    QJsonArray versions;
    for (const ScheduleVersion &version : entry.versions)
        versions.append(QJsonObject {
                {QStringLiteral("version"), version.version},
                {QStringLiteral("enabled"), version.enabled},
                {QStringLiteral("created"), iso(version.created)},
                {QStringLiteral("notBefore"), isoOrNull(version.notBefore)},
                {QStringLiteral("expires"), isoOrNull(version.expires)},
        });
    QJsonArray events;
    for (const rotation::PlanEvent &event : entry.events)
        events.append(eventJson(event, entry));
    QJsonObject out {
            {QStringLiteral("kind"), kindName(entry.kind)},
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("state"), scheduleStateName(entry.state)},
            {QStringLiteral("hasPolicy"), entry.hasPolicy},
            {QStringLiteral("policySummary"), entry.policySummary},
            {QStringLiteral("nextAction"), isoOrNull(entry.nextAction)},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("events"), events},
            {QStringLiteral("truncated"), entry.truncated},
    };
    if (!entry.notScheduledReason.isEmpty())
        out.insert(QStringLiteral("notScheduledReason"), entry.notScheduledReason);
    return out;
}

// -o table / tsv: one row per event (an entry without events in the window: one row saying why).
CommandOutput planTable(const Schedule &schedule)
{
    QJsonArray rows;
    for (const ScheduleEntry &entry : schedule.entries) {
        const QJsonObject base {
                {QStringLiteral("kind"), kindName(entry.kind)},
                {QStringLiteral("name"), entry.name},
                {QStringLiteral("state"), scheduleStateName(entry.state)},
        };
        if (entry.events.isEmpty()) {
            QJsonObject row = base;
            row.insert(QStringLiteral("reason"),
                       entry.notScheduledReason.isEmpty() ? QStringLiteral("nothing in this window")
                                                          : entry.notScheduledReason);
            rows.append(row);
        }
        for (const rotation::PlanEvent &event : entry.events) {
            QJsonObject row = base;
            const QJsonObject json = eventJson(event, entry);
            row.insert(QStringLiteral("event"), json.value(u"kind"));
            for (const char *key : {"at", "end", "generation", "version", "reason"})
                row.insert(QLatin1StringView(key), json.value(QLatin1StringView(key)));
            rows.append(row);
        }
    }
    CommandOutput out;
    out.value = rows;
    out.columns = {
            {QStringLiteral("Kind"), QStringLiteral("kind"), Show::AsIs},
            {QStringLiteral("Name"), QStringLiteral("name"), Show::AsIs},
            {QStringLiteral("State"), QStringLiteral("state"), Show::AsIs},
            {QStringLiteral("Event"), QStringLiteral("event"), Show::AsIs},
            {QStringLiteral("At"), QStringLiteral("at"), Show::AsIs},
            {QStringLiteral("End"), QStringLiteral("end"), Show::AsIs},
            {QStringLiteral("Gen"), QStringLiteral("generation"), Show::AsIs},
            {QStringLiteral("Reason"), QStringLiteral("reason"), Show::AsIs},
    };
    return out;
}

// The time planned for: now, or the clock's now moved by --shift or set by --at (only later than now).
Outcome<std::optional<QDateTime>> shiftOption(const CommandContext &ctx, const QDateTime &now)
{
    if (ctx.has(kShift)) {
        auto shift = rotation::IsoDuration::parse(ctx.value(kShift).trimmed());
        if (!shift)
            return CliError::usage(
                    QStringLiteral("option --shift needs an ISO 8601 duration: %1").arg(shift.error().context()),
                    QStringLiteral("for example P3M (3 months), P1Y, P2W, P45D"));
        if (shift->isZero())
            return std::optional<QDateTime>();
        return std::optional<QDateTime>(shift->addTo(now));
    }
    auto at = dateOption(ctx, kAt);
    COFFER_CLI_CHECK(at);
    if (*at && **at < now)
        return CliError {ExitCode::Invalid,
                         QStringLiteral("--at %1 is in the past; the plan can only look ahead").arg(iso(**at)),
                         QStringLiteral("past actions are in the audit log (coffer-cli audit list) and the notices "
                                        "(coffer-cli notifications list)")};
    if (*at && **at == now)
        return std::optional<QDateTime>();
    return *at;
}

Outcome<CommandOutput> plan(CommandContext &ctx)
{
    const QDateTime now = ctx.clock().now().toUTC();
    auto shifted = shiftOption(ctx, now);
    COFFER_CLI_CHECK(shifted);
    const QDateTime planNow = shifted->value_or(now);
    auto from = dateOption(ctx, kFrom);
    COFFER_CLI_CHECK(from);
    auto to = dateOption(ctx, kTo, true);
    COFFER_CLI_CHECK(to);
    auto kinds = kindsOption(ctx);
    COFFER_CLI_CHECK(kinds);
    ScheduleQuery query;
    query.from = from->value_or(planNow.addDays(-30));
    query.to = to->value_or(planNow.addMonths(12));
    query.now = *shifted;
    query.kinds = *kinds;
    if (query.from >= query.to)
        return CliError::usage(
                QStringLiteral("--from (%1) is not before --to (%2)").arg(iso(query.from), iso(query.to)));

    auto vault = openVault(ctx);
    COFFER_CLI_CHECK(vault);
    auto schedule = (*vault)->schedule(query);
    COFFER_CLI_CHECK(schedule);
    for (const ObjectKind kind : schedule->hiddenKinds)
        ctx.console().note(QStringLiteral("%1s are left out: you may not list them").arg(kindName(kind)));
    if (ctx.outputFormat() != OutputFormat::Json)
        return planTable(*schedule);

    QJsonArray entries;
    for (const ScheduleEntry &entry : schedule->entries)
        entries.append(entryJson(entry));
    QJsonArray hidden;
    for (const ObjectKind kind : schedule->hiddenKinds)
        hidden.append(kindName(kind));
    CommandOutput out;
    out.value = QJsonObject {
            {QStringLiteral("from"), iso(schedule->from)}, {QStringLiteral("to"), iso(schedule->to)},
            {QStringLiteral("now"), iso(schedule->now)},   {QStringLiteral("shifted"), shifted->has_value()},
            {QStringLiteral("hiddenKinds"), hidden},       {QStringLiteral("entries"), entries},
    };
    return out;
}

} // namespace

void registerRotationCommands(CommandRegistry &registry)
{
    CommandSpec due;
    due.path = {QStringLiteral("rotate")};
    due.summary = QStringLiteral("Run every rotation, renewal and expiry notice that is due now, for every kind.");
    due.details = QStringLiteral(
            "Secrets and keys rotate by their rotation policies, certificates renew by their lifetime actions, and a "
            "near-expiry or expired notice is recorded once per version (see 'coffer-cli notifications list'). Each "
            "action runs as the vault's system principal (vault-system) and is checked and recorded on its own; one "
            "failure does not stop the others. Prints {\"dryRun\", \"at\", \"outcomes\": [{\"kind\", \"name\", "
            "\"action\", \"newVersion\", \"reason\"}], \"counts\", \"nextDue\"}, and \"runner\" with the systemd "
            "invocation id when run by systemd. Running it again right away does nothing. With --dry-run nothing "
            "changes but the run's audit record. Exit codes: 0 nothing failed, 1 an action failed (the others still "
            "ran), 3 wrong credential, 8 not allowed, 9 the vault is busy in another process or the HSM token is "
            "unavailable. Run it from a systemd timer or cron: packaging/systemd/README.md.");
    keycli::addUnlockWithToken(due);
    due.options += {
            {kDue, {}, QStringLiteral("run what is due now (required)")},
            {kDryRun, {}, QStringLiteral("only say what is due; change nothing")},
    };
    due.examples = {
            QStringLiteral("coffer-cli rotate --due --vault team-kv.coffer --passphrase-file pass.txt --dry-run"),
            QStringLiteral("coffer-cli rotate --due --vault team-kv.coffer --client-secret-file rotator.secret "
                           "--hsm-pin-file pin.txt"),
    };
    due.run = runDue;
    registry.add(std::move(due));

    registry.addGroup({QStringLiteral("rotation")},
                      QStringLiteral("Look at the rotation and expiry schedule of every kind."));
    CommandSpec planSpec;
    planSpec.path = {QStringLiteral("rotation"), QStringLiteral("plan")};
    planSpec.summary = QStringLiteral("Show every version's validity and every past and planned rotation, renewal, "
                                      "notice and expiry in a time window.");
    planSpec.details = QStringLiteral(
            "For each secret, key and certificate you may list: its state (ok, soon, expired, overdue, disabled), "
            "its policy in words, its versions and the events in [--from, --to] (VersionValid, Rotate, Renew, "
            "Notify, NearExpiry, Expire, Overdue) with the policy field causing each. The window defaults to 30 days "
            "back and 12 months ahead of now. --shift P3M or --at DATE plans as if it were that later time and "
            "nothing had run meanwhile (what would be overdue or expired then); the window then centres on that "
            "time. Nothing in the vault changes. -o table prints one row per event.");
    options::addUnlock(planSpec);
    planSpec.options += {
            {kFrom, QStringLiteral("DATE"),
             QStringLiteral("the window's start (ISO 8601: 2026-01-31 or 2026-01-31T12:00:00Z; default 30 days "
                            "before now)")},
            {kTo, QStringLiteral("DATE"),
             QStringLiteral("the window's end (a date alone includes that day; default 12 months after now)")},
            {kShift, QStringLiteral("DURATION"),
             QStringLiteral("plan as if it were now plus this ISO 8601 duration (P3M, P1Y, P2W)")},
            {kAt, QStringLiteral("DATE"), QStringLiteral("plan as if it were this (later) time")},
            {kKind, QStringLiteral("secret|key|certificate"),
             QStringLiteral("only these kinds (several allowed: --kind secret key)"), false, true, false, false, true},
    };
    planSpec.groups.append({{kShift, kAt}, false});
    planSpec.examples = {
            QStringLiteral("coffer-cli rotation plan --vault team-kv.coffer --passphrase-file pass.txt -o table"),
            QStringLiteral("coffer-cli rotation plan --vault team-kv.coffer --passphrase-file pass.txt --kind secret "
                           "--shift P3M"),
            QStringLiteral("coffer-cli rotation plan --vault team-kv.coffer --passphrase-file pass.txt --from "
                           "2026-01-01 --to 2026-12-31"),
    };
    planSpec.run = plan;
    registry.add(std::move(planSpec));
}

} // namespace coffer::cli
