namespace CentralAsiaBri.Data.Model;

/// <summary>How a stated figure relates to the true value ("over 800" is <see cref="GreaterThan"/> 800).</summary>
public enum Qualifier
{
    Exact,
    GreaterThan,
    LessThan,
    Approximately,
    AtLeast,
    AtMost,
}

public enum CountryKind { Country, Region, Subnational }

public enum SourceKind { Document, Reference, Web, Dataset }

/// <summary>The kind of thing a unit measures; an indicator accepts only units of its own quantity.</summary>
public enum Quantity { Money, Ratio, Length, Duration, Power, Count, Index, Multiple, Volume, Mass }

/// <summary>Direction of a trade figure, seen from the observation's area.</summary>
public enum TradeFlow { Exports, Imports, Turnover }

/// <summary>What a project row is; <see cref="Finance"/> is a flow of official finance as a dataset records it.</summary>
public enum ProjectKind { Project, Programme, Platform, Plan, Agreement, Mechanism, Exhibition, Finance }

public enum Sector
{
    Transport, Logistics, Energy, RenewableEnergy, NuclearEnergy, Hydrogen, WasteToEnergy, UrbanTransport,
    Agriculture, Digital, Environment, Trade, Diplomacy, Security, PeopleToPeople, Finance,
}

public enum ProjectStatus { Proposed, Planned, Agreed, UnderConstruction, Operating, Completed, Ongoing, Unknown }

public enum FigureMeasure { Length, TransitTime, Capacity, Turnover, Investment, Count }

public enum OrganisationKind { Company, Government, InternationalOrganisation, RegionalGovernment }

public enum OrganisationRole { Builder, Lead, Investor, Signatory, Operator, Host, Organiser, Partner }

public enum EventKind { Summit, Treaty, Agreement, Declaration, Visit, Meeting, Launch, Statement, Exhibition, Policy }

/// <summary>What kind of body owns a statistic: customs figures and a partner's statistics office differ by design.</summary>
public enum ReporterKind { Customs, Ministry, StatisticsOffice, GovernmentOfficial, InternationalOrganisation, Media, Unspecified, Company, ResearchInstitute }

/// <summary>
/// Whose statistic an institution's figures are (ADR-021), in the order the trade page groups them: China's customs;
/// other Chinese bodies and relays; the partner's statistics office, customs or ministry; international datasets;
/// figures a named official stated; and those whose owner the source does not say.
/// </summary>
public enum InstitutionSide { ChinaCustoms, ChinaOther, PartnerStatistics, InternationalDataset, OfficialStatement, Unattributed }
