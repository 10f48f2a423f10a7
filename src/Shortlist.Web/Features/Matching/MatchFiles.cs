using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Text;
using Shortlist.Web.Features.Resumes;

namespace Shortlist.Web.Features.Matching;

/// <summary>The position file format: what a position says, with requirements by taxonomy code (see docs/matching.md).</summary>
public sealed record PositionSpec
{
    public string? Title { get; init; }
    public string? Industry { get; init; }
    public string? Description { get; init; }
    public PlaceSpec? Location { get; init; }
    public double? RadiusKm { get; init; }
    public WorkplaceMode? Workplace { get; init; }
    public IReadOnlyList<EngagementTypes>? Engagement { get; init; }
    public Compensation? Compensation { get; init; }
    public bool RequiresWorkAuthorization { get; init; }
    public DateOnly? StartDate { get; init; }
    public IReadOnlyList<RequirementSpec> Requirements { get; init; } = [];
}

/// <summary>A place with optional coordinates.</summary>
public sealed record PlaceSpec(string? City, string? Region, string? Country, double? Latitude, double? Longitude);

/// <summary>A requirement in a position file.</summary>
public sealed record RequirementSpec(string TaxonomyCode, string? Label, Importance Importance = Importance.Strong, double Weight = 1, double? MinimumYears = null, int? RecencyYears = null);

/// <summary>A position read from a file: its title, description and the query it makes.</summary>
public sealed record PositionFile(string Name, string Title, string? Description, MatchQuery Query);

/// <summary>Reads résumé and position files into what the engine takes, for the file-based verbs.</summary>
public static class MatchFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    public static readonly string[] ResumeExtensions = [".pdf", ".docx", ".txt", ".json"];

    /// <summary>A position file: a position JSON document, or a posting (PDF, DOCX, text) whose requirements are parsed.</summary>
    public static PositionFile ReadPosition(string path, PostingParser postings, DateOnly today)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var bytes = Shortlist.Web.Cli.InputFiles.ReadLimited(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            PositionSpec spec;
            try { spec = JsonSerializer.Deserialize<PositionSpec>(bytes, Json) ?? throw new ParseException(ParseProblem.Corrupt, "the file is empty"); }
            catch (JsonException e) { throw new ParseException(ParseProblem.Corrupt, $"not a position JSON document ({e.Message})"); }
            return new PositionFile(name, spec.Title ?? name, spec.Description, QueryOf(spec, today));
        }
        var text = TextExtractor.Extract(bytes, Path.GetFileName(path));
        var parsed = postings.Parse(text);
        // A posting's soft skills ("communication", "collaboration") are rarely written in a résumé: they count, but never filter.
        var catalog = Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded;
        var requirements = parsed.Requirements.Select(MatchRequirement.From)
            .Select(r => r.Importance == Importance.Must && catalog.Find(r.Code)?.Category == Shortlist.Domain.Taxonomy.TaxonomyCategory.SoftSkill ? r with { Importance = Importance.Nice } : r)
            .ToList();
        var industry = parsed.Industry is { } i ? catalog.Find(i.ToLowerInvariant())?.Code ?? catalog.FindByName(i)?.Code : null;
        return new PositionFile(name, parsed.Title ?? name, text.Text, new MatchQuery
        {
            Requirements = requirements,
            Industry = industry,
            Today = today,
            Constraints = new MatchConstraints
            {
                Workplace = parsed.Workplace ?? WorkplaceMode.Hybrid,
                Engagement = parsed.Engagement,
                MaxHourlyRate = CandidateDocument.HourlyOf(parsed.Compensation, upper: true),
            },
        });
    }

    /// <summary>The query a position file makes.</summary>
    public static MatchQuery QueryOf(PositionSpec spec, DateOnly today)
    {
        var remote = spec.Workplace == WorkplaceMode.Remote;
        var engagement = (spec.Engagement ?? []).Aggregate(EngagementTypes.None, (a, e) => a | e);
        return new MatchQuery
        {
            Requirements = [.. spec.Requirements.Select(r => new MatchRequirement(r.TaxonomyCode.Trim().ToLowerInvariant(), r.Label ?? r.TaxonomyCode, r.Importance, r.Weight, r.MinimumYears, r.RecencyYears))],
            Industry = spec.Industry,
            Today = today,
            Constraints = new MatchConstraints
            {
                Latitude = remote ? null : spec.Location?.Latitude,
                Longitude = remote ? null : spec.Location?.Longitude,
                RadiusKm = remote ? null : spec.RadiusKm,
                Workplace = spec.Workplace ?? WorkplaceMode.Hybrid,
                Engagement = engagement,
                MaxHourlyRate = CandidateDocument.HourlyOf(spec.Compensation, upper: true),
                MinHourlyRate = spec.Compensation?.Minimum is null ? null : CandidateDocument.HourlyOf(spec.Compensation),
                AvailableBy = spec.StartDate,
                RequiresWorkAuthorization = spec.RequiresWorkAuthorization,
            },
        };
    }

    /// <summary>
    /// A candidate from a résumé file. Preferences (workplace, engagement, rate, availability, authorization, coordinates)
    /// are what a candidate states in the portal, not in a résumé: they are read from <c>meta.shortlist</c> of the file, or of
    /// a JSON Resume file with the same name beside it.
    /// </summary>
    public static Candidate ReadCandidate(string path, ResumeParser parser, DateOnly today, DateTimeOffset now)
    {
        var bytes = Shortlist.Web.Cli.InputFiles.ReadLimited(path);
        var text = TextExtractor.Extract(bytes, Path.GetFileName(path));
        var parsed = parser.Parse(text, today);
        var profile = ResumeIntake.ToProfile(parsed);
        var candidate = new Candidate(profile.FirstName ?? "Unnamed", profile.LastName ?? "Candidate", profile.Email ?? "unknown@example.com", now);
        candidate.ApplyParsed(profile, now);
        var sidecar = Path.ChangeExtension(path, ".json");
        if (File.Exists(sidecar) && Preferences(Shortlist.Web.Cli.InputFiles.ReadLimited(sidecar)) is var (preferences, latitude, longitude))
        {
            candidate.SetPreferences(preferences, now);
            if (latitude is not null && longitude is not null)
            {
                var place = candidate.Location ?? new Place(null, null, null);
                candidate.SetContact(candidate.FirstName, candidate.LastName, candidate.Email, candidate.Phone, place with { Latitude = latitude, Longitude = longitude }, now);
            }
        }
        return candidate;
    }

    private sealed record PreferencesSpec(WorkplaceMode? Workplace, IReadOnlyList<EngagementTypes>? Engagement, Compensation? Rate, DateOnly? AvailableFrom,
        WorkAuthorization? Authorization, double? Latitude, double? Longitude);

    private static (Preferences, double?, double?)? Preferences(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            if (!document.RootElement.TryGetProperty("meta", out var meta) || !meta.TryGetProperty("shortlist", out var shortlist)) return null;
            var spec = shortlist.Deserialize<PreferencesSpec>(Json);
            if (spec is null) return null;
            var engagement = (spec.Engagement ?? []).Aggregate(EngagementTypes.None, (a, e) => a | e);
            var preferences = new Preferences(spec.Workplace ?? WorkplaceMode.Hybrid, engagement == EngagementTypes.None ? Shortlist.Domain.Candidates.Preferences.None.Engagement : engagement,
                spec.Rate, spec.AvailableFrom, spec.Authorization ?? WorkAuthorization.Unknown).Validated();
            return (preferences, spec.Latitude, spec.Longitude);
        }
        catch (JsonException) { return null; }
        catch (DomainRuleException) { return null; }
    }

    /// <summary>The day given with --today, or today.</summary>
    public static DateOnly Today(IReadOnlyDictionary<string, string> options, DateOnly fallback)
        => options.TryGetValue("--today", out var t) ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture) : fallback;
}
