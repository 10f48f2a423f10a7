using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Features.JobBoard;

/// <summary>What the public may see of an open position: no client, fee or effort budget.</summary>
public sealed record JobDetail(Guid Id, string Title, string Slug, string Description, string Industry, WorkplaceMode Workplace, EngagementTypes Engagement,
    Place? Location, Compensation? Pay, DateOnly? StartDate, DateTimeOffset PostedAt, DateOnly ValidThrough, IReadOnlyList<JobRequirement> Requirements)
{
    public static JobDetail From(Position p)
    {
        var posted = p.PublishedAt ?? p.CreatedAt;
        return new(p.Id, p.Title, JobSearch.Slug(p.Title), p.Description, p.Industry, p.Workplace, p.Engagement, p.Location, p.Compensation, p.StartDate, posted,
            p.TargetFillDate is { } fill && fill > DateOnly.FromDateTime(posted.UtcDateTime) ? fill : DateOnly.FromDateTime(posted.UtcDateTime.AddDays(60)),
            p.Requirements.Select(r => new JobRequirement(r.Label, r.Importance, r.MinimumYears)).ToList());
    }
}

public sealed record JobRequirement(string Label, Importance Importance, double? MinimumYears);

public static class JobBoardApi
{
    public static IServiceCollection AddJobBoard(this IServiceCollection services)
    {
        services.AddSingleton<JobBoardIndex>();
        services.AddScoped<JobSearch>();
        services.AddScoped<ApplyService>();
        services.AddHostedService<ApplyUploadSweeper>();
        return services;
    }

    public static RouteGroupBuilder MapJobBoard(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/jobs").AllowAnonymous().WithTags("Job board");
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        api.MapApply();
        return api;
    }

    /// <summary>The sitemap and the Atom feed, outside the API group.</summary>
    public static WebApplication MapJobBoardFeeds(this WebApplication app)
    {
        app.MapGet("/jobs/sitemap.xml", Sitemap).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/jobs/feed.atom", Feed).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/robots.txt", Robots).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Crawlers may read the public pages; the API, the account pages and the signed-in areas are not for them.</summary>
    private static IResult Robots(HttpRequest request) => Results.Text(
        "User-agent: *\nAllow: /$\nAllow: /jobs\nAllow: /privacy\nDisallow: /api/\nDisallow: /Account/\nDisallow: /Portal\nDisallow: /Workspace\n" +
        "Disallow: /Positions\nDisallow: /Candidates\nDisallow: /Organizations\nDisallow: /Client\nDisallow: /Admin\n" +
        $"\nSitemap: {request.Scheme}://{request.Host}/jobs/sitemap.xml\n", "text/plain; charset=utf-8");

    /// <summary>Searches open positions; every filter is optional, an unknown value answers 400.</summary>
    private static async Task<Results<Ok<JobResults>, ValidationProblem>> List(JobSearch search, string? q, string? role, string? industry, string? workplace, string? location,
        string? engagement, string? pay, string? posted, string? sort, string? page, string? pageSize, CancellationToken ct)
    {
        var (query, errors) = JobQuery.Parse(q, industry, workplace, engagement, pay, posted, sort, page, pageSize, role, location);
        query = await search.ResolveAsync(query, errors, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await search.SearchAsync(query, ct));
    }

    private static async Task<Results<Ok<JobDetail>, NotFound>> Get(Guid id, JobSearch search, CancellationToken ct)
        => await search.FindOpenAsync(id, ct) is { } p ? TypedResults.Ok(JobDetail.From(p)) : TypedResults.NotFound();

    private static string Url(HttpRequest request, Guid id, string title) => $"{request.Scheme}://{request.Host}/jobs/{id}/{JobSearch.Slug(title)}";

    private static async Task<IResult> Sitemap(ShortlistDbContext db, HttpRequest request, CancellationToken ct)
    {
        var rows = (await JobSearch.Open(db).Select(p => new { p.Id, p.Title, p.UpdatedAt }).ToListAsync(ct)).OrderByDescending(p => p.UpdatedAt).ToList();
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var r in rows)
            {
                w.WriteStartElement("url");
                w.WriteElementString("loc", Url(request, r.Id, r.Title));
                w.WriteElementString("lastmod", r.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Results.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }

    private static async Task<IResult> Feed(ShortlistDbContext db, HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        var rows = (await JobSearch.Open(db).ToListAsync(ct)).OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).Take(50).ToList();
        static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        const string atom = "http://www.w3.org/2005/Atom";
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartElement("feed", atom);
            w.WriteElementString("title", atom, "Shortlist: open positions");
            w.WriteElementString("id", atom, $"{request.Scheme}://{request.Host}/jobs");
            w.WriteElementString("updated", atom, Stamp(rows.Count > 0 ? rows.Max(r => r.UpdatedAt) : clock.GetUtcNow()));
            w.WriteStartElement("link", atom); w.WriteAttributeString("rel", "self"); w.WriteAttributeString("href", $"{request.Scheme}://{request.Host}/jobs/feed.atom"); w.WriteEndElement();
            w.WriteStartElement("author", atom); w.WriteElementString("name", atom, "Shortlist"); w.WriteEndElement();
            foreach (var p in rows)
            {
                var url = Url(request, p.Id, p.Title);
                w.WriteStartElement("entry", atom);
                w.WriteElementString("title", atom, p.Title);
                w.WriteElementString("id", atom, $"urn:uuid:{p.Id}");
                w.WriteElementString("updated", atom, Stamp(p.UpdatedAt));
                w.WriteElementString("published", atom, Stamp(p.PublishedAt ?? p.CreatedAt));
                w.WriteStartElement("link", atom); w.WriteAttributeString("href", url); w.WriteEndElement();
                w.WriteStartElement("summary", atom); w.WriteAttributeString("type", "text");
                w.WriteString(p.Description.Length > 500 ? p.Description[..500] + "…" : p.Description); w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Results.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }
}
