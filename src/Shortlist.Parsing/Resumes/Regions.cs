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

    /// <summary>
    /// Large and often-written cities (the US's largest and its technology towns, Canada's, the UK's, India's, Australia's and
    /// New Zealand's, and the world's capitals and business cities), without names that are also firms' ("Phoenix",
    /// "Mobile", "Aurora", "Orange", "Reading", "Columbia", "Dover", "Providence", "Halifax", "Irving", "Madison") or
    /// people's and universities' ("Jackson", "Charlotte", "Chandler", "Oxford").
    /// </summary>
    private static readonly HashSet<string> Cities = new(StringComparer.OrdinalIgnoreCase)
    {
        "aberdeen", "abu dhabi", "accra", "adelaide", "agra", "ahmedabad", "akron", "albany", "albuquerque", "alexandria", "allahabad",
        "allentown", "amarillo", "amritsar", "amsterdam", "anaheim", "anchorage", "ann arbor", "annapolis", "antwerp", "arlington",
        "athens", "atlanta", "auckland", "augusta", "aurangabad", "austin", "bakersfield", "baltimore", "bangalore", "bangkok",
        "barcelona", "barranquilla", "basingstoke", "baton rouge", "beijing", "belfast", "belgrade", "bellevue", "bengaluru", "berlin",
        "bethesda", "bhopal", "bhubaneswar", "birmingham", "bogota", "bogotá", "boise", "bombay", "boston", "boulder", "bradford",
        "brampton", "bridgeport", "brighton", "brisbane", "bristol", "brownsville", "brussels", "bucharest", "budapest", "buenos aires",
        "buffalo", "cairo", "calcutta", "calgary", "cali", "canberra", "cape coral", "cape town", "caracas", "cardiff",
        "casablanca", "chandigarh", "charleston", "chattanooga", "chelmsford", "chennai", "chesapeake", "chicago",
        "christchurch", "chula vista", "cincinnati", "cleveland", "cochin", "coimbatore", "cologne", "colombo", "columbus",
        "copenhagen", "coventry", "croydon", "dallas", "dayton", "dehradun", "delhi", "denver", "derby", "des moines", "detroit",
        "dhaka", "doha", "dubai", "dublin", "dundee", "durham", "dusseldorf", "düsseldorf", "edinburgh", "edmonton", "el paso",
        "elk grove", "evanston", "exeter", "faridabad", "fayetteville", "fontana", "fort collins", "fort lauderdale",
        "fort wayne", "fort worth", "frankfurt", "fremont", "fresno", "garden grove", "garland", "geneva", "ghaziabad",
        "glasgow", "glendale", "grand rapids", "greensboro", "greenville", "guadalajara", "guangzhou", "guildford", "gurgaon", "gurugram",
        "guwahati", "gwalior", "hamburg", "hanoi", "harrisburg", "helsinki", "hialeah",
        "ho chi minh city", "hong kong", "honolulu", "houston", "howrah", "huntington beach", "huntsville", "hyderabad", "indianapolis",
        "indore", "irvine", "islamabad", "istanbul", "itarsi", "jabalpur", "jacksonville", "jaipur", "jakarta",
        "jeddah", "jersey city", "jerusalem", "jodhpur", "johannesburg", "kanpur", "kansas city", "karachi", "kathmandu", "kiev",
        "knoxville", "kochi", "kolkata", "kota", "krakow", "kuala lumpur", "kuwait city", "kyiv", "lagos", "lahore", "lancaster", "laredo",
        "las vegas", "leeds", "leicester", "lima", "lisbon", "little rock", "liverpool", "london", "long beach",
        "los angeles", "louisville", "lowell", "lubbock", "lucknow", "ludhiana", "luton", "lyon", "madras", "madrid", "madurai",
        "manama", "manchester", "mangalore", "manila", "marseille", "mclean", "medellin", "medellín", "meerut", "melbourne", "memphis",
        "metro manila", "mexico city", "miami", "milan", "milton keynes", "milwaukee", "minneapolis", "mississauga", "modesto",
        "monterrey", "montreal", "moreno valley", "moscow", "mountain view", "mumbai", "munich", "muscat", "mysore",
        "mysuru", "nagpur", "nairobi", "naperville", "naples", "nashik", "nashville", "navi mumbai", "new delhi", "new haven",
        "new orleans", "new york", "new york city", "newark", "newcastle", "newcastle upon tyne", "noida", "norfolk", "north las vegas",
        "norwich", "nottingham", "nyc", "oakland", "oceanside", "oklahoma city", "omaha", "ontario", "osaka", "oslo", "ottawa",
        "overland park", "oxnard", "padua", "palmdale", "palo alto", "paris", "pasadena", "patna", "pembroke pines", "peoria",
        "perth", "philadelphia", "pittsburgh", "plano", "plymouth", "port st. lucie", "portland", "porto", "portsmouth", "prague",
        "pune", "quebec city", "quincy", "quito", "raipur", "rajkot", "raleigh", "ranchi", "rancho cucamonga",
        "redmond", "reno", "reston", "richmond", "rio de janeiro", "riverside", "riyadh", "rochester", "rockville", "rome", "rotterdam",
        "sacramento", "saint louis", "saint paul", "salem", "salt lake city", "san antonio", "san bernardino", "san diego",
        "san francisco", "san jose", "santa ana", "santa clara", "santa clarita", "santa marta", "santa rosa", "santiago", "sao paulo",
        "schaumburg", "scottsdale", "seattle", "seoul", "shanghai", "sheffield", "shenzhen", "shreveport", "silver spring",
        "sioux falls", "slough", "sofia", "somerville", "southampton", "spokane", "springfield", "srinagar", "st louis", "st. louis",
        "st. paul", "st. petersburg", "stamford", "stockholm", "stockton", "stoke-on-trent", "stuttgart", "sunderland", "sunnyvale",
        "surat", "swansea", "sydney", "syracuse", "são paulo", "tacoma", "taipei", "tallahassee", "tampa", "tel aviv", "tempe", "thane",
        "the hague", "thiruvananthapuram", "tokyo", "toledo", "toronto", "trenton", "trivandrum", "tucson", "tulsa", "turin", "utrecht",
        "vadodara", "vancouver", "varanasi", "venice", "verona", "vienna", "vijayawada", "virginia beach", "visakhapatnam", "vizag",
        "warsaw", "watford", "waukegan", "wellington", "wichita", "wilmington", "winnipeg", "winston-salem", "wolverhampton", "worcester",
        "yonkers", "york", "zagreb", "zurich",
    };

    /// <summary>True when <paramref name="text"/> is a city alone ("London", "Oklahoma City", "Bogotá").</summary>
    public static bool IsCity(string text) => Cities.Contains(Bare(text));

    /// <summary>The text without spaces around it or a full stop, comma, semicolon or closing bracket after it.</summary>
    private static string Bare(string text) => text.Trim().TrimEnd('.', ',', ';', ')').Trim();

    /// <summary>The countries the list names, by their ISO 3166-1 alpha-2 codes (England, Scotland and Wales are the United Kingdom's).</summary>
    private static readonly Dictionary<string, string> CountryCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["usa"] = "US", ["us"] = "US", ["u.s."] = "US", ["u.s.a."] = "US", ["united states"] = "US", ["united states of america"] = "US",
        ["uk"] = "GB", ["u.k."] = "GB", ["united kingdom"] = "GB", ["england"] = "GB", ["scotland"] = "GB", ["wales"] = "GB",
        ["ireland"] = "IE", ["canada"] = "CA", ["india"] = "IN", ["australia"] = "AU", ["new zealand"] = "NZ", ["germany"] = "DE",
        ["france"] = "FR", ["italy"] = "IT", ["spain"] = "ES", ["portugal"] = "PT", ["netherlands"] = "NL", ["belgium"] = "BE",
        ["switzerland"] = "CH", ["austria"] = "AT", ["sweden"] = "SE", ["norway"] = "NO", ["denmark"] = "DK", ["finland"] = "FI",
        ["poland"] = "PL", ["russia"] = "RU", ["china"] = "CN", ["japan"] = "JP", ["korea"] = "KR", ["singapore"] = "SG",
        ["malaysia"] = "MY", ["indonesia"] = "ID", ["philippines"] = "PH", ["thailand"] = "TH", ["vietnam"] = "VN", ["pakistan"] = "PK",
        ["bangladesh"] = "BD", ["sri lanka"] = "LK", ["nepal"] = "NP", ["uae"] = "AE", ["united arab emirates"] = "AE",
        ["saudi arabia"] = "SA", ["qatar"] = "QA", ["kuwait"] = "KW", ["oman"] = "OM", ["bahrain"] = "BH", ["israel"] = "IL",
        ["egypt"] = "EG", ["nigeria"] = "NG", ["kenya"] = "KE", ["south africa"] = "ZA", ["ghana"] = "GH", ["brazil"] = "BR",
        ["mexico"] = "MX", ["argentina"] = "AR", ["colombia"] = "CO", ["chile"] = "CL", ["peru"] = "PE", ["greece"] = "GR",
        ["turkey"] = "TR", ["romania"] = "RO", ["hungary"] = "HU", ["czech republic"] = "CZ",
    };

    /// <summary>The ISO 3166-1 alpha-2 code of a country the list names ("USA" → "US", "India" → "IN"); null for a region or an unknown name.</summary>
    public static string? CountryCode(string text) => CountryCodes.TryGetValue(Bare(text), out var code) ? code : null;

    /// <summary>True when <paramref name="text"/> is a region or country ("Kentucky", "Tamil Nadu", "NY", "N.Y.", "India").</summary>
    public static bool IsRegion(string text)
    {
        var t = Bare(text);
        if (t.Length == 0) return false;
        if (Codes.Contains(t) || Codes.Contains(t.Replace(".", "", StringComparison.Ordinal))) return true;
        return Names.Contains(t);
    }
}
