namespace Shortlist.Parsing.Text;

/// <summary>Why a file could not be parsed.</summary>
public enum ParseProblem
{
    /// <summary>The file is larger than the limit, or expands beyond it.</summary>
    TooLarge,
    /// <summary>The file holds no text.</summary>
    Empty,
    /// <summary>The file is protected by a password.</summary>
    Encrypted,
    /// <summary>The file is damaged or is not what its name says.</summary>
    Corrupt,
    /// <summary>The format is not one the parser reads.</summary>
    UnsupportedType,
    /// <summary>The file has too many pages, parts or objects.</summary>
    TooComplex,
    /// <summary>Reading the file took longer than the time budget.</summary>
    Timeout,
}

/// <summary>Thrown when a file cannot be turned into text; the message is one line, fit to show to the person who uploaded it.</summary>
public sealed class ParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParseException(ParseProblem problem, string message, Exception? inner = null) : base(message, inner) => Problem = problem;

    /// <summary>What went wrong.</summary>
    public ParseProblem Problem { get; }

    /// <summary>A stable code for the problem, e.g. "too-large".</summary>
    public string Code => Problem switch
    {
        ParseProblem.TooLarge => "too-large",
        ParseProblem.Empty => "empty",
        ParseProblem.Encrypted => "encrypted",
        ParseProblem.Corrupt => "corrupt",
        ParseProblem.UnsupportedType => "unsupported-type",
        ParseProblem.TooComplex => "too-complex",
        _ => "timeout",
    };
}
