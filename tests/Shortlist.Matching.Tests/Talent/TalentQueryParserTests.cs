using Shortlist.Matching.Talent;

namespace Shortlist.Matching.Tests.Talent;

public sealed class TalentQueryParserTests
{
    [Theory]
    [InlineData("Epic", "epic")]
    [InlineData("Epic PMP", "epic AND pmp")]
    [InlineData("Epic AND PMP", "epic AND pmp")]
    [InlineData("Epic && PMP", "epic AND pmp")]
    [InlineData("Epic OR PMP", "epic OR pmp")]
    [InlineData("Epic || PMP", "epic OR pmp")]
    [InlineData("Epic AND (PMP OR PgMP) NOT contractor", "epic AND (pmp OR pgmp) AND NOT contractor")]
    [InlineData("Epic (PMP OR PgMP) -contractor", "epic AND (pmp OR pgmp) AND NOT contractor")]
    [InlineData("a OR b AND c", "a OR (b AND c)")]
    [InlineData("(a OR b) AND c", "(a OR b) AND c")]
    [InlineData("a OR b c", "a OR (b AND c)")]
    [InlineData("\"project manager\" Epic", "\"project manager\" AND epic")]
    [InlineData("“program manager”", "\"program manager\"")]
    [InlineData("NOT NOT epic", "epic")]
    [InlineData("epic NOT (a OR b)", "epic AND NOT (a OR b)")]
    [InlineData("((epic))", "epic")]
    [InlineData("C# .NET", "c# AND net")]
    [InlineData("PMI-ACP", "\"pmi acp\"")]
    [InlineData("Gestión", "gestion")]
    [InlineData("and or not", "and AND or AND not")]
    [InlineData("  epic  ,  pmp ", "epic AND pmp")]
    [InlineData("a -b -c", "a AND NOT b AND NOT c")]
    [InlineData("well-known", "\"well known\"")]
    public void Parses_to_the_expected_tree(string query, string canonical)
        => Assert.Equal(canonical, TalentQueryParser.Parse(query)!.ToCanonical());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_queries_are_no_query(string? query) => Assert.Null(TalentQueryParser.Parse(query));

    [Theory]
    [InlineData("Epic AND", 8, "ends after 'AND'")]
    [InlineData("Epic OR", 7, "ends after 'OR'")]
    [InlineData("AND Epic", 0, "starts with 'AND'")]
    [InlineData("OR Epic", 0, "starts with 'OR'")]
    [InlineData("Epic AND OR PMP", 9, "missing between 'AND' and 'OR'")]
    [InlineData("(Epic OR PMP", 0, "'(' at position 1 is not closed")]
    [InlineData("Epic OR PMP)", 11, "no '(' to close")]
    [InlineData("Epic ()", 5, "parentheses at position 6 are empty")]
    [InlineData("\"project manager", 0, "quote opened at position 1 is not closed")]
    [InlineData("Epic \"\"", 5, "hold no words")]
    [InlineData("NOT Epic", 0, "only excludes")]
    [InlineData("-Epic -PMP", 0, "only excludes")]
    [InlineData("Epic NOT", 8, "ends after 'NOT'")]
    [InlineData("(a AND (b OR c)", 0, "not closed")]
    [InlineData(")", 0, "Unexpected ')'")]
    public void Malformed_queries_say_what_and_where(string query, int position, string words)
    {
        var e = Assert.Throws<TalentQueryException>(() => TalentQueryParser.Parse(query));
        Assert.Equal(position, e.Position);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.False(TalentQueryParser.TryParse(query, out var node, out var error));
        Assert.Null(node);
        Assert.Equal(e.Message, error!.Message);
    }

    [Fact]
    public void Limits_length_terms_and_depth()
    {
        Assert.Contains("longer than", Assert.Throws<TalentQueryException>(() => TalentQueryParser.Parse(new string('a', TalentQueryParser.MaxLength + 1))).Message);
        Assert.Contains("at most 40", Assert.Throws<TalentQueryException>(() => TalentQueryParser.Parse(string.Join(' ', Enumerable.Range(0, 41).Select(i => $"w{i}")))).Message);
        var deep = new string('(', 11) + "a" + new string(')', 11);
        Assert.Contains("nested more than", Assert.Throws<TalentQueryException>(() => TalentQueryParser.Parse(deep)).Message);
        Assert.NotNull(TalentQueryParser.Parse(new string('(', 10) + "a" + new string(')', 10)));
    }

    [Fact]
    public void Positive_terms_leave_out_what_is_excluded()
    {
        var node = TalentQueryParser.Parse("Epic AND (PMP OR PgMP) NOT contractor")!;
        Assert.Equal(["epic", "pmp", "pgmp"], node.PositiveTerms().Select(t => t.Text));
        Assert.Equal([0, 10, 17], node.PositiveTerms().Select(t => t.Position));
    }
}
