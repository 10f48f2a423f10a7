using Shortlist.Domain.Common;
using Shortlist.Web.Auth;
using Shortlist.Web.Infrastructure;
using Shortlist.Web.Seeding;

namespace Shortlist.Web.Cli;

/// <summary>What each verb other than serve does, with the same services as the web host.</summary>
public static class Verbs
{
    public static async Task<int> RunAsync(this CommandLine command, WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        if (command.Verb is Verb.Rank or Verb.EvalMatch) return MatchVerbs.Run(command, app.Services.GetRequiredService<TimeProvider>(), Console.Out, Console.Error);
        if (!command.NeedsDatabase) return ParseVerbs.Run(command, app.Services.GetRequiredService<TimeProvider>(), Console.Out, Console.Error);
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (command.Verb)
        {
            case Verb.Import:
                await services.GetRequiredService<Features.Taxonomy.TaxonomyLoader>().LoadAsync(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded, ct);
                return await ImportVerb.RunAsync(command.Paths, app.Services, Console.Out, Console.Error, ct);
            case Verb.Embed:
                return await EmbedVerb.RunAsync(app.Services, Console.Out, ct);
            case Verb.Retention:
                var report = await services.GetRequiredService<Features.Privacy.RetentionService>().RunAsync(ct);
                Console.WriteLine($"Retention: {report.Notified} candidates notified, {report.Anonymised} anonymised, {report.KeptAfterActivity} kept after new activity.");
                return 0;
            case Verb.DuplicatesScan:
                var scan = await services.GetRequiredService<Features.Duplicates.DuplicateDetector>().ScanAsync(ct);
                Console.WriteLine($"Duplicates: {scan.Checked} candidates checked, {scan.KeysFilled} lookup keys filled, {scan.PairsAdded} new pairs, {scan.PairsUpdated} pairs updated.");
                return 0;
            case Verb.Migrate:
                Console.WriteLine("The database is up to date.");
                return 0;
            case Verb.Seed:
                await services.GetRequiredService<Features.Taxonomy.TaxonomyLoader>().LoadAsync(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded, ct);
                var result = await services.GetRequiredService<DemoSeeder>()
                    .SeedAsync(command.Number("--candidates", DemoSeeder.DefaultCandidates), command.Number("--positions", DemoSeeder.DefaultPositions), command.Number("--seed", 42), ct);
                Console.WriteLine($"Added {result.CandidatesCreated} candidates, {result.PositionsCreated} positions, {result.OrganizationsCreated} organizations, " +
                    $"{result.ApplicationsCreated} applications, {result.TaxonomyEntriesCreated} taxonomy entries in {result.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            case Verb.AdminCreate:
                var email = command.Options["--email"];
                var generated = !command.Options.TryGetValue("--password", out var password);
                password ??= GeneratedPassword.New();
                var accounts = services.GetRequiredService<AccountService>();
                var created = await accounts.CreateUserAsync(email, password, command.Options.GetValueOrDefault("--name") ?? email, Roles.Administrator, null);
                if (!created.Succeeded)
                {
                    foreach (var (field, messages) in created.Errors) Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
                    return 1;
                }
                Console.WriteLine($"Administrator {email} created." + (generated ? $" Password: {password}" : ""));
                return 0;
            default:
                return CommandLine.PrintHelp(null);
        }
    }
}
