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
