using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Notifications;
using Shortlist.Domain.Pipeline;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.Notifications;

namespace Shortlist.Web.Features.Engagements;

/// <summary>An engagement in a list: who, where, the terms and the burn on today's date.</summary>
public sealed record EngagementSummary(Guid Id, Guid PlacementId, Guid PositionId, string PositionTitle, Guid OrganizationId, string OrganizationName,
    Guid CandidateId, string CandidateName, DateOnly Start, DateOnly End, decimal BillRate, double HoursBudget, EngagementBurn Burn,
    int AwaitingApproval, long Version);

/// <summary>One week's timesheet.</summary>
public sealed record TimesheetView(Guid Id, Guid EngagementId, DateOnly WeekStart, TimesheetStatus Status, IReadOnlyList<TimesheetDay> Days, double TotalHours,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? RejectionReason, long Version,
    string CandidateName, string PositionTitle);

/// <summary>An engagement with all its weeks, newest first.</summary>
public sealed record EngagementDetail(EngagementSummary Engagement, IReadOnlyList<TimesheetView> Timesheets);

/// <summary>A contract placement that has no engagement yet.</summary>
public sealed record PlacementWithoutEngagement(Guid PlacementId, string CandidateName, string PositionTitle, string OrganizationName, DateOnly StartDate, decimal? Rate);

/// <summary>Starting an engagement for a contract placement.</summary>
public sealed record StartEngagementRequest(Guid PlacementId, DateOnly End, decimal BillRate, double HoursBudget);

/// <summary>Changing the end date, hours budget and bill rate; <c>version</c> is the one read.</summary>
public sealed record UpdateEngagementRequest(DateOnly End, double HoursBudget, decimal BillRate, long Version);

/// <summary>A day of a week's timesheet as entered.</summary>
public sealed record TimesheetDayInput(DateOnly Date, double Hours, string? Note = null);

/// <summary>The hours of one week; <c>version</c> (of an existing week) guards against overwriting someone else's change.</summary>
public sealed record TimesheetRequest(IReadOnlyList<TimesheetDayInput> Days, long? Version = null, bool Submit = false);

/// <summary>Sending a week back; the reason is required.</summary>
public sealed record RejectTimesheetRequest(string? Reason, long? Version = null);


public enum EngagementOutcome { Ok, NotFound, Invalid, Conflict }

/// <summary>What a change came to: the value, or not found, invalid (with the field and message) or a conflict.</summary>
public sealed record Outcome<T>(EngagementOutcome Status, T? Value = default, string? Field = null, string? Message = null)
{
    public static Outcome<T> Done(T value) => new(EngagementOutcome.Ok, value);
    public static Outcome<T> Missing { get; } = new(EngagementOutcome.NotFound);
    public static Outcome<T> Bad(string? field, string message) => new(EngagementOutcome.Invalid, default, field, message);
    public static Outcome<T> Stale(string message) => new(EngagementOutcome.Conflict, default, null, message);
}

/// <summary>
/// Engagements and their weekly timesheets, the one place the workspace, the candidate portal, the client portal and the
/// API go through. Who sees what is decided inside the queries: staff see every engagement, a hiring manager those of
/// their organization's positions, a candidate their own; anything else is not found.
/// </summary>
public sealed class EngagementService(ShortlistDbContext db, CurrentUser user, AuditLog audit, NotificationService notifications, TimeProvider clock)
{
    // Member initialisation (not a constructor) so that queries can filter and join on the projected members.
    private sealed class Row
    {
        public required Engagement Engagement { get; init; }
        public required Placement Placement { get; init; }
        public required string PositionTitle { get; init; }
        public required Guid OrganizationId { get; init; }
        public required string OrganizationName { get; init; }
        public required string FirstName { get; init; }
        public required string LastName { get; init; }
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IQueryable<Row> Visible()
    {
        var rows = from e in db.Engagements
                   join p in db.Placements on e.PlacementId equals p.Id
                   join pos in db.Positions on p.PositionId equals pos.Id
                   join c in db.Candidates on p.CandidateId equals c.Id
                   join o in db.Organizations on pos.OrganizationId equals o.Id
                   where c.ErasedAt == null
                   select new Row { Engagement = e, Placement = p, PositionTitle = pos.Title, OrganizationId = pos.OrganizationId, OrganizationName = o.Name, FirstName = c.FirstName, LastName = c.LastName };
        if (user.IsStaff) return rows;
        if (user.IsHiringManager && user.OrganizationId is { } org) return rows.Where(r => r.OrganizationId == org);
        if (user.IsCandidate && user.CandidateId is { } me) return rows.Where(r => r.Placement.CandidateId == me);
        return rows.Where(_ => false);
    }

    private EngagementSummary Summarize(Row r, IReadOnlyList<TimesheetWeek> weeks) => new(r.Engagement.Id, r.Placement.Id, r.Placement.PositionId, r.PositionTitle,
        r.OrganizationId, r.OrganizationName, r.Placement.CandidateId, $"{r.FirstName} {r.LastName}", r.Engagement.Start, r.Engagement.End, r.Engagement.BillRate,
        r.Engagement.HoursBudget, EngagementBurn.Compute(r.Engagement, weeks, Today), weeks.Count(w => w.Status == TimesheetStatus.Submitted), r.Engagement.Version);

    private static TimesheetView View(TimesheetWeek w, Row r) => new(w.Id, w.EngagementId, w.WeekStart, w.Status, w.Days, w.TotalHours, w.SubmittedAt, w.DecidedAt,
        w.DecidedBy, w.RejectionReason, w.Version, $"{r.FirstName} {r.LastName}", r.PositionTitle);

    /// <summary>The engagements the caller may see, those ending soonest first.</summary>
    public async Task<IReadOnlyList<EngagementSummary>> ListAsync(CancellationToken ct)
    {
        var rows = await Visible().AsNoTracking().OrderBy(r => r.Engagement.End).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Engagement.Id).ToList();
        var weeks = (await db.Timesheets.AsNoTracking().Where(t => ids.Contains(t.EngagementId)).ToListAsync(ct)).ToLookup(t => t.EngagementId);
        if (!user.IsCandidate && rows.Count > 0) await RecordReadAsync("engagement.list", null, $"{rows.Count} engagements", ct);
        return rows.Select(r => Summarize(r, [.. weeks[r.Engagement.Id]])).ToList();
    }

    /// <summary>One engagement with its weeks; null when the caller may not see it.</summary>
    public async Task<EngagementDetail?> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await Visible().AsNoTracking().FirstOrDefaultAsync(r => r.Engagement.Id == id, ct);
        if (row is null) return null;
        var weeks = await db.Timesheets.AsNoTracking().Where(t => t.EngagementId == id).OrderByDescending(t => t.WeekStart).ToListAsync(ct);
        if (!user.IsCandidate) await RecordReadAsync("engagement.read", id, null, ct);
        return new EngagementDetail(Summarize(row, weeks), weeks.Select(w => View(w, row)).ToList());
    }

    /// <summary>Contract placements without an engagement (staff only).</summary>
    public async Task<IReadOnlyList<PlacementWithoutEngagement>> UnstartedAsync(CancellationToken ct)
    {
        if (!user.IsStaff) return [];
        var rows = await (from p in db.Placements
                          join pos in db.Positions on p.PositionId equals pos.Id
                          join c in db.Candidates on p.CandidateId equals c.Id
                          join o in db.Organizations on pos.OrganizationId equals o.Id
                          where p.Engagement != EngagementTypes.Permanent && c.ErasedAt == null && !db.Engagements.Any(e => e.PlacementId == p.Id)
                          orderby p.StartDate
                          select new { p.Id, c.FirstName, c.LastName, pos.Title, o.Name, p.StartDate, p.FeeOrRate }).AsNoTracking().Take(200).ToListAsync(ct);
        return rows.Select(r => new PlacementWithoutEngagement(r.Id, $"{r.FirstName} {r.LastName}", r.Title, r.Name, r.StartDate, r.FeeOrRate)).ToList();
    }

    /// <summary>Starts tracking a contract placement (staff).</summary>
    public async Task<Outcome<EngagementSummary>> StartAsync(StartEngagementRequest request, CancellationToken ct)
    {
        if (!user.IsStaff) return Outcome<EngagementSummary>.Missing;
        // The request is checked before what it names, so bad input is a 400 whichever placement it names.
        if (Terms(request.HoursBudget, request.BillRate) is { } bad) return bad;
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == request.PlacementId, ct);
        if (placement is null) return Outcome<EngagementSummary>.Missing;
        if (await db.Engagements.AnyAsync(e => e.PlacementId == placement.Id, ct)) return Outcome<EngagementSummary>.Stale("The placement has an engagement already.");
        try
        {
            var engagement = placement.StartEngagement(request.End, request.BillRate, request.HoursBudget, clock.GetUtcNow());
            db.Engagements.Add(engagement);
            audit.Record("engagement.start", nameof(Engagement), engagement.Id, $"placement {placement.Id}");
            await db.SaveChangesAsync(ct);
            var row = await Visible().AsNoTracking().FirstAsync(r => r.Engagement.Id == engagement.Id, ct);
            return Outcome<EngagementSummary>.Done(Summarize(row, []));
        }
        catch (DomainRuleException e) { return Outcome<EngagementSummary>.Bad(e.Field, e.Message); }
        catch (DbUpdateException) { return Outcome<EngagementSummary>.Stale("The placement has an engagement already."); }
    }

    /// <summary>Changes the end date, budget and rate (staff), refusing a stale version.</summary>
    public async Task<Outcome<EngagementSummary>> UpdateAsync(Guid id, UpdateEngagementRequest request, CancellationToken ct)
    {
        if (!user.IsStaff) return Outcome<EngagementSummary>.Missing;
        if (Terms(request.HoursBudget, request.BillRate) is { } bad) return bad;
        var row = await Visible().FirstOrDefaultAsync(r => r.Engagement.Id == id, ct);
        if (row is null) return Outcome<EngagementSummary>.Missing;
        var engagement = row.Engagement;
        if (engagement.Version != request.Version) return Outcome<EngagementSummary>.Stale("Someone else changed the engagement; reload it and make your change again.");
        var weeks = await db.Timesheets.AsNoTracking().Where(t => t.EngagementId == id).ToListAsync(ct);
        var lastLogged = weeks.SelectMany(w => w.Days).Where(d => d.Hours > 0).Select(d => (DateOnly?)d.Date).Max();
        try
        {
            var now = clock.GetUtcNow();
            engagement.Reschedule(request.End, request.HoursBudget, now, lastLogged);
            engagement.SetBillRate(request.BillRate, now);
            Shared.Concurrency.ExpectVersion(db, engagement, request.Version);
            audit.Record("engagement.update", nameof(Engagement), id, $"end {request.End:yyyy-MM-dd}, {request.HoursBudget} h at {request.BillRate}");
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException e) { return Outcome<EngagementSummary>.Bad(e.Field, e.Message); }
        catch (DbUpdateConcurrencyException) { return Outcome<EngagementSummary>.Stale("Someone else changed the engagement; reload it and make your change again."); }
        return Outcome<EngagementSummary>.Done(Summarize(row, weeks));
    }

    /// <summary>The week containing <paramref name="anyDay"/>, whether or not hours were entered yet (null when the engagement is not visible).</summary>
    public async Task<(EngagementSummary Engagement, TimesheetView? Week, DateOnly Monday)?> WeekAsync(Guid engagementId, DateOnly anyDay, CancellationToken ct)
    {
        var row = await Visible().AsNoTracking().FirstOrDefaultAsync(r => r.Engagement.Id == engagementId, ct);
        if (row is null) return null;
        var weeks = await db.Timesheets.AsNoTracking().Where(t => t.EngagementId == engagementId).ToListAsync(ct);
        var monday = TimesheetWeek.MondayOf(anyDay);
        var week = weeks.FirstOrDefault(w => w.WeekStart == monday);
        return (Summarize(row, weeks), week is null ? null : View(week, row), monday);
    }

    /// <summary>
    /// Enters a week's hours (the placed professional or staff), optionally submitting it for approval at once.
    /// Hiring managers cannot enter hours: the week is not found for them.
    /// </summary>
    public async Task<Outcome<TimesheetView>> SaveWeekAsync(Guid engagementId, DateOnly anyDay, TimesheetRequest request, CancellationToken ct)
    {
        if (!(user.IsStaff || user.IsCandidate)) return Outcome<TimesheetView>.Missing;
        foreach (var d in request.Days ?? [])
        {
            if (!double.IsFinite(d.Hours) || d.Hours < 0) return Outcome<TimesheetView>.Bad("hours", $"{d.Date:yyyy-MM-dd}: hours must not be negative.");
            if (d.Hours > TimesheetWeek.MaxHoursPerDay) return Outcome<TimesheetView>.Bad("hours", $"{d.Date:yyyy-MM-dd}: a day has at most 24 hours.");
            if (d.Note is { Length: > TimesheetWeek.MaxNoteLength }) return Outcome<TimesheetView>.Bad("note", $"A note has at most {TimesheetWeek.MaxNoteLength} characters.");
        }
        var row = await Visible().FirstOrDefaultAsync(r => r.Engagement.Id == engagementId, ct);
        if (row is null) return Outcome<TimesheetView>.Missing;
        var now = clock.GetUtcNow();
        var monday = TimesheetWeek.MondayOf(anyDay);
        var week = await db.Timesheets.FirstOrDefaultAsync(t => t.EngagementId == engagementId && t.WeekStart == monday, ct);
        try
        {
            if (week is null)
            {
                week = row.Engagement.OpenWeek(monday, now);
                db.Timesheets.Add(week);
            }
            else if (request.Version is { } v)
            {
                if (week.Version != v) return Outcome<TimesheetView>.Stale("The week was changed in the meantime; reload it and enter your hours again.");
                Shared.Concurrency.ExpectVersion(db, week, v);
            }
            week.Enter(row.Engagement, (request.Days ?? []).Select(d => new TimesheetDay(d.Date, d.Hours, d.Note)), now);
            if (request.Submit) week.Submit(now);
            audit.Record(request.Submit ? "timesheet.submit" : "timesheet.save", nameof(TimesheetWeek), week.Id, $"engagement {engagementId}, week {monday:yyyy-MM-dd}, {week.TotalHours} h");
            await db.SaveChangesAsync(ct);
            if (request.Submit) await NotifySubmittedAsync(row, week, ct);
        }
        catch (DomainRuleException e) { return Outcome<TimesheetView>.Bad(e.Field, e.Message); }
        catch (DbUpdateConcurrencyException) { return Outcome<TimesheetView>.Stale("The week was changed in the meantime; reload it and enter your hours again."); }
        catch (DbUpdateException) { return Outcome<TimesheetView>.Stale("The week was opened by someone else at the same moment; reload it."); }
        return Outcome<TimesheetView>.Done(View(week, row));
    }

    /// <summary>Submits a week that has hours (the professional or staff).</summary>
    public async Task<Outcome<TimesheetView>> SubmitWeekAsync(Guid engagementId, DateOnly anyDay, CancellationToken ct)
    {
        if (!(user.IsStaff || user.IsCandidate)) return Outcome<TimesheetView>.Missing;
        var row = await Visible().FirstOrDefaultAsync(r => r.Engagement.Id == engagementId, ct);
        if (row is null) return Outcome<TimesheetView>.Missing;
        var monday = TimesheetWeek.MondayOf(anyDay);
        var week = await db.Timesheets.FirstOrDefaultAsync(t => t.EngagementId == engagementId && t.WeekStart == monday, ct);
        if (week is null) return Outcome<TimesheetView>.Bad("hours", "Enter some hours before submitting the week.");
        try
        {
            week.Submit(clock.GetUtcNow());
            audit.Record("timesheet.submit", nameof(TimesheetWeek), week.Id, $"engagement {engagementId}, week {monday:yyyy-MM-dd}, {week.TotalHours} h");
            await db.SaveChangesAsync(ct);
            await NotifySubmittedAsync(row, week, ct);
        }
        catch (DomainRuleException e) { return Outcome<TimesheetView>.Bad(e.Field, e.Message); }
        catch (DbUpdateConcurrencyException) { return Outcome<TimesheetView>.Stale("The week was changed in the meantime; reload it."); }
        return Outcome<TimesheetView>.Done(View(week, row));
    }

    /// <summary>Timesheets the caller may see in a state (default: awaiting approval), oldest submission first.</summary>
    public async Task<IReadOnlyList<TimesheetView>> TimesheetsAsync(TimesheetStatus? status, CancellationToken ct)
    {
        var wanted = status ?? TimesheetStatus.Submitted;
        var rows = await (from r in Visible()
                          join t in db.Timesheets on r.Engagement.Id equals t.EngagementId
                          where t.Status == wanted
                          orderby t.WeekStart
                          select new { Row = r, Week = t }).AsNoTracking().Take(500).ToListAsync(ct);
        if (!user.IsCandidate && rows.Count > 0) await RecordReadAsync("timesheet.list", null, $"{rows.Count} {wanted} timesheets", ct);
        return rows.Select(x => View(x.Week, x.Row)).ToList();
    }

    /// <summary>The client's hiring manager approves a submitted week of their organization.</summary>
    public Task<Outcome<TimesheetView>> ApproveAsync(Guid timesheetId, long? version, CancellationToken ct)
        => DecideAsync(timesheetId, version, (w, now) => w.Approve(user.DisplayName ?? user.Name ?? "client", now), "timesheet.approve", ct);

    /// <summary>The client's hiring manager sends a submitted week back with a reason.</summary>
    public Task<Outcome<TimesheetView>> RejectAsync(Guid timesheetId, string? reason, long? version, CancellationToken ct)
        => string.IsNullOrWhiteSpace(reason) ? Task.FromResult(Outcome<TimesheetView>.Bad("reason", "Say why the week is sent back."))
        : reason.Trim().Length > 1_000 ? Task.FromResult(Outcome<TimesheetView>.Bad("reason", "The reason has at most 1000 characters."))
        : DecideAsync(timesheetId, version, (w, now) => w.Reject(reason, user.DisplayName ?? user.Name ?? "client", now), "timesheet.reject", ct);

    private async Task<Outcome<TimesheetView>> DecideAsync(Guid timesheetId, long? version, Action<TimesheetWeek, DateTimeOffset> decide, string action, CancellationToken ct)
    {
        // Only the client decides: staff and candidates do not find the week to decide on.
        if (!user.IsHiringManager || user.OrganizationId is null) return Outcome<TimesheetView>.Missing;
        var found = await (from r in Visible() join t in db.Timesheets on r.Engagement.Id equals t.EngagementId where t.Id == timesheetId select new { Row = r, Week = t })
            .FirstOrDefaultAsync(ct);
        if (found is null) return Outcome<TimesheetView>.Missing;
        var (row, week) = (found.Row, found.Week);
        if (version is { } v && week.Version != v) return Outcome<TimesheetView>.Stale("The timesheet was changed in the meantime; reload it.");
        var before = await BurnAsync(row, ct);
        try
        {
            decide(week, clock.GetUtcNow());
            audit.Record(action, nameof(TimesheetWeek), week.Id, $"engagement {row.Engagement.Id}, week {week.WeekStart:yyyy-MM-dd}");
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException e) { return Outcome<TimesheetView>.Bad(e.Field, e.Message); }
        catch (DbUpdateConcurrencyException) { return Outcome<TimesheetView>.Stale("The timesheet was changed in the meantime; reload it."); }
        await NotifyDecidedAsync(row, week, before, ct);
        return Outcome<TimesheetView>.Done(View(week, row));
    }

    private static Outcome<EngagementSummary>? Terms(double hoursBudget, decimal billRate)
        => !double.IsFinite(hoursBudget) || hoursBudget <= 0 ? Outcome<EngagementSummary>.Bad("hoursBudget", "The hours budget must be positive.")
        : billRate < 0 ? Outcome<EngagementSummary>.Bad("billRate", "The bill rate must not be negative.")
        : null;

    private async Task<EngagementBurn> BurnAsync(Row row, CancellationToken ct)
        => EngagementBurn.Compute(row.Engagement, await db.Timesheets.AsNoTracking().Where(t => t.EngagementId == row.Engagement.Id).ToListAsync(ct), Today);

    private async Task NotifySubmittedAsync(Row row, TimesheetWeek week, CancellationToken ct)
        => await notifications.NotifyAsync(Audience.HiringManagersOf(row.OrganizationId), NotificationKinds.TimesheetAwaitingApproval,
            $"{row.FirstName} {row.LastName} submitted {week.TotalHours:0.##} hours for the week of {week.WeekStart:yyyy-MM-dd} ({row.PositionTitle}); it awaits your approval.",
            "/Client/Timesheets", ct);

    private async Task NotifyDecidedAsync(Row row, TimesheetWeek week, EngagementBurn before, CancellationToken ct)
    {
        var verdict = week.Status == TimesheetStatus.Approved ? "approved" : $"sent back ({week.RejectionReason})";
        var text = $"The timesheet for the week of {week.WeekStart:yyyy-MM-dd} ({row.PositionTitle}) was {verdict}.";
        var candidateUser = await db.Candidates.AsNoTracking().Where(c => c.Id == row.Placement.CandidateId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (candidateUser is { } cu) await notifications.NotifyAsync(cu, NotificationKinds.TimesheetDecided, text, "/Portal/Timesheets", ct);
        var recruiter = await db.Positions.AsNoTracking().Where(p => p.Id == row.Placement.PositionId).Select(p => p.RecruiterId).FirstOrDefaultAsync(ct);
        var staff = recruiter is { } r ? Audience.User(r) : Audience.Recruiters;
        await notifications.NotifyAsync(staff, NotificationKinds.TimesheetDecided, $"{row.FirstName} {row.LastName}: {text}", $"/Workspace/Engagements/{row.Engagement.Id}", ct);
        // A warning that was not there before is news: the firm and the client hear of it once.
        var after = await BurnAsync(row, ct);
        var fresh = after.Warnings.Where(w => before.Warnings.All(b => b.Kind != w.Kind)).ToList();
        foreach (var warning in fresh)
        {
            var message = $"{row.FirstName} {row.LastName} at {row.OrganizationName}: {warning.Message}";
            await notifications.NotifyAsync(staff, NotificationKinds.EngagementWarning, message, $"/Workspace/Engagements/{row.Engagement.Id}", ct);
            await notifications.NotifyAsync(Audience.HiringManagersOf(row.OrganizationId), NotificationKinds.EngagementWarning, message, "/Client/Timesheets", ct);
        }
    }

    private async Task RecordReadAsync(string action, Guid? id, string? details, CancellationToken ct)
    {
        audit.Record(action, nameof(Engagement), id, details);
        await db.SaveChangesAsync(ct);
    }
}
