namespace Shortlist.Domain.Common;

/// <summary>A rate or salary band: amounts in one currency and unit.</summary>
public sealed record Compensation(decimal? Minimum, decimal? Maximum, CompensationUnit Unit, string Currency = "USD")
{
    /// <summary>Checks that the band is sensible.</summary>
    public Compensation Validated(string field)
    {
        Guard.NotNegative(Minimum, field);
        Guard.NotNegative(Maximum, field);
        Guard.Range(Minimum, Maximum, field);
        if (Currency is not { Length: 3 } || !Currency.All(char.IsAsciiLetterUpper))
            throw new DomainRuleException($"{field}: currency must be a three-letter ISO code such as USD.", field);
        return this;
    }
}

/// <summary>A place: free-text city and region, country, and coordinates when known.</summary>
public sealed record Place(string? City, string? Region, string? Country, double? Latitude = null, double? Longitude = null)
{
    /// <summary>Checks that coordinates, when given, are on the globe.</summary>
    public Place Validated(string field)
    {
        if (Latitude is < -90 or > 90 || Longitude is < -180 or > 180 || Latitude is double.NaN || Longitude is double.NaN)
            throw new DomainRuleException($"{field}: coordinates are out of range.", field);
        return this;
    }

    /// <summary>The place as people write it, e.g. "Boston, MA, US".</summary>
    public override string ToString() => string.Join(", ", new[] { City, Region, Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
