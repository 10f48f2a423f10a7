using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Duplicates;

namespace Shortlist.Domain.Tests.Duplicates;

public class DuplicateRulesTests
{
    private static Candidate Person(string first, string last, string email, string? phone = null, params ProfileRole[] roles)
    {
        var c = new Candidate(first, last, email, TestClock.Now, phone);
        c.SetProfile(null, null, roles, [], [], [], [], TestClock.Now);
        return c;
    }

    private static ProfileRole Role(string employer, string title, int from, int? to) => new(title, employer, null, new DateOnly(from, 1, 1), to is { } t ? new DateOnly(t, 12, 31) : null);

    [Theory]
    [InlineData(" Ada.Lovelace+jobs@Example.COM ", "ada.lovelace@example.com")]
    [InlineData("erased-1@erased.invalid", null)]
    [InlineData("", null)]
    public void Email_key_folds_case_space_and_plus_tags(string email, string? key) => Assert.Equal(key, DuplicateRules.EmailKey(email));

    [Theory]
    [InlineData("+1 (617) 555-0142", "6175550142")]
    [InlineData("617.555.0142 ext. 12", "6175550142")]
    [InlineData("+44 20 7946 0958", "2079460958")]
    [InlineData("020 7946 0958", "2079460958")]
    [InlineData("12345", null)]
    public void Phone_key_keeps_the_last_digits_so_country_codes_and_trunk_prefixes_do_not_matter(string phone, string? tail)
        => Assert.Equal(tail?[^DuplicateRules.PhoneDigits..], DuplicateRules.PhoneKey(phone));

    [Theory]
    [InlineData("José", "García-Márquez", "Jose", "garcia marquez", true)]
    [InlineData("J.", "O'Neill", "James", "ONeill", true)]
    [InlineData("Chris", "Smith", "Christopher", "Smith", true)]
    [InlineData("Mary  Anne", "Smith", "Mary-Anne", "Smith", true)]
    [InlineData("Jane", "Smith", "John", "Smith", false)]
    [InlineData("Jo", "Smith", "John", "Smith", false)]
    [InlineData("John", "Smith", "John", "Smyth", false)]
    public void Names_match_across_case_accents_spacing_and_initials(string f1, string l1, string f2, string l2, bool same)
        => Assert.Equal(same, DuplicateRules.NamesMatch(f1, l1, f2, l2));

    [Fact]
    public void Same_email_and_same_phone_are_reasons_on_their_own()
    {
        var a = Person("Ada", "Lovelace", "ada@example.com", "+1 617 555 0142");
        var b = Person("Augusta", "King", "ADA@example.com", "617-555-0142");
        Assert.Equal(new[] { "same e-mail", "same phone" }, DuplicateRules.Reasons(a, b));
    }

    [Fact]
    public void The_same_name_counts_only_with_a_shared_employer_at_overlapping_dates_or_in_a_similar_title()
    {
        var a = Person("Grace", "Hopkins", "g1@example.com", null, Role("Mercy Health Inc.", "IT Project Manager", 2019, 2022), Role("Harbor Bank", "Analyst", 2010, 2012));
        var overlapping = Person("G.", "Hopkins", "g2@example.com", null, Role("Mercy Health", "Program Lead", 2021, null));
        var sameTitleLater = Person("Grace", "Hopkins", "g3@example.com", null, Role("Harbor Bank LLC", "Senior Analyst", 2015, 2016));
        var stranger = Person("Grace", "Hopkins", "g4@example.com", null, Role("Acme", "Engineer", 2019, 2022));
        var otherName = Person("Grace", "Hopper", "g5@example.com", null, Role("Mercy Health", "IT Project Manager", 2019, 2022));

        Assert.Equal(new[] { "same name; both at Mercy Health Inc. 2021–2022" }, DuplicateRules.Reasons(a, overlapping));
        Assert.Equal(new[] { "same name; both at Harbor Bank as Analyst" }, DuplicateRules.Reasons(a, sameTitleLater));
        Assert.Empty(DuplicateRules.Reasons(a, stranger));
        Assert.Empty(DuplicateRules.Reasons(a, otherName));
        Assert.Empty(DuplicateRules.Reasons(a, a));
    }

    [Fact]
    public void Keys_are_kept_on_the_candidate_and_cleared_by_erasure()
    {
        var c = Person("Ada", "Lovelace", "Ada@Example.com", "+1 617 555 0142");
        Assert.Equal(("ada@example.com", "175550142", "a|lovelace"), (c.EmailKey, c.PhoneKey, c.NameKey));
        c.Erase(TestClock.Later);
        Assert.Equal((null, null, null), (c.EmailKey, c.PhoneKey, c.NameKey));
        Assert.False(c.RefreshMatchKeys());
    }

    [Fact]
    public void Absorbing_a_duplicate_keeps_chosen_values_and_unites_the_lists_without_repeats()
    {
        var keep = Person("Ada", "Lovelace", "ada@old.example", null, Role("Acme", "PM", 2018, 2020));
        keep.SetProfile("PM", null, keep.Roles, [new ProfileSkill("pmp", "PMP", 2, 2020)], [], [], [], TestClock.Now);
        keep.AttachResume(Guid.NewGuid(), "old", TestClock.Now);
        var other = Person("Ada", "Lovelace", "ada@new.example", "+1 617 555 0142", Role("ACME Inc", "PM", 2018, 2020), Role("Beta", "Director", 2021, null));
        other.SetProfile("Director", "Leads programs.", other.Roles, [new ProfileSkill("pmp", "PMP", 5, 2025), new ProfileSkill("epic", "Epic", 3, 2025)], [], [], [], TestClock.Now);
        other.SetEducation([new ProfileEducation("MIT", "BSc", "CS", 2010)], TestClock.Now);
        var theirResume = Guid.NewGuid();
        other.AttachResume(theirResume, "new", TestClock.Now);
        var mine = keep.ResumeFileId!.Value;

        keep.Absorb(other, new HashSet<string> { MergeFields.Email, MergeFields.Resume }, TestClock.Later);

        Assert.Equal(("ada@new.example", "+1 617 555 0142", "PM", "Leads programs."), (keep.Email, keep.Phone, keep.Headline, keep.Summary));
        Assert.Equal(2, keep.Roles.Count);
        Assert.Equal(new[] { ("pmp", 5.0), ("epic", 3.0) }, keep.Skills.Select(s => (s.TaxonomyCode, s.Years)));
        Assert.Single(keep.Education);
        Assert.Equal((theirResume, "new"), (keep.ResumeFileId!.Value, keep.ResumeText));
        Assert.Equal(new[] { mine }, keep.EarlierResumeFileIds);
        Assert.Equal("ada@new.example", keep.EmailKey);
        Assert.Throws<DomainRuleException>(() => keep.Absorb(other, new HashSet<string> { "salary" }, TestClock.Later));
        Assert.Throws<DomainRuleException>(() => keep.Absorb(keep, new HashSet<string>(), TestClock.Later));
    }

    [Fact]
    public void A_pair_is_stored_in_one_order_and_decided_once()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var pair = new DuplicatePair(b, a, ["same e-mail", "same e-mail"], TestClock.Now);
        Assert.Equal(DuplicatePair.Order(a, b), (pair.FirstCandidateId, pair.SecondCandidateId));
        Assert.Equal(new[] { "same e-mail" }, pair.Reasons);
        pair.Dismiss(Guid.NewGuid(), TestClock.Later);
        pair.UpdateReasons(["same phone"], TestClock.Later);
        Assert.Equal(new[] { "same e-mail" }, pair.Reasons);
        Assert.Throws<DomainRuleException>(() => pair.MarkMerged(a, Guid.NewGuid(), TestClock.Later));
        Assert.Throws<DomainRuleException>(() => new DuplicatePair(a, a, ["x"], TestClock.Now));

        var c = Guid.NewGuid();
        var merged = new DuplicatePair(a, c, ["same phone"], TestClock.Now);
        merged.MarkMerged(c, Guid.NewGuid(), TestClock.Later);
        Assert.Equal((DuplicateStatus.Merged, c, a), (merged.Status, merged.SurvivorId, merged.MergedId));
    }
}
