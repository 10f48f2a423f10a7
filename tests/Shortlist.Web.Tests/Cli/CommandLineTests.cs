using Shortlist.Web.Cli;

namespace Shortlist.Web.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_Serves()
    {
        var command = CommandLine.Parse([]);
        Assert.Equal(Verb.Serve, command.Verb);
        Assert.Null(command.Error);
    }

    [Fact]
    public void Parse_HostSwitches_PassThroughToTheHost()
    {
        var command = CommandLine.Parse(["serve", "--urls", "http://127.0.0.1:6000", "--database", "postgres", "--connection-string=Host=x", "--Demo:SeedOnEmpty=false"]);
        Assert.Equal(Verb.Serve, command.Verb);
        Assert.Equal(["--urls", "http://127.0.0.1:6000", "--database", "postgres", "--connection-string=Host=x", "--Demo:SeedOnEmpty=false"], command.HostArgs);
    }

    [Fact]
    public void Parse_Seed_ReadsItsCounts()
    {
        var command = CommandLine.Parse(["seed", "--candidates", "100000", "--positions=200"]);
        Assert.Equal(Verb.Seed, command.Verb);
        Assert.Equal(100_000, command.Number("--candidates", 0));
        Assert.Equal(200, command.Number("--positions", 0));
        Assert.Equal(42, command.Number("--seed", 42));
    }

    [Theory]
    [InlineData("seed", "--candidates", "lots")]
    [InlineData("seed", "--candidates", "-5")]
    [InlineData("admin", "create", "--password")]
    [InlineData("admin", "delete", "--email")]
    [InlineData("frobnicate", "--now", "yes")]
    public void Parse_BadArguments_GiveAnError(params string[] args) => Assert.NotNull(CommandLine.Parse(args).Error);

    [Fact]
    public void Parse_AdminCreateWithoutEmail_SaysEmailIsNeeded()
        => Assert.Contains("--email", CommandLine.Parse(["admin", "create"]).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForUsage(string flag) => Assert.Equal(Verb.Help, CommandLine.Parse(["seed", flag]).Verb);

    [Fact]
    public void Usage_NamesEveryVerb()
    {
        foreach (var verb in new[] { "serve", "migrate", "seed", "admin create", "embed" }) Assert.Contains(verb, CommandLine.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Embed_NeedsTheDatabaseAndTakesNoPaths()
    {
        var command = CommandLine.Parse(["embed", "--database", "postgres"]);
        Assert.Equal(Verb.Embed, command.Verb);
        Assert.Null(command.Error);
        Assert.True(command.NeedsDatabase);
        Assert.Equal(["--database", "postgres"], command.HostArgs);
        Assert.NotNull(CommandLine.Parse(["embed", "somefile"]).Error);
    }
}

public sealed class ParseVerbArgumentsTests
{
    [Fact]
    public void Relative_paths_missing_from_the_working_directory_are_found_from_the_callers()
    {
        var caller = Directory.CreateTempSubdirectory("shortlist-caller-").FullName;
        Directory.CreateDirectory(Path.Combine(caller, "pool"));
        File.WriteAllText(Path.Combine(caller, "role.txt"), "Project Manager");
        var here = Path.GetFileName(Directory.EnumerateFiles(Environment.CurrentDirectory).First());

        var rank = CommandLine.Parse(["rank", "--position", "role.txt", "--candidates", "pool", "--top", "5"]).ForCaller(caller);
        Assert.Equal(Path.Combine(caller, "role.txt"), rank.Options["--position"]);
        Assert.Equal(Path.Combine(caller, "pool"), rank.Options["--candidates"]);
        Assert.Equal("5", rank.Options["--top"]);
        // Found from the working directory: kept; found nowhere: left as written; absolute: kept; no caller: unchanged.
        var parse = CommandLine.Parse(["parse", here, "nowhere.pdf", "/abs/x.pdf", "role.txt"]).ForCaller(caller);
        Assert.Equal([here, "nowhere.pdf", "/abs/x.pdf", Path.Combine(caller, "role.txt")], parse.Paths);
        Assert.Equal(["role.txt"], CommandLine.Parse(["parse", "role.txt"]).ForCaller(null).Paths);
        Assert.Equal(["role.txt"], CommandLine.Parse(["parse", "role.txt"]).ForCaller("relative/dir").Paths);
        // Seed's counts are numbers, not paths.
        File.WriteAllText(Path.Combine(caller, "20"), "");
        Assert.Equal("20", CommandLine.Parse(["seed", "--candidates", "20"]).ForCaller(caller).Options["--candidates"]);
    }

    [Fact]
    public void Parse_TakesFilesInOrderAndNeedsNoDatabase()
    {
        var command = CommandLine.Parse(["parse", "/data/a.pdf", "b.docx", "--kind", "posting"]);
        Assert.Equal(Verb.Parse, command.Verb);
        Assert.Equal(["/data/a.pdf", "b.docx"], command.Paths);
        Assert.Equal("posting", command.Options["--kind"]);
        Assert.False(command.NeedsDatabase);
    }

    [Fact]
    public void EvalParse_TakesADirectoryAndAPart()
    {
        var command = CommandLine.Parse(["eval", "parse", "../shared/data/resumes/dotin-train", "--part", "held-out"]);
        Assert.Equal(Verb.EvalParse, command.Verb);
        Assert.Equal(["../shared/data/resumes/dotin-train"], command.Paths);
        Assert.Equal("held-out", command.Options["--part"]);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "a.pdf", "--kind", "invoice")]
    [InlineData("eval", "parse")]
    [InlineData("eval", "skills", "a.json", "b.json")]
    [InlineData("eval", "parse", "dir", "--part", "some")]
    public void BadArguments_GiveAnError(params string[] args) => Assert.NotNull(CommandLine.Parse(args).Error);
}
