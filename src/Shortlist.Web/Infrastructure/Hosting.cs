using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;
using Shortlist.Embeddings;
using Shortlist.Matching.Text;
using Shortlist.Web.Auditing;
using Shortlist.Web.Auth;
using Shortlist.Web.Features.JobBoard;
using Shortlist.Web.Features.Account;
using Shortlist.Web.Features.Admin;
using Shortlist.Web.Features.Candidates;
using Shortlist.Web.Features.Embeddings;
using Shortlist.Web.Features.Organizations;
using Shortlist.Web.Features.Positions;
using Shortlist.Web.Features.Taxonomy;
using Shortlist.Web.Features.Files;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Features.Portal;
using Shortlist.Web.Features.Resumes;
using Shortlist.Web.Features.Conversations;
using Shortlist.Web.Features.Client;
using Shortlist.Web.Features.Privacy;
using Shortlist.Web.Features.Notifications;
using Shortlist.Web.Features.Engagements;
using Shortlist.Web.Features.SearchRequests;
using Shortlist.Web.Features.Pipeline;
using Shortlist.Web.Features.Searches;
using Shortlist.Web.Features.Talent;
using Shortlist.Web.Features.Activities;
using Shortlist.Web.Features.Duplicates;
using Shortlist.Web.Infrastructure.Email;
using Shortlist.Web.Seeding;

namespace Shortlist.Web.Infrastructure;

/// <summary>The host's building blocks, each named in Program.cs.</summary>
public static class Hosting
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.ClearProviders();
        // Structured (JSON) logs in production; readable lines while developing.
        if (builder.Environment.IsDevelopment() || builder.Configuration["Logging:Format"] == "text") builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        else builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 20 * 1024 * 1024);
        return builder;
    }

    public static IServiceCollection AddShortlistFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        // Every e-mail goes through the outbox table; the worker delivers it by SMTP or into the pickup folder.
        services.TryAddSingleton<MailSignal>();
        services.AddSingleton<IMailTransport, MailTransport>();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddSingleton<MailDeliveryWorker>();
        services.AddHostedService(s => s.GetRequiredService<MailDeliveryWorker>());
        services.AddScoped<Features.Admin.MailOutboxService>();
        services.AddScoped<Features.Notifications.NotificationService>();
        services.AddOptions<Features.Notifications.ScheduledNoticeOptions>().BindConfiguration(Features.Notifications.ScheduledNoticeOptions.Section);
        services.AddScoped<Features.Notifications.ScheduledNotices>();
        services.AddHostedService<Features.Notifications.ScheduledNoticeWorker>();
        services.AddScoped<Features.Engagements.EngagementService>();
        services.AddScoped<AuditLog>();
        services.AddScoped<Features.Duplicates.DuplicateDetector>();
        services.AddScoped<Features.Duplicates.DuplicateService>();
        services.AddJobBoard();
        services.AddOptions<JobBoardOptions>().BindConfiguration(JobBoardOptions.Section);
        services.AddScoped<AccountService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoAccounts>();
        services.AddOptions<ParsingOptions>().BindConfiguration(ParsingOptions.Section);
        services.AddSingleton<SkillMatcherCache>();
        services.AddScoped<FileStore>();
        services.AddScoped<ResumeIntake>();
        services.AddScoped<ResumePages>();
        services.AddScoped<Features.Portal.ProfileEditor>();
        services.AddOptions<SearchRequestOptions>().BindConfiguration(SearchRequestOptions.Section);
        services.AddScoped<SearchRequestService>();
        services.AddScoped<Features.Client.ClientPortalService>();
        services.AddScoped<Features.Client.ColleagueService>();
        services.AddScoped<Features.Submissions.SubmissionService>();
        services.AddSingleton<FormTimer>();
        services.AddScoped<TaxonomyLoader>();
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section);
        services.AddSingleton<MatchingService>();
        services.AddHostedService(s => s.GetRequiredService<MatchingService>());
        services.AddHealthChecks().AddCheck<MatchingService>("matching", tags: ["ready"]);
        services.AddScoped<MatchReader>();
        services.AddScoped<PositionService>();
        services.AddScoped<Features.Activities.ActivityService>();
        services.AddScoped<Shortlist.Web.Features.Pipeline.PipelineService>();
        services.AddScoped<Shortlist.Web.Features.Searches.SearchService>();
        services.AddScoped<Features.Talent.TalentSearchService>();
        services.AddScoped<Features.Talent.SavedSearchService>();
        services.AddOptions<Features.Talent.SavedSearchOptions>().BindConfiguration(Features.Talent.SavedSearchOptions.Section);
        services.AddSingleton<Features.Talent.SavedSearchAlerter>();
        services.AddHostedService(s => s.GetRequiredService<Features.Talent.SavedSearchAlerter>());
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section);
        services.AddScoped<ConversationService>();
        services.AddScoped<PrivacyService>();
        services.AddMemoryCache();
        services.AddScoped<ConsentService>();
        services.AddScoped<AuditSearch>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddScoped<RetentionService>();
        services.AddHostedService<RetentionWorker>();
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section);
        // One model per process, loaded on first use; registered as an instance so no host disposes it under another.
        services.AddSingleton<ITextEmbedder>(MiniLmEmbedder.Shared);
        services.AddSingleton<EmbeddingRefresher>();
        services.AddSingleton<IEmbeddingStore, EmbeddingStore>();
        services.AddHostedService<EmbeddingWorker>();
        return services;
    }

    public static IServiceCollection AddShortlistPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Workspace", Policies.Staff);
            o.Conventions.AddPageRoute("/Workspace/Positions/Edit", "/Workspace/Positions/new");
            o.Conventions.AuthorizeFolder("/Positions", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Candidates", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Organizations", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Activities", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Client", Policies.HiringManager);
            o.Conventions.AuthorizeFolder("/Portal", Policies.Candidate);
            o.Conventions.AuthorizePage("/Account/Logout");
            o.Conventions.AuthorizeFolder("/Notifications", Policies.SignedIn);
            o.Conventions.AuthorizePage("/Account/TwoFactor");
            o.Conventions.AuthorizePage("/Account/Tokens");
            o.Conventions.AuthorizePage("/Account/Consent", Policies.Candidate);
            o.Conventions.AllowAnonymousToFolder("/JobBoard");
            o.Conventions.AllowAnonymousToFolder("/Legal");
            o.Conventions.AllowAnonymousToFolder("/SearchRequests");
        })
        // No client-side validation library is loaded, and an empty validation summary would carry an inline
        // style="display:none" that the Content-Security-Policy (no inline styles) blocks: validation is server-side.
        .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "shortlist.csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddShortlistRateLimits();
        return services;
    }

    public static IServiceCollection AddShortlistOpenApi(this IServiceCollection services)
        => services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Shortlist API";
            doc.Info.Description = "Talent search and matching. Authenticate with POST /api/v1/auth/token and send the header Authorization: Bearer {accessToken}.";
            return Task.CompletedTask;
        }));

    public static WebApplication MapShortlistOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("Shortlist API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return app;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    public static WebApplication MapShortlistApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.ApiUser).DisableAntiforgery().RequireRateLimiting(RateLimiting.Api)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(429);
        api.MapAccount().MapAccountSecurity().MapConsent().MapOrganizations().MapPositions().MapCandidates().MapResumes().MapPostingParsing().MapTaxonomy().MapSearchRequests()
            .MapAdmin().MapMatching().MapJobBoard().MapMyProfile().MapConversations().MapPrivacy().MapClientPortal().MapPipeline().MapSearches()
            .MapNotifications().MapEngagements().MapMailOutbox().MapTalent()
            .MapActivities().MapDuplicates();
        app.MapJobBoardFeeds();
        return app;
    }

    /// <summary>Start-up work before the first request: migrations, roles, and on an empty database the demo data.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        await scope.ServiceProvider.GetRequiredService<TaxonomyLoader>().LoadAsync(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded, ct);
        await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedIfEmptyAsync(ct);
    }
}
