using System.Globalization;

namespace Shortlist.Web.Cli;

public enum Verb
{
    Serve,
    Migrate,
    Seed,
    AdminCreate,
    Help,
}

/// <summary>The verbs of the one executable. Everything not a verb or a verb's option is host configuration (--urls, --database, …).</summary>
public sealed record CommandLine(Verb Verb, string[] HostArgs, IReadOnlyDictionary<string, string> Options, string? Error = null)
{
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
    };

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
                _ => (Verb.Help, 0),
            };
            if (used == 0) return new(Verb.Help, [], new Dictionary<string, string>(), $"Unknown verb '{string.Join(' ', rest.Take(2))}'.");
            rest.RemoveRange(0, used);
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hostArgs = new List<string>();
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
            else if (arg.StartsWith("--", StringComparison.Ordinal) || arg.StartsWith('/'))
            {
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < rest.Count && !rest[i + 1].StartsWith("--", StringComparison.Ordinal)) hostArgs.Add(rest[++i]);
            }
            else return new(verb, [], options, $"Unexpected argument '{arg}'.");
        }
        if (verb == Verb.AdminCreate && !options.ContainsKey("--email")) return new(verb, [], options, "admin create needs --email.");
        foreach (var key in new[] { "--candidates", "--positions", "--seed" })
            if (options.TryGetValue(key, out var n) && (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 0 || v > 10_000_000))
                return new(verb, [], options, $"{key} must be a whole number between 0 and 10000000.");
        return new(verb, [.. hostArgs], options);
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
