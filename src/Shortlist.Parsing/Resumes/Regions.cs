namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Names of regions and countries (US states and their codes, Canadian provinces, Indian states, Australian states,
/// common countries), so that "Bowling Green, Kentucky" reads as a place while "David Jones, Melbourne" reads as an
/// employer and its city.
/// </summary>
internal static class Regions
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
        "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
        "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland",
        "andhra pradesh", "telangana", "karnataka", "tamil nadu", "kerala", "maharashtra", "gujarat", "rajasthan", "punjab", "haryana",
        "delhi", "uttar pradesh", "madhya pradesh", "west bengal", "bihar", "odisha", "orissa", "assam", "goa", "chhattisgarh", "jharkhand",
        "uttarakhand", "himachal pradesh", "jammu and kashmir", "ncr",
        "new south wales", "victoria", "queensland", "tasmania", "western australia", "south australia", "northern territory",
        "usa", "us", "u.s.", "u.s.a.", "united states", "uk", "u.k.", "united kingdom", "england", "scotland", "wales", "ireland", "canada",
        "india", "australia", "new zealand", "germany", "france", "italy", "spain", "portugal", "netherlands", "belgium", "switzerland",
        "austria", "sweden", "norway", "denmark", "finland", "poland", "russia", "china", "japan", "korea", "singapore", "malaysia",
        "indonesia", "philippines", "thailand", "vietnam", "pakistan", "bangladesh", "sri lanka", "nepal", "uae", "united arab emirates",
        "saudi arabia", "qatar", "kuwait", "oman", "bahrain", "israel", "egypt", "nigeria", "kenya", "south africa", "ghana", "brazil",
        "mexico", "argentina", "colombia", "chile", "peru", "greece", "turkey", "romania", "hungary", "czech republic",
    };

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
        "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NSW", "VIC", "QLD", "UK", "USA", "UAE",
    };

    /// <summary>True when <paramref name="text"/> is a region or country ("Kentucky", "Tamil Nadu", "NY", "N.Y.", "India").</summary>
    public static bool IsRegion(string text)
    {
        var t = text.Trim().TrimEnd('.', ',', ';', ')').Trim();
        if (t.Length == 0) return false;
        if (Codes.Contains(t) || Codes.Contains(t.Replace(".", "", StringComparison.Ordinal))) return true;
        return Names.Contains(t);
    }
}
