using System.Reflection;
using System.Text.RegularExpressions;
using Shortlist.Parsing.Resumes;

namespace Shortlist.Parsing.Tests.Text;

/// <summary>
/// The patterns the parsing library reads with are turned into code at build time ([GeneratedRegex]). A pattern built at
/// run time with <see cref="RegexOptions.Compiled"/> is compiled when a process first uses it: the date-range pattern cost
/// the first résumé a process read over a second of its time budget, and on a loaded machine all of it.
/// </summary>
public class PatternTests
{
    [Fact]
    public void No_pattern_is_compiled_at_run_time()
    {
        var compiled = new List<string>();
        foreach (var type in typeof(ResumeParser).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!typeof(Regex).IsAssignableFrom(field.FieldType)) continue;
                if (field.GetValue(null) is Regex { Options: var options } && options.HasFlag(RegexOptions.Compiled))
                    compiled.Add($"{type.FullName}.{field.Name}");
            }
        }
        Assert.Empty(compiled);
    }

    [Fact]
    public void The_two_ends_of_a_date_range_are_written_alike()
    {
        // The generator needs constants, so the date pattern is written out once for each end of a range; an edit to one
        // end must be made to the other.
        static string End(string name) => (string)typeof(DateRanges).GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetRawConstantValue()!;
        var first = End("Date1");
        Assert.Contains("(?<y1>", first, StringComparison.Ordinal);
        Assert.Equal(Regex.Replace(first, @"(?<=\(\?<[a-z]+|\\k<[a-z]+)1>", "2>"), End("Date2"));
    }

    [Fact]
    public void The_library_holds_patterns_to_check()
    {
        // The check above reads the static fields the generator fills; if it found none, it would pass for nothing.
        var generated = typeof(ResumeParser).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Count(f => typeof(Regex).IsAssignableFrom(f.FieldType));
        Assert.True(generated > 50, $"{generated} pattern fields");
    }
}
