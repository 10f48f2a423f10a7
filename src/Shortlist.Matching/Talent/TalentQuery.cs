using System.Text;

namespace Shortlist.Matching.Talent;

/// <summary>A node of a parsed talent-search query.</summary>
public abstract record QueryNode
{
    /// <summary>The query written back in canonical form (upper-case operators, explicit AND, parentheses where needed).</summary>
    public abstract string ToCanonical();

    /// <summary>The terms that must or may match (not those under a NOT), for evidence and ranking.</summary>
    public abstract IEnumerable<TermNode> PositiveTerms();
}

/// <summary>A word or a quoted phrase, with its position in the query text.</summary>
public sealed record TermNode(string Text, bool Quoted, int Position) : QueryNode
{
    /// <inheritdoc />
    public override string ToCanonical() => Quoted || Text.Contains(' ') ? $"\"{Text}\"" : Text;

    /// <inheritdoc />
    public override IEnumerable<TermNode> PositiveTerms() => [this];
}

/// <summary>Every operand must match.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Operands) : QueryNode
{
    /// <inheritdoc />
    public override string ToCanonical() => string.Join(" AND ", Operands.Select(o => o is OrNode ? $"({o.ToCanonical()})" : o.ToCanonical()));

    /// <inheritdoc />
    public override IEnumerable<TermNode> PositiveTerms() => Operands.SelectMany(o => o.PositiveTerms());
}

/// <summary>At least one operand must match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Operands) : QueryNode
{
    /// <inheritdoc />
    public override string ToCanonical() => string.Join(" OR ", Operands.Select(o => o is AndNode ? $"({o.ToCanonical()})" : o.ToCanonical()));

    /// <inheritdoc />
    public override IEnumerable<TermNode> PositiveTerms() => Operands.SelectMany(o => o.PositiveTerms());
}

/// <summary>The operand must not match.</summary>
public sealed record NotNode(QueryNode Operand) : QueryNode
{
    /// <inheritdoc />
    public override string ToCanonical() => Operand is TermNode ? $"NOT {Operand.ToCanonical()}" : $"NOT ({Operand.ToCanonical()})";

    /// <inheritdoc />
    public override IEnumerable<TermNode> PositiveTerms() => [];
}

/// <summary>A query that cannot be parsed: what is wrong and where (a zero-based character position).</summary>
public sealed class TalentQueryException(string message, int position) : Exception(message)
{
    /// <summary>Zero-based position in the query text where the problem is.</summary>
    public int Position { get; } = position;
}

/// <summary>
/// Parses the boolean query language of talent search: words, "quoted phrases", AND, OR, NOT (upper case, or
/// <c>-term</c> for NOT), parentheses; terms side by side are joined by AND. NOT binds tighter than AND, AND tighter than OR:
/// <c>Epic AND (PMP OR PgMP) NOT contractor</c> is Epic, and PMP or PgMP, and not contractor.
/// </summary>
public static class TalentQueryParser
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 1_000;
    /// <summary>The most terms a query may hold.</summary>
    public const int MaxTerms = 40;
    /// <summary>The deepest nesting of parentheses.</summary>
    public const int MaxDepth = 10;

    private enum Kind { Word, Phrase, And, Or, Not, Open, Close, End }

    private readonly record struct Token(Kind Kind, string Text, int Position);

    /// <summary>Parses <paramref name="query"/>; null when it is empty or only white space.</summary>
    /// <exception cref="TalentQueryException">The query is malformed; the message names the problem and its position.</exception>
    public static QueryNode? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        if (query.Length > MaxLength) throw new TalentQueryException($"The query is longer than {MaxLength} characters.", MaxLength);
        var tokens = Tokenize(query);
        var terms = tokens.Count(t => t.Kind is Kind.Word or Kind.Phrase);
        if (terms > MaxTerms) throw new TalentQueryException($"The query has {terms} terms; at most {MaxTerms} are allowed.", tokens.Where(t => t.Kind is Kind.Word or Kind.Phrase).ElementAt(MaxTerms).Position);
        var parser = new Parser(tokens);
        var node = parser.ParseOr(0);
        var end = parser.Peek;
        if (end.Kind == Kind.Close) throw new TalentQueryException($"Unexpected ')' at position {end.Position + 1}: there is no '(' to close.", end.Position);
        if (end.Kind != Kind.End) throw new TalentQueryException($"Unexpected '{end.Text}' at position {end.Position + 1}.", end.Position);
        if (!node.PositiveTerms().Any()) throw new TalentQueryException("The query only excludes: add at least one term to look for (a NOT needs something to subtract from).", 0);
        return node;
    }

    /// <summary>Parses <paramref name="query"/>; false with the error when it is malformed.</summary>
    public static bool TryParse(string? query, out QueryNode? node, out TalentQueryException? error)
    {
        try { node = Parse(query); error = null; return true; }
        catch (TalentQueryException e) { node = null; error = e; return false; }
    }

    private static List<Token> Tokenize(string q)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < q.Length)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new(Kind.Open, "(", i)); i++; continue; }
            if (c == ')') { tokens.Add(new(Kind.Close, ")", i)); i++; continue; }
            if (c is '"' or '\u201C' or '\u201D')
            {
                var start = i;
                var close = q.IndexOfAny(['"', '\u201C', '\u201D'], i + 1);
                if (close < 0) throw new TalentQueryException($"The quote opened at position {start + 1} is not closed.", start);
                var text = Normalize(q[(i + 1)..close]);
                if (text.Length == 0) throw new TalentQueryException($"The quotes at position {start + 1} hold no words.", start);
                tokens.Add(new(Kind.Phrase, text, start));
                i = close + 1;
                continue;
            }
            if (c == '-' && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]) && (i == 0 || char.IsWhiteSpace(q[i - 1]) || q[i - 1] == '('))
            {
                tokens.Add(new(Kind.Not, "-", i)); i++; continue;
            }
            var from = i;
            var sb = new StringBuilder();
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')' or '"' or '\u201C' or '\u201D')) sb.Append(q[i++]);
            var word = sb.ToString();
            var kind = word switch { "AND" or "&&" => Kind.And, "OR" or "||" => Kind.Or, "NOT" => Kind.Not, _ => Kind.Word };
            if (kind == Kind.Word)
            {
                var text = Normalize(word);
                if (text.Length == 0) continue; // punctuation only, such as a lone comma
                tokens.Add(new(Kind.Word, text, from));
            }
            else tokens.Add(new(kind, word, from));
        }
        tokens.Add(new(Kind.End, "end of the query", q.Length));
        return tokens;
    }

    // Words as the index holds them, joined by single spaces.
    private static string Normalize(string text) => string.Join(' ', ProfileWords.Tokenize(text));

    private sealed class Parser(List<Token> tokens)
    {
        private int _at;

        public Token Peek => tokens[_at];

        private Token Next() => tokens[_at++];

        public QueryNode ParseOr(int depth)
        {
            var operands = new List<QueryNode> { ParseAnd(depth) };
            while (Peek.Kind == Kind.Or)
            {
                Next();
                operands.Add(ParseAnd(depth));
            }
            return operands.Count == 1 ? operands[0] : new OrNode(operands);
        }

        private QueryNode ParseAnd(int depth)
        {
            var operands = new List<QueryNode> { ParseUnary(depth) };
            while (true)
            {
                var t = Peek;
                if (t.Kind == Kind.And) { Next(); operands.Add(ParseUnary(depth)); continue; }
                if (t.Kind is Kind.Word or Kind.Phrase or Kind.Not or Kind.Open) { operands.Add(ParseUnary(depth)); continue; }
                break;
            }
            return operands.Count == 1 ? operands[0] : new AndNode(operands);
        }

        private QueryNode ParseUnary(int depth)
        {
            var t = Peek;
            if (t.Kind == Kind.Not)
            {
                Next();
                var operand = ParseUnary(depth);
                return operand is NotNode inner ? inner.Operand : new NotNode(operand);
            }
            return ParsePrimary(depth);
        }

        private QueryNode ParsePrimary(int depth)
        {
            var t = Next();
            switch (t.Kind)
            {
                case Kind.Word: return new TermNode(t.Text, false, t.Position);
                case Kind.Phrase: return new TermNode(t.Text, true, t.Position);
                case Kind.Open:
                    if (depth + 1 > MaxDepth) throw new TalentQueryException($"Parentheses are nested more than {MaxDepth} deep at position {t.Position + 1}.", t.Position);
                    if (Peek.Kind == Kind.Close) throw new TalentQueryException($"The parentheses at position {t.Position + 1} are empty.", t.Position);
                    var inner = ParseOr(depth + 1);
                    var close = Next();
                    if (close.Kind != Kind.Close)
                        throw new TalentQueryException($"The '(' at position {t.Position + 1} is not closed" + (close.Kind == Kind.End ? "." : $"; found '{close.Text}' at position {close.Position + 1}."), t.Position);
                    return inner;
                case Kind.End:
                    throw new TalentQueryException(_at > 1
                        ? $"The query ends after '{tokens[_at - 2].Text}': a term is missing at position {t.Position + 1}."
                        : "The query is empty.", t.Position);
                case Kind.Close:
                    throw new TalentQueryException($"Unexpected ')' at position {t.Position + 1}: a term is missing before it.", t.Position);
                default:
                    throw new TalentQueryException(_at > 1
                        ? $"A term is missing between '{tokens[_at - 2].Text}' and '{t.Text}' at position {t.Position + 1}."
                        : $"The query starts with '{t.Text}' at position {t.Position + 1}: a term is missing before it.", t.Position);
            }
        }
    }
}
