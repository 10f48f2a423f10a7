using System.Text.RegularExpressions;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Activities;

/// <summary>An e-mail template with placeholders such as <c>{{candidate.firstName}}</c> filled from the records when it is sent.</summary>
public sealed partial class MessageTemplate : Entity
{
    /// <summary>The placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
    [
        "candidate.firstName", "candidate.lastName", "candidate.fullName", "position.title", "organization.name", "recruiter.name",
    ];

    private MessageTemplate() { Name = ""; Subject = ""; Body = ""; }

    /// <summary>Creates a template; unknown placeholders are refused.</summary>
    public MessageTemplate(string name, string subject, string body, DateTimeOffset now)
    {
        Name = ""; Subject = ""; Body = "";
        Change(name, subject, body, now);
    }

    /// <summary>What recruiters pick it by.</summary>
    public string Name { get; private set; }
    /// <summary>The subject line, with placeholders.</summary>
    public string Subject { get; private set; }
    /// <summary>The text, with placeholders.</summary>
    public string Body { get; private set; }

    /// <summary>Changes the template; unknown placeholders are refused.</summary>
    public void Change(string name, string subject, string body, DateTimeOffset now)
    {
        var n = Guard.Text(name, "name", 100);
        var s = Guard.Text(subject, "subject", 200);
        var b = Guard.Text(body, "body", 10_000);
        var unknown = PlaceholderPattern().Matches(s + "\n" + b).Select(m => m.Groups[1].Value).FirstOrDefault(p => !Placeholders.Contains(p));
        if (unknown is not null) throw new DomainRuleException($"Unknown placeholder {{{{{unknown}}}}}; use one of {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}.", "body");
        (Name, Subject, Body) = (n, s, b);
        Touch(now);
    }

    /// <summary>The placeholders the subject and body use, each once, in order of appearance.</summary>
    public IReadOnlyList<string> PlaceholdersUsed()
        => [.. PlaceholderPattern().Matches(Subject + "\n" + Body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The subject and body with every placeholder replaced by its value (an empty text when the record has none).</summary>
    public (string Subject, string Body) Render(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string Fill(string text) => PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : "");
        return (Fill(Subject), Fill(Body));
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*\}\}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PlaceholderPattern();
}
