using Shortlist.Domain.Taxonomy;

namespace Shortlist.Parsing.Skills;

/// <summary>A taxonomy term found in text.</summary>
/// <param name="Code">The term's code.</param>
/// <param name="Start">Offset of the mention in the text.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Text">The mention as written.</param>
public sealed record SkillMention(string Code, int Start, int Length, string Text);

/// <summary>
/// Finds mentions of taxonomy terms (canonical names and aliases) in text: case-insensitive, on word boundaries, the
/// longest match first, in one pass over the tokens with a trie of token sequences (no regular expression per term).
/// </summary>
public sealed class SkillMatcher
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Node, int Token), int> _edges = [];
    private readonly List<string?> _codeAtNode = [null];
    private readonly Dictionary<string, TaxonomyTerm> _terms = new(StringComparer.Ordinal);
    // Nodes reached by an alias read only as written ("=Epic"): the words as written, and the code.
    private readonly Dictionary<int, (string[] Words, string Code)> _exactAtNode = [];
    // Names read as another term beside the terms listed ("~Oracle|relational-databases|sql"): by the name's words.
    private readonly Dictionary<string, List<(string Code, IReadOnlyList<string> Contexts)>> _contextual = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contextualFirst = new(StringComparer.Ordinal);

    /// <summary>Builds the matcher; a name claimed by two terms goes to the first.</summary>
    public SkillMatcher(IEnumerable<TaxonomyTerm> terms)
    {
        foreach (var term in terms)
        {
            var code = term.Code.Trim().ToLowerInvariant();
            if (!_terms.TryAdd(code, term)) continue;
            Add(term.Name, code);
            foreach (var alias in term.Aliases)
            {
                if (TaxonomyTerm.IsExact(alias)) AddExact(TaxonomyTerm.Surface(alias), code);
                else if (TaxonomyTerm.IsContextual(alias)) AddContextual(alias, code);
                else Add(alias, code);
            }
        }
    }

    /// <summary>Every term, by code.</summary>
    public IReadOnlyDictionary<string, TaxonomyTerm> Terms => _terms;

    /// <summary>The term with <paramref name="code"/>, or null.</summary>
    public TaxonomyTerm? Find(string code) => _terms.GetValueOrDefault(code.Trim().ToLowerInvariant());

    /// <summary>The mentions in <paramref name="text"/>, left to right, never overlapping.</summary>
    public List<SkillMention> Match(string text) => Match(text, Tokenizer.Tokenize(text));

    /// <summary>The mentions in already tokenized text.</summary>
    public List<SkillMention> Match(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<SkillMention>();
        List<(int Index, string Words)>? contextual = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var node = 0;
            var bestEnd = -1;
            string? bestCode = null;
            for (var j = i; j < tokens.Count; j++)
            {
                if (!_vocabulary.TryGetValue(tokens[j].Value, out var id) || !_edges.TryGetValue((node, id), out node)) break;
                if (_codeAtNode[node] is { } code) (bestEnd, bestCode) = (j, code);
                else if (_exactAtNode.TryGetValue(node, out var exact) && WrittenAs(text, tokens, i, exact.Words)) (bestEnd, bestCode) = (j, exact.Code);
            }
            if (bestCode is null) { i++; continue; }
            var start = tokens[i].Start;
            var end = tokens[bestEnd].End;
            found.Add(new SkillMention(bestCode, start, end - start, text[start..end]));
            // A mention that may be read in context: its words, to look the readings up by.
            if (_contextualFirst.Contains(tokens[i].Value))
                (contextual ??= []).Add((found.Count - 1, string.Join(' ', Enumerable.Range(i, bestEnd - i + 1).Select(t => tokens[t].Value))));
            i = bestEnd + 1;
        }
        if (contextual is not null && found.Count > 1) ReadInContext(text, found, contextual);
        return found;
    }

    /// <summary>How many mentions on each side of a name are looked at for its context.</summary>
    private const int ContextReach = 12;

    /// <summary>
    /// Re-reads a mention as the term of a contextual alias when one of the nearest mentions on its line (as first
    /// found, before any re-reading) is at or under one of the alias's codes: "Oracle" beside "SQL Server" is Oracle
    /// Database. A name alone on its line, bullets and punctuation aside, as in a list written one item a line, is read with
    /// the line above and the line below. Mentions are in text order, so those of a line sit next to each other in the list
    /// and only the nearest few on each side are looked at: the cost stays linear however many names a text repeats.
    /// </summary>
    private void ReadInContext(string text, List<SkillMention> found, List<(int Index, string Words)> candidates)
    {
        var codes = found.Select(m => m.Code).ToArray();
        foreach (var (k, words) in candidates)
        {
            if (!_contextual.TryGetValue(words, out var readings)) continue;
            var mention = found[k];
            var (lineStart, lineEnd) = LineAround(text, mention.Start, mention.Start + mention.Length);
            if (IsAlone(text, lineStart, lineEnd, mention) && !Beside(found, codes, k, lineStart, lineEnd).Any())
            {
                var above = lineStart == 0 ? 0 : LineAround(text, lineStart - 1, lineStart - 1).Start;
                var below = lineEnd >= text.Length ? text.Length : LineAround(text, lineEnd + 1, lineEnd + 1).End;
                (lineStart, lineEnd) = (above, below);
            }
            foreach (var (code, contexts) in readings)
            {
                if (!Beside(found, codes, k, lineStart, lineEnd).Any(c => contexts.Any(context => IsAtOrUnder(c, context)))) continue;
                found[k] = mention with { Code = code };
                break;
            }
        }
    }

    /// <summary>The first codes of the nearest mentions around the <paramref name="k"/>th that start within the span.</summary>
    private static IEnumerable<string> Beside(List<SkillMention> found, string[] codes, int k, int start, int end)
    {
        for (var j = k - 1; j >= 0 && j >= k - ContextReach && found[j].Start >= start; j--) yield return codes[j];
        for (var j = k + 1; j < found.Count && j <= k + ContextReach && found[j].Start < end; j++) yield return codes[j];
    }

    /// <summary>
    /// Whether the line is a list item of <paramref name="mention"/>: the name, bullets, punctuation and at most three other
    /// words ("Oracle - Advanced", "Oracle (10 years)"), not a sentence ("Rolled out Oracle to 12 plants").
    /// </summary>
    private static bool IsAlone(string text, int lineStart, int lineEnd, SkillMention mention)
    {
        var words = 0;
        var inWord = false;
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (i == mention.Start) { i += mention.Length - 1; inWord = false; continue; }
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord && ++words > 3) return false;
            inWord = letter;
        }
        return true;
    }

    /// <summary>The start of the line holding <paramref name="start"/> and the end of the line holding <paramref name="end"/> (before its line break).</summary>
    private static (int Start, int End) LineAround(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = end >= text.Length ? text.Length : text.IndexOf('\n', end);
        return (lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }

    private bool IsAtOrUnder(string code, string ancestor)
    {
        var term = _terms.GetValueOrDefault(code);
        for (var depth = 0; term is not null && depth < 8; depth++)
        {
            if (string.Equals(term.Code.Trim(), ancestor, StringComparison.OrdinalIgnoreCase)) return true;
            term = term.ParentCode is { } parent ? Find(parent) : null;
        }
        return false;
    }

    private static string WordsKey(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Value));

    /// <summary>The distinct codes mentioned in <paramref name="text"/>, in order of first mention.</summary>
    public List<string> Codes(string text) => Match(text).Select(m => m.Code).Distinct().ToList();

    /// <summary>True when the tokens from <paramref name="first"/> on are written exactly as <paramref name="words"/>, case included.</summary>
    private static bool WrittenAs(string text, IReadOnlyList<Token> tokens, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!text.AsSpan(tokens[first + k].Start, tokens[first + k].End - tokens[first + k].Start).SequenceEqual(words[k])) return false;
        return true;
    }

    private void AddExact(string name, string code)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0) return;
        var node = Walk(tokens);
        _exactAtNode.TryAdd(node, (tokens.Select(t => name[t.Start..t.End]).ToArray(), code));
    }

    private void AddContextual(string alias, string code)
    {
        var key = WordsKey(TaxonomyTerm.Surface(alias));
        var contexts = TaxonomyTerm.Contexts(alias);
        if (key.Length == 0 || contexts.Count == 0) return;
        _contextualFirst.Add(key.Split(' ')[0]);
        if (!_contextual.TryGetValue(key, out var readings)) _contextual[key] = readings = [];
        readings.Add((code, contexts));
    }

    private void Add(string name, string code)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0) return;
        _codeAtNode[Walk(tokens)] ??= code;
    }

    /// <summary>The trie node of a token sequence, added as needed.</summary>
    private int Walk(IReadOnlyList<Token> tokens)
    {
        var node = 0;
        foreach (var token in tokens)
        {
            if (!_vocabulary.TryGetValue(token.Value, out var id)) _vocabulary[token.Value] = id = _vocabulary.Count;
            if (!_edges.TryGetValue((node, id), out var next))
            {
                next = _codeAtNode.Count;
                _codeAtNode.Add(null);
                _edges[(node, id)] = next;
            }
            node = next;
        }
        return node;
    }
}
