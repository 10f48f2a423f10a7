using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Shortlist.Web.Tests.Cli;

/// <summary>The real executable, run as a process, on a SQLite file of its own.</summary>
public sealed class ExecutableTests
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "shortlist.dll");

    [Fact]
    public async Task AdminCreate_ThenMigrate_CreatesTheAdministratorOnceAndExitsCleanly()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-cli-").FullName;
        var database = $"Data Source={Path.Combine(folder, "cli.db")}";

        var (code, output, createError) = await RunAsync(folder, "admin", "create", "--email", "first@cli.test", "--connection-string", database);
        Assert.True(code == 0, $"exit {code}: {createError}");
        Assert.Contains("Administrator first@cli.test created. Password: ", output, StringComparison.Ordinal);

        var (again, _, error) = await RunAsync(folder, "admin", "create", "--email", "first@cli.test", "--password", "Another-Pass-1", "--connection-string", database);
        Assert.Equal(1, again);
        Assert.Contains("email", error, StringComparison.Ordinal);

        var (migrated, migrateOutput, migrateError) = await RunAsync(folder, "migrate", "--connection-string", database);
        Assert.True(migrated == 0, $"exit {migrated}: {migrateError}");
        Assert.Contains("up to date", migrateOutput, StringComparison.Ordinal);

        await using var connection = new SqliteConnection(database);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Administrator'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        await using var journal = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", await journal.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_host_in_another_culture_reads_and_writes_numbers_as_the_product_does()
    {
        var evalSet = Path.Combine(Features.ApplyTests.RepositoryRoot(), "eval", "match");
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

        var (code, output, error) = await RunAsync(Path.GetTempPath(), german, "eval", "match", evalSet, "--source", "json");

        Assert.True(code == 0, error);
        Assert.Matches(@"NDCG@10 0\.\d{3}  P@5 0\.\d{3}", output);
    }

    [Fact]
    public async Task AdminCreateAndSeed_OnPostgres_StoreInTheServerNamedOnTheCommandLine()
    {
        var database = await Infrastructure.PostgresServer.CreateDatabaseAsync();
        var folder = Path.GetTempPath();
        var (code, output, error) = await RunAsync(folder, "admin", "create", "--email", "pg@cli.test", "--password", "Pg-Password-12",
            "--database", "postgres", "--connection-string", database);
        Assert.True(code == 0, error);
        Assert.Contains("Administrator pg@cli.test created.", output, StringComparison.Ordinal);

        var (seeded, seedOutput, seedError) = await RunAsync(folder, "seed", "--candidates", "120", "--positions", "3", "--database", "postgres", "--connection-string", database);
        Assert.True(seeded == 0, seedError);
        Assert.Contains("Added 120 candidates, 3 positions", seedOutput, StringComparison.Ordinal);

        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT (SELECT COUNT(*) FROM \"Candidates\"), (SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"Email\" = 'pg@cli.test')", connection);
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(120L, reader.GetInt64(0));
        Assert.Equal(1L, reader.GetInt64(1));
    }

    [Fact]
    public async Task Import_AFolder_AddsEachResumeOnceAndResumesAfterwards()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-import-").FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "grace.txt"), Features.ResumeUploadTests.Resume);
        await File.WriteAllTextAsync(Path.Combine(inbox, "alan.txt"), Features.ResumeUploadTests.Resume
            .Replace("Grace Hopkins", "Alan Turing", StringComparison.Ordinal).Replace("grace.hopkins@", "alan.turing@", StringComparison.Ordinal));
        var garbage = new byte[1024];
        new Random(1).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "broken.pdf"), garbage);
        var database = $"Data Source={Path.Combine(folder, "import.db")}";

        var (first, output, error) = await RunAsync(folder, "import", inbox, "--connection-string", database);
        Assert.Equal(1, first); // one file could not be read
        Assert.Contains("3/3 files: 2 added, 0 already imported, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("broken.pdf: corrupt", error, StringComparison.Ordinal);

        var (_, again, _) = await RunAsync(folder, "import", inbox, "--connection-string", database);
        Assert.Contains("3/3 files: 0 added, 2 already imported, 1 failed", again, StringComparison.Ordinal);

        await using var connection = new SqliteConnection(database);
        await connection.OpenAsync();
        await using var count = new SqliteCommand("SELECT COUNT(*) FROM Candidates WHERE Source = 'import'", connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsageAndFails()
    {
        var (code, _, error) = await RunAsync(Path.GetTempPath(), "frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Usage: shortlist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_named_relative_to_the_callers_directory_are_found_when_the_process_starts_elsewhere()
    {
        // As under "dotnet run --project src/Shortlist.Web": the process starts in the project's folder, the shell's is in PWD.
        var start = Directory.CreateTempSubdirectory("shortlist-start-").FullName;
        var caller = Directory.CreateTempSubdirectory("shortlist-caller-").FullName;
        Directory.CreateDirectory(Path.Combine(caller, "resumes"));
        await File.WriteAllTextAsync(Path.Combine(caller, "resumes", "grace.txt"),
            "Grace Hopkins\ngrace@example.com | +1 617 555 0142 | Boston, MA\n\nEXPERIENCE\nIT Project Manager, Harbor Bank\nJan 2020 - Present\n");

        var (code, output, error) = await RunAsync(start, new Dictionary<string, string> { ["PWD"] = caller }, "parse", "resumes/grace.txt");
        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Contains("\"Grace Hopkins\"", output, StringComparison.Ordinal);

        var (missing, _, missingError) = await RunAsync(start, new Dictionary<string, string> { ["PWD"] = caller }, "parse", "resumes/nobody.txt");
        Assert.Equal(1, missing);
        Assert.Equal("resumes/nobody.txt: no such file", missingError.Trim());
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, [], args);

    private static async Task<(int Code, string Output, string Error)> RunAsync(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Executable);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The test's own shell directory would otherwise be the caller's.
        info.Environment["PWD"] = workingDirectory;
        foreach (var (key, value) in environment) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
