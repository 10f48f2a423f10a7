using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Matching.Index;
using Shortlist.Matching.Talent;

namespace Shortlist.Matching.Tests.Talent;

public sealed class TalentSearcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly TaxonomyTerm[] Taxonomy =
    [
        new("ehr", "EHR", TaxonomyCategory.Domain, ["electronic health records"], null),
        new("epic", "Epic", TaxonomyCategory.Platform, ["Epic Systems", "EpicCare"], "ehr"),
        new("pmp", "PMP", TaxonomyCategory.Certification, ["Project Management Professional"], null),
        new("pgmp", "PgMP", TaxonomyCategory.Certification, ["Program Management Professional"], null),
        new("healthcare", "Healthcare", TaxonomyCategory.Industry, [], null),
        new("jira", "Jira", TaxonomyCategory.Tool, [], null),
    ];

    private static Candidate Person(string first, string headline, string roleTitle, string description, (string Code, string Name, double Years)[] skills,
        (string Code, string Name)[] certs, double? lat = 42.36, double? lon = -71.06, decimal? rate = null, DateOnly? available = null)
    {
        var c = new Candidate(first, "Tester", $"{first.ToLowerInvariant()}@t.test", Now, location: new Place("Boston", "MA", "US", lat, lon));
        c.SetProfile(headline, null, [new ProfileRole(roleTitle, "Mass General", "healthcare", new DateOnly(2018, 1, 1), null, null, description)],
            [.. skills.Select(s => new ProfileSkill(s.Code, s.Name, s.Years, 2026))], [.. certs.Select(x => new ProfileCertification(x.Code, x.Name, 2019))],
            [new ProfileIndustry("healthcare", 6)], [], Now);
        c.SetPreferences(new Preferences(WorkplaceMode.Hybrid, EngagementTypes.Contract, rate is null ? null : new Compensation(rate, rate, CompensationUnit.Hourly), available, WorkAuthorization.Citizen), Now);
        return c;
    }

    private static (TalentSearcher Searcher, Dictionary<string, Candidate> People) Build()
    {
        var people = new Dictionary<string, Candidate>
        {
            ["ann"] = Person("Ann", "IT project manager", "IT Project Manager", "Led the Epic implementation across 40 clinics.", [("epic", "Epic", 6)], [("pmp", "PMP")], rate: 95),
            ["bob"] = Person("Bob", "Program manager", "Senior Program Manager", "Ran an EHR migration as an independent contractor.", [("epic", "EpicCare", 2)], [("pgmp", "PgMP")], rate: 140),
            ["cat"] = Person("Cat", "Business analyst", "Business Systems Analyst", "Wrote requirements for the claims project manager.", [("jira", "Jira", 4)], [("pmp", "PMP")], lat: 34.05, lon: -118.24),
            ["dan"] = Person("Dan", "Project manager", "Project Manager", "Scrum master for a payments team; mentions Epic only here.", [], [], available: Today.AddDays(200)),
        };
        var index = new CandidateIndex(0);
        index.AddRange(people.Values.Select(p => CandidateDocument.From(p, Today)));
        return (new TalentSearcher(index, new TalentVocabulary(Taxonomy)), people);
    }

    private static HashSet<string> Names(TalentSearcher s, Dictionary<string, Candidate> people, string q, TalentFilters? filters = null)
    {
        var result = s.Search(new TalentQuery(TalentQueryParser.Parse(q), filters ?? TalentFilters.None, Today, 0, 100));
        Assert.Equal(result.Total, result.Hits.Count);
        return [.. result.Hits.Select(h => people.Single(p => p.Value.Id == h.CandidateId).Key)];
    }

    [Fact]
    public void Boolean_queries_combine_taxonomy_entries_and_words()
    {
        var (s, p) = Build();
        Assert.Equal(["ann", "bob", "dan"], Names(s, p, "Epic").Order());           // ann, bob hold it; dan only mentions it
        Assert.Equal(["ann"], Names(s, p, "Epic AND (PMP OR PgMP) NOT contractor"));
        Assert.Equal(["ann", "bob"], Names(s, p, "Epic AND (PMP OR PgMP)").Order());
        Assert.Equal(["ann", "bob", "cat"], Names(s, p, "\"Project Management Professional\" OR PgMP").Order()); // an alias
        Assert.Equal(["ann", "bob"], Names(s, p, "EHR (PMP OR PgMP)").Order());    // narrower entries count for a broader one
        Assert.Equal(["cat", "dan"], Names(s, p, "\"project manager\" -pmp OR jira").Order());
        Assert.Equal(["cat", "dan"], Names(s, p, "\"project manager\" NOT \"it project\"").Order());
        Assert.Empty(Names(s, p, "\"manager project\""));
        Assert.Equal(["dan"], Names(s, p, "scrum payments"));
        Assert.Empty(Names(s, p, "nowhere"));
    }

    [Fact]
    public void Fields_narrow_the_results()
    {
        var (s, p) = Build();
        Assert.Equal(["ann"], Names(s, p, "manager", new TalentFilters { Skills = [new SkillFilter("epic", 5)] }));
        Assert.Equal(["ann", "bob"], Names(s, p, "manager", new TalentFilters { Skills = [new SkillFilter("ehr", 1)] }).Order());
        Assert.Equal(["ann", "cat"], Names(s, p, "manager", new TalentFilters { Certifications = ["pmp"] }).Order());
        Assert.Equal(["ann", "bob", "dan"], Names(s, p, "manager", new TalentFilters { Title = "manager" }).Order());
        Assert.Equal(["ann", "dan"], Names(s, p, "manager", new TalentFilters { Title = "project manager" }).Order());
        Assert.Equal(["ann", "bob", "dan"], Names(s, p, "manager", new TalentFilters { Latitude = 42.4, Longitude = -71.1, RadiusKm = 50 }).Order());
        Assert.Equal(["ann", "cat", "dan"], Names(s, p, "manager", new TalentFilters { MaxHourlyRate = 100 }).Order());
        Assert.Equal(["ann", "bob", "cat"], Names(s, p, "manager", new TalentFilters { AvailableBy = Today.AddDays(30) }).Order());
        Assert.Equal(["ann", "bob", "cat", "dan"], Names(s, p, "manager", new TalentFilters { ActiveWithinDays = 30, Industries = ["healthcare"] }).Order());
        // Fields alone, without a query.
        var all = s.Search(new TalentQuery(null, new TalentFilters { Certifications = ["pgmp"] }, Today));
        Assert.Equal([p["bob"].Id], all.Hits.Select(h => h.CandidateId));
    }

    [Fact]
    public void Ranks_by_terms_matched_and_explains_them_with_highlighted_evidence()
    {
        var (s, p) = Build();
        var result = s.Search(new TalentQuery(TalentQueryParser.Parse("Epic OR PgMP"), TalentFilters.None, Today, 0, 2));
        Assert.Equal(3, result.Total);
        Assert.Equal([p["bob"].Id, p["ann"].Id], result.Hits.Select(h => h.CandidateId)); // bob: both terms; ann: Epic with more years
        var bob = result.Hits[0].Matched;
        Assert.Equal("epic", bob[0].Code);
        Assert.Equal(2, bob[0].Years);
        var evidence = TalentEvidenceFinder.Find(p["ann"], result.Hits[1].Matched, s.Vocabulary);
        var role = evidence.First(e => e.Field == "role");
        Assert.Equal("IT Project Manager", role.Role);
        Assert.Equal("Mass General", role.Employer);
        Assert.Equal("Epic", Assert.Single(role.Snippet, h => h.Match).Text);
        Assert.Contains("implementation", string.Concat(role.Snippet.Select(h => h.Text)), StringComparison.Ordinal);
        var page2 = s.Search(new TalentQuery(TalentQueryParser.Parse("Epic OR PgMP"), TalentFilters.None, Today, 2, 2));
        Assert.Equal(3, Assert.Single(page2.Hits).Rank);
    }

    [Fact]
    public void Follows_changes_and_removals()
    {
        var (s, p) = Build();
        p["dan"].SetProfile("Project manager", "Now holds PgMP.", p["dan"].Roles, [], [new ProfileCertification("pgmp", "PgMP", 2025)], [], [], Now);
        s.Index.Upsert(CandidateDocument.From(p["dan"], Today));
        Assert.Equal(["bob", "dan"], Names(s, p, "pgmp").Order());
        Assert.Equal(["dan"], s.Matching(new TalentQuery(TalentQueryParser.Parse("pgmp"), new TalentFilters { Title = "project manager" }, Today), [p["dan"].Id, p["ann"].Id, Guid.NewGuid()]).Select(id => p.Single(x => x.Value.Id == id).Key));
        s.Index.Remove(p["bob"].Id);
        Assert.Equal(["dan"], Names(s, p, "pgmp"));
        s.Index.Compact();
        Assert.Equal(["dan"], Names(s, p, "pgmp"));
        Assert.Equal(["ann", "dan"], Names(s, p, "\"project manager\" -analyst").Order());
    }

    [Fact]
    public void Agrees_with_a_brute_force_evaluation_on_random_pools_and_queries()
    {
        var rng = new Random(7);
        string[] words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
        var index = new CandidateIndex(0);
        var texts = new Dictionary<Guid, HashSet<string>>();
        for (var i = 0; i < 3000; i++)
        {
            var id = Guid.NewGuid();
            var bag = words.Where(_ => rng.Next(3) == 0).ToHashSet();
            texts[id] = bag;
            index.Upsert(new CandidateDocument(id, [], null, null, WorkplaceMode.Hybrid, EngagementTypes.Contract, WorkAuthorization.Citizen, null, null, 0, TrackSummary.None,
                Words: [.. bag]));
            if (i % 7 == 0) { index.Remove(id); texts.Remove(id); }
        }
        var searcher = new TalentSearcher(index, new TalentVocabulary([]));
        for (var q = 0; q < 300; q++)
        {
            var (text, eval) = RandomQuery(rng, words, 3);
            if (!TalentQueryParser.TryParse(text, out var node, out _) || node is null) continue;
            var expected = texts.Where(t => eval(t.Value)).Select(t => t.Key).ToHashSet();
            var result = searcher.Search(new TalentQuery(node, TalentFilters.None, Today, 0, 5000));
            Assert.True(expected.SetEquals(result.Hits.Select(h => h.CandidateId)), text);
            Assert.Equal(expected.Count, result.Total);
        }
    }

    [Fact]
    public void Radius_and_years_scores_agree_with_a_brute_force_and_a_batched_build_with_one()
    {
        var rng = new Random(11);
        string[] codes = ["ehr", "epic", "epic-ambulatory", "cerner"];
        var docs = new List<CandidateDocument>();
        for (var i = 0; i < 3000; i++)
        {
            var terms = codes.Where(_ => rng.Next(3) > 0).Select(c => new TermYears(c, Math.Round(rng.NextDouble() * 14 * 4) / 4, 2025)).ToArray();
            // Around Boston, some far north or south, some east or west, a few unknown.
            double? lat = rng.Next(50) == 0 ? null : 42.36 + (rng.NextDouble() - 0.5) * 3;
            double? lon = lat is null ? null : -71.06 + (rng.NextDouble() - 0.5) * 3;
            docs.Add(new CandidateDocument(Guid.NewGuid(), terms, lat, lon, WorkplaceMode.Hybrid, EngagementTypes.Contract, WorkAuthorization.Citizen, null, null, 0,
                TrackSummary.None, Words: ["manager"], LastActivity: Today.AddDays(-rng.Next(400))));
        }
        var batched = new CandidateIndex(0);
        foreach (var chunk in docs.Chunk(250)) batched.AddRange(chunk, trim: false);
        batched.TrimExcess();
        var once = new CandidateIndex(0);
        once.AddRange(docs);
        var vocabulary = new TalentVocabulary(Taxonomy.Concat([new TaxonomyTerm("epic-ambulatory", "Epic Ambulatory", TaxonomyCategory.Platform, [], "epic"),
            new TaxonomyTerm("cerner", "Cerner", TaxonomyCategory.Platform, [], "ehr")]));
        var query = new TalentQuery(TalentQueryParser.Parse("EHR OR manager"), new TalentFilters { Latitude = 42.36, Longitude = -71.06, RadiusKm = 80 }, Today, 0, 5000);
        var a = new TalentSearcher(batched, vocabulary).Search(query);
        var b = new TalentSearcher(once, vocabulary).Search(query);
        Assert.Equal(b.Hits.Select(h => (h.CandidateId, h.Score)), a.Hits.Select(h => (h.CandidateId, h.Score)));

        static double Km(double lat1, double lon1, double lat2, double lon2)
        {
            var dLat = (lat2 - lat1) * Math.PI / 180; var dLon = (lon2 - lon1) * Math.PI / 180;
            var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
        }
        var found = a.Hits.ToDictionary(h => h.CandidateId);
        Assert.Equal(a.Total, found.Count);
        foreach (var d in docs)
        {
            var km = d.Latitude is double la ? Km(la, d.Longitude!.Value, 42.36, -71.06) : double.PositiveInfinity;
            if (km < 79.9) Assert.True(found.ContainsKey(d.Id), $"{km} km away and not found");
            if (km > 80.1) Assert.False(found.ContainsKey(d.Id), $"{km} km away and found");
            // Every entry is under EHR: two points and up to two for the most years of any held; one more for the word everyone has.
            if (found.TryGetValue(d.Id, out var hit))
                Assert.Equal(1 + (d.Terms.Count == 0 ? 0 : Math.Round(2 + Math.Min(d.Terms.Max(t => PostingList.DecodeYears(PostingList.EncodeYears(t.Years))), 10) / 5.0, 2)), hit.Score, 2);
        }
        Assert.True(found.Count > 500);

        // Few matched: the scores come from seeking the lists rather than from a table of years.
        var few = new TalentSearcher(batched, vocabulary).Search(new TalentQuery(TalentQueryParser.Parse("EHR"), new TalentFilters { Skills = [new SkillFilter("cerner", 13)] }, Today, 0, 5000));
        Assert.InRange(few.Total, 5, 200);
        foreach (var hit in few.Hits)
        {
            var d = docs.Single(x => x.Id == hit.CandidateId);
            Assert.Equal(Math.Round(2 + Math.Min(d.Terms.Max(t => PostingList.DecodeYears(PostingList.EncodeYears(t.Years))), 10) / 5.0, 2), hit.Score, 2);
        }
    }

    private static (string, Func<HashSet<string>, bool>) RandomQuery(Random r, string[] words, int depth)
    {
        var k = depth == 0 ? 0 : r.Next(5);
        switch (k)
        {
            case 1 or 2:
            {
                var (a, fa) = RandomQuery(r, words, depth - 1);
                var (b, fb) = RandomQuery(r, words, depth - 1);
                return k == 1 ? ($"({a} AND {b})", s => fa(s) && fb(s)) : ($"({a} OR {b})", s => fa(s) || fb(s));
            }
            case 3:
            {
                var (a, fa) = RandomQuery(r, words, depth - 1);
                var w = words[r.Next(words.Length)];
                return ($"({w} NOT {a})", s => s.Contains(w) && !fa(s));
            }
            default:
            {
                var w = words[r.Next(words.Length)];
                return (w, s => s.Contains(w));
            }
        }
    }
}
