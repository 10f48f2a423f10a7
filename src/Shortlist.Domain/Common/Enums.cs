namespace Shortlist.Domain.Common;

/// <summary>How much a requirement matters to a search.</summary>
public enum Importance
{
    /// <summary>Candidates without it are filtered out.</summary>
    Must,
    /// <summary>Weighs heavily in the score.</summary>
    Strong,
    /// <summary>Adds to the score.</summary>
    Nice,
}

/// <summary>Where the work happens, or where a candidate wants it to.</summary>
public enum WorkplaceMode
{
    /// <summary>At the client's site.</summary>
    OnSite,
    /// <summary>Partly on site.</summary>
    Hybrid,
    /// <summary>Fully remote.</summary>
    Remote,
}

/// <summary>Kinds of engagement; a candidate may accept several.</summary>
[Flags]
public enum EngagementTypes
{
    /// <summary>None given.</summary>
    None = 0,
    /// <summary>A fixed-term contract billed by the hour.</summary>
    Contract = 1,
    /// <summary>A contract that may turn permanent.</summary>
    ContractToHire = 2,
    /// <summary>Permanent employment.</summary>
    Permanent = 4,
}

/// <summary>Checks on <see cref="EngagementTypes"/> values.</summary>
public static class EngagementTypesRules
{
    /// <summary>Every known flag.</summary>
    public const EngagementTypes All = EngagementTypes.Contract | EngagementTypes.ContractToHire | EngagementTypes.Permanent;

    /// <summary>True when the value holds at least one flag and no unknown bits.</summary>
    public static bool IsValidSelection(this EngagementTypes value) => value != EngagementTypes.None && (value & ~All) == 0;
}

/// <summary>The unit a rate or salary is quoted in.</summary>
public enum CompensationUnit
{
    /// <summary>Per hour (contract rates).</summary>
    Hourly,
    /// <summary>Per year (salaries).</summary>
    Annual,
}

/// <summary>A candidate's right to work where the position is.</summary>
public enum WorkAuthorization
{
    /// <summary>Not stated.</summary>
    Unknown,
    /// <summary>Citizen.</summary>
    Citizen,
    /// <summary>Permanent resident.</summary>
    PermanentResident,
    /// <summary>Holds a work visa that allows the work.</summary>
    WorkVisa,
    /// <summary>Needs sponsorship.</summary>
    RequiresSponsorship,
}
