namespace Shortlist.Parsing.Resumes;

/// <summary>
/// The industries an employer's own name tells: "Cowtown Health Alliance" is healthcare, "Palmetto Trust Bank" banking,
/// "Tarrant County Services" local government, "Peachtree Home Stores" retail. A role at such an employer counts toward the
/// industry even when its lines never name it, as a recruiter reading the résumé would count it. Some 430 large employers
/// are known by name ("Kaiser Permanente", "Wells Fargo", "Infosys", "City of Hope").
/// </summary>
/// <remarks>
/// Only words that name a kind of organisation are cues; words that many kinds of employer use ("Capital", "Trust",
/// "Partners", "Foods", "Federal", "Mutual", "Power", "Communications") are not, so a wrong industry is rarer than a
/// missed one. The codes are the shipped taxonomy's; a code an installation has removed is skipped by the caller.
/// </remarks>
internal static class EmployerIndustry
{
    // Two-word cues first: "credit union" is a credit union, not credit; "health insurance" a payer, not a provider.
    private static readonly Dictionary<string, string> Pairs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["credit union"] = "credit-unions", ["health insurance"] = "healthcare-payer", ["health plan"] = "healthcare-payer",
        ["medical center"] = "healthcare-provider", ["health system"] = "healthcare-provider", ["medical centre"] = "healthcare-provider",
        ["city of"] = "state-local-government", ["state of"] = "state-local-government", ["county of"] = "state-local-government",
        ["department of"] = "public-sector", ["ministry of"] = "public-sector", ["school district"] = "k12-education",
        ["public schools"] = "k12-education", ["real estate"] = "real-estate", ["law offices"] = "legal", ["law firm"] = "legal",
        ["asset management"] = "financial-services", ["wealth management"] = "financial-services", ["medical devices"] = "medical-devices",
        ["oil company"] = "oil-and-gas", ["air lines"] = "airlines", ["food bank"] = "nonprofit", ["blood bank"] = "healthcare-provider",
        ["data stores"] = "technology", ["human services"] = "health-human-services",
    };

    /// <summary>Subjects after "Department of" that make it a university's department ("Department of Computer Science").</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "computer", "computing", "mathematics", "physics", "chemistry", "biology", "engineering", "economics", "statistics",
        "electrical", "mechanical", "psychology", "sociology", "history", "english", "philosophy", "surgery", "pediatrics",
        "anthropology", "linguistics", "geography", "geology",
    };

    /// <summary>Codes that say the employer is a business of money or insurance: a bank's "County" or "Chemical" is part of its name.</summary>
    private static readonly HashSet<string> Financial = new(StringComparer.Ordinal)
    {
        "banking", "credit-unions", "financial-services", "insurance", "property-casualty-insurance", "life-insurance", "healthcare-payer",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Healthcare
        ["hospital"] = "healthcare-provider", ["hospitals"] = "healthcare-provider", ["clinic"] = "healthcare-provider",
        ["clinics"] = "healthcare-provider", ["health"] = "healthcare", ["healthcare"] = "healthcare", ["medical"] = "healthcare",
        ["physicians"] = "healthcare-provider", ["hospice"] = "healthcare-provider", ["pharmaceutical"] = "pharmaceuticals", ["pharmaceuticals"] = "pharmaceuticals",
        ["pharma"] = "pharmaceuticals", ["biotech"] = "biotechnology", ["therapeutics"] = "biotechnology", ["biosciences"] = "biotechnology",
        // Financial services and insurance
        ["bank"] = "banking", ["bancorp"] = "banking", ["bancshares"] = "banking", ["bankshares"] = "banking", ["banking"] = "banking",
        ["financial"] = "financial-services", ["securities"] = "financial-services", ["investments"] = "financial-services",
        ["mortgage"] = "financial-services", ["lending"] = "financial-services", ["brokerage"] = "financial-services",
        ["insurance"] = "insurance", ["assurance"] = "insurance", ["casualty"] = "property-casualty-insurance", ["reinsurance"] = "insurance",
        // Retail, hospitality, consumer goods
        ["stores"] = "retail", ["retail"] = "retail", ["retailers"] = "retail", ["outfitters"] = "retail", ["supermarket"] = "grocery",
        ["supermarkets"] = "grocery", ["grocers"] = "grocery", ["grocery"] = "grocery", ["hotel"] = "hospitality", ["hotels"] = "hospitality",
        ["resorts"] = "hospitality", ["hospitality"] = "hospitality", ["restaurants"] = "restaurants",
        // Public sector and education
        ["county"] = "state-local-government", ["municipality"] = "state-local-government", ["government"] = "public-sector",
        ["university"] = "higher-education", ["college"] = "higher-education",
        // Industry, energy, transport, telecommunications
        ["manufacturing"] = "manufacturing", ["industrial"] = "manufacturing", ["manufacturers"] = "manufacturing",
        ["automotive"] = "automotive", ["motors"] = "automotive", ["aerospace"] = "aerospace-defense", ["chemical"] = "chemicals",
        ["chemicals"] = "chemicals", ["energy"] = "energy", ["utilities"] = "utilities", ["petroleum"] = "oil-and-gas",
        ["logistics"] = "transportation", ["freight"] = "transportation", ["trucking"] = "transportation", ["transportation"] = "transportation",
        ["airlines"] = "airlines", ["airways"] = "airlines", ["railroad"] = "transportation", ["railway"] = "transportation",
        ["telecom"] = "telecommunications", ["telecommunications"] = "telecommunications", ["wireless"] = "telecommunications",
        ["software"] = "technology", ["consulting"] = "professional-services", ["realty"] = "real-estate", ["construction"] = "construction",
        ["builders"] = "construction", ["nonprofit"] = "nonprofit",
    };

    /// <summary>
    /// Employers known by name whose names hold no word of their kind ("Kaiser Permanente", "Wells Fargo", "Infosys") or a
    /// misleading one ("City of Hope" is a cancer centre, not a city): large employers of the people this product places,
    /// in healthcare, financial services, retail and IT services first.
    /// </summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kaiser Permanente"] = "healthcare-provider", ["Cedars-Sinai"] = "healthcare-provider", ["City of Hope"] = "healthcare-provider",
        ["Mayo Clinic"] = "healthcare-provider", ["Cleveland Clinic"] = "healthcare-provider",
        ["Johns Hopkins Medicine"] = "healthcare-provider", ["Johns Hopkins Hospital"] = "healthcare-provider",
        ["MD Anderson"] = "healthcare-provider", ["Memorial Sloan Kettering"] = "healthcare-provider",
        ["Mass General Brigham"] = "healthcare-provider", ["Massachusetts General Hospital"] = "healthcare-provider",
        ["Partners HealthCare"] = "healthcare-provider", ["Intermountain Healthcare"] = "healthcare-provider",
        ["Geisinger"] = "healthcare-provider", ["Ascension"] = "healthcare-provider", ["CommonSpirit"] = "healthcare-provider",
        ["HCA Healthcare"] = "healthcare-provider", ["Tenet Healthcare"] = "healthcare-provider",
        ["Sutter Health"] = "healthcare-provider", ["Atrium Health"] = "healthcare-provider", ["Northwell Health"] = "healthcare-provider",
        ["NYU Langone"] = "healthcare-provider", ["Mount Sinai"] = "healthcare-provider", ["Montefiore"] = "healthcare-provider",
        ["Baylor Scott & White"] = "healthcare-provider", ["Advocate Aurora"] = "healthcare-provider",
        ["Trinity Health"] = "healthcare-provider", ["Banner Health"] = "healthcare-provider", ["Dignity Health"] = "healthcare-provider",
        ["UPMC"] = "healthcare-provider", ["Penn Medicine"] = "healthcare-provider", ["Duke Health"] = "healthcare-provider",
        ["Stanford Health Care"] = "healthcare-provider", ["Children's Hospital of Philadelphia"] = "healthcare-provider",
        ["Boston Children's Hospital"] = "healthcare-provider", ["Spectrum Health"] = "healthcare-provider",
        ["Ochsner"] = "healthcare-provider", ["Novant Health"] = "healthcare-provider",
        ["Sanford Health"] = "healthcare-provider", ["Allina Health"] = "healthcare-provider", ["Fairview Health"] = "healthcare-provider",
        ["Henry Ford Health"] = "healthcare-provider", ["NHS"] = "healthcare-provider",
        ["UnitedHealth"] = "healthcare-payer", ["UnitedHealthcare"] = "healthcare-payer", ["Optum"] = "healthcare-payer",
        ["Aetna"] = "healthcare-payer", ["Cigna"] = "healthcare-payer", ["Humana"] = "healthcare-payer", ["Anthem"] = "healthcare-payer", ["Anthem Blue Cross"] = "healthcare-payer",
        ["Elevance"] = "healthcare-payer", ["Elevance Health"] = "healthcare-payer", ["Centene"] = "healthcare-payer",
        ["Molina Healthcare"] = "healthcare-payer", ["Blue Cross"] = "healthcare-payer", ["Blue Cross Blue Shield"] = "healthcare-payer",
        ["BlueCross BlueShield"] = "healthcare-payer", ["Highmark"] = "healthcare-payer",
        ["Kaiser Foundation Health Plan"] = "healthcare-payer", ["Health Net"] = "healthcare-payer", ["WellCare"] = "healthcare-payer",
        ["Oscar Health"] = "healthcare-payer",
        ["Cerner"] = "healthcare", ["Epic Systems"] = "healthcare", ["Meditech"] = "healthcare", ["Allscripts"] = "healthcare",
        ["athenahealth"] = "healthcare", ["McKesson"] = "healthcare", ["Cardinal Health"] = "healthcare", ["CVS Health"] = "healthcare",
        ["Walgreens"] = "retail", ["Labcorp"] = "healthcare", ["Quest Diagnostics"] = "healthcare",
        ["Pfizer"] = "pharmaceuticals", ["Merck"] = "pharmaceuticals", ["Johnson & Johnson"] = "pharmaceuticals",
        ["AbbVie"] = "pharmaceuticals", ["Bristol-Myers Squibb"] = "pharmaceuticals", ["Eli Lilly"] = "pharmaceuticals",
        ["Novartis"] = "pharmaceuticals", ["Roche"] = "pharmaceuticals", ["GlaxoSmithKline"] = "pharmaceuticals",
        ["GSK"] = "pharmaceuticals", ["AstraZeneca"] = "pharmaceuticals", ["Sanofi"] = "pharmaceuticals",
        ["Novo Nordisk"] = "pharmaceuticals", ["Bayer"] = "pharmaceuticals", ["Takeda"] = "pharmaceuticals", ["Amgen"] = "pharmaceuticals",
        ["Gilead"] = "pharmaceuticals", ["Biogen"] = "pharmaceuticals", ["Regeneron"] = "pharmaceuticals", ["Moderna"] = "pharmaceuticals",
        ["JPMorgan Chase"] = "banking", ["JP Morgan Chase"] = "banking", ["J.P. Morgan"] = "banking", ["JPMorgan"] = "banking",
        ["Chase Bank"] = "banking", ["JP Morgan"] = "banking", ["Bank of America"] = "banking", ["Wells Fargo"] = "banking", ["Citibank"] = "banking",
        ["Citigroup"] = "banking", ["Citi"] = "banking", ["HSBC"] = "banking", ["Barclays"] = "banking", ["Lloyds"] = "banking",
        ["NatWest"] = "banking", ["Santander"] = "banking", ["PNC"] = "banking", ["Truist"] = "banking", ["U.S. Bank"] = "banking",
        ["US Bank"] = "banking", ["Capital One"] = "banking", ["TD Bank"] = "banking", ["Fifth Third"] = "banking",
        ["KeyBank"] = "banking", ["Regions Bank"] = "banking", ["M&T Bank"] = "banking",
        ["Citizens Bank"] = "banking", ["BMO"] = "banking", ["RBC"] = "banking", ["Scotiabank"] = "banking", ["CIBC"] = "banking",
        ["HDFC Bank"] = "banking", ["ICICI Bank"] = "banking", ["State Bank of India"] = "banking", ["Axis Bank"] = "banking",
        ["Kotak Mahindra"] = "banking", ["Deutsche Bank"] = "banking", ["BNP Paribas"] = "banking", ["Credit Suisse"] = "banking",
        ["UBS"] = "banking", ["ING"] = "banking", ["Standard Chartered"] = "banking", ["Silicon Valley Bank"] = "banking",
        ["First Republic"] = "banking",
        ["Goldman Sachs"] = "financial-services", ["Morgan Stanley"] = "financial-services", ["American Express"] = "financial-services",
        ["Fidelity"] = "financial-services", ["Fidelity Investments"] = "financial-services", ["Vanguard"] = "financial-services",
        ["Charles Schwab"] = "financial-services", ["BlackRock"] = "financial-services", ["State Street"] = "financial-services",
        ["BNY Mellon"] = "financial-services", ["Northern Trust"] = "financial-services", ["T. Rowe Price"] = "financial-services",
        ["Edward Jones"] = "financial-services", ["Raymond James"] = "financial-services", ["Ameriprise"] = "financial-services",
        ["Fannie Mae"] = "financial-services", ["Freddie Mac"] = "financial-services", ["Discover"] = "financial-services",
        ["Synchrony"] = "financial-services", ["Ally"] = "financial-services", ["Visa"] = "financial-services",
        ["Mastercard"] = "financial-services", ["PayPal"] = "financial-services", ["Fiserv"] = "financial-services",
        ["FIS"] = "financial-services", ["Global Payments"] = "financial-services", ["Broadridge"] = "financial-services",
        ["Equifax"] = "financial-services", ["Experian"] = "financial-services", ["TransUnion"] = "financial-services",
        ["Moody's"] = "financial-services", ["S&P Global"] = "financial-services", ["Nasdaq"] = "financial-services",
        ["Intercontinental Exchange"] = "financial-services", ["CME Group"] = "financial-services",
        ["State Farm"] = "insurance", ["Allstate"] = "insurance", ["Progressive"] = "insurance", ["GEICO"] = "insurance",
        ["Liberty Mutual"] = "insurance", ["Nationwide"] = "insurance", ["Travelers"] = "insurance", ["The Hartford"] = "insurance",
        ["Chubb"] = "insurance", ["AIG"] = "insurance", ["Farmers Insurance"] = "insurance", ["USAA"] = "insurance",
        ["Erie Insurance"] = "insurance", ["Allianz"] = "insurance", ["AXA"] = "insurance",
        ["Aviva"] = "insurance",
        ["MetLife"] = "life-insurance", ["Prudential"] = "life-insurance", ["New York Life"] = "life-insurance",
        ["Northwestern Mutual"] = "life-insurance", ["MassMutual"] = "life-insurance", ["Lincoln Financial"] = "life-insurance",
        ["Principal Financial"] = "life-insurance", ["Aflac"] = "life-insurance", ["Guardian Life"] = "life-insurance",
        ["Transamerica"] = "life-insurance",
        ["Walmart"] = "retail", ["Wal-Mart"] = "retail", ["Target"] = "retail", ["Costco"] = "retail", ["Home Depot"] = "retail",
        ["The Home Depot"] = "retail", ["Lowe's"] = "retail", ["Lowes"] = "retail", ["Best Buy"] = "retail", ["Macy's"] = "retail",
        ["Nordstrom"] = "retail", ["Kohl's"] = "retail", ["JCPenney"] = "retail", ["J.C. Penney"] = "retail", ["Sears"] = "retail",
        ["TJX"] = "retail", ["Ross Stores"] = "retail", ["Gap"] = "retail", ["Dollar General"] = "retail", ["Dollar Tree"] = "retail",
        ["Bed Bath & Beyond"] = "retail", ["Staples"] = "retail", ["Office Depot"] = "retail", ["AutoZone"] = "retail",
        ["Tesco"] = "retail", ["Sainsbury's"] = "retail", ["Marks & Spencer"] = "retail", ["Ikea"] = "retail",
        ["Walgreens Boots Alliance"] = "retail", ["Sephora"] = "retail", ["Ulta Beauty"] = "retail", ["Williams-Sonoma"] = "retail",
        ["Wayfair"] = "retail", ["eBay"] = "retail",
        ["Kroger"] = "grocery", ["Albertsons"] = "grocery", ["Safeway"] = "grocery", ["Publix"] = "grocery", ["H-E-B"] = "grocery",
        ["Whole Foods"] = "grocery", ["Ahold Delhaize"] = "grocery", ["Aldi"] = "grocery", ["Trader Joe's"] = "grocery",
        ["Wegmans"] = "grocery", ["Meijer"] = "grocery",
        ["Infosys"] = "it-services", ["Tata Consultancy Services"] = "it-services", ["TCS"] = "it-services", ["Wipro"] = "it-services",
        ["Cognizant"] = "it-services", ["HCL Technologies"] = "it-services", ["HCL"] = "it-services", ["Tech Mahindra"] = "it-services",
        ["Accenture"] = "it-services", ["Capgemini"] = "it-services", ["Mindtree"] = "it-services", ["LTIMindtree"] = "it-services",
        ["Mphasis"] = "it-services", ["Hexaware"] = "it-services", ["NTT Data"] = "it-services", ["DXC Technology"] = "it-services",
        ["CGI"] = "it-services", ["Atos"] = "it-services", ["EPAM"] = "it-services", ["Genpact"] = "it-services",
        ["Syntel"] = "it-services", ["iGATE"] = "it-services", ["Larsen & Toubro Infotech"] = "it-services",
        ["L&T Infotech"] = "it-services", ["Virtusa"] = "it-services", ["Persistent Systems"] = "it-services", ["Zensar"] = "it-services",
        ["Unisys"] = "it-services", ["Kyndryl"] = "it-services",
        ["Deloitte"] = "professional-services", ["Deloitte & Touche"] = "professional-services", ["PwC"] = "professional-services", ["PricewaterhouseCoopers"] = "professional-services",
        ["Ernst & Young"] = "professional-services", ["EY"] = "professional-services", ["KPMG"] = "professional-services",
        ["McKinsey"] = "professional-services", ["Boston Consulting Group"] = "professional-services", ["BCG"] = "professional-services",
        ["Bain"] = "professional-services", ["Booz Allen Hamilton"] = "professional-services", ["Booz Allen"] = "professional-services",
        ["Gartner"] = "professional-services", ["Slalom"] = "professional-services",
        ["Guidehouse"] = "professional-services", ["Protiviti"] = "professional-services", ["Grant Thornton"] = "professional-services",
        ["BDO"] = "professional-services", ["RSM"] = "professional-services",
        ["Microsoft"] = "technology", ["Google"] = "technology", ["Alphabet"] = "technology", ["Apple"] = "technology",
        ["Amazon Web Services"] = "technology", ["AWS"] = "technology", ["Meta"] = "technology", ["Facebook"] = "technology",
        ["IBM"] = "technology", ["Oracle"] = "technology", ["SAP"] = "technology", ["Salesforce"] = "technology",
        ["ServiceNow"] = "technology", ["Workday"] = "technology", ["Adobe"] = "technology", ["Intel"] = "technology",
        ["Cisco"] = "technology", ["Dell"] = "technology", ["HP"] = "technology", ["Hewlett Packard Enterprise"] = "technology",
        ["VMware"] = "technology", ["Intuit"] = "technology", ["Nvidia"] = "technology", ["Qualcomm"] = "technology",
        ["Texas Instruments"] = "technology",
        ["AT&T"] = "telecommunications", ["Verizon"] = "telecommunications", ["T-Mobile"] = "telecommunications",
        ["Sprint"] = "telecommunications", ["Comcast"] = "telecommunications", ["Charter Communications"] = "telecommunications",
        ["Vodafone"] = "telecommunications", ["BT"] = "telecommunications", ["British Telecom"] = "telecommunications",
        ["Bharti Airtel"] = "telecommunications", ["Airtel"] = "telecommunications", ["Reliance Jio"] = "telecommunications",
        ["Telstra"] = "telecommunications", ["Bell Canada"] = "telecommunications",
        ["Lumen"] = "telecommunications", ["CenturyLink"] = "telecommunications",
        ["Delta Air Lines"] = "airlines", ["American Airlines"] = "airlines", ["United Airlines"] = "airlines",
        ["Southwest Airlines"] = "airlines", ["JetBlue"] = "airlines", ["Alaska Airlines"] = "airlines", ["British Airways"] = "airlines",
        ["Air India"] = "airlines", ["Emirates"] = "airlines", ["Lufthansa"] = "airlines",
        ["FedEx"] = "transportation", ["UPS"] = "transportation", ["United Parcel Service"] = "transportation", ["DHL"] = "transportation",
        ["XPO"] = "transportation", ["J.B. Hunt"] = "transportation", ["C.H. Robinson"] = "transportation",
        ["Union Pacific"] = "transportation", ["BNSF"] = "transportation", ["CSX"] = "transportation",
        ["Norfolk Southern"] = "transportation", ["Maersk"] = "transportation", ["Ryder"] = "transportation",
        ["ExxonMobil"] = "oil-and-gas", ["Exxon Mobil"] = "oil-and-gas", ["Chevron"] = "oil-and-gas", ["Shell"] = "oil-and-gas", ["BP"] = "oil-and-gas",
        ["ConocoPhillips"] = "oil-and-gas", ["Duke Energy"] = "utilities", ["Southern Company"] = "utilities", ["NextEra"] = "utilities",
        ["Dominion Energy"] = "utilities", ["Exelon"] = "utilities", ["PG&E"] = "utilities", ["Con Edison"] = "utilities",
        ["General Motors"] = "automotive", ["Ford Motor"] = "automotive", ["Ford"] = "automotive", ["Toyota"] = "automotive",
        ["Honda"] = "automotive", ["Tesla"] = "automotive", ["Stellantis"] = "automotive", ["Chrysler"] = "automotive",
        ["Nissan"] = "automotive", ["Hyundai"] = "automotive", ["Volkswagen"] = "automotive", ["BMW"] = "automotive",
        ["Tata Motors"] = "automotive", ["Mahindra & Mahindra"] = "automotive", ["Maruti Suzuki"] = "automotive",
        ["Boeing"] = "aerospace-defense", ["Lockheed Martin"] = "aerospace-defense", ["Raytheon"] = "aerospace-defense",
        ["RTX"] = "aerospace-defense", ["Northrop Grumman"] = "aerospace-defense", ["General Dynamics"] = "aerospace-defense",
        ["BAE Systems"] = "aerospace-defense", ["L3Harris"] = "aerospace-defense", ["Airbus"] = "aerospace-defense",
        ["Leidos"] = "aerospace-defense", ["SAIC"] = "aerospace-defense",
        ["Procter & Gamble"] = "consumer-goods", ["P&G"] = "consumer-goods", ["Unilever"] = "consumer-goods",
        ["Nestle"] = "consumer-goods", ["Nestlé"] = "consumer-goods", ["PepsiCo"] = "consumer-goods", ["Coca-Cola"] = "consumer-goods",
        ["Kraft Heinz"] = "consumer-goods", ["General Mills"] = "consumer-goods", ["Kellogg"] = "consumer-goods",
        ["Colgate-Palmolive"] = "consumer-goods", ["Kimberly-Clark"] = "consumer-goods", ["Mondelez"] = "consumer-goods",
        ["Hindustan Unilever"] = "consumer-goods",
        ["Marriott"] = "hospitality", ["Hilton"] = "hospitality", ["Hyatt"] = "hospitality", ["IHG"] = "hospitality",
        ["Wyndham"] = "hospitality", ["Accor"] = "hospitality", ["Four Seasons"] = "hospitality",
        ["McDonald's"] = "restaurants", ["Starbucks"] = "restaurants", ["Yum! Brands"] = "restaurants", ["Chipotle"] = "restaurants",
        ["Darden"] = "restaurants", ["Domino's"] = "restaurants", ["Subway"] = "restaurants",
        ["Disney"] = "media-entertainment", ["The Walt Disney Company"] = "media-entertainment", ["Warner Bros"] = "media-entertainment",
        ["NBCUniversal"] = "media-entertainment", ["Netflix"] = "media-entertainment", ["Paramount"] = "media-entertainment",
        ["Sony Pictures"] = "media-entertainment", ["Fox Corporation"] = "media-entertainment",
    };

    /// <summary>Every industry code the cues and known names give, for checking against the shipped taxonomy.</summary>
    internal static IEnumerable<string> Codes => Known.Values.Concat(Words.Values).Concat(Pairs.Values).Distinct(StringComparer.Ordinal);

    /// <summary>Known names by their first word, longest first.</summary>
    private static readonly Dictionary<string, string[]> KnownByFirstWord = Known.Keys
        .GroupBy(k => Normal(k).Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// What may follow a known name whose distinctive part is one word and leave it that employer ("Target Corporation",
    /// "Infosys Limited"); words that name a kind of organisation after it are read as cues instead ("Tesco Bank" is a bank).
    /// </summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "inc", "corp", "corporation", "co", "company", "llc", "llp", "ltd", "limited", "plc", "group", "holdings", "na", "n.a", "usa", "us",
        "uk", "india", "international", "incorporated", "stores", "technologies", "technology", "services", "solutions", "pvt", "private",
        "global", "&", "and", "of", "america", "north", "ag", "gmbh", "sa", "nv", "se", "communications", "wireless", "mobile", "telecom",
        "software", "systems", "digital", "it", "infotech", "the",
    };

    /// <summary>
    /// The industry a known employer's name gives and the words after the name ("Wells Fargo Bank, N.A." is banking, with
    /// "bank na" after it), or null.
    /// </summary>
    internal static (string Code, string After)? KnownIndustry(string employer)
    {
        var name = Normal(employer);
        if (name.Length == 0 || !KnownByFirstWord.TryGetValue(name.Split(' ')[0], out var candidates)) return null;
        foreach (var known in candidates)
        {
            var brand = Normal(known);
            if (!name.StartsWith(brand, StringComparison.Ordinal) || name.Length > brand.Length && name[brand.Length] != ' ') continue;
            var rest = name[brand.Length..].Trim();
            // A name whose distinctive part is one word ("Target", "The Hartford") is that employer only with nothing after it but
            // its legal form or kind, or words that are cues of their own ("Target Corporation", "Tesco Bank"), not "Target
            // Marketing Partners" or "The Hartford Courant"; a longer one is distinctive whatever follows ("Bank of America
            // Merrill Lynch").
            var distinctive = brand.Split(' ').Count(w => w is not ("the" or "&" or "and" or "of"));
            if (distinctive > 1 || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Suffixes.Contains(w) || Words.ContainsKey(w)))
                return (Known[known], rest);
        }
        return null;
    }

    /// <summary>Lower case, one space between words, no commas, full stops at word ends or typographic apostrophes.</summary>
    private static string Normal(string text)
        => string.Join(' ', text.Replace('\u2019', '\'').ToLowerInvariant()
            .Split([' ', ',', '\t', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.')).Where(w => w.Length > 0));

    /// <summary>The industry codes <paramref name="employer"/>'s name tells, in the order written; none for null.</summary>
    public static List<string> Of(string? employer)
    {
        if (string.IsNullOrWhiteSpace(employer)) return [];
        // "City of Hope", "Kaiser Permanente": an employer known by name is of its industry, whatever its own words say.
        // What follows the name is read for cues first: "Tesco Bank" is a bank, "Toyota Financial Services" financial services,
        // "Four Seasons Healthcare" a care provider.
        if (KnownIndustry(employer) is { } known)
            return Cues(known.After) is { Count: > 0 } after ? after : [known.Code];
        return Cues(employer);
    }

    /// <summary>The industry codes the words of <paramref name="employer"/> name, in the order written.</summary>
    private static List<string> Cues(string employer)
    {
        var codes = new List<string>();
        var government = false; // "Department of" / "Ministry of": a government body, whatever it oversees
        var words = employer.Split([' ', '\t', ',', '(', ')', '/', '&', '-', '–', '—', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && Pairs.TryGetValue($"{words[i]} {words[i + 1]}", out var pair))
            {
                // "Department of Computer Science" opening the name is a university's; "Texas Department of …" a state's.
                if (pair == "public-sector" && i == 0 && i + 2 < words.Length && Subjects.Contains(words[i + 2])) pair = "higher-education";
                else if (pair == "public-sector") government = true;
                if (!codes.Contains(pair)) codes.Add(pair);
                i++;
                continue;
            }
            // "Health" before "Insurance" was read with it; a word alone otherwise.
            if (Words.TryGetValue(words[i], out var code) && !codes.Contains(code)) codes.Add(code);
        }
        // "Department of Computer Science, Stanford University" is a university's department, not a government's.
        if (codes.Contains("higher-education")) codes.RemoveAll(c => c is "public-sector" or "state-local-government");
        // "Kings County Savings Bank", "Government Employees Insurance Company", "Chemical Bank": the business names the
        // industry. A government department that oversees banks or insurers ("Texas Department of Insurance") stays one.
        if (government) codes.RemoveAll(Financial.Contains);
        else if (codes.Any(Financial.Contains)) codes.RemoveAll(c => c is "public-sector" or "state-local-government" or "chemicals");
        // "University Hospitals", "University Medical Center": a hospital first.
        if (codes.Contains("healthcare-provider")) codes.Remove("higher-education");
        // "Department of Health": a government's health department is health and human services.
        if (codes.Contains("healthcare") && codes.Any(c => c is "public-sector" or "state-local-government"))
        {
            codes.Remove("healthcare");
            if (!codes.Contains("health-human-services")) codes.Add("health-human-services");
        }
        // "Stores Software GmbH": a software maker's name, not a retailer's.
        if (codes.Contains("technology")) codes.Remove("retail");
        return codes;
    }
}
