using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Text;
using Shortlist.Web.Features.Files;

namespace Shortlist.Web.Features.Resumes;

public sealed class ParsingOptions
{
    public const string Section = "Parsing";
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public int TimeBudgetSeconds { get; set; } = 10;

    public ParseLimits Limits => new(MaxBytes: MaxFileBytes, TimeBudget: TimeSpan.FromSeconds(TimeBudgetSeconds));
}

/// <summary>A résumé file on its way into the talent pool: read with limits, parsed against the taxonomy, stored with its candidate.</summary>
public sealed class ResumeIntake(ShortlistDbContext db, FileStore files, SkillMatcherCache skills, IOptions<ParsingOptions> options, TimeProvider clock)
{
    public sealed record Upload(byte[] Content, string FileName, string ContentType);

    /// <summary>Reads an uploaded form file within the size limit; a bad upload is a <see cref="ParseException"/>.</summary>
    public async Task<Upload> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) throw new ParseException(ParseProblem.Empty, "Attach the file as the form field 'file'.");
        if (file.Length == 0) throw new ParseException(ParseProblem.Empty, "The file is empty.");
        if (file.Length > options.Value.MaxFileBytes) throw new ParseException(ParseProblem.TooLarge, $"The file is larger than {options.Value.MaxFileBytes / (1024 * 1024)} MB.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new Upload(buffer.ToArray(), file.FileName, file.ContentType ?? "application/octet-stream");
    }

    /// <summary>The candidate's stored résumé as an upload to parse again, or null when there is none.</summary>
    public async Task<Upload?> StoredAsync(Candidate candidate, CancellationToken ct)
        => candidate.ResumeFileId is { } id && await files.FindAsync(id, ct) is { } stored ? new Upload(stored.Content, stored.FileName, stored.ContentType) : null;

    /// <summary>The stored résumé of a candidate the caller may see (the query is already scoped), or null.</summary>
    public async Task<Shortlist.Data.Files.StoredFile?> ResumeFileAsync(IQueryable<Candidate> visible, Guid candidateId, CancellationToken ct)
        => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                visible.Where(c => c.Id == candidateId).Select(c => c.ResumeFileId), ct) is { } id ? await files.FindAsync(id, ct) : null;

    /// <summary>Extracts and parses off the request thread, within the time budget.</summary>
    public async Task<(ExtractedText Text, ParsedResume Parsed)> ParseAsync(Upload upload, CancellationToken ct)
    {
        var matcher = await skills.GetAsync(db, ct);
        var limits = options.Value.Limits;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.Budget + TimeSpan.FromSeconds(1));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await Task.Run(() =>
        {
            var text = TextExtractor.Extract(upload.Content, upload.FileName, limits, budget.Token);
            return (text, new ResumeParser(matcher).Parse(text, today, limits, budget.Token));
        }, budget.Token);
    }

    /// <summary>Stores the file and fills the candidate's profile from it; corrected fields keep their values. The caller saves.</summary>
    public async Task AttachAsync(Candidate candidate, Upload upload, ExtractedText text, ParsedResume parsed, CancellationToken ct)
    {
        var stored = await files.AddAsync(upload.Content, upload.FileName, upload.ContentType, ct);
        var now = clock.GetUtcNow();
        candidate.AttachResume(stored.Id, text.Text, now);
        candidate.ApplyParsed(ToProfile(parsed), now);
    }

    /// <summary>The parsed résumé in the domain's terms: the last word of the name is the family name.</summary>
    public static ResumeProfile ToProfile(ParsedResume parsed)
    {
        var names = (parsed.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? first = names.Length > 1 ? string.Join(' ', names[..^1]) : names.FirstOrDefault();
        string? last = names.Length > 1 ? names[^1] : null;
        return new ResumeProfile(
            Trim(first, 100), Trim(last, 100), IsEmail(parsed.Email) ? parsed.Email : null, Trim(parsed.Phone, 40), parsed.Location,
            Trim(parsed.Headline, 200), Trim(parsed.Summary, 5_000), parsed.Links.Where(l => l.Length <= 500).Take(20).ToList(),
            Valid(parsed.ProfileRoles(), r => r.Validated()).Take(100).ToList(),
            parsed.Education.Where(e => !string.IsNullOrWhiteSpace(e.Institution) && e.Year is null or (>= 1940 and <= 2200))
                .Select(e => new ProfileEducation(Trim(e.Institution, 200)!, Trim(e.Degree, 200), Trim(e.Field, 200), e.Year)).Take(30).ToList(),
            Valid(parsed.Skills, s => s.Validated()).DistinctBy(s => s.TaxonomyCode).Take(500).ToList(),
            Valid(parsed.Certifications, c => c.Validated()).DistinctBy(c => c.TaxonomyCode).ToList(),
            Valid(parsed.Industries, i => i.Validated()).DistinctBy(i => i.Industry.ToLowerInvariant()).ToList(),
            Valid(parsed.TrackRecord, p => p.Validated()).Take(100).ToList());
    }

    // A parser guesses; what the domain would refuse (an end before a start, a year out of range) is dropped, not an error for the uploader.
    private static IEnumerable<T> Valid<T>(IEnumerable<T> items, Func<T, T> validate)
    {
        foreach (var item in items)
        {
            T checkedItem;
            try { checkedItem = validate(item); }
            catch (DomainRuleException) { continue; }
            yield return checkedItem;
        }
    }

    private static string? Trim(string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : value.Length > max ? value[..max].Trim() : value.Trim();

    private static bool IsEmail(string? value)
    {
        try { return value is not null && Guard.Email(value) == value; }
        catch (DomainRuleException) { return false; }
    }
}
