using System.Globalization;
using System.Text;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Web.Seeding;

public sealed partial class DemoDataGenerator
{
    private static readonly Dictionary<string, string> CodeByName =
        DemoCatalog.Taxonomy.ToDictionary(t => t.Name, t => t.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Builds requirements the way a recruiter starts from the industry playbook: the role family and the project's
    /// own platforms and regulations as must-haves, the family's core skills as strong or nice, a certification,
    /// and a few playbook extras. Weights follow importance so that scores spread.
    /// </summary>
    private static List<Requirement> Requirements(DemoRandom r, IndustrySeed industry, RoleFamilySeed family, int level, ProjectTheme theme, string country)
    {
        var list = new List<Requirement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        Add(family.Code, Importance.Must, level switch { 0 => 1, 1 => 3, 2 => 5, _ => 8 });
        Add(industry.Code, r.Chance(0.35) ? Importance.Must : Importance.Strong, r.Next(1, 2 + level));
        for (var i = 0; i < theme.Codes.Count; i++)
        {
            var code = theme.Codes[i];
            var category = DemoCatalog.CategoryOf(code);
            var importance = i == 0 || (i == 1 && r.Chance(0.5)) ? Importance.Must : r.Chance(0.7) ? Importance.Strong : Importance.Nice;
            double? years = category == TaxonomyCategory.Platform && importance != Importance.Nice && r.Chance(0.6) ? r.Next(1, 3) : null;
            int? recency = category is TaxonomyCategory.Platform or TaxonomyCategory.Tool && r.Chance(0.5) ? r.Next(3, 5) : null;
            Add(code, importance, years, recency);
        }

        var uk = country == "GB";
        var certifications = family.Certifications.OrderByDescending(c => uk ? c.ProbabilityInUk ?? c.Probability : c.Probability).ToList();
        if (certifications.Count > 0 && r.Chance(0.8))
        {
            var certification = certifications[r.Chance(0.75) ? 0 : Math.Min(1, certifications.Count - 1)];
            Add(certification.Code, r.Weighted([Importance.Must, Importance.Strong, Importance.Nice], i => i == Importance.Strong ? 40 : 30));
        }
        if (CodeByName.TryGetValue(theme.Methodology, out var methodology))
            Add(methodology, r.Chance(0.5) ? Importance.Strong : Importance.Nice);
        foreach (var code in r.Sample(family.CoreSkills, r.Next(2, 4)))
            Add(code, r.Chance(0.4) ? Importance.Strong : Importance.Nice);
        foreach (var code in r.Sample(industry.Playbook, r.Next(1, 3)))
            Add(code, Importance.Nice);
        Add(r.Pick(family.Tools), Importance.Nice);
        return list;

        void Add(string code, Importance importance, double? minimumYears = null, int? recencyYears = null)
        {
            if (!seen.Add(code)) return;
            var weight = importance switch
            {
                Importance.Must => r.Next(8, 10) / 2.0,
                Importance.Strong => r.Next(5, 8) / 2.0,
                _ => r.Next(1, 3) / 2.0,
            };
            list.Add(new Requirement(code, DemoCatalog.NameOf(code), importance, weight, minimumYears, recencyYears));
        }
    }

    private string Description(PositionSpec s, DemoClient client)
    {
        var r = _positions;
        var ci = CultureInfo.InvariantCulture;
        var role = s.Title[..s.Title.IndexOf(" – ", StringComparison.Ordinal)];
        var text = new StringBuilder(1_500);
        var article = "AEIOU".Contains(char.ToUpperInvariant(role[0]), StringComparison.Ordinal) ? "an" : "a";
        text.Append(ci, $"{client.Organization.Name} ({s.Industry.Name.ToLowerInvariant()}) is looking for {article} {role} to deliver {s.Theme.Deliverable}. ");
        text.Append(ci, $"The project has a budget of about {Money(s.ProjectBudget, s.Currency)} and a team of around {s.TeamSize} people, ");
        text.Append(ci, $"run as {s.Theme.Methodology.ToLowerInvariant()}.\n\nWhat you will do\n");
        foreach (var duty in r.Sample(s.Family.Duties, 3)) text.Append(ci, $"- {duty}\n");

        text.Append("\nWhat you bring\n");
        foreach (var group in s.Requirements.GroupBy(q => q.Importance).OrderBy(g => g.Key))
        {
            var heading = group.Key switch { Importance.Must => "Required", Importance.Strong => "Strongly preferred", _ => "Nice to have" };
            var items = group.Select(q => q.MinimumYears is { } y ? string.Create(ci, $"{q.Label} ({y:0}+ years)") : q.Label);
            text.Append(ci, $"- {heading}: {string.Join(", ", items)}\n");
        }

        text.Append("\nWhere and how\n");
        var where = s.City is null ? $"Remote within {CountryName(client.City.Country)}"
            : s.Workplace == WorkplaceMode.Hybrid ? $"Hybrid, {r.Next(2, 3)} days a week in {s.City.Name}, {s.City.Region}"
            : $"On site in {s.City.Name}, {s.City.Region}";
        text.Append(ci, $"- {where}\n");
        var engagement = s.Engagement switch
        {
            EngagementTypes.Permanent => "Permanent, full time",
            EngagementTypes.ContractToHire => string.Create(ci, $"Contract-to-hire, converting after {r.Next(3, 6)} months"),
            _ => string.Create(ci, $"Contract, {r.Next(6, 18)} months with likely extension"),
        };
        var pay = s.Unit == CompensationUnit.Annual
            ? string.Create(ci, $"{Symbol(s.Currency)}{s.MinPay:#,0}–{Symbol(s.Currency)}{s.MaxPay:#,0} {s.Currency} per year plus bonus")
            : string.Create(ci, $"{Symbol(s.Currency)}{s.MinPay:0}–{Symbol(s.Currency)}{s.MaxPay:0} {s.Currency} per hour");
        text.Append(ci, $"- {engagement}; {pay}\n");
        text.Append(ci, $"- Start: {s.StartDate.ToString("MMMM d, yyyy", ci)}\n");
        if (s.RequiresAuthorization) text.Append(ci, $"- Candidates must be authorized to work in {CountryName((s.City ?? client.City).Country)}; no sponsorship.\n");
        return text.ToString();
    }

    private static string Symbol(string currency) => currency switch { "CAD" => "C$", "GBP" => "£", _ => "$" };

    private static string CountryName(string country) => country switch { "CA" => "Canada", "GB" => "the UK", _ => "the US" };
}
