using Microsoft.AspNetCore.Http.HttpResults;
using Shortlist.Data;
using Shortlist.Parsing.Postings;
using Shortlist.Parsing.Text;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Features.Resumes;

/// <summary>A client's job description in, a draft of the position's requirements out (nothing is stored).</summary>
public static class PostingsApi
{
    public static RouteGroupBuilder MapPostingParsing(this RouteGroupBuilder api)
    {
        api.MapPost("/positions/parse", Parse).RequireAuthorization(Policies.Staff).WithTags("Positions").DisableAntiforgery();
        return api;
    }

    private static async Task<Ok<ParsedPosting>> Parse(IFormFile? file, ResumeIntake intake, SkillMatcherCache skills, ShortlistDbContext db, CancellationToken ct)
    {
        var upload = await intake.ReadAsync(file, ct);
        var matcher = await skills.GetAsync(db, ct);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(ParseLimits.Default.Budget + TimeSpan.FromSeconds(1));
        var parsed = await Task.Run(() => new PostingParser(matcher).Parse(TextExtractor.ExtractPosting(upload.Content, upload.FileName, ParseLimits.Default, budget.Token)), budget.Token);
        return TypedResults.Ok(parsed);
    }
}
