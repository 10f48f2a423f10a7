using Shortlist.Domain.Common;

namespace Shortlist.Domain.Organizations;

/// <summary>A client organization the firm places people with.</summary>
public sealed class Organization : Entity
{
    private Organization() { Name = ""; Industry = ""; }

    /// <summary>Creates an organization.</summary>
    public Organization(string name, string industry, DateTimeOffset now, string? website = null, bool blindReview = false)
    {
        Name = ""; Industry = "";
        Update(name, industry, website, blindReview, now);
    }

    /// <summary>The organization's name.</summary>
    public string Name { get; private set; }
    /// <summary>Its main industry (healthcare, financial services, retail, …).</summary>
    public string Industry { get; private set; }
    /// <summary>Its web site.</summary>
    public string? Website { get; private set; }
    /// <summary>When true, its hiring managers review shortlists without names and contact details first.</summary>
    public bool BlindReview { get; private set; }

    /// <summary>Changes the organization's details.</summary>
    public void Update(string name, string industry, string? website, bool blindReview, DateTimeOffset now)
    {
        (Name, Industry, Website) = (Guard.Text(name, "name"), Guard.Text(industry, "industry", 100), Guard.OptionalText(website, "website", 300));
        BlindReview = blindReview;
        Touch(now);
    }
}
