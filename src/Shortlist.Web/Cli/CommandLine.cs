using System.Globalization;

namespace Shortlist.Web.Cli;

public enum Verb
{
    Serve,
    Migrate,
    Seed,
    AdminCreate,
    Parse,
    Import,
    Embed,
    Retention,
    DuplicatesScan,
    EvalParse,
    EvalSkills,
    Rank,
    EvalMatch,
    Help,
}

/// <summary>The verbs of the one executable. Everything not a verb or a verb's option is host configuration (--urls, --database, …).</summary>
public sealed record CommandLine(Verb Verb, string[] HostArgs, IReadOnlyDictionary<string, string> Options, string? Error = null)
{
    /// <summary>Files and folders named after the verb (parse FILE..., eval parse DIR, eval skills FILE).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--database"] = "Database:Provider",
        ["--connection-string"] = "Database:ConnectionString",
    };

    private static readonly Dictionary<Verb, string[]> VerbOptions = new()
    {
        [Verb.Seed] = ["--candidates", "--positions", "--seed"],
        [Verb.AdminCreate] = ["--email", "--password", "--name"],
        [Verb.Serve] = [],
        [Verb.Migrate] = [],
        [Verb.Parse] = ["--kind"],
        [Verb.Import] = [],
        [Verb.Embed] = [],
        [Verb.Retention] = [],
        [Verb.DuplicatesScan] = [],
        [Verb.EvalParse] = ["--part"],
        [Verb.EvalSkills] = [],
        [Verb.Rank] = ["--position", "--candidates", "--candidate", "--positions", "--top", "--format", "--today", "--text"],
        [Verb.EvalMatch] = ["--source", "--today", "--verbose", "--text"],
    };

    private static readonly HashSet<Verb> TakesPaths = [Verb.Parse, Verb.Import, Verb.EvalParse, Verb.EvalSkills, Verb.EvalMatch];

    /// <summary>Verbs that work on files alone and never open the database.</summary>
    public bool NeedsDatabase => Verb is not (Verb.Parse or Verb.EvalParse or Verb.EvalSkills or Verb.Rank or Verb.EvalMatch);

    public const string Usage = """
        Shortlist: talent search and matching.

        Usage: shortlist [verb] [options]

        Verbs:
          serve                      Run the web application (the default). Migrates the database first;
                                     on an empty database, seeds demo data and demo accounts.
          migrate                    Apply database migrations and exit.
          seed                       Add generated demo data.
               --candidates N        candidates to add (default 2000)
               --positions M         positions to add (default 50)
               --seed S              random seed (default 42)
          admin create               Create an administrator account.
               --email E             e-mail address (required)
               --password P          password (default: generated and printed)
               --name N              display name (default: the e-mail address)
          parse FILE...              Parse résumés (PDF, DOCX, TXT, JSON Resume) and print JSON Resume documents
                                     (an array for several files); structured extras under "meta".
               --kind posting        parse job postings instead (prints their requirements)
          import PATH...             Add a candidate for every résumé file (PDF, DOCX, TXT, JSON Resume) in the files and
                                     folders given (folders recursively), in batches of 50 each committed in one
                                     transaction (--Import:BatchSize=N). Prints progress after each committed batch; a
                                     file already imported (same content) is skipped, so an interrupted import resumes
                                     where it stopped.
          retention                  Run the retention policy once: e-mail a notice to candidates inactive for
                                     Retention:InactiveMonths (24), anonymise those notified Retention:NoticeDays (30)
                                     ago who did nothing since; prints what it did; safe to repeat.
          duplicates scan            Check the whole candidate pool once for likely duplicates (same e-mail, same phone,
                                     or same name with overlapping roles), recording each pair as pending for recruiters
                                     (/Workspace/Duplicates); fills the lookup keys of older records; safe to repeat.
          embed                      Compute the text embeddings (all-MiniLM-L6-v2) of every candidate and position whose
                                     embedding is missing or stale, now, with progress; for operators after an import.
                                     (A running server does the same in the background unless Embeddings:Enabled=false.)
          eval parse DIR             Field-level precision, recall and F1 of résumé parsing on N.txt + N.labels.json pairs.
               --part all|tuning|held-out   which files (default all; held-out = N divisible by 5)
          eval skills FILE|DIR       Precision, recall and F1 of skill spans on a SkillSpan JSON file (or each in a folder).
          rank --position FILE --candidates DIR
                                     Rank the résumés in DIR (PDF, DOCX, TXT, JSON Resume) against a position: a posting
                                     file (PDF, DOCX, TXT) or a position JSON file (see docs/matching.md). No database.
          rank --candidate FILE --positions DIR
                                     Rank the positions in DIR for one résumé.
               --top N               how many to print (default 10)
               --format json|table   output (default table); json lists file, score, band and explanation in order
               --today YYYY-MM-DD    the day to judge recency and availability by (default today)
               --text true           also score text similarity with the embedded language model (slower: ~0.1 s a file)
          eval match DIR             NDCG@10 and precision@5 of matching on an evaluation set (positions/*.json,
                                     resumes/*.json|pdf|docx, labels.tsv; see eval/match/README.md).
               --source all|json|pdf|docx   which résumé files to read (default all, one figure each)
               --today YYYY-MM-DD    the day the labels were written for (default 2026-11-25)
               --verbose true        per-position figures and the top five of each ranking
               --text true           also score text similarity with the embedded language model

        Options for every verb:
          --urls URL                 where to listen (default http://127.0.0.1:5000)
          --database sqlite|postgres database provider (default sqlite, ./data/shortlist.db)
          --connection-string CS     connection string (required for postgres)
          --Section:Key=value        any configuration value, also settable as environment variables
                                     (e.g. Database__Provider=postgres)
          -h, --help                 show this help
        """;

    public static CommandLine Parse(string[] args)
    {
        if (args.Any(a => a is "-h" or "--help" or "help" or "-?")) return new(Verb.Help, [], new Dictionary<string, string>());
        var rest = new List<string>(args);
        var verb = Verb.Serve;
        if (rest.Count > 0 && !rest[0].StartsWith('-'))
        {
            (verb, var used) = rest[0].ToLowerInvariant() switch
            {
                "serve" => (Verb.Serve, 1),
                "migrate" => (Verb.Migrate, 1),
                "seed" => (Verb.Seed, 1),
                "admin" when rest.Count > 1 && rest[1] == "create" => (Verb.AdminCreate, 2),
                "parse" => (Verb.Parse, 1),
                "import" => (Verb.Import, 1),
                "embed" => (Verb.Embed, 1),
                "retention" => (Verb.Retention, 1),
                "duplicates" when rest.Count > 1 && rest[1] == "scan" => (Verb.DuplicatesScan, 2),
                "eval" when rest.Count > 1 && rest[1] == "parse" => (Verb.EvalParse, 2),
                "eval" when rest.Count > 1 && rest[1] == "skills" => (Verb.EvalSkills, 2),
                "eval" when rest.Count > 1 && rest[1] == "match" => (Verb.EvalMatch, 2),
                "rank" => (Verb.Rank, 1),
                _ => (Verb.Help, 0),
            };
            if (used == 0) return new(Verb.Help, [], new Dictionary<string, string>(), $"Unknown verb '{string.Join(' ', rest.Take(2))}'.");
            rest.RemoveRange(0, used);
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hostArgs = new List<string>();
        var paths = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            var name = arg.Split('=', 2)[0];
            if (VerbOptions[verb].Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                string? value = arg.Contains('=', StringComparison.Ordinal) ? arg.Split('=', 2)[1] : i + 1 < rest.Count ? rest[++i] : null;
                if (value is null) return new(verb, [], options, $"{name} needs a value.");
                options[name] = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < rest.Count && !rest[i + 1].StartsWith("--", StringComparison.Ordinal)) hostArgs.Add(rest[++i]);
            }
            else if (TakesPaths.Contains(verb)) paths.Add(arg);
            else return new(verb, [], options, $"Unexpected argument '{arg}'.");
        }
        if (TakesPaths.Contains(verb) && paths.Count == 0) return new(verb, [], options, $"{verb switch { Verb.Parse => "parse needs at least one FILE", Verb.Import => "import needs a FILE or DIR", Verb.EvalParse => "eval parse needs a DIR", Verb.EvalMatch => "eval match needs a DIR", _ => "eval skills needs a FILE" }}.");
        if (verb is Verb.EvalParse or Verb.EvalSkills or Verb.EvalMatch && paths.Count > 1) return new(verb, [], options, "eval takes one path.");
        if (verb == Verb.Rank)
        {
            var forward = options.ContainsKey("--position") && options.ContainsKey("--candidates");
            var reverse = options.ContainsKey("--candidate") && options.ContainsKey("--positions");
            if (forward == reverse) return new(verb, [], options, "rank needs either --position FILE --candidates DIR or --candidate FILE --positions DIR.");
            if (options.TryGetValue("--format", out var format) && format is not ("json" or "table")) return new(verb, [], options, "--format is json or table.");
            if (options.TryGetValue("--top", out var top) && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t is < 1 or > 100_000))
                return new(verb, [], options, "--top must be a whole number between 1 and 100000.");
        }
        if (options.TryGetValue("--today", out var today) && !DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return new(verb, [], options, "--today is a date such as 2026-11-25.");
        if (options.TryGetValue("--text", out var text) && text is not ("true" or "false")) return new(verb, [], options, "--text is true or false.");
        if (options.TryGetValue("--source", out var source) && source is not ("all" or "json" or "pdf" or "docx")) return new(verb, [], options, "--source is all, json, pdf or docx.");
        if (options.TryGetValue("--kind", out var kind) && kind is not ("resume" or "posting")) return new(verb, [], options, "--kind is resume or posting.");
        if (options.TryGetValue("--part", out var part) && part is not ("all" or "tuning" or "held-out")) return new(verb, [], options, "--part is all, tuning or held-out.");
        if (verb == Verb.AdminCreate && !options.ContainsKey("--email")) return new(verb, [], options, "admin create needs --email.");
        foreach (var key in new[] { "--candidates", "--positions", "--seed" })
            if (verb == Verb.Seed && options.TryGetValue(key, out var n) && (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 0 || v > 10_000_000))
                return new(verb, [], options, $"{key} must be a whole number between 0 and 10000000.");
        return new(verb, [.. hostArgs], options) { Paths = paths };
    }

    /// <summary>The options of <see cref="Verb.Rank"/> that name a file or folder.</summary>
    private static readonly string[] RankPathOptions = ["--position", "--candidates", "--candidate", "--positions"];

    /// <summary>
    /// The command with its files and folders found where the caller meant them: a relative path that does not exist from
    /// the working directory is looked for from <paramref name="callerDirectory"/> (the shell's directory, which the shell
    /// exports as PWD). They differ under <c>dotnet run --project src/Shortlist.Web</c>, which starts the process in the
    /// project's folder, so that "parse resume.pdf" typed at the repository's root would otherwise find nothing. A path
    /// found from neither is left as written, for the verb to report.
    /// </summary>
    public CommandLine ForCaller(string? callerDirectory)
    {
        if (string.IsNullOrEmpty(callerDirectory) || !Path.IsPathFullyQualified(callerDirectory) || !Directory.Exists(callerDirectory)) return this;
        string Find(string path)
        {
            if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path)) return path;
            var there = Path.Combine(callerDirectory, path);
            return File.Exists(there) || Directory.Exists(there) ? there : path;
        }
        var options = new Dictionary<string, string>(Options, StringComparer.OrdinalIgnoreCase);
        foreach (var name in RankPathOptions)
            if (Verb == Verb.Rank && options.TryGetValue(name, out var value)) options[name] = Find(value);
        return this with { Options = options, Paths = Paths.Select(Find).ToList() };
    }

    public int Number(string name, int fallback) => Options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public static int PrintHelp(string? error)
    {
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine();
            Console.Error.WriteLine(Usage);
            return 2;
        }
        Console.WriteLine(Usage);
        return 0;
    }
}
