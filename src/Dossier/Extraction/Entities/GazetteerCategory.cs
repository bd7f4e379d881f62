namespace Dossier.Extraction.Entities;

/// <summary>The lists a gazetteer entry comes from; an entry may be in several.</summary>
[Flags]
public enum GazetteerCategory : ushort
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary>A country's name.</summary>
    Country = 1 << 0,
    /// <summary>A city, region or other place tied to a country.</summary>
    Place = 1 << 1,
    /// <summary>A nationality adjective or demonym ("Chinese", "Americans").</summary>
    Demonym = 1 << 2,
    /// <summary>A person's name (leaders, officials).</summary>
    Person = 1 << 3,
    /// <summary>An organisation: government body, party, armed group, international organisation, company.</summary>
    Org = 1 << 4,
    /// <summary>An office or title ("Foreign Minister", "Secretary of State").</summary>
    Title = 1 << 5,
    /// <summary>A common noun naming a kind of actor ("police", "diplomats").</summary>
    Agent = 1 << 6,
    /// <summary>A given name: the first word of at least two listed people ("Mohammed", "Ahmed").</summary>
    FirstName = 1 << 7,
    /// <summary>A town, state or region from Dossier's news lists ("Reno", "Bavaria"): kept apart from
    /// <see cref="Place"/> because many of them are also surnames, so they inform the tagger without overriding it.</summary>
    Town = 1 << 8,
}
