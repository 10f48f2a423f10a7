namespace Shortlist.Parsing.Skills;

/// <summary>A normalized token and where it sits in the original text.</summary>
/// <param name="Value">Lower-case token text.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct Token(string Value, int Start, int End);

/// <summary>
/// Splits text into the tokens skill names are matched on: runs of letters and digits, with "+" and "#" kept on the
/// word before them ("C++", "C#") and dots kept inside words (".NET", "ASP.NET", "Node.js"). Hyphens, underscores,
/// spaces and other punctuation separate tokens, so "PMI-ACP" and "PMI ACP" match alike; "/" and "&amp;" are tokens.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (c == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                var start = i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) i++;
                    else if (d == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) i++;
                    else if (d is '+' or '#' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))) i++;
                    else break;
                }
                tokens.Add(new Token(text[start..i].ToLowerInvariant(), start, i));
            }
            else
            {
                if (c is '/' or '&') tokens.Add(new Token(c.ToString(), i, i + 1));
                i++;
            }
        }
        return tokens;
    }
}
