using Shortlist.Parsing.Taxonomy;
using Shortlist.Web.Seeding;

namespace Shortlist.Web.Tests.Features;

/// <summary>The demo data and the curated taxonomy share one database: every code the demo uses must be a curated entry of the same category.</summary>
public sealed class TaxonomyCoverageTests
{
    private static readonly TaxonomyCatalog Curated = TaxonomyCatalog.Embedded;

    /// <summary>Every taxonomy code DemoCatalog names: its entries and what its role families, industries and renewals refer to.</summary>
    private static IEnumerable<(string Code, string Where)> DemoCodes()
    {
        foreach (var t in DemoCatalog.Taxonomy) yield return (t.Code, "Taxonomy");
        foreach (var t in DemoCatalog.Taxonomy.Where(t => t.Parent is not null)) yield return (t.Parent!, $"parent of {t.Code}");
        foreach (var f in DemoCatalog.RoleFamilies)
        {
            yield return (f.Code, "RoleFamilies");
            if (f.Feeder is not null) yield return (f.Feeder, $"feeder of {f.Code}");
            foreach (var code in f.CoreSkills.Concat(f.Tools).Concat(f.Certifications.Select(c => c.Code))) yield return (code, $"role family {f.Code}");
        }
        foreach (var i in DemoCatalog.Industries)
        {
            yield return (i.Code, "Industries");
            foreach (var code in i.Playbook.Concat(i.Themes.SelectMany(t => t.Codes))) yield return (code, $"industry {i.Code}");
        }
        foreach (var code in DemoCatalog.RenewalYears.Keys) yield return (code, "RenewalYears");
    }

    [Fact]
    public void EveryDemoCode_IsACuratedEntryOfTheSameCategory()
    {
        var codes = DemoCodes().ToList();
        var problems = codes
            .Select(c => (c.Code, c.Where, Demo: DemoCatalog.CategoryOf(c.Code), Curated: Curated.Find(c.Code)))
            .Where(c => c.Curated is null || c.Curated.Code != c.Code || c.Curated.Category != c.Demo)
            .Select(c => c.Curated is null ? $"{c.Code} ({c.Where}) is missing" : $"{c.Code} ({c.Where}) is {c.Curated.Category}, the demo says {c.Demo}")
            .Distinct()
            .ToList();

        Assert.True(codes.Select(c => c.Code).Distinct().Count() >= DemoCatalog.Taxonomy.Count, "the demo codes were not all collected");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryDemoIndustry_HasACuratedPlaybook()
        => Assert.All(DemoCatalog.Industries, i => Assert.NotNull(Curated.PlaybookOf(i.Code)));
}
