using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;

namespace Shortlist.Web.Features.SearchRequests;

/// <summary>
/// The search-request form as posted by a browser (the public page and the hiring managers' page share it). Lists are typed one
/// entry a line; must-haves and nice-to-haves are resolved against the taxonomy's names and aliases, and what matches nothing
/// is kept as free text. Suggestions the submitter kept arrive as "must:code" or "nice:code".
/// </summary>
public sealed class RequestForm
{
    [Required(ErrorMessage = "Give the role a title."), StringLength(200)] public string Title { get; set; } = "";
    [StringLength(100)] public string? RoleFamily { get; set; }
    [Required(ErrorMessage = "Choose the industry."), StringLength(100)] public string Industry { get; set; } = "";
    [StringLength(2_000)] public string? Deliverable { get; set; }
    public decimal? Budget { get; set; }
    public int? TeamSize { get; set; }
    [StringLength(200)] public string? Methodology { get; set; }
    [StringLength(4_000)] public string? Regulations { get; set; }
    [StringLength(4_000)] public string? Systems { get; set; }
    [StringLength(8_000)] public string? MustHaves { get; set; }
    [StringLength(8_000)] public string? NiceToHaves { get; set; }
    public double? MinimumYears { get; set; }
    [StringLength(100)] public string? City { get; set; }
    [StringLength(100)] public string? Region { get; set; }
    [StringLength(100)] public string? Country { get; set; }
    public WorkplaceMode Workplace { get; set; } = WorkplaceMode.Hybrid;
    public List<EngagementTypes> Engagement { get; set; } = [];
    public decimal? PayMinimum { get; set; }
    public decimal? PayMaximum { get; set; }
    public CompensationUnit PayUnit { get; set; } = CompensationUnit.Hourly;
    [StringLength(3)] public string? Currency { get; set; } = "USD";
    public DateOnly? StartDate { get; set; }
    public DateOnly? TargetShortlistDate { get; set; }
    public DateOnly? TargetFillDate { get; set; }
    public bool Confidential { get; set; }
    /// <summary>Suggested requirements the submitter kept, as "must:code" or "nice:code".</summary>
    public List<string> Keep { get; set; } = [];

    // Public form only.
    [StringLength(200)] public string? RequesterName { get; set; }
    [StringLength(254)] public string? RequesterEmail { get; set; }
    [StringLength(200)] public string? RequesterOrganization { get; set; }

    public static IReadOnlyList<string> SplitLines(string? text)
        => (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList();

    public bool Keeps(string importance, string code) => Keep.Contains($"{importance}:{code}", StringComparer.Ordinal);

    /// <summary>The form in the API's terms, with typed requirements resolved against the taxonomy.</summary>
    public SearchRequestInput ToInput(TaxonomyChoices choices)
    {
        var (mustCodes, mustText) = Resolve(MustHaves, choices);
        var (niceCodes, niceText) = Resolve(NiceToHaves, choices);
        foreach (var kept in Keep)
        {
            var parts = kept.Split(':', 2);
            if (parts.Length != 2) continue;
            (parts[0] == "must" ? mustCodes : niceCodes).Add(parts[1]); // unknown codes are refused by the service
        }
        var engagement = Engagement.Aggregate(EngagementTypes.None, (all, e) => all | e);
        Place? location = string.IsNullOrWhiteSpace(City) && string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(Country)
            ? null : new Place(Clean(City), Clean(Region), Clean(Country));
        Compensation? pay = PayMinimum is null && PayMaximum is null ? null
            : new Compensation(PayMinimum, PayMaximum, PayUnit, (Currency ?? "USD").Trim().ToUpperInvariant());
        return new SearchRequestInput(Title, Industry, Workplace, engagement, Clean(RoleFamily),
            new ProjectInput(Deliverable, Budget, TeamSize, Methodology, SplitLines(Regulations), SplitLines(Systems)),
            mustCodes.Distinct().ToList(), niceCodes.Distinct().ToList(), mustText, niceText, MinimumYears, location, pay,
            StartDate, TargetShortlistDate, TargetFillDate, Confidential);
    }

    public Requester ToRequester() => new(RequesterName ?? "", RequesterEmail ?? "", RequesterOrganization ?? "");

    private static (List<string> Codes, List<string> Text) Resolve(string? lines, TaxonomyChoices choices)
    {
        var codes = new List<string>();
        var text = new List<string>();
        foreach (var line in SplitLines(lines))
        {
            if (choices.Resolve(line) is { } code) codes.Add(code);
            else text.Add(line);
        }
        return (codes, text);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Copies a domain rule's message next to the field it is about (or to the top of the form).</summary>
    public static void AddError(ModelStateDictionary state, DomainRuleException e)
    {
        var key = e.Field switch
        {
            null => "",
            "project.budget" => "Form.Budget",
            "project.teamSize" => "Form.TeamSize",
            "compensation" => "Form.PayMinimum",
            "jobDescription" => "JobDescription",
            var f when f.StartsWith("requester.", StringComparison.Ordinal) => "Form.Requester" + char.ToUpperInvariant(f[10]) + f[11..],
            var f => "Form." + char.ToUpperInvariant(f[0]) + f[1..],
        };
        state.AddModelError(key, e.Message); // the summary at the top lists it too
    }
}

/// <summary>What the shared form partial needs.</summary>
public sealed record RequestFormView(RequestForm Form, TaxonomyChoices Choices, PlaybookSuggestions? Playbook,
    IReadOnlyList<RequirementSuggestion> FromJobDescription, bool IsPublic, string? Stamp, string Action);
