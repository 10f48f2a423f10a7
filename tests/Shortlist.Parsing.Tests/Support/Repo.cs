namespace Shortlist.Parsing.Tests.Support;

/// <summary>Paths of the repository and of the shared data beside it.</summary>
public static class Repo
{
    /// <summary>The folder holding Shortlist.slnx, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The shared data folder: SHORTLIST_SHARED_DATA when set, else the first shared/data beside the repository or
    /// beside one of its parent folders (../shared/data in the usual layout).
    /// </summary>
    public static string SharedData { get; } = FindSharedData();

    private static string FindSharedData()
    {
        if (Environment.GetEnvironmentVariable("SHORTLIST_SHARED_DATA") is { Length: > 0 } given) return Path.GetFullPath(given);
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
    }

    /// <summary>A folder under the shared data that must exist: a missing one fails the test with a clear message.</summary>
    public static string Data(params string[] parts)
    {
        var path = Path.Combine([SharedData, .. parts]);
        Assert.True(Directory.Exists(path) || File.Exists(path), $"Shared test data is missing: '{path}'. Put the data set at ../shared/data beside the repository or set SHORTLIST_SHARED_DATA.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shortlist.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Shortlist.slnx was not found above " + AppContext.BaseDirectory);
    }
}
