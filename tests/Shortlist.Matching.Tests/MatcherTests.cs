using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;
using Shortlist.Matching.Results;

namespace Shortlist.Matching.Tests;

public sealed class MatcherTests
{
    private static readonly DateOnly Today = Pool.Today;

    private static CandidateDocument Person(string name, params (string Code, double Years, int? Last)[] terms) =>
        new(GuidOf(name), [.. terms.Select(t => new TermYears(t.Code, t.Years, t.Last))], 42.36, -71.06, WorkplaceMode.Hybrid,
            EngagementTypes.Contract, WorkAuthorization.Citizen, null, 100, 10, TrackSummary.None);

    private static Guid GuidOf(string name) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));

    /// <summary>Every candidate scored one by one, qualifying ones sorted: what the walk must reproduce.</summary>
    private static List<(Guid Id, double Score)> BruteForce(Matcher matcher, IEnumerable<CandidateDocument> docs, MatchQuery q)
    {
        var requirements = q.Requirements.Count > 0;
        return [.. docs
            .Select(d => (d.Id, Doc: matcher.Index.DocOf(d.Id), Result: matcher.ScoreOne(q, d.Id)!.Value))
            .Where(x => x.Result.Qualifies)
            // With no must-have, a candidate needs at least one requirement to be considered.
            .Where(x => !requirements || q.Requirements.Any(r => r.Importance == Importance.Must) || x.Result.Hit.Requirements.Any(r => r.Outcome != Outcome.Missing))
            .OrderByDescending(x => x.Result.Hit.Score).ThenBy(x => x.Doc)
            .Select(x => (x.Id, x.Result.Hit.Score))];
    }

    [Theory]
    [InlineData(false, false, false, false)]
    [InlineData(true, false, false, false)]
    [InlineData(true, true, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(true, false, true, false)]
    [InlineData(false, false, false, true)]
    [InlineData(true, false, false, true)]
    [InlineData(false, true, false, true)]
    [InlineData(true, false, true, true)]
    [InlineData(false, false, false, true, true)]
    [InlineData(false, false, true, true, true)]
    public void The_walk_ranks_exactly_as_scoring_every_candidate_would(bool skillsOnly, bool noMustHaves, bool exactCount, bool wide, bool narrower = false)
    {
        // wide: candidates across the continent and radius searches, so the walk visits a candidate set built from the
        // location cells it covers. narrower: s10–s19 are kinds of s00–s09, so a must-have has several lists.
        var (index, docs) = Pool.Build(seed: 7, count: wide ? 4000 : 2000, wide: wide);
        var graph = narrower
            ? new TermGraph(Pool.Codes.Select((c, i) => (c, c.ToUpperInvariant(), TaxonomyCategory.Tool, i is >= 10 and < 20 ? Pool.Codes[i - 10] : (string?)null)))
            : TermGraph.Empty;
        var matcher = new Matcher(index, graph);
        var pool = new Pool(99, wide);
        for (var i = 0; i < 150; i++)
        {
            var q = pool.Query() with { WhatIf = i % 2 == 0 };
            if (skillsOnly) q = q with { Scoring = ScoringProfile.SkillsOnly };
            q = q with { ExactCount = exactCount };
            if (noMustHaves) q = q with { WhatIf = false, Top = 1 + i % 5, RefineWindow = 1 + i % 5, Requirements = [.. q.Requirements.Select(r => r.Importance == Importance.Must ? r with { Importance = Importance.Strong } : r)] };
            var expected = BruteForce(matcher, docs, q);
            var result = matcher.Search(q);
            var got = result.Hits.Select(h => (h.CandidateId, h.Score)).ToList();
            var want = expected.Take(q.Top).ToList();
            Assert.True(want.Count == got.Count, $"query {i}: {want.Count} expected, {got.Count} returned");
            for (var k = 0; k < want.Count; k++)
            {
                Assert.True(want[k].Id == got[k].CandidateId, $"query {i}, rank {k + 1}: expected {want[k].Score}, got {got[k].Score}");
                Assert.Equal(want[k].Score, got[k].Score, 9);
            }
            if (result.QualifiedIsExact) Assert.Equal(expected.Count, result.Qualified);
            else Assert.True(result.Qualified <= expected.Count);
            if (exactCount || q.WhatIf) Assert.True(result.QualifiedIsExact);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_text_similarity_a_page_is_the_same_slice_of_the_ranking_whatever_the_refine_window(bool skillsOnly)
    {
        // With no embedding the heap keeps only skip + top; paging and the refine window must not change what shows.
        var (index, _) = Pool.Build(seed: 3, count: 1500);
        var matcher = new Matcher(index);
        var pool = new Pool(17);
        for (var i = 0; i < 80; i++)
        {
            var q = pool.Query() with { WhatIf = false, Embedding = null };
            if (skillsOnly) q = q with { Scoring = ScoringProfile.SkillsOnly };
            var whole = matcher.Search(q with { Skip = 0, Top = 20, RefineWindow = 500 }).Hits;
            var page = matcher.Search(q with { Skip = 10, Top = 10, RefineWindow = 0 }).Hits;
            var narrow = matcher.Search(q with { Skip = 0, Top = 20, RefineWindow = 1 }).Hits;
            Assert.Equal(whole.Skip(10).Select(h => (h.CandidateId, h.Score, h.Rank)), page.Select(h => (h.CandidateId, h.Score, h.Rank)));
            Assert.Equal(whole.Select(h => (h.CandidateId, h.Score)), narrow.Select(h => (h.CandidateId, h.Score)));
        }
    }

    [Fact]
    public void What_if_counts_the_candidates_who_fail_only_that_filter()
    {
        var (index, docs) = Pool.Build(seed: 11, count: 2500);
        var matcher = new Matcher(index);
        var pool = new Pool(5);
        var checkedItems = 0;
        for (var i = 0; i < 150; i++)
        {
            var q = pool.Query() with { WhatIf = true, Top = 10 };
            var result = matcher.Search(q);
            var musts = q.Requirements.Where(r => r.Importance == Importance.Must).ToList();
            foreach (var w in result.WhatIf.Where(w => w.Kind == "requirement"))
            {
                // Relax that must to nice and count who qualifies now but did not before.
                var relaxed = q with
                {
                    Requirements = [.. q.Requirements.Select(r => r.Code == w.Key ? r with { Importance = Importance.Nice } : r)],
                    WhatIf = false,
                };
                var before = docs.Where(d => matcher.ScoreOne(q, d.Id)!.Value.Qualifies).Select(d => d.Id).ToHashSet();
                var after = docs.Where(d => matcher.ScoreOne(relaxed, d.Id)!.Value.Qualifies).Select(d => d.Id).ToHashSet();
                var more = after.Except(before).Count();
                if (musts.Count == 1 && q.Requirements.Count > 1)
                {
                    // Without any must-have left, a candidate needs at least one requirement: count only those.
                    more = after.Except(before).Count(id => matcher.ScoreOne(relaxed, id)!.Value.Hit.Requirements.Any(r => r.Outcome != Outcome.Missing));
                }
                Assert.Equal(more, w.MoreCandidates);
                Assert.True(w.Best.Count <= q.WhatIfTop);
                Assert.All(w.Best, b => Assert.DoesNotContain(b.CandidateId, before));
                checkedItems++;
            }
            foreach (var w in result.WhatIf.Where(w => w.Kind == "constraint"))
                Assert.All(w.Best, b => Assert.False(matcher.ScoreOne(q, b.CandidateId)!.Value.Qualifies));
        }
        Assert.True(checkedItems > 50, $"only {checkedItems} what-ifs were checked");
    }

    [Fact]
    public void A_candidate_failing_a_must_have_never_appears()
    {
        var (index, _) = Pool.Build(seed: 3, count: 2000);
        var matcher = new Matcher(index);
        var pool = new Pool(17);
        for (var i = 0; i < 200; i++)
        {
            var q = pool.Query(constraints: false) with { Top = 100 };
            foreach (var hit in matcher.Search(q).Hits)
                Assert.All(hit.Requirements.Where(r => r.Requirement.Importance == Importance.Must), r => Assert.NotEqual(Outcome.Missing, r.Outcome));
        }
    }

    [Fact]
    public void Explanations_add_up_to_the_score()
    {
        var (index, _) = Pool.Build(seed: 21, count: 1500, dims: 32);
        var matcher = new Matcher(index);
        var pool = new Pool(23);
        for (var i = 0; i < 100; i++)
        {
            var q = pool.Query(dims: 32);
            foreach (var hit in matcher.Search(q).Hits)
            {
                var sum = hit.Requirements.Sum(r => r.Points) + hit.Parts.Sum(p => p.Points);
                Assert.Equal(hit.Score, sum, 9);
                Assert.InRange(hit.Score, 0, 100 + 1e-9);
                var max = hit.Requirements.Sum(r => r.MaxPoints) + hit.Parts.Sum(p => p.MaxPoints);
                Assert.True(q.Requirements.Count == 0 || Math.Abs(max - 100) < 1e-9, $"the parts' maxima add up to {max}");
            }
        }
    }

    [Fact]
    public void Adding_a_matching_skill_never_lowers_a_score()
    {
        var pool = new Pool(31);
        for (var i = 0; i < 200; i++)
        {
            var q = pool.Query(constraints: false);
            if (q.Requirements.Count == 0) continue;
            var baseDoc = pool.Candidate();
            var req = q.Requirements[i % q.Requirements.Count];
            var withSkill = baseDoc with
            {
                Id = Guid.NewGuid(),
                Terms = [.. baseDoc.Terms.Where(t => t.Code != req.Code), new TermYears(req.Code, 20, Today.Year)],
            };
            var without = baseDoc with { Terms = [.. baseDoc.Terms.Where(t => t.Code != req.Code)] };
            var index = new CandidateIndex(0);
            index.AddRange([without, withSkill]);
            var matcher = new Matcher(index);
            var a = matcher.ScoreOne(q, without.Id)!.Value.Hit.Score;
            var b = matcher.ScoreOne(q, withSkill.Id)!.Value.Hit.Score;
            Assert.True(b >= a - 1e-9, $"{b} < {a} after adding {req.Code}");
        }
    }

    [Fact]
    public void Equal_profiles_get_equal_scores_and_the_older_entry_ranks_first()
    {
        var pool = new Pool(41);
        var doc = pool.Candidate();
        var twin = doc with { Id = Guid.NewGuid() };
        var index = new CandidateIndex(0);
        index.AddRange([doc, twin]);
        var q = new MatchQuery { Today = Today, Requirements = [.. doc.Terms.Take(3).Select(t => new MatchRequirement(t.Code, t.Code, Importance.Strong))] };
        var hits = new Matcher(index).Search(q).Hits;
        Assert.Equal(2, hits.Count);
        Assert.Equal(hits[0].Score, hits[1].Score);
        Assert.Equal(doc.Id, hits[0].CandidateId);
    }

    [Fact]
    public void Years_and_recency_give_partial_credit_and_say_why()
    {
        var index = new CandidateIndex(0);
        index.AddRange([
            Person("veteran", ("epic", 6, 2026)),
            Person("junior", ("epic", 1, 2026)),
            Person("stale", ("epic", 6, 2012)),
        ]);
        var q = new MatchQuery { Today = Today, Requirements = [new MatchRequirement("epic", "Epic", Importance.Must, 1, MinimumYears: 4, RecencyYears: 5)] };
        var hits = new Matcher(index).Search(q).Hits;
        Assert.Equal([GuidOf("veteran"), GuidOf("junior"), GuidOf("stale")], hits.Select(h => h.CandidateId));
        Assert.Equal(Outcome.Met, hits[0].Requirements[0].Outcome);
        Assert.Equal(Outcome.Partly, hits[1].Requirements[0].Outcome);
        Assert.Equal("6 years of 4 asked. Last used 2026.", hits[0].Requirements[0].Note);
        Assert.Equal("1 years of 4 asked. Last used 2026.", hits[1].Requirements[0].Note);
        Assert.Equal("6 years of 4 asked. Last used 2012, longer ago than 5 years.", hits[2].Requirements[0].Note);
    }

    [Fact]
    public void Radius_searches_find_candidates_on_both_sides_of_the_antimeridian_cell_edge()
    {
        // Enough holders of the must-have that the walk builds a candidate set from the location cells.
        var people = new List<CandidateDocument>();
        var r = new Random(3);
        double[] longitudes = [180.0, -180.0, 179.99, 179.5, 179.0, -179.99, -179.5];
        for (var i = 0; i < 140; i++)
        {
            var lon = longitudes[i % longitudes.Length];
            people.Add(Person($"pacific {i}", ("jira", 2, 2025)) with { Latitude = -17 + (r.NextDouble() - 0.5) * 0.6, Longitude = lon });
        }
        var index = new CandidateIndex(0);
        index.AddRange(people);
        var matcher = new Matcher(index);
        foreach (var centre in new[] { 179.8, -179.8, 180.0, -180.0 })
        {
            var q = new MatchQuery
            {
                Today = Today, Top = 500, ExactCount = true, Requirements = [new MatchRequirement("jira", "Jira", Importance.Must)],
                Constraints = new MatchConstraints { Latitude = -17, Longitude = centre, RadiusKm = 60, Workplace = WorkplaceMode.Hybrid },
            };
            var expected = people.Where(p => matcher.ScoreOne(q, p.Id)!.Value.Qualifies).Select(p => p.Id).ToHashSet();
            var result = matcher.Search(q);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, result.Hits.Select(h => h.CandidateId).ToHashSet());
            Assert.Equal(expected.Count, result.Qualified);
        }
    }

    [Fact]
    public void Constraint_explanations_name_the_candidates_value_and_the_positions()
    {
        var index = new CandidateIndex(0);
        index.AddRange([
            Person("boston", ("jira", 3, 2025)) with { AvailableFrom = Today.AddDays(20) },
            Person("unknowns", ("jira", 3, 2025)) with { AvailableFrom = null, HourlyRate = null, Engagement = EngagementTypes.None, Authorization = WorkAuthorization.Unknown, Latitude = null, Longitude = null },
        ]);
        var q = new MatchQuery
        {
            Today = Today,
            Requirements = [new MatchRequirement("jira", "Jira", Importance.Must)],
            Constraints = new MatchConstraints
            {
                Latitude = 42.0, Longitude = -71.06, RadiusKm = 50, Workplace = WorkplaceMode.Hybrid, Engagement = EngagementTypes.Contract | EngagementTypes.ContractToHire,
                MaxHourlyRate = 120, AvailableBy = Today.AddDays(10), RequiresWorkAuthorization = true,
            },
        };
        var hits = new Matcher(index).Search(q).Hits;
        string[] Details(Guid id) => [.. hits.Single(h => h.CandidateId == id).Constraints.Select(c => c.Detail)];
        Assert.Equal([
            "40 km away; the radius is 50 km.",
            "Accepts Contract; offered Contract, ContractToHire.",
            "Expects 100 an hour; the most offered is 120.",
            $"Available from {Today.AddDays(20):yyyy-MM-dd}; needed by {Today.AddDays(10):yyyy-MM-dd} (a month's grace).",
            "Authorized (Citizen).",
        ], Details(GuidOf("boston")));
        Assert.Equal([
            "Location unknown.", "No engagement preference given.", "No expected rate given.", "Availability not given.", "Work authorization not given.",
        ], Details(GuidOf("unknowns")));
    }

    [Fact]
    public void Explanations_write_quarter_years_and_unknown_dates_plainly()
    {
        var index = new CandidateIndex(0);
        index.AddRange([Person("quarter", ("jira", 2.25, null), ("scrum", 0, 2020))]);
        var q = new MatchQuery { Today = Today, Requirements = [new MatchRequirement("jira", "Jira", Importance.Strong), new MatchRequirement("scrum", "Scrum", Importance.Nice)] };
        var hit = Assert.Single(new Matcher(index).Search(q).Hits);
        Assert.Equal((2.25).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + " years.", hit.Requirements[0].Note);
        Assert.Equal("Listed without dated use. Last used 2020.", hit.Requirements[1].Note);
    }

    [Fact]
    public void A_narrower_entry_counts_for_a_broader_requirement_with_less_credit()
    {
        var graph = new TermGraph([
            ("healthcare", "Healthcare", TaxonomyCategory.Industry, null),
            ("ehr", "Electronic health records", TaxonomyCategory.Domain, "healthcare"),
            ("epic", "Epic Systems", TaxonomyCategory.Platform, "ehr"),
        ]);
        var index = new CandidateIndex(0);
        index.AddRange([Person("ehr generalist", ("ehr", 5, 2026)), Person("epic analyst", ("epic", 5, 2026)), Person("none", ("sap", 5, 2026))]);
        var q = new MatchQuery { Today = Today, Requirements = [new MatchRequirement("ehr", "EHR", Importance.Must)] };
        var hits = new Matcher(index, graph).Search(q).Hits;
        Assert.Equal([GuidOf("ehr generalist"), GuidOf("epic analyst")], hits.Select(h => h.CandidateId));
        Assert.Equal("epic", hits[1].Requirements[0].MatchedCode);
        Assert.Equal(Outcome.Partly, hits[1].Requirements[0].Outcome);
        Assert.Contains("Through Epic Systems", hits[1].Requirements[0].Note);

        // A role family counts narrower role families (a systems analyst is a business analyst), nothing else.
        var roles = new TermGraph([
            ("business-analyst", "Business analyst", TaxonomyCategory.RoleFamily, null),
            ("business-systems-analyst", "Business systems analyst", TaxonomyCategory.RoleFamily, "business-analyst"),
            ("requirements-elicitation", "Requirements elicitation", TaxonomyCategory.Skill, "business-analyst"),
        ]);
        var people = new CandidateIndex(0);
        people.AddRange([Person("bsa", ("business-systems-analyst", 6, 2026)), Person("elicits", ("requirements-elicitation", 6, 2026))]);
        var ba = new MatchQuery { Today = Today, Requirements = [new MatchRequirement("business-analyst", "BA", Importance.Must)] };
        Assert.Equal([GuidOf("bsa")], new Matcher(people, roles).Search(ba).Hits.Select(h => h.CandidateId));

        // An industry requirement means industry years, not everything filed under the industry.
        var industry = new MatchQuery { Today = Today, Requirements = [new MatchRequirement("healthcare", "Healthcare", Importance.Must)] };
        Assert.Empty(new Matcher(index, graph).Search(industry).Hits);
    }

    [Fact]
    public void Constraints_filter_and_are_explained()
    {
        var near = Person("near") with { Terms = [new TermYears("pmp", 3, 2026)] };
        var far = Person("far") with { Terms = [new TermYears("pmp", 3, 2026)], Latitude = 34.05, Longitude = -118.24 };
        var remoteOnly = Person("remote only") with { Terms = [new TermYears("pmp", 3, 2026)], Workplace = WorkplaceMode.Remote };
        var pricey = Person("pricey") with { Terms = [new TermYears("pmp", 3, 2026)], HourlyRate = 200 };
        var late = Person("late") with { Terms = [new TermYears("pmp", 3, 2026)], AvailableFrom = Today.AddDays(200) };
        var sponsor = Person("sponsor") with { Terms = [new TermYears("pmp", 3, 2026)], Authorization = WorkAuthorization.RequiresSponsorship };
        var permanentOnly = Person("permanent only") with { Terms = [new TermYears("pmp", 3, 2026)], Engagement = EngagementTypes.Permanent };
        var unknown = Person("unknown") with { Terms = [new TermYears("pmp", 3, 2026)], Latitude = null, Longitude = null, HourlyRate = null, Authorization = WorkAuthorization.Unknown };
        var index = new CandidateIndex(0);
        index.AddRange([near, far, remoteOnly, pricey, late, sponsor, permanentOnly, unknown]);
        var q = new MatchQuery
        {
            Today = Today, WhatIf = true,
            Requirements = [new MatchRequirement("pmp", "PMP", Importance.Must)],
            Constraints = new MatchConstraints
            {
                Latitude = 42.36, Longitude = -71.06, RadiusKm = 80, Workplace = WorkplaceMode.OnSite, Engagement = EngagementTypes.Contract,
                MaxHourlyRate = 120, AvailableBy = Today.AddDays(30), RequiresWorkAuthorization = true,
            },
        };
        var result = new Matcher(index).Search(q);
        Assert.Equal([GuidOf("near"), GuidOf("unknown")], result.Hits.Select(h => h.CandidateId).Order());
        var unknownHit = result.Hits.Single(h => h.CandidateId == GuidOf("unknown"));
        Assert.Equal(Check.Unknown, unknownHit.Constraints.Single(c => c.Kind == ConstraintKind.Location).Check);
        Assert.Equal(2, result.Qualified);
        int More(string key) => result.WhatIf.Single(w => w.Key == key).MoreCandidates;
        Assert.Equal(2, More("location"));
        Assert.Equal(1, More("rate"));
        Assert.Equal(1, More("availability"));
        Assert.Equal(1, More("authorization"));
        Assert.Equal(1, More("engagement"));
        Assert.Equal(0, More("pmp"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Changes_replace_and_remove_candidates_and_compaction_keeps_the_ranking(bool wide)
    {
        // wide: radius searches over a continent-wide pool, so the location cells and constraint bitsets are rewritten too.
        var (index, docs) = Pool.Build(seed: 51, count: 1200, wide: wide);
        var matcher = new Matcher(index);
        var pool = new Pool(52, wide);
        var queries = Enumerable.Range(0, 40).Select(_ => pool.Query()).ToList();

        // Replace a third, remove a tenth.
        for (var i = 0; i < docs.Count; i += 3)
        {
            docs[i] = pool.Candidate() with { Id = docs[i].Id };
            index.Upsert(docs[i]);
        }
        var removed = docs.Where((_, i) => i % 10 == 1).Select(d => d.Id).ToHashSet();
        foreach (var id in removed) Assert.True(index.Remove(id));
        docs.RemoveAll(d => removed.Contains(d.Id));
        Assert.Equal(docs.Count, index.Count);

        var before = queries.Select(q => matcher.Search(q).Hits.Select(h => (h.CandidateId, h.Score)).ToList()).ToList();
        foreach (var (q, hits) in queries.Zip(before))
        {
            Assert.DoesNotContain(hits, h => removed.Contains(h.CandidateId));
            var fresh = new CandidateIndex(0);
            fresh.AddRange(docs);
            // Ties are broken by document order, which differs in a fresh index: compare the scores rank by rank.
            var expected = new Matcher(fresh).Search(q).Hits.Select(h => Math.Round(h.Score, 9)).ToList();
            Assert.Equal(expected, hits.Select(h => Math.Round(h.Score, 9)).ToList());
        }

        index.Compact();
        var after = queries.Select(q => matcher.Search(q).Hits.Select(h => (h.CandidateId, h.Score)).ToList()).ToList();
        for (var i = 0; i < queries.Count; i++)
        {
            // Compaction puts the candidates in location order, which breaks ties anew: the scores are the same rank by rank,
            // and so is every candidate scored above the page's last score.
            Assert.Equal(before[i].Select(h => Math.Round(h.Score, 9)), after[i].Select(h => Math.Round(h.Score, 9)));
            var last = before[i].Count == 0 ? 0 : Math.Round(before[i][^1].Score, 9);
            Assert.Equal(before[i].Where(h => Math.Round(h.Score, 9) > last).Select(h => h.CandidateId).ToHashSet(),
                after[i].Where(h => Math.Round(h.Score, 9) > last).Select(h => h.CandidateId).ToHashSet());
            Assert.Equal(matcher.Search(queries[i] with { WhatIf = true }).Qualified, matcher.Search(queries[i] with { WhatIf = false, ExactCount = true }).Qualified);
        }
        Assert.Equal(docs.Count, matcher.Search(new MatchQuery { Today = Today, Top = 5000 }).Hits.Count);
    }

    [Fact]
    public void A_build_lays_candidates_out_by_location_cell_and_equal_scores_follow_that_order()
    {
        // Added out of place: two in Boston, one in Chicago, one with no location, one in Boston again.
        var index = new CandidateIndex(0);
        index.AddRange([
            Person("boston 1", ("pmp", 3, 2025)),
            Person("chicago", ("pmp", 3, 2025)) with { Latitude = 41.88, Longitude = -87.63 },
            Person("nowhere", ("pmp", 3, 2025)) with { Latitude = null, Longitude = null },
            Person("boston 2", ("pmp", 3, 2025)),
            Person("miami", ("pmp", 3, 2025)) with { Latitude = 25.76, Longitude = -80.19 },
        ]);
        // Latitude degree first (Miami 25, Chicago 41, Boston 42), then as added; unknown locations last.
        string[] order = ["miami", "chicago", "boston 1", "boston 2", "nowhere"];
        Assert.Equal([0, 1, 2, 3, 4], order.Select(n => index.DocOf(GuidOf(n))));
        var q = new MatchQuery { Today = Today, Scoring = ScoringProfile.SkillsOnly, Requirements = [new MatchRequirement("pmp", "PMP", Importance.Must)] };
        Assert.Equal(order.Select(GuidOf), new Matcher(index).Search(q).Hits.Select(h => h.CandidateId));

        // A change appends (its tie order is last) until the next compaction puts it back in its cell.
        index.Upsert(Person("miami", ("pmp", 3, 2025)) with { Latitude = 25.76, Longitude = -80.19 });
        Assert.Equal(GuidOf("miami"), new Matcher(index).Search(q).Hits[^1].CandidateId);
        index.Compact();
        Assert.Equal(order.Select(GuidOf), new Matcher(index).Search(q).Hits.Select(h => h.CandidateId));
        Assert.True(CandidateIndex.LocationOrder(25.76f, -80.19f) < CandidateIndex.LocationOrder(41.88f, -87.63f));
        Assert.Equal(int.MaxValue, CandidateIndex.LocationOrder(float.NaN, 0));
    }

    [Fact]
    public void Text_similarity_refines_the_top()
    {
        var index = new CandidateIndex(4);
        var same = new sbyte[] { 127, 0, 0, 0 };
        var opposite = new sbyte[] { 0, 127, 0, 0 };
        index.AddRange([Person("opposite") with { Embedding = opposite }, Person("same") with { Embedding = same }, Person("no text")]);
        var q = new MatchQuery { Today = Today, Embedding = same, Requirements = [new MatchRequirement("pmp", "PMP", Importance.Nice)] };
        var hits = new Matcher(index).Search(q with { Requirements = [] }).Hits;
        Assert.Equal([GuidOf("same"), GuidOf("no text"), GuidOf("opposite")], hits.Select(h => h.CandidateId));
        Assert.Equal(1.0, hits[0].TextSimilarity!.Value, 6);
        Assert.Null(hits[1].TextSimilarity);
    }
}
