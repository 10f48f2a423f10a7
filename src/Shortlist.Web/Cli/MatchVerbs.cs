using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shortlist.Domain.Candidates;
using Shortlist.Matching.Evaluation;
using Shortlist.Matching.Explaining;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;
using Shortlist.Matching.Results;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Text;
using Shortlist.Web.Features.Matching;

namespace Shortlist.Web.Cli;

/// <summary>rank and eval match: files in, rankings or figures out, with the shipped taxonomy and no database.</summary>
public static class MatchVerbs
{
    /// <summary>The day the evaluation labels were written for: recency and availability are judged as of it.</summary>
    public static readonly DateOnly EvaluationDay = new(2026, 11, 25);

    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(CommandLine command, TimeProvider clock, TextWriter output, TextWriter error)
    {
        var catalog = TaxonomyCatalog.Embedded;
        var skills = new SkillMatcher(catalog.Terms);
        var context = new Context(new ResumeParser(skills), new PostingParser(skills), TermGraph.From(catalog.Terms), new EvidenceFinder(catalog.Terms), clock.GetUtcNow())
        {
            Text = command.Options.GetValueOrDefault("--text") == "true" ? Shortlist.Embeddings.MiniLmEmbedder.Shared : null,
        };
        var code = 1;
        InputFiles.TryRun(null, error, () =>
        {
            if (command.Verb == Verb.EvalMatch) { code = EvalMatch(command, context with { }, output, error); return; }
            var today = MatchFiles.Today(command.Options, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            code = command.Options.ContainsKey("--position") ? RankCandidates(command, context, today, output, error) : RankPositions(command, context, today, output, error);
        });
        return code;
    }

    private sealed record Context(ResumeParser Resumes, PostingParser Postings, TermGraph Graph, EvidenceFinder Evidence, DateTimeOffset Now)
    {
        /// <summary>The language model, when --text true asks for text similarity.</summary>
        public Shortlist.Matching.Text.ITextEmbedder? Text { get; init; }

        public int Dimensions => Text?.Dimensions ?? 0;

        public sbyte[]? Embed(string text)
        {
            if (Text is null) return null;
            var vector = new float[Text.Dimensions];
            Text.Embed(text, vector);
            var quantized = new sbyte[vector.Length];
            Shortlist.Matching.Text.Int8Embedding.Quantize(vector, quantized);
            return quantized;
        }

        public CandidateDocument Document(Candidate candidate, DateOnly today)
            => CandidateDocument.From(candidate, today, Embed(Shortlist.Matching.Text.ProfileText.ForCandidate(candidate)));

        public MatchQuery Query(PositionFile position, DateTimeOffset now)
        {
            if (Text is null) return position.Query;
            var p = new Shortlist.Domain.Positions.Position(Guid.NewGuid(), position.Title, string.IsNullOrWhiteSpace(position.Description) ? position.Title : position.Description,
                position.Query.Industry ?? "", now);
            return position.Query with { Embedding = Embed(Shortlist.Matching.Text.ProfileText.ForPosition(p) + " " + string.Join(", ", position.Query.Requirements.Select(r => r.Label))) };
        }
    }

    private sealed record Ranked(string File, double Score, Band Band, MatchHit Explanation);

    private static T WithPath<T>(string path, Func<T> read)
    {
        try { return read(); }
        catch (ParseException e) { e.Data["path"] = path; throw; }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { throw new ParseException(ParseProblem.Timeout, "reading the file took too long") { Data = { ["path"] = path } }; }
    }

    private static List<string> Files(string directory, IEnumerable<string> extensions)
    {
        if (!Directory.Exists(directory)) throw new IOException($"{directory}: no such directory");
        var wanted = extensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Directory.EnumerateFiles(directory).Where(f => wanted.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal)];
    }

    private static int RankCandidates(CommandLine command, Context c, DateOnly today, TextWriter output, TextWriter error)
    {
        var positionPath = command.Options["--position"];
        var position = WithPath(positionPath, () => MatchFiles.ReadPosition(positionPath, c.Postings, today));
        var files = Files(command.Options["--candidates"], MatchFiles.ResumeExtensions);
        // A JSON Resume beside a PDF or DOCX of the same name only carries its preferences; rank the document.
        var names = files.Select(Path.GetFileNameWithoutExtension).ToList();
        files = [.. files.Where(f => !(Path.GetExtension(f) == ".json" && names.Count(n => n == Path.GetFileNameWithoutExtension(f)) > 1))];
        var candidates = files.Select(f => (File: Path.GetFileName(f), Candidate: WithPath(f, () => MatchFiles.ReadCandidate(f, c.Resumes, today, c.Now)))).ToList();
        var index = new CandidateIndex(c.Dimensions);
        index.AddRange(candidates.Select(x => c.Document(x.Candidate, today)));
        var matcher = new Matcher(index, c.Graph);
        var top = command.Number("--top", 10);
        var result = matcher.Search(c.Query(position, c.Now) with { Top = top, WhatIf = false });
        var byId = candidates.ToDictionary(x => x.Candidate.Id);
        var ranked = result.Hits.Select(h => new Ranked(byId[h.CandidateId].File, Math.Round(h.Score, 1), h.Band, c.Evidence.WithEvidence(h, byId[h.CandidateId].Candidate))).ToList();
        Print(command, ranked, $"{position.Title}: {result.Qualified} of {candidates.Count} résumés pass the must-haves and constraints.", output);
        return 0;
    }

    private static int RankPositions(CommandLine command, Context c, DateOnly today, TextWriter output, TextWriter error)
    {
        var candidatePath = command.Options["--candidate"];
        var candidate = WithPath(candidatePath, () => MatchFiles.ReadCandidate(candidatePath, c.Resumes, today, c.Now));
        var files = Files(command.Options["--positions"], [".json", ".pdf", ".docx", ".txt"]);
        var names = files.Select(Path.GetFileNameWithoutExtension).ToList();
        // A position JSON file and its text rendering: rank the JSON (it has the structured constraints).
        files = [.. files.Where(f => Path.GetExtension(f) == ".json" || names.Count(n => n == Path.GetFileNameWithoutExtension(f)) == 1)];
        var positions = files.Select(f => (File: Path.GetFileName(f), Position: WithPath(f, () => MatchFiles.ReadPosition(f, c.Postings, today)))).ToList();
        var index = new CandidateIndex(c.Dimensions);
        index.AddRange([c.Document(candidate, today)]);
        var matcher = new Matcher(index, c.Graph);
        var scored = positions
            .Select(p => (p.File, Result: matcher.ScoreOne(c.Query(p.Position, c.Now), candidate.Id)!.Value))
            .Where(x => x.Result.Qualifies)
            .OrderByDescending(x => x.Result.Hit.Score).ThenBy(x => x.File, StringComparer.Ordinal)
            .Take(command.Number("--top", 10))
            .Select((x, i) => new Ranked(x.File, Math.Round(x.Result.Hit.Score, 1), x.Result.Hit.Band, c.Evidence.WithEvidence(x.Result.Hit with { Rank = i + 1 }, candidate)))
            .ToList();
        Print(command, scored, $"{candidate.FirstName} {candidate.LastName}: {scored.Count} of {positions.Count} positions have every must-have and constraint met.", output);
        return 0;
    }

    private static void Print(CommandLine command, List<Ranked> ranked, string heading, TextWriter output)
    {
        if (command.Options.GetValueOrDefault("--format") == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(ranked, Output));
            return;
        }
        output.WriteLine(heading);
        output.WriteLine($"{"#",3}  {"score",5}  {"band",-9}  {"file",-34}  requirements met");
        for (var i = 0; i < ranked.Count; i++)
        {
            var r = ranked[i];
            var met = string.Join(", ", r.Explanation.Requirements.Where(q => q.Outcome != Outcome.Missing).Select(q => q.Outcome == Outcome.Met ? q.Requirement.Label : q.Requirement.Label + " (partly)"));
            output.WriteLine($"{i + 1,3}  {r.Score,5:0.0}  {r.Band,-9}  {Truncate(r.File, 34),-34}  {met}");
        }
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static int EvalMatch(CommandLine command, Context c, TextWriter output, TextWriter error)
    {
        var root = command.Paths[0];
        var today = MatchFiles.Today(command.Options, EvaluationDay);
        var labelsPath = Path.Combine(root, "labels.tsv");
        if (!File.Exists(labelsPath)) { error.WriteLine($"{labelsPath}: no such file"); return 1; }
        var labels = new Dictionary<(string Position, string Resume), int>();
        foreach (var line in File.ReadLines(labelsPath).Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var cells = line.Split('\t');
            if (cells.Length < 3 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade > 3)
            {
                error.WriteLine($"{labelsPath}: bad line '{line}'");
                return 1;
            }
            labels[(cells[0].Trim(), cells[1].Trim())] = grade;
        }
        var positions = Files(Path.Combine(root, "positions"), [".json"])
            .Select(f => WithPath(f, () => MatchFiles.ReadPosition(f, c.Postings, today))).ToList();
        var source = command.Options.GetValueOrDefault("--source") ?? "all";
        var verbose = command.Options.ContainsKey("--verbose");
        var summary = new List<string>();
        foreach (var format in source == "all" ? new[] { "json", "pdf", "docx" } : [source])
        {
            var files = Files(Path.Combine(root, "resumes"), ["." + format]);
            if (files.Count == 0) { error.WriteLine($"{root}/resumes: no .{format} files"); return 1; }
            var candidates = files.Select(f => (Name: Path.GetFileNameWithoutExtension(f), Candidate: WithPath(f, () => MatchFiles.ReadCandidate(f, c.Resumes, today, c.Now)))).ToList();
            var index = new CandidateIndex(c.Dimensions);
            index.AddRange(candidates.Select(x => c.Document(x.Candidate, today)));
            var matcher = new Matcher(index, c.Graph);
            var nameOf = candidates.ToDictionary(x => x.Candidate.Id, x => x.Name);
            double ndcgSum = 0, precisionSum = 0;
            foreach (var position in positions)
            {
                var hits = matcher.Search(c.Query(position, c.Now) with { Top = candidates.Count, Explain = false }).Hits;
                var grades = hits.Select(h => labels.GetValueOrDefault((position.Name, nameOf[h.CandidateId]))).ToList();
                var all = candidates.Select(x => labels.GetValueOrDefault((position.Name, x.Name))).ToList();
                var ndcg = RankingMetrics.Ndcg(grades, all, 10);
                var precision = RankingMetrics.PrecisionAt(grades, 5);
                ndcgSum += ndcg; precisionSum += precision;
                if (verbose)
                    output.WriteLine($"  {format,-4} {position.Name,-40} NDCG@10 {ndcg:0.000}  P@5 {precision:0.00}  top: {string.Join(", ", hits.Take(5).Select(h => $"{nameOf[h.CandidateId]}({labels.GetValueOrDefault((position.Name, nameOf[h.CandidateId]))})"))}");
            }
            summary.Add($"{format,-4}  {candidates.Count} résumés  {positions.Count} positions  NDCG@10 {ndcgSum / positions.Count:0.000}  P@5 {precisionSum / positions.Count:0.000}");
        }
        foreach (var line in summary) output.WriteLine(line);
        return 0;
    }
}
