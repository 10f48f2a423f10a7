using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>
/// The OpenAPI document is committed beside the code (docs/openapi.v1.json) so API changes show up in review.
/// Set SHORTLIST_UPDATE_OPENAPI=1 to rewrite it after an intended change.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ServedDocument_MatchesTheCommittedOne()
    {
        using var client = app.CreateClient();
        var served = Normalize(await client.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.v1.json");
        if (Environment.GetEnvironmentVariable("SHORTLIST_UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(path, served);
        Assert.True(File.Exists(path), "docs/openapi.v1.json is missing; run the tests once with SHORTLIST_UPDATE_OPENAPI=1.");
        Assert.Equal(await File.ReadAllTextAsync(path), served);
    }

    [Fact]
    public async Task ServedDocument_DescribesEveryApiEndpoint()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var endpoint in Auth.AuthorizationMatrixTests.Endpoints(app.Services).Where(e => e.Contains(" /api/", StringComparison.Ordinal)))
        {
            var path = endpoint.Split(' ')[1].Replace(":guid", "", StringComparison.Ordinal);
            Assert.Contains(path, paths);
        }
    }

    // The server address depends on the request's host, so it is left out of the comparison.
    private static string Normalize(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shortlist.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Shortlist.slnx not found above the test output.");
    }
}
