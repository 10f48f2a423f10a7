namespace Shortlist.Domain.Common;

/// <summary>Thrown when an operation would break a rule of the domain; the host maps it to a 422 ProblemDetails.</summary>
public sealed class DomainRuleException : Exception
{
    /// <summary>Creates the exception with the rule that was broken, phrased for the person who asked.</summary>
    public DomainRuleException(string message, string? field = null) : base(message) => Field = field;

    /// <summary>The input field the rule concerns, when there is one.</summary>
    public string? Field { get; }
}
