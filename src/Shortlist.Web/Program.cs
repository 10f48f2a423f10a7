using System.Globalization;
using Shortlist.Web.Auth;
using Shortlist.Web.Cli;
using Shortlist.Web.Features.Privacy;
using Shortlist.Web.Infrastructure;

// One culture whatever the host's: forms bind "1.5" as one and a half and the CLI prints "0.90" on a German or French
// server too. The invariant culture needs no culture data (it works in globalization-invariant containers without ICU);
// the product's pages and messages are English, and dates and amounts are formatted explicitly where shown.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var command = CommandLine.Parse(args);
if (command.Verb == Verb.Help || command.Error is not null) return CommandLine.PrintHelp(command.Error);
// Files named on the command line are found from the caller's directory too (dotnet run --project starts in the project's folder).
command = command.ForCaller(Environment.GetEnvironmentVariable("PWD"));

// Content (settings, wwwroot) is read beside the executable, so the product runs from any working directory;
// relative paths in settings (./data) stay relative to where it is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(command.HostArgs, CommandLine.SwitchMappings);
// Lifetime mistakes (a singleton holding a scoped service) stop every environment at start-up, tests included,
// not only Development, where ASP.NET Core checks them by default.
builder.Host.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
builder.AddObservability();

builder.Services.AddShortlistDatabase(builder.Configuration);
builder.Services.AddShortlistAuth(builder.Configuration);
builder.Services.AddErrorHandling();
builder.Services.AddShortlistFeatures();
builder.Services.AddShortlistPages();
builder.Services.AddShortlistOpenApi();
builder.Services.AddWebPerformance();

var app = builder.Build();

if (command.Verb != Verb.Serve) return await command.RunAsync(app);

await app.PrepareAsync();

app.UseErrorHandling();
app.UseSecurityHeaders();
app.UseWebPerformance();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseTokenScopes();
app.UseTwoFactorGate();
app.UseConsentGate();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealth();
app.MapShortlistOpenApi();
app.MapShortlistApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
