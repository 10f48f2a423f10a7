namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Pattern pieces for the names of months, shared by the readers' patterns. They are constants, so the patterns built from
/// them stay constants the source generator turns into code at build time.
/// </summary>
internal static class MonthPatterns
{
    /// <summary>A month written out or cut short, in any case once the pattern ignores it: "Jan", "January", "Sept.", "DEC".</summary>
    public const string Any = @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";

    /// <summary>A month's whole name or its usual short form and nothing longer: "Sept", "June", "Mar" (not "Marketing").</summary>
    public const string Name = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
}
