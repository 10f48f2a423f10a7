using System.Text.Json;
using System.Text.Json.Nodes;
using Shortlist.Domain.Common;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>The firm named as hiring organization on the public board (clients stay confidential).</summary>
public sealed class JobBoardOptions
{
    public const string Section = "JobBoard";
    public string HiringOrganization { get; set; } = "Shortlist";
    public string? HiringOrganizationUrl { get; set; }
}

/// <summary>schema.org JobPosting for Google for Jobs.</summary>
public static class JobPostingLd
{
    /// <summary>
    /// The JSON for a script element. The default encoder escapes &lt;, &gt; and &amp; as \u003C…, so text such as
    /// "&lt;/script&gt;" in a description cannot end the element.
    /// </summary>
    public static string Json(JobDetail job, string url, JobBoardOptions firm)
    {
        var org = new JsonObject { ["@type"] = "Organization", ["name"] = firm.HiringOrganization };
        if (!string.IsNullOrWhiteSpace(firm.HiringOrganizationUrl)) org["sameAs"] = firm.HiringOrganizationUrl;
        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = job.Title,
            ["description"] = Shared.RichText.Plain(job.Description),
            ["datePosted"] = job.PostedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["validThrough"] = job.ValidThrough.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["hiringOrganization"] = org,
            ["employmentType"] = new JsonArray(EmploymentTypes(job.Engagement).Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = firm.HiringOrganization, ["value"] = job.Id.ToString() },
            ["directApply"] = true,
            ["url"] = url,
            ["industry"] = job.Industry,
        };
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["addressLocality"] = job.Location?.City,
                ["addressRegion"] = job.Location?.Region,
                ["addressCountry"] = job.Location?.Country,
            },
        };
        if (job.Workplace == WorkplaceMode.Remote)
        {
            ld["jobLocationType"] = "TELECOMMUTE";
            ld["applicantLocationRequirements"] = new JsonObject { ["@type"] = "Country", ["name"] = job.Location?.Country ?? "US" };
        }
        else ld["jobLocation"] = place;
        if (job.Pay is { } pay && (pay.Minimum ?? pay.Maximum) is not null)
        {
            var value = new JsonObject { ["@type"] = "QuantitativeValue", ["unitText"] = pay.Unit == CompensationUnit.Hourly ? "HOUR" : "YEAR" };
            if (pay.Minimum is { } min) value["minValue"] = min;
            if (pay.Maximum is { } max) value["maxValue"] = max;
            ld["baseSalary"] = new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = pay.Currency, ["value"] = value };
        }
        return ld.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static IEnumerable<string> EmploymentTypes(EngagementTypes e)
    {
        if (e.HasFlag(EngagementTypes.Contract) || e.HasFlag(EngagementTypes.ContractToHire)) yield return "CONTRACTOR";
        if (e.HasFlag(EngagementTypes.Permanent) || e.HasFlag(EngagementTypes.ContractToHire)) yield return "FULL_TIME";
        if (e == EngagementTypes.None) yield return "OTHER";
    }
}
