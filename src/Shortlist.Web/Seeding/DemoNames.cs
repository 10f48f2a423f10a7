using System.Globalization;
using System.Text;
using Faker = Bogus.Faker;
using Randomizer = Bogus.Randomizer;

namespace Shortlist.Web.Seeding;

/// <summary>
/// People's names drawn from Bogus locales in a mix that resembles the IT workforce of each country.
/// Each instance owns its Bogus randomizer, so contacts and candidates draw from separate streams.
/// </summary>
internal sealed class DemoNames
{
    private static readonly Dictionary<string, (string Locale, int Weight)[]> MixByCountry = new()
    {
        ["US"] = [("en", 60), ("en_IND", 15), ("es_MX", 10), ("en_NG", 5), ("vi", 4), ("pl", 3)],
        ["CA"] = [("en_CA", 50), ("fr_CA", 15), ("en_IND", 17), ("es_MX", 5), ("vi", 5), ("en_NG", 4), ("pl", 4)],
        ["GB"] = [("en_GB", 60), ("en_IND", 17), ("en_NG", 8), ("pl", 8), ("es", 7)],
    };

    private readonly Dictionary<string, Faker> _fakers = new(StringComparer.Ordinal);
    private readonly DemoRandom _random;

    public DemoNames(int seed)
    {
        _random = new DemoRandom(seed);
        var randomizer = new Randomizer(DemoRandom.Mix(seed, 99));
        foreach (var locale in MixByCountry.Values.SelectMany(m => m).Select(m => m.Locale).Distinct())
            _fakers[locale] = new Faker(locale) { Random = randomizer };
    }

    public (string First, string Last) Next(string country, bool francophone = false)
    {
        var mix = MixByCountry.TryGetValue(country, out var m) ? m : MixByCountry["US"];
        var locale = francophone && _random.Chance(0.6) ? "fr_CA" : _random.Weighted(mix, x => x.Weight).Locale;
        var faker = _fakers[locale];
        return (faker.Name.FirstName(), faker.Name.LastName());
    }

    /// <summary>Lower-case ASCII letters only, for e-mail local parts ("Nguyễn" → "nguyen", "O'Brien" → "obrien").</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(ch);
            if (lower is >= 'a' and <= 'z') builder.Append(lower);
            else if (lower is 'đ') builder.Append('d');
            else if (lower is 'ł') builder.Append('l');
            else if (lower is 'ø') builder.Append('o');
            else if (lower is 'ß') builder.Append("ss");
            else if (lower is 'æ') builder.Append("ae");
        }
        return builder.Length == 0 ? "person" : builder.ToString();
    }
}
