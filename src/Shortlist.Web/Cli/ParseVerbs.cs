using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Evaluation;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Text;

namespace Shortlist.Web.Cli;

/// <summary>parse and eval: files in, JSON or figures out; they use the curated taxonomy shipped with the product and never open the database.</summary>
public static class ParseVerbs
{
    public static int Run(CommandLine command, TimeProvider clock, TextWriter output, TextWriter error)
    {
        var matcher = new SkillMatcher(TaxonomyCatalog.Embedded.Terms);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return command.Verb switch
        {
            Verb.Parse when command.Options.GetValueOrDefault("--kind") == "posting" => ParsePostings(command.Paths, matcher, output, error),
            Verb.Parse => ParseResumes(command.Paths, new ResumeParser(matcher), today, output, error),
            Verb.EvalParse => EvalParse(command, new ResumeParser(matcher), today, output, error),
            _ => EvalSkills(command.Paths[0], matcher, output, error),
        };
    }

    private static int ParseResumes(IReadOnlyList<string> paths, ResumeParser parser, DateOnly today, TextWriter output, TextWriter error)
        => ParseEach(paths, output, error, (bytes, name) => JsonNode.Parse(JsonResumeWriter.Write(parser.Parse(TextExtractor.Extract(bytes, name), today)))!);

    private static int ParsePostings(IReadOnlyList<string> paths, SkillMatcher matcher, TextWriter output, TextWriter error)
        => ParseEach(paths, output, error, (bytes, name) => JsonSerializer.SerializeToNode(
            new PostingParser(matcher).Parse(TextExtractor.ExtractPosting(bytes, name)), PostingJson)!);

    /// <summary>Postings print as the API returns them: camelCase, enums by name.</summary>
    internal static readonly JsonSerializerOptions PostingJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One JSON document for one file, an array in order for several; any unreadable file fails the run with a one-line message.</summary>
    private static int ParseEach(IReadOnlyList<string> paths, TextWriter output, TextWriter error, Func<byte[], string, JsonNode> parse)
    {
        var documents = new JsonArray();
        foreach (var path in paths)
        {
            if (!InputFiles.TryRun(path, error, () => documents.Add(parse(InputFiles.ReadLimited(path), Path.GetFileName(path))))) return 1;
        }
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        output.WriteLine(documents.Count == 1 ? documents[0]!.ToJsonString(options) : documents.ToJsonString(options));
        return 0;
    }

    private static int EvalParse(CommandLine command, ResumeParser parser, DateOnly today, TextWriter output, TextWriter error)
    {
        var directory = command.Paths[0];
        if (!Directory.Exists(directory)) { error.WriteLine($"{directory}: no such directory"); return 1; }
        var split = command.Options.GetValueOrDefault("--part") switch { "tuning" => DotinSplit.Tuning, "held-out" => DotinSplit.HeldOut, _ => DotinSplit.All };
        return Evaluation(directory, error, () => EvalParse(directory, split, parser, today, output));
    }

    private static void EvalParse(string directory, DotinSplit split, ResumeParser parser, DateOnly today, TextWriter output)
    {
        var result = ParseEvaluation.EvaluateDotin(directory, parser, today, split);
        Print(result, output);
        // The figures above count every value found in a file that labels none of a field as wrong; these leave such files out.
        output.WriteLine();
        output.WriteLine("on the files that label each field (a file with no label of a field is left out of that field)");
        foreach (var field in result.LabelledOnly) output.WriteLine(field);
        // The figures mean little without how far the labels agree with themselves; résumés labelled more than once say it.
        var (groups, agreement) = LabelAgreement.Measure(directory);
        if (groups.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(agreement.Name + ": the first file's labels scored against the others'");
            foreach (var field in agreement.Fields) output.WriteLine(field);
            // The parser's figures on those files, within the part asked for: a tuning run shows no held-out file.
            var inPart = groups.SelectMany(g => g).Where(n => ParseEvaluation.InSplit(n, split)).ToHashSet();
            if (inPart.Count > 0)
            {
                var parsed = ParseEvaluation.EvaluateDotin(directory, parser, today, inPart.Contains, "");
                output.WriteLine();
                output.WriteLine($"the parser on the {parsed.Documents} of those files in this part, against each one's labels");
                foreach (var field in LabelAgreement.Fields) output.WriteLine(parsed[field]);
            }
        }
    }

    private static int EvalSkills(string path, SkillMatcher matcher, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) { error.WriteLine($"{path}: no such file"); return 1; }
        return Evaluation(path, error, () => Print(SkillSpanEvaluation.Evaluate(path, matcher), output));
    }

    /// <summary>Runs an evaluation; a file that is not what it should be is one line on <paramref name="error"/> and exit 1.</summary>
    private static int Evaluation(string path, TextWriter error, Action run)
    {
        try
        {
            run();
            return 0;
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"{path}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: unreadable: {e.Message}");
        }
        return 1;
    }

    private static void Print(EvaluationResult result, TextWriter output)
    {
        var text = new StringBuilder();
        text.AppendLine(result.ToString());
        output.Write(text.ToString());
    }
}
