using System.Globalization;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Web.Seeding;

/// <summary>A demo client: the organization, its contacts, the city it works from and its industry code.</summary>
public sealed record DemoClient(Organization Organization, IReadOnlyList<Contact> Contacts, CitySeed City, string Industry);

/// <summary>Search requests and the positions generated together (a qualified request points at its position).</summary>
public sealed record DemoPositions(IReadOnlyList<SearchRequest> SearchRequests, IReadOnlyList<Position> Positions);

/// <summary>
/// Generates realistic demo data through the domain's public constructors and methods only, so every
/// rule of the domain holds. The same seed, clock and run give the same data, apart from the identities
/// the entities draw themselves (<see cref="Guid.CreateVersion7()"/>).
/// </summary>
public sealed partial class DemoDataGenerator
{
    private static readonly double[] LevelPay = [0.72, 1.0, 1.22, 1.45];
    private static readonly int[] Levels = [0, 1, 2, 3];

    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly DemoRandom _clients;
    private readonly DemoRandom _positions;
    private readonly DemoRandom _people;
    private readonly DemoRandom _pipeline;
    private readonly DemoNames _contactNames;
    private readonly DemoNames _peopleNames;

    /// <summary>
    /// Creates a generator. <paramref name="run"/> separates successive runs on one database (the seeder passes
    /// the number of candidates already there), so a second run adds new people instead of twins of the first.
    /// Clients depend on the seed alone, so every run agrees on them.
    /// </summary>
    public DemoDataGenerator(int seed, DateTimeOffset now, int run = 0)
    {
        _now = now.ToUniversalTime();
        _today = DateOnly.FromDateTime(_now.UtcDateTime);
        _clients = new DemoRandom(DemoRandom.Mix(seed, 1));
        _positions = new DemoRandom(DemoRandom.Mix(seed, 2, run));
        _people = new DemoRandom(DemoRandom.Mix(seed, 3, run));
        _pipeline = new DemoRandom(DemoRandom.Mix(seed, 4, run));
        _contactNames = new DemoNames(DemoRandom.Mix(seed, 5));
        _peopleNames = new DemoNames(DemoRandom.Mix(seed, 6, run));
    }

    /// <summary>Every curated taxonomy entry.</summary>
    public IEnumerable<TaxonomyEntry> TaxonomyEntries()
        => DemoCatalog.Taxonomy.Select(t => new TaxonomyEntry(t.Code, t.Name, t.Category, t.Aliases, t.Parent, _now));

    /// <summary>The demo clients: the first two employers of each industry, every fourth one reviewing blind.</summary>
    public static IReadOnlyList<(EmployerSeed Employer, string Industry, bool BlindReview)> ClientSeeds()
        => DemoCatalog.Industries
            .SelectMany(i => i.Employers.Take(2).Select(e => (Employer: e, Industry: i.Code)))
            .Select((c, index) => (c.Employer, c.Industry, BlindReview: index % 4 == 1))
            .ToList();

    /// <summary>Creates a client organization with two to four contacts, the last of three or more an executive.</summary>
    public DemoClient CreateClient(EmployerSeed employer, string industry, bool blindReview)
    {
        var r = _clients;
        var created = _now - TimeSpan.FromDays(r.Next(200, 900));
        var domain = Slug(employer.Name) + ".example";
        var organization = new Organization(employer.Name, industry, created, $"https://www.{domain}", blindReview);
        var city = DemoCatalog.CityOf(employer.City);
        var count = r.Next(2, 4);
        var contacts = new List<Contact>(count);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var executive = count >= 3 && i == count - 1;
            var (first, last) = _contactNames.Next(city.Country, city.Name == "Montreal");
            var local = $"{DemoNames.Ascii(first)}.{DemoNames.Ascii(last)}";
            var email = $"{local}@{domain}";
            for (var n = 2; !emails.Add(email); n++) email = $"{local}{n}@{domain}";
            var title = r.Pick(executive ? DemoCatalog.ExecutiveTitles : DemoCatalog.HiringManagerTitles);
            contacts.Add(new Contact(organization.Id, $"{first} {last}", email, created.AddDays(r.Next(0, 60)), title,
                Phone(city, r.Next(0, 999)), executive));
        }
        return new DemoClient(organization, contacts, city, industry);
    }

    /// <summary>
    /// Creates <paramref name="count"/> positions spread over the clients, about 60% of them qualified from a search
    /// request, plus one or two requests per client still waiting or declined. Most are published; some stay in
    /// draft, some are on hold and some closed.
    /// </summary>
    public DemoPositions CreatePositions(IReadOnlyList<DemoClient> clients, int count = 50)
    {
        var requests = new List<SearchRequest>();
        var positions = new List<Position>(count);
        if (clients.Count == 0 || count <= 0) return new DemoPositions(requests, positions);
        var r = _positions;
        for (var i = 0; i < count; i++)
        {
            var client = clients[i % clients.Count];
            var spec = Spec(client, _now - TimeSpan.FromHours(r.Next(3 * 24, 120 * 24)));
            SearchRequest? request = null;
            if (r.Chance(0.6))
            {
                var submitted = spec.Created - TimeSpan.FromHours(r.Next(24, 10 * 24));
                request = BuildRequest(spec, client, submitted);
                request.StartReview(submitted + TimeSpan.FromHours(r.Next(2, 20)));
                requests.Add(request);
            }
            var position = BuildPosition(spec, client, request?.Id);
            request?.Qualify(position.Id, spec.Created);
            positions.Add(position);
        }
        foreach (var client in clients)
        {
            for (var k = r.Next(1, 2); k > 0; k--)
            {
                var submitted = _now - TimeSpan.FromHours(r.Next(6, 30 * 24));
                var request = BuildRequest(Spec(client, submitted), client, submitted);
                var roll = r.Double(0, 1);
                var later = Clamp(submitted + TimeSpan.FromHours(r.Next(4, 72)));
                if (roll < 0.5) request.StartReview(later);
                else if (roll < 0.7) request.Decline("We do not have the specialists this search needs at the moment.", later);
                requests.Add(request);
            }
        }
        return new DemoPositions(requests, positions);
    }

    private sealed record PositionSpec(IndustrySeed Industry, RoleFamilySeed Family, int Level, ProjectTheme Theme, string Title,
        DateTimeOffset Created, WorkplaceMode Workplace, CitySeed? City, int? RadiusKm, EngagementTypes Engagement,
        decimal MinPay, decimal MaxPay, CompensationUnit Unit, string Currency, bool RequiresAuthorization,
        DateOnly ShortlistBy, DateOnly StartDate, DateOnly FillBy, decimal FeeBudget, double EffortHours,
        decimal ProjectBudget, int TeamSize, IReadOnlyList<Requirement> Requirements);

    private PositionSpec Spec(DemoClient client, DateTimeOffset created)
    {
        var r = _positions;
        var industry = DemoCatalog.IndustryOf(client.Industry);
        var family = r.Weighted(DemoCatalog.RoleFamilies, f => f.PositionShare);
        var level = r.Weighted(Levels, l => l is 1 or 2 ? 4 : 1);
        var theme = r.Pick(industry.Themes);
        var title = $"{r.Pick(family.TitlesByLevel[level])} – {theme.Name}";
        var workplace = r.Weighted([WorkplaceMode.Remote, WorkplaceMode.Hybrid, WorkplaceMode.OnSite], w => w switch
        {
            WorkplaceMode.Remote => 30,
            WorkplaceMode.Hybrid => 45,
            _ => 25,
        });
        CitySeed? city = workplace == WorkplaceMode.Remote ? null
            : r.Chance(0.8) ? client.City
            : r.Weighted(DemoCatalog.Cities.Where(c => c.Country == client.City.Country).ToList(), c => c.Weight);
        int? radius = workplace switch { WorkplaceMode.Hybrid => r.Next(8, 16) * 5, WorkplaceMode.OnSite => r.Next(6, 12) * 5, _ => null };
        var engagement = r.Weighted([EngagementTypes.Contract, EngagementTypes.ContractToHire, EngagementTypes.Contract | EngagementTypes.ContractToHire, EngagementTypes.Permanent],
            e => e switch { EngagementTypes.Contract => 45, EngagementTypes.ContractToHire => 12, EngagementTypes.Permanent => 35, _ => 8 });
        var country = (city ?? client.City).Country;
        var hourly = family.HourlyUsd * (decimal)LevelPay[level] * DemoCatalog.PayFactorOf(country);
        var permanent = engagement == EngagementTypes.Permanent;
        var (min, max) = permanent
            ? (RoundTo(hourly * 1750m * 0.92m, 1000), RoundTo(hourly * 1750m * 1.12m, 1000))
            : (RoundTo(hourly * 0.9m, 5), RoundTo(hourly * 1.15m, 5));
        var day = DateOnly.FromDateTime(created.UtcDateTime);
        var shortlistBy = day.AddDays(r.Next(7, 21));
        // Old searches that are still open want someone soon, not on a date already gone.
        var startDate = Max(shortlistBy.AddDays(r.Next(14, 40)), _today.AddDays(r.Next(10, 45)));
        var fee = permanent ? RoundTo((min + max) / 2 * (decimal)r.Double(0.18, 0.25), 500) : r.Next(16, 50) * 500m;
        return new PositionSpec(industry, family, level, theme, title, created, workplace, city, radius, engagement,
            min, max, permanent ? CompensationUnit.Annual : CompensationUnit.Hourly, DemoCatalog.CurrencyOf(country), r.Chance(0.85),
            shortlistBy, startDate, startDate.AddDays(r.Next(0, 21)), fee, r.Next(4, 16) * 5.0,
            ProjectBudget(r, level + (family.Code == "program-manager" ? 1 : 0)), TeamSize(r, level),
            Requirements(r, industry, family, level, theme, country));
    }

    private Position BuildPosition(PositionSpec spec, DemoClient client, Guid? requestId)
    {
        var r = _positions;
        var position = new Position(client.Organization.Id, spec.Title, Description(spec, client), spec.Industry.Code, spec.Created, requestId);
        position.SetTerms(PlaceOf(spec.City), spec.RadiusKm, spec.Workplace, spec.Engagement, CompensationOf(spec),
            spec.RequiresAuthorization, spec.StartDate, spec.Created);
        position.SetPlan(spec.ShortlistBy, spec.FillBy, spec.FeeBudget, spec.EffortHours, spec.Created);
        position.SetRequirements(spec.Requirements, spec.Created);
        var roll = r.Double(0, 1);
        if (roll < 0.10) return position; // still being qualified
        var published = Clamp(spec.Created + TimeSpan.FromHours(r.Next(4, 5 * 24)));
        position.Publish(published);
        if (roll < 0.18) position.PutOnHold(Clamp(published + TimeSpan.FromDays(r.Next(3, 30))));
        else if (roll < 0.26) position.Close(Clamp(published + TimeSpan.FromDays(r.Next(5, 45))));
        return position;
    }

    private SearchRequest BuildRequest(PositionSpec spec, DemoClient client, DateTimeOffset submitted)
    {
        var r = _positions;
        var reviewers = client.Contacts.Where(c => !c.IsExecutive).ToList();
        Guid? contactId = reviewers.Count > 0 && r.Chance(0.8) ? r.Pick(reviewers).Id : null;
        var regulations = spec.Theme.Codes.Concat(spec.Industry.Playbook.Take(3))
            .Where(c => DemoCatalog.CategoryOf(c) == TaxonomyCategory.Regulation).Distinct().Select(DemoCatalog.NameOf).ToList();
        var project = new ProjectContext(Capitalize(spec.Theme.Deliverable), spec.ProjectBudget, spec.TeamSize, spec.Theme.Methodology, regulations);
        var must = spec.Requirements.Where(q => q.Importance == Importance.Must).Select(ClientWords).ToList();
        var nice = spec.Requirements.Where(q => q.Importance == Importance.Nice).Select(ClientWords).ToList();
        var request = new SearchRequest(client.Organization.Id, contactId, $"{spec.Family.Name} for {spec.Theme.Name}", spec.Industry.Code, project,
            must, nice, PlaceOf(spec.City), spec.Workplace, spec.Engagement, CompensationOf(spec), spec.StartDate, spec.FillBy, submitted);
        request.MarkVerified(submitted); // demo requests come from signed-in hiring managers
        return request;

        static string ClientWords(Requirement q) => q.MinimumYears is not { } y ? q.Label : DemoCatalog.CategoryOf(q.TaxonomyCode) switch
        {
            TaxonomyCategory.RoleFamily => string.Create(CultureInfo.InvariantCulture, $"{y:0}+ years as {q.Label.ToLowerInvariant().Replace("it ", "IT ", StringComparison.Ordinal)}"),
            TaxonomyCategory.Industry => string.Create(CultureInfo.InvariantCulture, $"{y:0}+ years in {q.Label.ToLowerInvariant()}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{y:0}+ years of {q.Label}"),
        };
    }

    private static Compensation CompensationOf(PositionSpec spec) => new(spec.MinPay, spec.MaxPay, spec.Unit, spec.Currency);

    /// <summary>A new instance every time: EF Core owns a place per row and refuses one instance shared by two rows.</summary>
    private static Place? PlaceOf(CitySeed? city)
        => city is null ? null : new Place(city.Name, city.Region, city.Country, city.Latitude, city.Longitude);

    private DateTimeOffset Clamp(DateTimeOffset at) => at > _now ? _now : at;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Phone(CitySeed city, int number)
        => city.PhonePrefix + (number % (city.PhoneDigits == 2 ? 100 : 1000)).ToString(city.PhoneDigits == 2 ? "D2" : "D3", CultureInfo.InvariantCulture);

    private static decimal RoundTo(decimal value, int step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;

    private static decimal ProjectBudget(DemoRandom r, int level)
    {
        var (low, high) = Math.Min(level, 3) switch
        {
            0 => (250_000.0, 1_500_000.0),
            1 => (400_000.0, 4_000_000.0),
            2 => (1_000_000.0, 10_000_000.0),
            _ => (3_000_000.0, 25_000_000.0),
        };
        return RoundTo((decimal)r.LogUniform(low, high), 50_000);
    }

    private static int TeamSize(DemoRandom r, int level) => level switch
    {
        0 => r.Next(4, 10),
        1 => r.Next(6, 25),
        2 => r.Next(10, 60),
        _ => r.Next(25, 150),
    };

    private static string Slug(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(DemoNames.Ascii).Where(w => w is not ("of" or "and" or "the" or "person")).Take(2);
        return string.Concat(words);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Money(decimal amount, string currency)
    {
        var symbol = currency switch { "CAD" => "C$", "GBP" => "£", _ => "$" };
        return amount >= 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{symbol}{amount / 1_000_000:0.#}M")
            : string.Create(CultureInfo.InvariantCulture, $"{symbol}{amount / 1000:0}k");
    }
}
