namespace Shortlist.Parsing.Resumes;

/// <summary>
/// The industries an employer's own name tells: "Cowtown Health Alliance" is healthcare, "Palmetto Trust Bank" banking,
/// "Tarrant County Services" local government, "Peachtree Home Stores" retail. A role at such an employer counts toward the
/// industry even when its lines never name it, as a recruiter reading the résumé would count it.
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
        ["physicians"] = "healthcare-provider", ["pharmaceutical"] = "pharmaceuticals", ["pharmaceuticals"] = "pharmaceuticals",
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

    /// <summary>The industry codes <paramref name="employer"/>'s name tells, in the order written; none for null.</summary>
    public static List<string> Of(string? employer)
    {
        var codes = new List<string>();
        var government = false; // "Department of" / "Ministry of": a government body, whatever it oversees
        if (string.IsNullOrWhiteSpace(employer)) return codes;
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
