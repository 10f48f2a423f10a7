namespace Shortlist.Domain.Common;

/// <summary>Small checks shared by the entities; each throws <see cref="DomainRuleException"/>.</summary>
public static class Guard
{
    /// <summary>Requires non-blank text no longer than <paramref name="max"/> and returns it trimmed.</summary>
    public static string Text(string? value, string field, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainRuleException($"{field} is required.", field);
        var trimmed = value.Trim();
        if (trimmed.Length > max) throw new DomainRuleException($"{field} must be at most {max} characters.", field);
        return trimmed;
    }

    /// <summary>Returns null for blank text, else the trimmed text no longer than <paramref name="max"/>.</summary>
    public static string? OptionalText(string? value, string field, int max = 200)
        => string.IsNullOrWhiteSpace(value) ? null : Text(value, field, max);

    /// <summary>Requires a plausible e-mail address and returns it trimmed.</summary>
    public static string Email(string? value, string field = "email")
    {
        var text = Text(value, field, 254);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Contains(' ', StringComparison.Ordinal))
            throw new DomainRuleException($"{field} is not a valid e-mail address.", field);
        return text;
    }

    /// <summary>Requires a value that is not negative.</summary>
    public static T NotNegative<T>(T value, string field) where T : System.Numerics.INumber<T>
        => value < T.Zero ? throw new DomainRuleException($"{field} must not be negative.", field)
        : !T.IsFinite(value) ? throw new DomainRuleException($"{field} must be a finite number.", field)
        : value;

    /// <summary>Requires an optional value that is not negative when present.</summary>
    public static T? NotNegative<T>(T? value, string field) where T : struct, System.Numerics.INumber<T>
        => value is { } v ? NotNegative(v, field) : null;

    /// <summary>Requires an optional range whose low end is not above its high end.</summary>
    public static void Range<T>(T? low, T? high, string field) where T : struct, IComparable<T>
    {
        if (low is { } l && high is { } h && l.CompareTo(h) > 0)
            throw new DomainRuleException($"{field}: the lower bound is above the upper bound.", field);
    }
}
